from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.checkout_order_preview import CheckoutOrderPreview
    from ..models.checkout_preview_problems_item import CheckoutPreviewProblemsItem
    from ..models.checkout_preview_totals_item import CheckoutPreviewTotalsItem
    from ..models.postal_address import PostalAddress


T = TypeVar("T", bound="CheckoutPreview")


@_attrs_define
class CheckoutPreview:
    """
    Attributes:
        orders (list[CheckoutOrderPreview]):
        totals (list[CheckoutPreviewTotalsItem]):
        ship_to (PostalAddress):
        bill_to (PostalAddress):
        buyer_vat_number (None | str):
        po_number (None | str):
        problems (list[CheckoutPreviewProblemsItem]): What must be fixed before confirming (empty: ready)
    """

    orders: list[CheckoutOrderPreview]
    totals: list[CheckoutPreviewTotalsItem]
    ship_to: PostalAddress
    bill_to: PostalAddress
    buyer_vat_number: None | str
    po_number: None | str
    problems: list[CheckoutPreviewProblemsItem]

    def to_dict(self) -> dict[str, Any]:
        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        totals = []
        for totals_item_data in self.totals:
            totals_item = totals_item_data.to_dict()
            totals.append(totals_item)

        ship_to = self.ship_to.to_dict()

        bill_to = self.bill_to.to_dict()

        buyer_vat_number: None | str
        buyer_vat_number = self.buyer_vat_number

        po_number: None | str
        po_number = self.po_number

        problems = []
        for problems_item_data in self.problems:
            problems_item = problems_item_data.to_dict()
            problems.append(problems_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "orders": orders,
                "totals": totals,
                "shipTo": ship_to,
                "billTo": bill_to,
                "buyerVatNumber": buyer_vat_number,
                "poNumber": po_number,
                "problems": problems,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkout_order_preview import CheckoutOrderPreview  # noqa: PLC0415
        from ..models.checkout_preview_problems_item import CheckoutPreviewProblemsItem  # noqa: PLC0415
        from ..models.checkout_preview_totals_item import CheckoutPreviewTotalsItem  # noqa: PLC0415
        from ..models.postal_address import PostalAddress  # noqa: PLC0415

        d = dict(src_dict)
        orders = []
        _orders = d.pop("orders")
        for orders_item_data in _orders:
            orders_item = CheckoutOrderPreview.from_dict(orders_item_data)

            orders.append(orders_item)

        totals = []
        _totals = d.pop("totals")
        for totals_item_data in _totals:
            totals_item = CheckoutPreviewTotalsItem.from_dict(totals_item_data)

            totals.append(totals_item)

        ship_to = PostalAddress.from_dict(d.pop("shipTo"))

        bill_to = PostalAddress.from_dict(d.pop("billTo"))

        def _parse_buyer_vat_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        buyer_vat_number = _parse_buyer_vat_number(d.pop("buyerVatNumber"))

        def _parse_po_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        po_number = _parse_po_number(d.pop("poNumber"))

        problems = []
        _problems = d.pop("problems")
        for problems_item_data in _problems:
            problems_item = CheckoutPreviewProblemsItem.from_dict(problems_item_data)

            problems.append(problems_item)

        checkout_preview = cls(
            orders=orders,
            totals=totals,
            ship_to=ship_to,
            bill_to=bill_to,
            buyer_vat_number=buyer_vat_number,
            po_number=po_number,
            problems=problems,
        )

        return checkout_preview
