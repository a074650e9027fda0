from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.vocabulary_import_report_items_item_status import VocabularyImportReportItemsItemStatus

T = TypeVar("T", bound="VocabularyImportReportItemsItem")


@_attrs_define
class VocabularyImportReportItemsItem:
    """
    Attributes:
        id (str):
        status (VocabularyImportReportItemsItemStatus):
    """

    id: str
    status: VocabularyImportReportItemsItemStatus

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = VocabularyImportReportItemsItemStatus(d.pop("status"))

        vocabulary_import_report_items_item = cls(
            id=id,
            status=status,
        )

        return vocabulary_import_report_items_item
