from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.composition_entry_basis import CompositionEntryBasis

if TYPE_CHECKING:
    from ..models.composition_entry_fraction import CompositionEntryFraction


T = TypeVar("T", bound="CompositionEntry")


@_attrs_define
class CompositionEntry:
    """
    Attributes:
        component (str):
        fraction (CompositionEntryFraction):
        basis (CompositionEntryBasis):
    """

    component: str
    fraction: CompositionEntryFraction
    basis: CompositionEntryBasis

    def to_dict(self) -> dict[str, Any]:
        component = self.component

        fraction = self.fraction.to_dict()

        basis = self.basis.value

        field_dict: dict[str, Any] = {}

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
        from ..models.composition_entry_fraction import CompositionEntryFraction  # noqa: PLC0415

        d = dict(src_dict)
        component = d.pop("component")

        fraction = CompositionEntryFraction.from_dict(d.pop("fraction"))

        basis = CompositionEntryBasis(d.pop("basis"))

        composition_entry = cls(
            component=component,
            fraction=fraction,
            basis=basis,
        )

        return composition_entry
