from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FacetValuesValuesItem")


@_attrs_define
class FacetValuesValuesItem:
    """
    Attributes:
        value (str):
        count (int):
    """

    value: str
    count: int

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        count = self.count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        count = d.pop("count")

        facet_values_values_item = cls(
            value=value,
            count=count,
        )

        return facet_values_values_item
