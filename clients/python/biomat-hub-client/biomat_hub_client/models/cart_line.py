from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.cart_line_pack_size import CartLinePackSize
    from ..models.cart_line_price_tiers_item import CartLinePriceTiersItem
    from ..models.cart_line_problems_item import CartLineProblemsItem
    from ..models.cart_line_supplier import CartLineSupplier


T = TypeVar("T", bound="CartLine")


@_attrs_define
class CartLine:
    """
    Attributes:
        id (str):
        offer_id (str):
        quote_id (None | str): The accepted quote this line orders at its price and quantity
        material_slug (str):
        material_name (str):
        title (str):
        sku (str):
        grade (str):
        pack_size (CartLinePackSize):
        supplier (CartLineSupplier):
        quantity (int):
        currency (str): ISO 4217
        unit_price_minor (int | None): The tier price that applies to this quantity now (null: the offer is gone)
        unit_price_minor_when_added (int): Integer minor units of the currency (cents for EUR)
        line_net_minor (int): Integer minor units of the currency (cents for EUR)
        price_tiers (list[CartLinePriceTiersItem]):
        min_order_quantity (int):
        stock_available (int):
        lead_time_days (int):
        problems (list[CartLineProblemsItem]):
    """

    id: str
    offer_id: str
    quote_id: None | str
    material_slug: str
    material_name: str
    title: str
    sku: str
    grade: str
    pack_size: CartLinePackSize
    supplier: CartLineSupplier
    quantity: int
    currency: str
    unit_price_minor: int | None
    unit_price_minor_when_added: int
    line_net_minor: int
    price_tiers: list[CartLinePriceTiersItem]
    min_order_quantity: int
    stock_available: int
    lead_time_days: int
    problems: list[CartLineProblemsItem]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        offer_id = self.offer_id

        quote_id: None | str
        quote_id = self.quote_id

        material_slug = self.material_slug

        material_name = self.material_name

        title = self.title

        sku = self.sku

        grade = self.grade

        pack_size = self.pack_size.to_dict()

        supplier = self.supplier.to_dict()

        quantity = self.quantity

        currency = self.currency

        unit_price_minor: int | None
        unit_price_minor = self.unit_price_minor

        unit_price_minor_when_added = self.unit_price_minor_when_added

        line_net_minor = self.line_net_minor

        price_tiers = []
        for price_tiers_item_data in self.price_tiers:
            price_tiers_item = price_tiers_item_data.to_dict()
            price_tiers.append(price_tiers_item)

        min_order_quantity = self.min_order_quantity

        stock_available = self.stock_available

        lead_time_days = self.lead_time_days

        problems = []
        for problems_item_data in self.problems:
            problems_item = problems_item_data.to_dict()
            problems.append(problems_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "offerId": offer_id,
                "quoteId": quote_id,
                "materialSlug": material_slug,
                "materialName": material_name,
                "title": title,
                "sku": sku,
                "grade": grade,
                "packSize": pack_size,
                "supplier": supplier,
                "quantity": quantity,
                "currency": currency,
                "unitPriceMinor": unit_price_minor,
                "unitPriceMinorWhenAdded": unit_price_minor_when_added,
                "lineNetMinor": line_net_minor,
                "priceTiers": price_tiers,
                "minOrderQuantity": min_order_quantity,
                "stockAvailable": stock_available,
                "leadTimeDays": lead_time_days,
                "problems": problems,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cart_line_pack_size import CartLinePackSize  # noqa: PLC0415
        from ..models.cart_line_price_tiers_item import CartLinePriceTiersItem  # noqa: PLC0415
        from ..models.cart_line_problems_item import CartLineProblemsItem  # noqa: PLC0415
        from ..models.cart_line_supplier import CartLineSupplier  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        offer_id = d.pop("offerId")

        def _parse_quote_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        quote_id = _parse_quote_id(d.pop("quoteId"))

        material_slug = d.pop("materialSlug")

        material_name = d.pop("materialName")

        title = d.pop("title")

        sku = d.pop("sku")

        grade = d.pop("grade")

        pack_size = CartLinePackSize.from_dict(d.pop("packSize"))

        supplier = CartLineSupplier.from_dict(d.pop("supplier"))

        quantity = d.pop("quantity")

        currency = d.pop("currency")

        def _parse_unit_price_minor(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        unit_price_minor = _parse_unit_price_minor(d.pop("unitPriceMinor"))

        unit_price_minor_when_added = d.pop("unitPriceMinorWhenAdded")

        line_net_minor = d.pop("lineNetMinor")

        price_tiers = []
        _price_tiers = d.pop("priceTiers")
        for price_tiers_item_data in _price_tiers:
            price_tiers_item = CartLinePriceTiersItem.from_dict(price_tiers_item_data)

            price_tiers.append(price_tiers_item)

        min_order_quantity = d.pop("minOrderQuantity")

        stock_available = d.pop("stockAvailable")

        lead_time_days = d.pop("leadTimeDays")

        problems = []
        _problems = d.pop("problems")
        for problems_item_data in _problems:
            problems_item = CartLineProblemsItem.from_dict(problems_item_data)

            problems.append(problems_item)

        cart_line = cls(
            id=id,
            offer_id=offer_id,
            quote_id=quote_id,
            material_slug=material_slug,
            material_name=material_name,
            title=title,
            sku=sku,
            grade=grade,
            pack_size=pack_size,
            supplier=supplier,
            quantity=quantity,
            currency=currency,
            unit_price_minor=unit_price_minor,
            unit_price_minor_when_added=unit_price_minor_when_added,
            line_net_minor=line_net_minor,
            price_tiers=price_tiers,
            min_order_quantity=min_order_quantity,
            stock_available=stock_available,
            lead_time_days=lead_time_days,
            problems=problems,
        )

        return cart_line
