from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.organization_kind import OrganizationKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_invitations_item import OrganizationInvitationsItem
    from ..models.organization_members_item import OrganizationMembersItem
    from ..models.organization_payouts import OrganizationPayouts


T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """
    Attributes:
        id (str):
        name (str):
        kind (OrganizationKind):
        country (str):
        verified (bool):
        created_at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
        payouts (OrganizationPayouts | Unset):
        members (list[OrganizationMembersItem] | Unset):
        invitations (list[OrganizationInvitationsItem] | Unset):
    """

    id: str
    name: str
    kind: OrganizationKind
    country: str
    verified: bool
    created_at: datetime.datetime
    payouts: OrganizationPayouts | Unset = UNSET
    members: list[OrganizationMembersItem] | Unset = UNSET
    invitations: list[OrganizationInvitationsItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        kind = self.kind.value

        country = self.country

        verified = self.verified

        created_at = self.created_at.isoformat()

        payouts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payouts, Unset):
            payouts = self.payouts.to_dict()

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        invitations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invitations, Unset):
            invitations = []
            for invitations_item_data in self.invitations:
                invitations_item = invitations_item_data.to_dict()
                invitations.append(invitations_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "kind": kind,
                "country": country,
                "verified": verified,
                "createdAt": created_at,
            }
        )
        if payouts is not UNSET:
            field_dict["payouts"] = payouts
        if members is not UNSET:
            field_dict["members"] = members
        if invitations is not UNSET:
            field_dict["invitations"] = invitations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_invitations_item import OrganizationInvitationsItem  # noqa: PLC0415
        from ..models.organization_members_item import OrganizationMembersItem  # noqa: PLC0415
        from ..models.organization_payouts import OrganizationPayouts  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        kind = OrganizationKind(d.pop("kind"))

        country = d.pop("country")

        verified = d.pop("verified")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        _payouts = d.pop("payouts", UNSET)
        payouts: OrganizationPayouts | Unset
        if isinstance(_payouts, Unset):
            payouts = UNSET
        else:
            payouts = OrganizationPayouts.from_dict(_payouts)

        _members = d.pop("members", UNSET)
        members: list[OrganizationMembersItem] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = OrganizationMembersItem.from_dict(members_item_data)

                members.append(members_item)

        _invitations = d.pop("invitations", UNSET)
        invitations: list[OrganizationInvitationsItem] | Unset = UNSET
        if _invitations is not UNSET:
            invitations = []
            for invitations_item_data in _invitations:
                invitations_item = OrganizationInvitationsItem.from_dict(invitations_item_data)

                invitations.append(invitations_item)

        organization = cls(
            id=id,
            name=name,
            kind=kind,
            country=country,
            verified=verified,
            created_at=created_at,
            payouts=payouts,
            members=members,
            invitations=invitations,
        )

        return organization
