from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.suggestions_materials_item_formatted import SuggestionsMaterialsItemFormatted


T = TypeVar("T", bound="SuggestionsMaterialsItem")


@_attrs_define
class SuggestionsMaterialsItem:
    """
    Attributes:
        slug (str):
        name (str):
        field_formatted (SuggestionsMaterialsItemFormatted):
    """

    slug: str
    name: str
    field_formatted: SuggestionsMaterialsItemFormatted

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        field_formatted = self.field_formatted.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "_formatted": field_formatted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.suggestions_materials_item_formatted import SuggestionsMaterialsItemFormatted  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        field_formatted = SuggestionsMaterialsItemFormatted.from_dict(d.pop("_formatted"))

        suggestions_materials_item = cls(
            slug=slug,
            name=name,
            field_formatted=field_formatted,
        )

        return suggestions_materials_item
