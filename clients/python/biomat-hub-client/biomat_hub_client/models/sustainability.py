from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Sustainability")


@_attrs_define
class Sustainability:
    """
    Attributes:
        origin (None | str | Unset):
        disposal (None | str | Unset):
        reusability (None | str | Unset):
        carbon_footprint_kg_co_2_e_per_kg (float | None | Unset):
        reference (None | str | Unset):
    """

    origin: None | str | Unset = UNSET
    disposal: None | str | Unset = UNSET
    reusability: None | str | Unset = UNSET
    carbon_footprint_kg_co_2_e_per_kg: float | None | Unset = UNSET
    reference: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        origin: None | str | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        else:
            origin = self.origin

        disposal: None | str | Unset
        if isinstance(self.disposal, Unset):
            disposal = UNSET
        else:
            disposal = self.disposal

        reusability: None | str | Unset
        if isinstance(self.reusability, Unset):
            reusability = UNSET
        else:
            reusability = self.reusability

        carbon_footprint_kg_co_2_e_per_kg: float | None | Unset
        if isinstance(self.carbon_footprint_kg_co_2_e_per_kg, Unset):
            carbon_footprint_kg_co_2_e_per_kg = UNSET
        else:
            carbon_footprint_kg_co_2_e_per_kg = self.carbon_footprint_kg_co_2_e_per_kg

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if origin is not UNSET:
            field_dict["origin"] = origin
        if disposal is not UNSET:
            field_dict["disposal"] = disposal
        if reusability is not UNSET:
            field_dict["reusability"] = reusability
        if carbon_footprint_kg_co_2_e_per_kg is not UNSET:
            field_dict["carbonFootprintKgCo2ePerKg"] = carbon_footprint_kg_co_2_e_per_kg
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin = _parse_origin(d.pop("origin", UNSET))

        def _parse_disposal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disposal = _parse_disposal(d.pop("disposal", UNSET))

        def _parse_reusability(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reusability = _parse_reusability(d.pop("reusability", UNSET))

        def _parse_carbon_footprint_kg_co_2_e_per_kg(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        carbon_footprint_kg_co_2_e_per_kg = _parse_carbon_footprint_kg_co_2_e_per_kg(
            d.pop("carbonFootprintKgCo2ePerKg", UNSET)
        )

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        sustainability = cls(
            origin=origin,
            disposal=disposal,
            reusability=reusability,
            carbon_footprint_kg_co_2_e_per_kg=carbon_footprint_kg_co_2_e_per_kg,
            reference=reference,
        )

        return sustainability
