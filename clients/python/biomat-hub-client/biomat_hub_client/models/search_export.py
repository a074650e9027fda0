from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.search_export_field import SearchExportField
    from ..models.search_export_items_item import SearchExportItemsItem


T = TypeVar("T", bound="SearchExport")


@_attrs_define
class SearchExport:
    """
    Attributes:
        total (int): Materials the search finds
        limit (int): The result cap: at most this many are exported, in the search order
        fields (list[SearchExportField]):
        items (list[SearchExportItemsItem]):
    """

    total: int
    limit: int
    fields: list[SearchExportField]
    items: list[SearchExportItemsItem]

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        limit = self.limit

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "total": total,
                "limit": limit,
                "fields": fields,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_export_field import SearchExportField  # noqa: PLC0415
        from ..models.search_export_items_item import SearchExportItemsItem  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        limit = d.pop("limit")

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = SearchExportField.from_dict(fields_item_data)

            fields.append(fields_item)

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = SearchExportItemsItem.from_dict(items_item_data)

            items.append(items_item)

        search_export = cls(
            total=total,
            limit=limit,
            fields=fields,
            items=items,
        )

        return search_export
