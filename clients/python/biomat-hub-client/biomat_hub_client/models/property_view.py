from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.literature_reference import LiteratureReference
    from ..models.property_view_normalized import PropertyViewNormalized


T = TypeVar("T", bound="PropertyView")


@_attrs_define
class PropertyView:
    """
    Attributes:
        type_ (str):
        unit (str):
        reference (LiteratureReference):
        type_label (str):
        value (float | None | Unset):
        min_ (float | None | Unset):
        max_ (float | None | Unset):
        conditions (None | str | Unset):
        method (None | str | Unset):
        normalized (PropertyViewNormalized | Unset):
    """

    type_: str
    unit: str
    reference: LiteratureReference
    type_label: str
    value: float | None | Unset = UNSET
    min_: float | None | Unset = UNSET
    max_: float | None | Unset = UNSET
    conditions: None | str | Unset = UNSET
    method: None | str | Unset = UNSET
    normalized: PropertyViewNormalized | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        unit = self.unit

        reference = self.reference.to_dict()

        type_label = self.type_label

        value: float | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

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

        conditions: None | str | Unset
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        else:
            conditions = self.conditions

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        else:
            method = self.method

        normalized: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normalized, Unset):
            normalized = self.normalized.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "unit": unit,
                "reference": reference,
                "typeLabel": type_label,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if method is not UNSET:
            field_dict["method"] = method
        if normalized is not UNSET:
            field_dict["normalized"] = normalized

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.literature_reference import LiteratureReference  # noqa: PLC0415
        from ..models.property_view_normalized import PropertyViewNormalized  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        unit = d.pop("unit")

        reference = LiteratureReference.from_dict(d.pop("reference"))

        type_label = d.pop("typeLabel")

        def _parse_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

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

        def _parse_conditions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conditions = _parse_conditions(d.pop("conditions", UNSET))

        def _parse_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        method = _parse_method(d.pop("method", UNSET))

        _normalized = d.pop("normalized", UNSET)
        normalized: PropertyViewNormalized | Unset
        if isinstance(_normalized, Unset):
            normalized = UNSET
        else:
            normalized = PropertyViewNormalized.from_dict(_normalized)

        property_view = cls(
            type_=type_,
            unit=unit,
            reference=reference,
            type_label=type_label,
            value=value,
            min_=min_,
            max_=max_,
            conditions=conditions,
            method=method,
            normalized=normalized,
        )

        return property_view
