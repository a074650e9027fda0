from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quantity_dto_group import QuantityDtoGroup
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quantity_dto_search_field import QuantityDtoSearchField


T = TypeVar("T", bound="QuantityDto")


@_attrs_define
class QuantityDto:
    """
    Attributes:
        canonical_unit (str): Canonical unit (mathjs syntax) all values of this property are normalised to Example: GPa.
        min_ (float | None | Unset):  Example: 0.
        max_ (float | None | Unset):
        search_field (QuantityDtoSearchField | Unset): Numeric field of the search index Example: youngsModulusGPa.
        group (QuantityDtoGroup | Unset): The datasheet section the property is shown in
    """

    canonical_unit: str
    min_: float | None | Unset = UNSET
    max_: float | None | Unset = UNSET
    search_field: QuantityDtoSearchField | Unset = UNSET
    group: QuantityDtoGroup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        search_field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search_field, Unset):
            search_field = self.search_field.to_dict()

        group: str | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quantity_dto_search_field import QuantityDtoSearchField  # noqa: PLC0415

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

        _search_field = d.pop("searchField", UNSET)
        search_field: QuantityDtoSearchField | Unset
        if isinstance(_search_field, Unset):
            search_field = UNSET
        else:
            search_field = QuantityDtoSearchField.from_dict(_search_field)

        _group = d.pop("group", UNSET)
        group: QuantityDtoGroup | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = QuantityDtoGroup(_group)

        quantity_dto = cls(
            canonical_unit=canonical_unit,
            min_=min_,
            max_=max_,
            search_field=search_field,
            group=group,
        )

        quantity_dto.additional_properties = d
        return quantity_dto

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
