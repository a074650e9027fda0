from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PublicationHitMaterialsItem")


@_attrs_define
class PublicationHitMaterialsItem:
    """
    Attributes:
        slug (str):
        name (str):
    """

    slug: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        publication_hit_materials_item = cls(
            slug=slug,
            name=name,
        )

        return publication_hit_materials_item
