from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.literature_import_record_status import LiteratureImportRecordStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiteratureImportRecord")


@_attrs_define
class LiteratureImportRecord:
    """
    Attributes:
        position (int): 1-based position of the record in the file
        status (LiteratureImportRecordStatus):
        errors (list[str]):
        id (str | Unset):
    """

    position: int
    status: LiteratureImportRecordStatus
    errors: list[str]
    id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        status = self.status.value

        errors = self.errors

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "position": position,
                "status": status,
                "errors": errors,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        position = d.pop("position")

        status = LiteratureImportRecordStatus(d.pop("status"))

        errors = cast(list[str], d.pop("errors"))

        id = d.pop("id", UNSET)

        literature_import_record = cls(
            position=position,
            status=status,
            errors=errors,
            id=id,
        )

        return literature_import_record
