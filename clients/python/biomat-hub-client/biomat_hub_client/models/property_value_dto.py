from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.property_value_dto_conditions import PropertyValueDtoConditions
    from ..models.property_value_dto_max import PropertyValueDtoMax
    from ..models.property_value_dto_method import PropertyValueDtoMethod
    from ..models.property_value_dto_min import PropertyValueDtoMin
    from ..models.property_value_dto_value import PropertyValueDtoValue


T = TypeVar("T", bound="PropertyValueDto")


@_attrs_define
class PropertyValueDto:
    """
    Attributes:
        type_ (str):  Example: property-type/youngs-modulus.
        unit (str): Unit as given in the source Example: GPa.
        reference (str): Key of an entry in `references` Example: ref-pmc4669019.
        value (PropertyValueDtoValue | Unset):  Example: 4.43.
        min_ (PropertyValueDtoMin | Unset):  Example: 100.
        max_ (PropertyValueDtoMax | Unset):  Example: 125.
        conditions (PropertyValueDtoConditions | Unset):  Example: annealed, 23 °C.
        method (PropertyValueDtoMethod | Unset):  Example: ASTM E8 tensile test.
    """

    type_: str
    unit: str
    reference: str
    value: PropertyValueDtoValue | Unset = UNSET
    min_: PropertyValueDtoMin | Unset = UNSET
    max_: PropertyValueDtoMax | Unset = UNSET
    conditions: PropertyValueDtoConditions | Unset = UNSET
    method: PropertyValueDtoMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        unit = self.unit

        reference = self.reference

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        min_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_, Unset):
            min_ = self.min_.to_dict()

        max_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_, Unset):
            max_ = self.max_.to_dict()

        conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions.to_dict()

        method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "unit": unit,
                "reference": reference,
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.property_value_dto_conditions import PropertyValueDtoConditions  # noqa: PLC0415
        from ..models.property_value_dto_max import PropertyValueDtoMax  # noqa: PLC0415
        from ..models.property_value_dto_method import PropertyValueDtoMethod  # noqa: PLC0415
        from ..models.property_value_dto_min import PropertyValueDtoMin  # noqa: PLC0415
        from ..models.property_value_dto_value import PropertyValueDtoValue  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        unit = d.pop("unit")

        reference = d.pop("reference")

        _value = d.pop("value", UNSET)
        value: PropertyValueDtoValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = PropertyValueDtoValue.from_dict(_value)

        _min_ = d.pop("min", UNSET)
        min_: PropertyValueDtoMin | Unset
        if isinstance(_min_, Unset):
            min_ = UNSET
        else:
            min_ = PropertyValueDtoMin.from_dict(_min_)

        _max_ = d.pop("max", UNSET)
        max_: PropertyValueDtoMax | Unset
        if isinstance(_max_, Unset):
            max_ = UNSET
        else:
            max_ = PropertyValueDtoMax.from_dict(_max_)

        _conditions = d.pop("conditions", UNSET)
        conditions: PropertyValueDtoConditions | Unset
        if isinstance(_conditions, Unset):
            conditions = UNSET
        else:
            conditions = PropertyValueDtoConditions.from_dict(_conditions)

        _method = d.pop("method", UNSET)
        method: PropertyValueDtoMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = PropertyValueDtoMethod.from_dict(_method)

        property_value_dto = cls(
            type_=type_,
            unit=unit,
            reference=reference,
            value=value,
            min_=min_,
            max_=max_,
            conditions=conditions,
            method=method,
        )

        property_value_dto.additional_properties = d
        return property_value_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
