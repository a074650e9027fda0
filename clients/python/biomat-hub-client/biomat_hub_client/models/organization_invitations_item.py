from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.organization_invitations_item_role import OrganizationInvitationsItemRole

T = TypeVar("T", bound="OrganizationInvitationsItem")


@_attrs_define
class OrganizationInvitationsItem:
    """
    Attributes:
        id (str):
        email (str):
        role (OrganizationInvitationsItemRole):
        expires_at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
    """

    id: str
    email: str
    role: OrganizationInvitationsItemRole
    expires_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        role = self.role.value

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "email": email,
                "role": role,
                "expiresAt": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        role = OrganizationInvitationsItemRole(d.pop("role"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        organization_invitations_item = cls(
            id=id,
            email=email,
            role=role,
            expires_at=expires_at,
        )

        return organization_invitations_item
