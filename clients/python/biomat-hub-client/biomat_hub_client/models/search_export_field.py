from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SearchExportField")


@_attrs_define
class SearchExportField:
    """
    Attributes:
        field (str):
        label (str):
        unit (str): Canonical unit code (mathjs spelling, e.g. um, degC, g/cm^3)
    """

    field: str
    label: str
    unit: str

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        label = self.label

        unit = self.unit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "field": field,
                "label": label,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        label = d.pop("label")

        unit = d.pop("unit")

        search_export_field = cls(
            field=field,
            label=label,
            unit=unit,
        )

        return search_export_field
