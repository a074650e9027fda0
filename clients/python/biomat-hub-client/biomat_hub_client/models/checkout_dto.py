from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkout_dto_payment_method import CheckoutDtoPaymentMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckoutDto")


@_attrs_define
class CheckoutDto:
    """
    Attributes:
        ship_to_address_id (str): An address of the organization address book
        bill_to_address_id (str): An address of the organization address book
        payment_method (CheckoutDtoPaymentMethod): invoice: against a purchase order, due in the supplier's terms; card:
            pay now (Stripe)
        po_number (str | Unset): Required for invoice payment when the organization says so Example: PO-2026-0142.
        buyer_vat_number (str | Unset): The buyer's EU VAT number (default: the organization's); decides reverse charge
            Example: IT12345670017.
    """

    ship_to_address_id: str
    bill_to_address_id: str
    payment_method: CheckoutDtoPaymentMethod
    po_number: str | Unset = UNSET
    buyer_vat_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ship_to_address_id = self.ship_to_address_id

        bill_to_address_id = self.bill_to_address_id

        payment_method = self.payment_method.value

        po_number = self.po_number

        buyer_vat_number = self.buyer_vat_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shipToAddressId": ship_to_address_id,
                "billToAddressId": bill_to_address_id,
                "paymentMethod": payment_method,
            }
        )
        if po_number is not UNSET:
            field_dict["poNumber"] = po_number
        if buyer_vat_number is not UNSET:
            field_dict["buyerVatNumber"] = buyer_vat_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ship_to_address_id = d.pop("shipToAddressId")

        bill_to_address_id = d.pop("billToAddressId")

        payment_method = CheckoutDtoPaymentMethod(d.pop("paymentMethod"))

        po_number = d.pop("poNumber", UNSET)

        buyer_vat_number = d.pop("buyerVatNumber", UNSET)

        checkout_dto = cls(
            ship_to_address_id=ship_to_address_id,
            bill_to_address_id=bill_to_address_id,
            payment_method=payment_method,
            po_number=po_number,
            buyer_vat_number=buyer_vat_number,
        )

        checkout_dto.additional_properties = d
        return checkout_dto

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
