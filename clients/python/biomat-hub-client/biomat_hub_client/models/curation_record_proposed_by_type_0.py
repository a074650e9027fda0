from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CurationRecordProposedByType0")


@_attrs_define
class CurationRecordProposedByType0:
    """
    Attributes:
        id (str):
        name (str):
        organization_id (None | str):
        organization_name (None | str):
    """

    id: str
    name: str
    organization_id: None | str
    organization_name: None | str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        organization_id: None | str
        organization_id = self.organization_id

        organization_name: None | str
        organization_name = self.organization_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "organizationId": organization_id,
                "organizationName": organization_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_organization_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_id = _parse_organization_id(d.pop("organizationId"))

        def _parse_organization_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_name = _parse_organization_name(d.pop("organizationName"))

        curation_record_proposed_by_type_0 = cls(
            id=id,
            name=name,
            organization_id=organization_id,
            organization_name=organization_name,
        )

        return curation_record_proposed_by_type_0
