from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuantityMentionNormalized")


@_attrs_define
class QuantityMentionNormalized:
    """The value in the property type's canonical unit (the catalogue's unit code)

    Attributes:
        unit (str):
        value (float | Unset):
        min_ (float | Unset):
        max_ (float | Unset):
    """

    unit: str
    value: float | Unset = UNSET
    min_: float | Unset = UNSET
    max_: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        unit = self.unit

        value = self.value

        min_ = self.min_

        max_ = self.max_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "unit": unit,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unit = d.pop("unit")

        value = d.pop("value", UNSET)

        min_ = d.pop("min", UNSET)

        max_ = d.pop("max", UNSET)

        quantity_mention_normalized = cls(
            unit=unit,
            value=value,
            min_=min_,
            max_=max_,
        )

        return quantity_mention_normalized
