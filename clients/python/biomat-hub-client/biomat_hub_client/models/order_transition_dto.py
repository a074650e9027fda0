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
    """

    action: OrderTransitionDtoAction
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = OrderTransitionDtoAction(d.pop("action"))

        note = d.pop("note", UNSET)

        order_transition_dto = cls(
            action=action,
            note=note,
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
