from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SuggestionsConceptsItem")


@_attrs_define
class SuggestionsConceptsItem:
    """
    Attributes:
        facet (str):
        value (str):
        count (int):
    """

    facet: str
    value: str
    count: int

    def to_dict(self) -> dict[str, Any]:
        facet = self.facet

        value = self.value

        count = self.count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "facet": facet,
                "value": value,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        facet = d.pop("facet")

        value = d.pop("value")

        count = d.pop("count")

        suggestions_concepts_item = cls(
            facet=facet,
            value=value,
            count=count,
        )

        return suggestions_concepts_item
