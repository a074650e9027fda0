from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.search_export_items_item_properties import SearchExportItemsItemProperties


T = TypeVar("T", bound="SearchExportItemsItem")


@_attrs_define
class SearchExportItemsItem:
    """
    Attributes:
        slug (str):
        name (str):
        class_path (list[str]):
        properties (SearchExportItemsItemProperties): By field; only the fields asked for, and only those the material
            has
    """

    slug: str
    name: str
    class_path: list[str]
    properties: SearchExportItemsItemProperties

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        class_path = self.class_path

        properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "classPath": class_path,
                "properties": properties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_export_items_item_properties import SearchExportItemsItemProperties  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        class_path = cast(list[str], d.pop("classPath"))

        properties = SearchExportItemsItemProperties.from_dict(d.pop("properties"))

        search_export_items_item = cls(
            slug=slug,
            name=name,
            class_path=class_path,
            properties=properties,
        )

        return search_export_items_item
