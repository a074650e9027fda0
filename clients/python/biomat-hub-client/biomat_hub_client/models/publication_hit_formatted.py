from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PublicationHitFormatted")


@_attrs_define
class PublicationHitFormatted:
    """HTML-escaped title and abstract (or our summary when no abstract is held) with matches in <mark>; the abstract is
    cropped around the matches

        Attributes:
            title (str):
            abstract (str):
    """

    title: str
    abstract: str

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        abstract = self.abstract

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "abstract": abstract,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        abstract = d.pop("abstract")

        publication_hit_formatted = cls(
            title=title,
            abstract=abstract,
        )

        return publication_hit_formatted
