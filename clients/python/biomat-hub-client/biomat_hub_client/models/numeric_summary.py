from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="NumericSummary")


@_attrs_define
class NumericSummary:
    """
    Attributes:
        value (float): Representative value (median of the values)
        min_ (float):
        max_ (float):
    """

    value: float
    min_: float
    max_: float

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        min_ = self.min_

        max_ = self.max_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
                "min": min_,
                "max": max_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        min_ = d.pop("min")

        max_ = d.pop("max")

        numeric_summary = cls(
            value=value,
            min_=min_,
            max_=max_,
        )

        return numeric_summary
