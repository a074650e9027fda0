from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.suggestions_concepts_item import SuggestionsConceptsItem
    from ..models.suggestions_materials_item import SuggestionsMaterialsItem


T = TypeVar("T", bound="Suggestions")


@_attrs_define
class Suggestions:
    """
    Attributes:
        materials (list[SuggestionsMaterialsItem]):
        concepts (list[SuggestionsConceptsItem]):
    """

    materials: list[SuggestionsMaterialsItem]
    concepts: list[SuggestionsConceptsItem]

    def to_dict(self) -> dict[str, Any]:
        materials = []
        for materials_item_data in self.materials:
            materials_item = materials_item_data.to_dict()
            materials.append(materials_item)

        concepts = []
        for concepts_item_data in self.concepts:
            concepts_item = concepts_item_data.to_dict()
            concepts.append(concepts_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "materials": materials,
                "concepts": concepts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.suggestions_concepts_item import SuggestionsConceptsItem  # noqa: PLC0415
        from ..models.suggestions_materials_item import SuggestionsMaterialsItem  # noqa: PLC0415

        d = dict(src_dict)
        materials = []
        _materials = d.pop("materials")
        for materials_item_data in _materials:
            materials_item = SuggestionsMaterialsItem.from_dict(materials_item_data)

            materials.append(materials_item)

        concepts = []
        _concepts = d.pop("concepts")
        for concepts_item_data in _concepts:
            concepts_item = SuggestionsConceptsItem.from_dict(concepts_item_data)

            concepts.append(concepts_item)

        suggestions = cls(
            materials=materials,
            concepts=concepts,
        )

        return suggestions
