from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.new_organization_dto_kind import NewOrganizationDtoKind

T = TypeVar("T", bound="NewOrganizationDto")


@_attrs_define
class NewOrganizationDto:
    """
    Attributes:
        name (str):  Example: Politecnico Biomaterials Lab.
        kind (NewOrganizationDtoKind):
        country (str): ISO 3166-1 alpha-2 Example: IT.
    """

    name: str
    kind: NewOrganizationDtoKind
    country: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind = self.kind.value

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "kind": kind,
                "country": country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        kind = NewOrganizationDtoKind(d.pop("kind"))

        country = d.pop("country")

        new_organization_dto = cls(
            name=name,
            kind=kind,
            country=country,
        )

        new_organization_dto.additional_properties = d
        return new_organization_dto

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
