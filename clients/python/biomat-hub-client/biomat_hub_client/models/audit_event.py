from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.json_patch_operation import JsonPatchOperation
    from ..models.person import Person


T = TypeVar("T", bound="AuditEvent")


@_attrs_define
class AuditEvent:
    """
    Attributes:
        id (str):
        action (str):
        actor_id (str):
        actor (Person):
        at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
        from_state (None | str):
        to_state (None | str):
        comment (None | str):
        diff (list[JsonPatchOperation]):
    """

    id: str
    action: str
    actor_id: str
    actor: Person
    at: datetime.datetime
    from_state: None | str
    to_state: None | str
    comment: None | str
    diff: list[JsonPatchOperation]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        action = self.action

        actor_id = self.actor_id

        actor = self.actor.to_dict()

        at = self.at.isoformat()

        from_state: None | str
        from_state = self.from_state

        to_state: None | str
        to_state = self.to_state

        comment: None | str
        comment = self.comment

        diff = []
        for diff_item_data in self.diff:
            diff_item = diff_item_data.to_dict()
            diff.append(diff_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "action": action,
                "actorId": actor_id,
                "actor": actor,
                "at": at,
                "fromState": from_state,
                "toState": to_state,
                "comment": comment,
                "diff": diff,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_patch_operation import JsonPatchOperation  # noqa: PLC0415
        from ..models.person import Person  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        action = d.pop("action")

        actor_id = d.pop("actorId")

        actor = Person.from_dict(d.pop("actor"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_from_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_state = _parse_from_state(d.pop("fromState"))

        def _parse_to_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        to_state = _parse_to_state(d.pop("toState"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        diff = []
        _diff = d.pop("diff")
        for diff_item_data in _diff:
            diff_item = JsonPatchOperation.from_dict(diff_item_data)

            diff.append(diff_item)

        audit_event = cls(
            id=id,
            action=action,
            actor_id=actor_id,
            actor=actor,
            at=at,
            from_state=from_state,
            to_state=to_state,
            comment=comment,
            diff=diff,
        )

        return audit_event
