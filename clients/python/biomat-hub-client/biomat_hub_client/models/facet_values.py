from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.facet_values_values_item import FacetValuesValuesItem


T = TypeVar("T", bound="FacetValues")


@_attrs_define
class FacetValues:
    """
    Attributes:
        facet (str):
        values (list[FacetValuesValuesItem]):
    """

    facet: str
    values: list[FacetValuesValuesItem]

    def to_dict(self) -> dict[str, Any]:
        facet = self.facet

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "facet": facet,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.facet_values_values_item import FacetValuesValuesItem  # noqa: PLC0415

        d = dict(src_dict)
        facet = d.pop("facet")

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = FacetValuesValuesItem.from_dict(values_item_data)

            values.append(values_item)

        facet_values = cls(
            facet=facet,
            values=values,
        )

        return facet_values
