from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.quantity_group_type_1 import QuantityGroupType1
from ..models.quantity_group_type_2_type_1 import QuantityGroupType2Type1
from ..models.quantity_group_type_3_type_1 import QuantityGroupType3Type1
from ..types import UNSET, Unset

T = TypeVar("T", bound="Quantity")


@_attrs_define
class Quantity:
    """
    Attributes:
        canonical_unit (str):
        min_ (float | None | Unset):
        max_ (float | None | Unset):
        search_field (None | str | Unset):
        group (None | QuantityGroupType1 | QuantityGroupType2Type1 | QuantityGroupType3Type1 | Unset): The datasheet
            section
        units (list[str] | Unset): The units values may be given in (derived; the canonical one first)
    """

    canonical_unit: str
    min_: float | None | Unset = UNSET
    max_: float | None | Unset = UNSET
    search_field: None | str | Unset = UNSET
    group: None | QuantityGroupType1 | QuantityGroupType2Type1 | QuantityGroupType3Type1 | Unset = UNSET
    units: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        canonical_unit = self.canonical_unit

        min_: float | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        max_: float | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        search_field: None | str | Unset
        if isinstance(self.search_field, Unset):
            search_field = UNSET
        else:
            search_field = self.search_field

        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, QuantityGroupType1):
            group = self.group.value
        elif isinstance(self.group, QuantityGroupType2Type1):
            group = self.group.value
        elif isinstance(self.group, QuantityGroupType3Type1):
            group = self.group.value
        else:
            group = self.group

        units: list[str] | Unset = UNSET
        if not isinstance(self.units, Unset):
            units = self.units

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "canonicalUnit": canonical_unit,
            }
        )
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if search_field is not UNSET:
            field_dict["searchField"] = search_field
        if group is not UNSET:
            field_dict["group"] = group
        if units is not UNSET:
            field_dict["units"] = units

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        canonical_unit = d.pop("canonicalUnit")

        def _parse_min_(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_ = _parse_min_(d.pop("min", UNSET))

        def _parse_max_(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))

        def _parse_search_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        search_field = _parse_search_field(d.pop("searchField", UNSET))

        def _parse_group(
            data: object,
        ) -> None | QuantityGroupType1 | QuantityGroupType2Type1 | QuantityGroupType3Type1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                group_type_1 = QuantityGroupType1(data)

                return group_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                group_type_2_type_1 = QuantityGroupType2Type1(data)

                return group_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                group_type_3_type_1 = QuantityGroupType3Type1(data)

                return group_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuantityGroupType1 | QuantityGroupType2Type1 | QuantityGroupType3Type1 | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        units = cast(list[str], d.pop("units", UNSET))

        quantity = cls(
            canonical_unit=canonical_unit,
            min_=min_,
            max_=max_,
            search_field=search_field,
            group=group,
            units=units,
        )

        return quantity
