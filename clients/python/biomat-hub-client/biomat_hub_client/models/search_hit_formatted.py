from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SearchHitFormatted")


@_attrs_define
class SearchHitFormatted:
    """HTML-escaped name and summary with matches in <mark>

    Attributes:
        name (str):
        summary (str):
    """

    name: str
    summary: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        summary = self.summary

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        summary = d.pop("summary")

        search_hit_formatted = cls(
            name=name,
            summary=summary,
        )

        return search_hit_formatted
