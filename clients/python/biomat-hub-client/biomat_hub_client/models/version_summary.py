from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="VersionSummary")


@_attrs_define
class VersionSummary:
    """
    Attributes:
        version (int):
        published_at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
        published_by (str):
        published_by_name (str):
        name (str):
    """

    version: int
    published_at: datetime.datetime
    published_by: str
    published_by_name: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        published_at = self.published_at.isoformat()

        published_by = self.published_by

        published_by_name = self.published_by_name

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "version": version,
                "publishedAt": published_at,
                "publishedBy": published_by,
                "publishedByName": published_by_name,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        published_at = datetime.datetime.fromisoformat(d.pop("publishedAt"))

        published_by = d.pop("publishedBy")

        published_by_name = d.pop("publishedByName")

        name = d.pop("name")

        version_summary = cls(
            version=version,
            published_at=published_at,
            published_by=published_by,
            published_by_name=published_by_name,
            name=name,
        )

        return version_summary
