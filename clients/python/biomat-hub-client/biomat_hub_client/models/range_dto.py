from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.range_dto_max import RangeDtoMax
    from ..models.range_dto_min import RangeDtoMin
    from ..models.range_dto_value import RangeDtoValue


T = TypeVar("T", bound="RangeDto")


@_attrs_define
class RangeDto:
    """
    Attributes:
        value (RangeDtoValue | Unset):  Example: 4.43.
        min_ (RangeDtoMin | Unset):  Example: 100.
        max_ (RangeDtoMax | Unset):  Example: 125.
    """

    value: RangeDtoValue | Unset = UNSET
    min_: RangeDtoMin | Unset = UNSET
    max_: RangeDtoMax | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        min_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_, Unset):
            min_ = self.min_.to_dict()

        max_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_, Unset):
            max_ = self.max_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.range_dto_max import RangeDtoMax  # noqa: PLC0415
        from ..models.range_dto_min import RangeDtoMin  # noqa: PLC0415
        from ..models.range_dto_value import RangeDtoValue  # noqa: PLC0415

        d = dict(src_dict)
        _value = d.pop("value", UNSET)
        value: RangeDtoValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = RangeDtoValue.from_dict(_value)

        _min_ = d.pop("min", UNSET)
        min_: RangeDtoMin | Unset
        if isinstance(_min_, Unset):
            min_ = UNSET
        else:
            min_ = RangeDtoMin.from_dict(_min_)

        _max_ = d.pop("max", UNSET)
        max_: RangeDtoMax | Unset
        if isinstance(_max_, Unset):
            max_ = UNSET
        else:
            max_ = RangeDtoMax.from_dict(_max_)

        range_dto = cls(
            value=value,
            min_=min_,
            max_=max_,
        )

        range_dto.additional_properties = d
        return range_dto

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
