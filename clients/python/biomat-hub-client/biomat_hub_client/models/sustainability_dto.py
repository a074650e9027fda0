from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sustainability_dto_carbon_footprint_kg_co_2e_per_kg import SustainabilityDtoCarbonFootprintKgCo2EPerKg
    from ..models.sustainability_dto_disposal import SustainabilityDtoDisposal
    from ..models.sustainability_dto_origin import SustainabilityDtoOrigin
    from ..models.sustainability_dto_reference import SustainabilityDtoReference
    from ..models.sustainability_dto_reusability import SustainabilityDtoReusability


T = TypeVar("T", bound="SustainabilityDto")


@_attrs_define
class SustainabilityDto:
    """
    Attributes:
        origin (SustainabilityDtoOrigin | Unset):
        disposal (SustainabilityDtoDisposal | Unset):
        reusability (SustainabilityDtoReusability | Unset):
        carbon_footprint_kg_co_2_e_per_kg (SustainabilityDtoCarbonFootprintKgCo2EPerKg | Unset):
        reference (SustainabilityDtoReference | Unset):
    """

    origin: SustainabilityDtoOrigin | Unset = UNSET
    disposal: SustainabilityDtoDisposal | Unset = UNSET
    reusability: SustainabilityDtoReusability | Unset = UNSET
    carbon_footprint_kg_co_2_e_per_kg: SustainabilityDtoCarbonFootprintKgCo2EPerKg | Unset = UNSET
    reference: SustainabilityDtoReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        origin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin.to_dict()

        disposal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disposal, Unset):
            disposal = self.disposal.to_dict()

        reusability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reusability, Unset):
            reusability = self.reusability.to_dict()

        carbon_footprint_kg_co_2_e_per_kg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carbon_footprint_kg_co_2_e_per_kg, Unset):
            carbon_footprint_kg_co_2_e_per_kg = self.carbon_footprint_kg_co_2_e_per_kg.to_dict()

        reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference, Unset):
            reference = self.reference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        from ..models.sustainability_dto_carbon_footprint_kg_co_2e_per_kg import (
            SustainabilityDtoCarbonFootprintKgCo2EPerKg,  # noqa: PLC0415
        )
        from ..models.sustainability_dto_disposal import SustainabilityDtoDisposal  # noqa: PLC0415
        from ..models.sustainability_dto_origin import SustainabilityDtoOrigin  # noqa: PLC0415
        from ..models.sustainability_dto_reference import SustainabilityDtoReference  # noqa: PLC0415
        from ..models.sustainability_dto_reusability import SustainabilityDtoReusability  # noqa: PLC0415

        d = dict(src_dict)
        _origin = d.pop("origin", UNSET)
        origin: SustainabilityDtoOrigin | Unset
        if isinstance(_origin, Unset):
            origin = UNSET
        else:
            origin = SustainabilityDtoOrigin.from_dict(_origin)

        _disposal = d.pop("disposal", UNSET)
        disposal: SustainabilityDtoDisposal | Unset
        if isinstance(_disposal, Unset):
            disposal = UNSET
        else:
            disposal = SustainabilityDtoDisposal.from_dict(_disposal)

        _reusability = d.pop("reusability", UNSET)
        reusability: SustainabilityDtoReusability | Unset
        if isinstance(_reusability, Unset):
            reusability = UNSET
        else:
            reusability = SustainabilityDtoReusability.from_dict(_reusability)

        _carbon_footprint_kg_co_2_e_per_kg = d.pop("carbonFootprintKgCo2ePerKg", UNSET)
        carbon_footprint_kg_co_2_e_per_kg: SustainabilityDtoCarbonFootprintKgCo2EPerKg | Unset
        if isinstance(_carbon_footprint_kg_co_2_e_per_kg, Unset):
            carbon_footprint_kg_co_2_e_per_kg = UNSET
        else:
            carbon_footprint_kg_co_2_e_per_kg = SustainabilityDtoCarbonFootprintKgCo2EPerKg.from_dict(
                _carbon_footprint_kg_co_2_e_per_kg
            )

        _reference = d.pop("reference", UNSET)
        reference: SustainabilityDtoReference | Unset
        if isinstance(_reference, Unset):
            reference = UNSET
        else:
            reference = SustainabilityDtoReference.from_dict(_reference)

        sustainability_dto = cls(
            origin=origin,
            disposal=disposal,
            reusability=reusability,
            carbon_footprint_kg_co_2_e_per_kg=carbon_footprint_kg_co_2_e_per_kg,
            reference=reference,
        )

        sustainability_dto.additional_properties = d
        return sustainability_dto

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
