from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RangeStats")


@_attrs_define
class RangeStats:
    """
    Attributes:
        min_ (float):
        max_ (float):
        unit (str):
    """

    min_: float
    max_: float
    unit: str

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_

        max_ = self.max_

        unit = self.unit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "min": min_,
                "max": max_,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_ = d.pop("min")

        max_ = d.pop("max")

        unit = d.pop("unit")

        range_stats = cls(
            min_=min_,
            max_=max_,
            unit=unit,
        )

        return range_stats
