from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.field_error import FieldError
    from ..models.vocabulary_import_report_items_item import VocabularyImportReportItemsItem


T = TypeVar("T", bound="VocabularyImportReport")


@_attrs_define
class VocabularyImportReport:
    """
    Attributes:
        created (int):
        updated (int):
        unchanged (int):
        items (list[VocabularyImportReportItemsItem]):
        errors (list[FieldError]):
    """

    created: int
    updated: int
    unchanged: int
    items: list[VocabularyImportReportItemsItem]
    errors: list[FieldError]

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        updated = self.updated

        unchanged = self.unchanged

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created": created,
                "updated": updated,
                "unchanged": unchanged,
                "items": items,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_error import FieldError  # noqa: PLC0415
        from ..models.vocabulary_import_report_items_item import VocabularyImportReportItemsItem  # noqa: PLC0415

        d = dict(src_dict)
        created = d.pop("created")

        updated = d.pop("updated")

        unchanged = d.pop("unchanged")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = VocabularyImportReportItemsItem.from_dict(items_item_data)

            items.append(items_item)

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = FieldError.from_dict(errors_item_data)

            errors.append(errors_item)

        vocabulary_import_report = cls(
            created=created,
            updated=updated,
            unchanged=unchanged,
            items=items,
            errors=errors,
        )

        return vocabulary_import_report
