from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.literature_import_record import LiteratureImportRecord


T = TypeVar("T", bound="LiteratureImportRecordPage")


@_attrs_define
class LiteratureImportRecordPage:
    """
    Attributes:
        items (list[LiteratureImportRecord]):
        total (int):
        page (int):
        per_page (int):
    """

    items: list[LiteratureImportRecord]
    total: int
    page: int
    per_page: int

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total = self.total

        page = self.page

        per_page = self.per_page

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
                "total": total,
                "page": page,
                "perPage": per_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.literature_import_record import LiteratureImportRecord  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = LiteratureImportRecord.from_dict(items_item_data)

            items.append(items_item)

        total = d.pop("total")

        page = d.pop("page")

        per_page = d.pop("perPage")

        literature_import_record_page = cls(
            items=items,
            total=total,
            page=page,
            per_page=per_page,
        )

        return literature_import_record_page
