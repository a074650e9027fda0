from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_organization_dto import NewOrganizationDto


T = TypeVar("T", bound="RegisterDto")


@_attrs_define
class RegisterDto:
    """
    Attributes:
        email (str):  Example: rosa@polimi.example.
        password (str): At least 12 characters; common and breached passwords are refused
        name (str):  Example: Rosa Bianchi.
        organization (NewOrganizationDto | Unset):
    """

    email: str
    password: str
    name: str
    organization: NewOrganizationDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        name = self.name

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "password": password,
                "name": name,
            }
        )
        if organization is not UNSET:
            field_dict["organization"] = organization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_organization_dto import NewOrganizationDto  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password")

        name = d.pop("name")

        _organization = d.pop("organization", UNSET)
        organization: NewOrganizationDto | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = NewOrganizationDto.from_dict(_organization)

        register_dto = cls(
            email=email,
            password=password,
            name=name,
            organization=organization,
        )

        register_dto.additional_properties = d
        return register_dto

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
