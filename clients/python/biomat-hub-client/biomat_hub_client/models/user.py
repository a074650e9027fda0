from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.user_roles_item import UserRolesItem

if TYPE_CHECKING:
    from ..models.user_identities_item import UserIdentitiesItem


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Attributes:
        id (str):
        email (str):
        name (str):
        roles (list[UserRolesItem]):
        email_verified (bool):
        orcid (None | str):
        disabled (bool):
        identities (list[UserIdentitiesItem]):
        created_at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
    """

    id: str
    email: str
    name: str
    roles: list[UserRolesItem]
    email_verified: bool
    orcid: None | str
    disabled: bool
    identities: list[UserIdentitiesItem]
    created_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        name = self.name

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)

        email_verified = self.email_verified

        orcid: None | str
        orcid = self.orcid

        disabled = self.disabled

        identities = []
        for identities_item_data in self.identities:
            identities_item = identities_item_data.to_dict()
            identities.append(identities_item)

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "email": email,
                "name": name,
                "roles": roles,
                "emailVerified": email_verified,
                "orcid": orcid,
                "disabled": disabled,
                "identities": identities,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_identities_item import UserIdentitiesItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        name = d.pop("name")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = UserRolesItem(roles_item_data)

            roles.append(roles_item)

        email_verified = d.pop("emailVerified")

        def _parse_orcid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        orcid = _parse_orcid(d.pop("orcid"))

        disabled = d.pop("disabled")

        identities = []
        _identities = d.pop("identities")
        for identities_item_data in _identities:
            identities_item = UserIdentitiesItem.from_dict(identities_item_data)

            identities.append(identities_item)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        user = cls(
            id=id,
            email=email,
            name=name,
            roles=roles,
            email_verified=email_verified,
            orcid=orcid,
            disabled=disabled,
            identities=identities,
            created_at=created_at,
        )

        return user
