from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddCartLineDto")


@_attrs_define
class AddCartLineDto:
    """
    Attributes:
        offer_id (str):
        quantity (float): Packs Example: 2.
        quote_id (str | Unset): An accepted quote of this offer: the line orders its quantity at its price (quantity is
            then ignored)
    """

    offer_id: str
    quantity: float
    quote_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offer_id = self.offer_id

        quantity = self.quantity

        quote_id = self.quote_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offerId": offer_id,
                "quantity": quantity,
            }
        )
        if quote_id is not UNSET:
            field_dict["quoteId"] = quote_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        offer_id = d.pop("offerId")

        quantity = d.pop("quantity")

        quote_id = d.pop("quoteId", UNSET)

        add_cart_line_dto = cls(
            offer_id=offer_id,
            quantity=quantity,
            quote_id=quote_id,
        )

        add_cart_line_dto.additional_properties = d
        return add_cart_line_dto

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
