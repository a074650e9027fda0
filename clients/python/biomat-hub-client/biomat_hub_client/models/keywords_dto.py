from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KeywordsDto")


@_attrs_define
class KeywordsDto:
    """
    Attributes:
        kw_materials_composition (list[str] | Unset):  Example: ['kw-materials-composition/titanium'].
        kw_model_system (list[str] | Unset):  Example: ['kw-model-system/rabbit'].
        kw_outcomes_toxicity (list[str] | Unset):  Example: ['kw-outcomes-toxicity/osseointegration'].
        kw_bioactive_compounds (list[str] | Unset):  Example: ['kw-bioactive-compounds/gentamicin'].
        kw_manufactured_product (list[str] | Unset):  Example: ['kw-manufactured-product/hip-prosthesis'].
    """

    kw_materials_composition: list[str] | Unset = UNSET
    kw_model_system: list[str] | Unset = UNSET
    kw_outcomes_toxicity: list[str] | Unset = UNSET
    kw_bioactive_compounds: list[str] | Unset = UNSET
    kw_manufactured_product: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kw_materials_composition: list[str] | Unset = UNSET
        if not isinstance(self.kw_materials_composition, Unset):
            kw_materials_composition = self.kw_materials_composition

        kw_model_system: list[str] | Unset = UNSET
        if not isinstance(self.kw_model_system, Unset):
            kw_model_system = self.kw_model_system

        kw_outcomes_toxicity: list[str] | Unset = UNSET
        if not isinstance(self.kw_outcomes_toxicity, Unset):
            kw_outcomes_toxicity = self.kw_outcomes_toxicity

        kw_bioactive_compounds: list[str] | Unset = UNSET
        if not isinstance(self.kw_bioactive_compounds, Unset):
            kw_bioactive_compounds = self.kw_bioactive_compounds

        kw_manufactured_product: list[str] | Unset = UNSET
        if not isinstance(self.kw_manufactured_product, Unset):
            kw_manufactured_product = self.kw_manufactured_product

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kw_materials_composition is not UNSET:
            field_dict["kw-materials-composition"] = kw_materials_composition
        if kw_model_system is not UNSET:
            field_dict["kw-model-system"] = kw_model_system
        if kw_outcomes_toxicity is not UNSET:
            field_dict["kw-outcomes-toxicity"] = kw_outcomes_toxicity
        if kw_bioactive_compounds is not UNSET:
            field_dict["kw-bioactive-compounds"] = kw_bioactive_compounds
        if kw_manufactured_product is not UNSET:
            field_dict["kw-manufactured-product"] = kw_manufactured_product

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kw_materials_composition = cast(list[str], d.pop("kw-materials-composition", UNSET))

        kw_model_system = cast(list[str], d.pop("kw-model-system", UNSET))

        kw_outcomes_toxicity = cast(list[str], d.pop("kw-outcomes-toxicity", UNSET))

        kw_bioactive_compounds = cast(list[str], d.pop("kw-bioactive-compounds", UNSET))

        kw_manufactured_product = cast(list[str], d.pop("kw-manufactured-product", UNSET))

        keywords_dto = cls(
            kw_materials_composition=kw_materials_composition,
            kw_model_system=kw_model_system,
            kw_outcomes_toxicity=kw_outcomes_toxicity,
            kw_bioactive_compounds=kw_bioactive_compounds,
            kw_manufactured_product=kw_manufactured_product,
        )

        keywords_dto.additional_properties = d
        return keywords_dto

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
