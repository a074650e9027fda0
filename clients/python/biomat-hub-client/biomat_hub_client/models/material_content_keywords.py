from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MaterialContentKeywords")


@_attrs_define
class MaterialContentKeywords:
    """
    Attributes:
        kw_materials_composition (list[str] | Unset):
        kw_model_system (list[str] | Unset):
        kw_outcomes_toxicity (list[str] | Unset):
        kw_bioactive_compounds (list[str] | Unset):
        kw_manufactured_product (list[str] | Unset):
    """

    kw_materials_composition: list[str] | Unset = UNSET
    kw_model_system: list[str] | Unset = UNSET
    kw_outcomes_toxicity: list[str] | Unset = UNSET
    kw_bioactive_compounds: list[str] | Unset = UNSET
    kw_manufactured_product: list[str] | Unset = UNSET

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

        material_content_keywords = cls(
            kw_materials_composition=kw_materials_composition,
            kw_model_system=kw_model_system,
            kw_outcomes_toxicity=kw_outcomes_toxicity,
            kw_bioactive_compounds=kw_bioactive_compounds,
            kw_manufactured_product=kw_manufactured_product,
        )

        return material_content_keywords
