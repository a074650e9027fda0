from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.postal_address import PostalAddress


T = TypeVar("T", bound="BillingSettings")


@_attrs_define
class BillingSettings:
    """
    Attributes:
        legal_address (None | PostalAddress):
        vat_number (None | str):
        vat_number_country (None | str): The VAT number's country (ISO 3166-1 alpha-2)
        require_po_for_invoice (bool):
        invoice_due_days (int):
    """

    legal_address: None | PostalAddress
    vat_number: None | str
    vat_number_country: None | str
    require_po_for_invoice: bool
    invoice_due_days: int

    def to_dict(self) -> dict[str, Any]:
        from ..models.postal_address import PostalAddress  # noqa: PLC0415

        legal_address: dict[str, Any] | None
        if isinstance(self.legal_address, PostalAddress):
            legal_address = self.legal_address.to_dict()
        else:
            legal_address = self.legal_address

        vat_number: None | str
        vat_number = self.vat_number

        vat_number_country: None | str
        vat_number_country = self.vat_number_country

        require_po_for_invoice = self.require_po_for_invoice

        invoice_due_days = self.invoice_due_days

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "legalAddress": legal_address,
                "vatNumber": vat_number,
                "vatNumberCountry": vat_number_country,
                "requirePoForInvoice": require_po_for_invoice,
                "invoiceDueDays": invoice_due_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.postal_address import PostalAddress  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_legal_address(data: object) -> None | PostalAddress:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                legal_address_type_1 = PostalAddress.from_dict(data)

                return legal_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostalAddress, data)

        legal_address = _parse_legal_address(d.pop("legalAddress"))

        def _parse_vat_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        vat_number = _parse_vat_number(d.pop("vatNumber"))

        def _parse_vat_number_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        vat_number_country = _parse_vat_number_country(d.pop("vatNumberCountry"))

        require_po_for_invoice = d.pop("requirePoForInvoice")

        invoice_due_days = d.pop("invoiceDueDays")

        billing_settings = cls(
            legal_address=legal_address,
            vat_number=vat_number,
            vat_number_country=vat_number_country,
            require_po_for_invoice=require_po_for_invoice,
            invoice_due_days=invoice_due_days,
        )

        return billing_settings
