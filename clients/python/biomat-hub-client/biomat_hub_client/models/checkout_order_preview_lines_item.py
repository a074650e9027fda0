from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CheckoutOrderPreviewLinesItem")


@_attrs_define
class CheckoutOrderPreviewLinesItem:
    """
    Attributes:
        cart_line_id (str):
        offer_id (str):
        sku (str):
        title (str):
        material_name (str):
        quantity (int):
        unit_price_minor (int): Integer minor units of the currency (cents for EUR)
        net_minor (int): Integer minor units of the currency (cents for EUR)
        vat_minor (int): Integer minor units of the currency (cents for EUR)
    """

    cart_line_id: str
    offer_id: str
    sku: str
    title: str
    material_name: str
    quantity: int
    unit_price_minor: int
    net_minor: int
    vat_minor: int

    def to_dict(self) -> dict[str, Any]:
        cart_line_id = self.cart_line_id

        offer_id = self.offer_id

        sku = self.sku

        title = self.title

        material_name = self.material_name

        quantity = self.quantity

        unit_price_minor = self.unit_price_minor

        net_minor = self.net_minor

        vat_minor = self.vat_minor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cartLineId": cart_line_id,
                "offerId": offer_id,
                "sku": sku,
                "title": title,
                "materialName": material_name,
                "quantity": quantity,
                "unitPriceMinor": unit_price_minor,
                "netMinor": net_minor,
                "vatMinor": vat_minor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cart_line_id = d.pop("cartLineId")

        offer_id = d.pop("offerId")

        sku = d.pop("sku")

        title = d.pop("title")

        material_name = d.pop("materialName")

        quantity = d.pop("quantity")

        unit_price_minor = d.pop("unitPriceMinor")

        net_minor = d.pop("netMinor")

        vat_minor = d.pop("vatMinor")

        checkout_order_preview_lines_item = cls(
            cart_line_id=cart_line_id,
            offer_id=offer_id,
            sku=sku,
            title=title,
            material_name=material_name,
            quantity=quantity,
            unit_price_minor=unit_price_minor,
            net_minor=net_minor,
            vat_minor=vat_minor,
        )

        return checkout_order_preview_lines_item
