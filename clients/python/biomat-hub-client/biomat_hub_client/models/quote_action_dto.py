from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_action_dto_action import QuoteActionDtoAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteActionDto")


@_attrs_define
class QuoteActionDto:
    """
    Attributes:
        action (QuoteActionDtoAction):
        unit_price_minor (float | Unset): quote (required) and counter: unit price in integer minor units
        quantity (float | Unset): quote and counter: packs
        valid_until (str | Unset): quote: valid until (ISO date; default: marketplace.quoteValidityDays from now)
        message (str | Unset):
    """

    action: QuoteActionDtoAction
    unit_price_minor: float | Unset = UNSET
    quantity: float | Unset = UNSET
    valid_until: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        unit_price_minor = self.unit_price_minor

        quantity = self.quantity

        valid_until = self.valid_until

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if unit_price_minor is not UNSET:
            field_dict["unitPriceMinor"] = unit_price_minor
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if valid_until is not UNSET:
            field_dict["validUntil"] = valid_until
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = QuoteActionDtoAction(d.pop("action"))

        unit_price_minor = d.pop("unitPriceMinor", UNSET)

        quantity = d.pop("quantity", UNSET)

        valid_until = d.pop("validUntil", UNSET)

        message = d.pop("message", UNSET)

        quote_action_dto = cls(
            action=action,
            unit_price_minor=unit_price_minor,
            quantity=quantity,
            valid_until=valid_until,
            message=message,
        )

        quote_action_dto.additional_properties = d
        return quote_action_dto

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
