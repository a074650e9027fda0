from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.scheme_summary_title import SchemeSummaryTitle


T = TypeVar("T", bound="SchemeSummary")


@_attrs_define
class SchemeSummary:
    """
    Attributes:
        id (str):
        title (SchemeSummaryTitle):
        concepts (int):
    """

    id: str
    title: SchemeSummaryTitle
    concepts: int

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title.to_dict()

        concepts = self.concepts

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "title": title,
                "concepts": concepts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scheme_summary_title import SchemeSummaryTitle  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = SchemeSummaryTitle.from_dict(d.pop("title"))

        concepts = d.pop("concepts")

        scheme_summary = cls(
            id=id,
            title=title,
            concepts=concepts,
        )

        return scheme_summary
