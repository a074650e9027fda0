from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.composition_entry_dto_basis import CompositionEntryDtoBasis

if TYPE_CHECKING:
    from ..models.range_dto import RangeDto


T = TypeVar("T", bound="CompositionEntryDto")


@_attrs_define
class CompositionEntryDto:
    """
    Attributes:
        component (str):  Example: Al.
        fraction (RangeDto):
        basis (CompositionEntryDtoBasis):
    """

    component: str
    fraction: RangeDto
    basis: CompositionEntryDtoBasis
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        component = self.component

        fraction = self.fraction.to_dict()

        basis = self.basis.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "component": component,
                "fraction": fraction,
                "basis": basis,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.range_dto import RangeDto  # noqa: PLC0415

        d = dict(src_dict)
        component = d.pop("component")

        fraction = RangeDto.from_dict(d.pop("fraction"))

        basis = CompositionEntryDtoBasis(d.pop("basis"))

        composition_entry_dto = cls(
            component=component,
            fraction=fraction,
            basis=basis,
        )

        composition_entry_dto.additional_properties = d
        return composition_entry_dto

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
