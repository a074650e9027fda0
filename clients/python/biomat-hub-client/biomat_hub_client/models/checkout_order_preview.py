from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.checkout_order_preview_lines_item import CheckoutOrderPreviewLinesItem
    from ..models.checkout_order_preview_payment_terms import CheckoutOrderPreviewPaymentTerms
    from ..models.checkout_order_preview_supplier import CheckoutOrderPreviewSupplier
    from ..models.order_vat import OrderVat


T = TypeVar("T", bound="CheckoutOrderPreview")


@_attrs_define
class CheckoutOrderPreview:
    """
    Attributes:
        supplier (CheckoutOrderPreviewSupplier):
        currency (str): ISO 4217
        lines (list[CheckoutOrderPreviewLinesItem]):
        net_minor (int): Integer minor units of the currency (cents for EUR)
        vat (OrderVat):
        gross_minor (int): Integer minor units of the currency (cents for EUR)
        payment_terms (CheckoutOrderPreviewPaymentTerms):
    """

    supplier: CheckoutOrderPreviewSupplier
    currency: str
    lines: list[CheckoutOrderPreviewLinesItem]
    net_minor: int
    vat: OrderVat
    gross_minor: int
    payment_terms: CheckoutOrderPreviewPaymentTerms

    def to_dict(self) -> dict[str, Any]:
        supplier = self.supplier.to_dict()

        currency = self.currency

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        net_minor = self.net_minor

        vat = self.vat.to_dict()

        gross_minor = self.gross_minor

        payment_terms = self.payment_terms.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "supplier": supplier,
                "currency": currency,
                "lines": lines,
                "netMinor": net_minor,
                "vat": vat,
                "grossMinor": gross_minor,
                "paymentTerms": payment_terms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checkout_order_preview_lines_item import CheckoutOrderPreviewLinesItem  # noqa: PLC0415
        from ..models.checkout_order_preview_payment_terms import CheckoutOrderPreviewPaymentTerms  # noqa: PLC0415
        from ..models.checkout_order_preview_supplier import CheckoutOrderPreviewSupplier  # noqa: PLC0415
        from ..models.order_vat import OrderVat  # noqa: PLC0415

        d = dict(src_dict)
        supplier = CheckoutOrderPreviewSupplier.from_dict(d.pop("supplier"))

        currency = d.pop("currency")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = CheckoutOrderPreviewLinesItem.from_dict(lines_item_data)

            lines.append(lines_item)

        net_minor = d.pop("netMinor")

        vat = OrderVat.from_dict(d.pop("vat"))

        gross_minor = d.pop("grossMinor")

        payment_terms = CheckoutOrderPreviewPaymentTerms.from_dict(d.pop("paymentTerms"))

        checkout_order_preview = cls(
            supplier=supplier,
            currency=currency,
            lines=lines,
            net_minor=net_minor,
            vat=vat,
            gross_minor=gross_minor,
            payment_terms=payment_terms,
        )

        return checkout_order_preview
