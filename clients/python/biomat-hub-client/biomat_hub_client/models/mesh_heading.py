from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mesh_heading_qualifiers_item import MeshHeadingQualifiersItem


T = TypeVar("T", bound="MeshHeading")


@_attrs_define
class MeshHeading:
    """
    Attributes:
        descriptor_id (str): MeSH descriptor UI (D…)
        name (str):
        major (bool): Major topic of the article
        qualifiers (list[MeshHeadingQualifiersItem]):
    """

    descriptor_id: str
    name: str
    major: bool
    qualifiers: list[MeshHeadingQualifiersItem]

    def to_dict(self) -> dict[str, Any]:
        descriptor_id = self.descriptor_id

        name = self.name

        major = self.major

        qualifiers = []
        for qualifiers_item_data in self.qualifiers:
            qualifiers_item = qualifiers_item_data.to_dict()
            qualifiers.append(qualifiers_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "descriptorId": descriptor_id,
                "name": name,
                "major": major,
                "qualifiers": qualifiers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mesh_heading_qualifiers_item import MeshHeadingQualifiersItem  # noqa: PLC0415

        d = dict(src_dict)
        descriptor_id = d.pop("descriptorId")

        name = d.pop("name")

        major = d.pop("major")

        qualifiers = []
        _qualifiers = d.pop("qualifiers")
        for qualifiers_item_data in _qualifiers:
            qualifiers_item = MeshHeadingQualifiersItem.from_dict(qualifiers_item_data)

            qualifiers.append(qualifiers_item)

        mesh_heading = cls(
            descriptor_id=descriptor_id,
            name=name,
            major=major,
            qualifiers=qualifiers,
        )

        return mesh_heading
