from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.postal_address_dto import PostalAddressDto


T = TypeVar("T", bound="BillingSettingsDto")


@_attrs_define
class BillingSettingsDto:
    """
    Attributes:
        legal_address (PostalAddressDto | Unset):
        vat_number (None | str | Unset): EU VAT number: checked for format, check digits and country Example:
            IT12345670017.
        require_po_for_invoice (bool | Unset): Buyers: a purchase-order number is required when paying by invoice
        invoice_due_days (float | Unset): Suppliers: invoices are due this many days after the invoice date (default 30)
    """

    legal_address: PostalAddressDto | Unset = UNSET
    vat_number: None | str | Unset = UNSET
    require_po_for_invoice: bool | Unset = UNSET
    invoice_due_days: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        legal_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.legal_address, Unset):
            legal_address = self.legal_address.to_dict()

        vat_number: None | str | Unset
        if isinstance(self.vat_number, Unset):
            vat_number = UNSET
        else:
            vat_number = self.vat_number

        require_po_for_invoice = self.require_po_for_invoice

        invoice_due_days = self.invoice_due_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if legal_address is not UNSET:
            field_dict["legalAddress"] = legal_address
        if vat_number is not UNSET:
            field_dict["vatNumber"] = vat_number
        if require_po_for_invoice is not UNSET:
            field_dict["requirePoForInvoice"] = require_po_for_invoice
        if invoice_due_days is not UNSET:
            field_dict["invoiceDueDays"] = invoice_due_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.postal_address_dto import PostalAddressDto  # noqa: PLC0415

        d = dict(src_dict)
        _legal_address = d.pop("legalAddress", UNSET)
        legal_address: PostalAddressDto | Unset
        if isinstance(_legal_address, Unset):
            legal_address = UNSET
        else:
            legal_address = PostalAddressDto.from_dict(_legal_address)

        def _parse_vat_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vat_number = _parse_vat_number(d.pop("vatNumber", UNSET))

        require_po_for_invoice = d.pop("requirePoForInvoice", UNSET)

        invoice_due_days = d.pop("invoiceDueDays", UNSET)

        billing_settings_dto = cls(
            legal_address=legal_address,
            vat_number=vat_number,
            require_po_for_invoice=require_po_for_invoice,
            invoice_due_days=invoice_due_days,
        )

        billing_settings_dto.additional_properties = d
        return billing_settings_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
