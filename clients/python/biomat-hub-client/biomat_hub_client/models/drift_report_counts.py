from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DriftReportCounts")


@_attrs_define
class DriftReportCounts:
    """
    Attributes:
        missing (int):
        extra (int):
        stale (int):
    """

    missing: int
    extra: int
    stale: int

    def to_dict(self) -> dict[str, Any]:
        missing = self.missing

        extra = self.extra

        stale = self.stale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "missing": missing,
                "extra": extra,
                "stale": stale,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        missing = d.pop("missing")

        extra = d.pop("extra")

        stale = d.pop("stale")

        drift_report_counts = cls(
            missing=missing,
            extra=extra,
            stale=stale,
        )

        return drift_report_counts
