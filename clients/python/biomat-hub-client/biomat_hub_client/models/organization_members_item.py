from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.organization_members_item_role import OrganizationMembersItemRole

T = TypeVar("T", bound="OrganizationMembersItem")


@_attrs_define
class OrganizationMembersItem:
    """
    Attributes:
        user_id (str):
        name (None | str):
        email (None | str):
        role (OrganizationMembersItemRole):
        since (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
    """

    user_id: str
    name: None | str
    email: None | str
    role: OrganizationMembersItemRole
    since: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        name: None | str
        name = self.name

        email: None | str
        email = self.email

        role = self.role.value

        since = self.since.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "userId": user_id,
                "name": name,
                "email": email,
                "role": role,
                "since": since,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        role = OrganizationMembersItemRole(d.pop("role"))

        since = datetime.datetime.fromisoformat(d.pop("since"))

        organization_members_item = cls(
            user_id=user_id,
            name=name,
            email=email,
            role=role,
            since=since,
        )

        return organization_members_item
