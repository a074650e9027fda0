from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_transition_dto_action import OrderTransitionDtoAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderTransitionDto")


@_attrs_define
class OrderTransitionDto:
    """
    Attributes:
        action (OrderTransitionDtoAction):
        note (str | Unset):
        carrier (str | Unset): ship: the carrier (DHL, UPS, DB Schenker...) Example: DHL Express.
        tracking_number (str | Unset): ship: the carrier's tracking number Example: 1234567890.
        reason (str | Unset): cancel: why (required once the order has a number) Example: Ordered the wrong grade.
    """

    action: OrderTransitionDtoAction
    note: str | Unset = UNSET
    carrier: str | Unset = UNSET
    tracking_number: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        note = self.note

        carrier = self.carrier

        tracking_number = self.tracking_number

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = OrderTransitionDtoAction(d.pop("action"))

        note = d.pop("note", UNSET)

        carrier = d.pop("carrier", UNSET)

        tracking_number = d.pop("trackingNumber", UNSET)

        reason = d.pop("reason", UNSET)

        order_transition_dto = cls(
            action=action,
            note=note,
            carrier=carrier,
            tracking_number=tracking_number,
            reason=reason,
        )

        order_transition_dto.additional_properties = d
        return order_transition_dto

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
