from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeshHeadingQualifiersItem")


@_attrs_define
class MeshHeadingQualifiersItem:
    """
    Attributes:
        name (str):
        major (bool):
        id (None | str | Unset):
    """

    name: str
    major: bool
    id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        major = self.major

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "major": major,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        major = d.pop("major")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        mesh_heading_qualifiers_item = cls(
            name=name,
            major=major,
            id=id,
        )

        return mesh_heading_qualifiers_item
