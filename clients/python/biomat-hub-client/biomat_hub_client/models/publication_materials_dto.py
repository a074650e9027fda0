from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicationMaterialsDto")


@_attrs_define
class PublicationMaterialsDto:
    """
    Attributes:
        materials (list[str]): The material slugs this publication is about (replaces the list) Example: ['ti-6al-4v'].
        revision (float | Unset): The revision you loaded
    """

    materials: list[str]
    revision: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        materials = self.materials

        revision = self.revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "materials": materials,
            }
        )
        if revision is not UNSET:
            field_dict["revision"] = revision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        materials = cast(list[str], d.pop("materials"))

        revision = d.pop("revision", UNSET)

        publication_materials_dto = cls(
            materials=materials,
            revision=revision,
        )

        publication_materials_dto.additional_properties = d
        return publication_materials_dto

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
