from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.order_lines_item_pack_size import OrderLinesItemPackSize


T = TypeVar("T", bound="OrderLinesItem")


@_attrs_define
class OrderLinesItem:
    """
    Attributes:
        offer_id (str):
        sku (str):
        material_slug (str):
        title (str):
        grade (str):
        pack_size (OrderLinesItemPackSize):
        quantity (int):
        unit_price_minor (int): Integer minor units of the currency (cents for EUR)
        line_total_minor (int): Net of the line
        vat_minor (int): VAT of the line, rounded half up
    """

    offer_id: str
    sku: str
    material_slug: str
    title: str
    grade: str
    pack_size: OrderLinesItemPackSize
    quantity: int
    unit_price_minor: int
    line_total_minor: int
    vat_minor: int

    def to_dict(self) -> dict[str, Any]:
        offer_id = self.offer_id

        sku = self.sku

        material_slug = self.material_slug

        title = self.title

        grade = self.grade

        pack_size = self.pack_size.to_dict()

        quantity = self.quantity

        unit_price_minor = self.unit_price_minor

        line_total_minor = self.line_total_minor

        vat_minor = self.vat_minor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "offerId": offer_id,
                "sku": sku,
                "materialSlug": material_slug,
                "title": title,
                "grade": grade,
                "packSize": pack_size,
                "quantity": quantity,
                "unitPriceMinor": unit_price_minor,
                "lineTotalMinor": line_total_minor,
                "vatMinor": vat_minor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_lines_item_pack_size import OrderLinesItemPackSize  # noqa: PLC0415

        d = dict(src_dict)
        offer_id = d.pop("offerId")

        sku = d.pop("sku")

        material_slug = d.pop("materialSlug")

        title = d.pop("title")

        grade = d.pop("grade")

        pack_size = OrderLinesItemPackSize.from_dict(d.pop("packSize"))

        quantity = d.pop("quantity")

        unit_price_minor = d.pop("unitPriceMinor")

        line_total_minor = d.pop("lineTotalMinor")

        vat_minor = d.pop("vatMinor")

        order_lines_item = cls(
            offer_id=offer_id,
            sku=sku,
            material_slug=material_slug,
            title=title,
            grade=grade,
            pack_size=pack_size,
            quantity=quantity,
            unit_price_minor=unit_price_minor,
            line_total_minor=line_total_minor,
            vat_minor=vat_minor,
        )

        return order_lines_item
