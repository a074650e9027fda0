from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ImportColumnsItem")


@_attrs_define
class ImportColumnsItem:
    """
    Attributes:
        name (str):
        meaning (str):
        example (str):
    """

    name: str
    meaning: str
    example: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        meaning = self.meaning

        example = self.example

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "meaning": meaning,
                "example": example,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        meaning = d.pop("meaning")

        example = d.pop("example")

        import_columns_item = cls(
            name=name,
            meaning=meaning,
            example=example,
        )

        return import_columns_item
