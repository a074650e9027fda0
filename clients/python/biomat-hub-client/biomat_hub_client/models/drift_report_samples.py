from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DriftReportSamples")


@_attrs_define
class DriftReportSamples:
    """
    Attributes:
        missing (list[str]):
        extra (list[str]):
        stale (list[str]):
    """

    missing: list[str]
    extra: list[str]
    stale: list[str]

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
        missing = cast(list[str], d.pop("missing"))

        extra = cast(list[str], d.pop("extra"))

        stale = cast(list[str], d.pop("stale"))

        drift_report_samples = cls(
            missing=missing,
            extra=extra,
            stale=stale,
        )

        return drift_report_samples
