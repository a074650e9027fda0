from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.material_candidates_items_item_match import MaterialCandidatesItemsItemMatch

T = TypeVar("T", bound="MaterialCandidatesItemsItem")


@_attrs_define
class MaterialCandidatesItemsItem:
    """
    Attributes:
        slug (str):
        name (str):
        match (MaterialCandidatesItemsItemMatch): What of the material the mention matched; keyword: only the concept is
            among its keywords
    """

    slug: str
    name: str
    match: MaterialCandidatesItemsItemMatch

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        match = self.match.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "match": match,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        match = MaterialCandidatesItemsItemMatch(d.pop("match"))

        material_candidates_items_item = cls(
            slug=slug,
            name=name,
            match=match,
        )

        return material_candidates_items_item
