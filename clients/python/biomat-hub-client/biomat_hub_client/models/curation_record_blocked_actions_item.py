from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.curation_record_blocked_actions_item_action import CurationRecordBlockedActionsItemAction

T = TypeVar("T", bound="CurationRecordBlockedActionsItem")


@_attrs_define
class CurationRecordBlockedActionsItem:
    """
    Attributes:
        action (CurationRecordBlockedActionsItemAction):
        reason (str):
    """

    action: CurationRecordBlockedActionsItemAction
    reason: str

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = CurationRecordBlockedActionsItemAction(d.pop("action"))

        reason = d.pop("reason")

        curation_record_blocked_actions_item = cls(
            action=action,
            reason=reason,
        )

        return curation_record_blocked_actions_item
