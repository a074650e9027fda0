from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.concept_ref import ConceptRef


T = TypeVar("T", bound="MaterialDetailKeywords")


@_attrs_define
class MaterialDetailKeywords:
    """
    Attributes:
        kw_materials_composition (list[ConceptRef] | Unset):
        kw_model_system (list[ConceptRef] | Unset):
        kw_outcomes_toxicity (list[ConceptRef] | Unset):
        kw_bioactive_compounds (list[ConceptRef] | Unset):
        kw_manufactured_product (list[ConceptRef] | Unset):
    """

    kw_materials_composition: list[ConceptRef] | Unset = UNSET
    kw_model_system: list[ConceptRef] | Unset = UNSET
    kw_outcomes_toxicity: list[ConceptRef] | Unset = UNSET
    kw_bioactive_compounds: list[ConceptRef] | Unset = UNSET
    kw_manufactured_product: list[ConceptRef] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kw_materials_composition: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.kw_materials_composition, Unset):
            kw_materials_composition = []
            for kw_materials_composition_item_data in self.kw_materials_composition:
                kw_materials_composition_item = kw_materials_composition_item_data.to_dict()
                kw_materials_composition.append(kw_materials_composition_item)

        kw_model_system: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.kw_model_system, Unset):
            kw_model_system = []
            for kw_model_system_item_data in self.kw_model_system:
                kw_model_system_item = kw_model_system_item_data.to_dict()
                kw_model_system.append(kw_model_system_item)

        kw_outcomes_toxicity: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.kw_outcomes_toxicity, Unset):
            kw_outcomes_toxicity = []
            for kw_outcomes_toxicity_item_data in self.kw_outcomes_toxicity:
                kw_outcomes_toxicity_item = kw_outcomes_toxicity_item_data.to_dict()
                kw_outcomes_toxicity.append(kw_outcomes_toxicity_item)

        kw_bioactive_compounds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.kw_bioactive_compounds, Unset):
            kw_bioactive_compounds = []
            for kw_bioactive_compounds_item_data in self.kw_bioactive_compounds:
                kw_bioactive_compounds_item = kw_bioactive_compounds_item_data.to_dict()
                kw_bioactive_compounds.append(kw_bioactive_compounds_item)

        kw_manufactured_product: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.kw_manufactured_product, Unset):
            kw_manufactured_product = []
            for kw_manufactured_product_item_data in self.kw_manufactured_product:
                kw_manufactured_product_item = kw_manufactured_product_item_data.to_dict()
                kw_manufactured_product.append(kw_manufactured_product_item)

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
        from ..models.concept_ref import ConceptRef  # noqa: PLC0415

        d = dict(src_dict)
        _kw_materials_composition = d.pop("kw-materials-composition", UNSET)
        kw_materials_composition: list[ConceptRef] | Unset = UNSET
        if _kw_materials_composition is not UNSET:
            kw_materials_composition = []
            for kw_materials_composition_item_data in _kw_materials_composition:
                kw_materials_composition_item = ConceptRef.from_dict(kw_materials_composition_item_data)

                kw_materials_composition.append(kw_materials_composition_item)

        _kw_model_system = d.pop("kw-model-system", UNSET)
        kw_model_system: list[ConceptRef] | Unset = UNSET
        if _kw_model_system is not UNSET:
            kw_model_system = []
            for kw_model_system_item_data in _kw_model_system:
                kw_model_system_item = ConceptRef.from_dict(kw_model_system_item_data)

                kw_model_system.append(kw_model_system_item)

        _kw_outcomes_toxicity = d.pop("kw-outcomes-toxicity", UNSET)
        kw_outcomes_toxicity: list[ConceptRef] | Unset = UNSET
        if _kw_outcomes_toxicity is not UNSET:
            kw_outcomes_toxicity = []
            for kw_outcomes_toxicity_item_data in _kw_outcomes_toxicity:
                kw_outcomes_toxicity_item = ConceptRef.from_dict(kw_outcomes_toxicity_item_data)

                kw_outcomes_toxicity.append(kw_outcomes_toxicity_item)

        _kw_bioactive_compounds = d.pop("kw-bioactive-compounds", UNSET)
        kw_bioactive_compounds: list[ConceptRef] | Unset = UNSET
        if _kw_bioactive_compounds is not UNSET:
            kw_bioactive_compounds = []
            for kw_bioactive_compounds_item_data in _kw_bioactive_compounds:
                kw_bioactive_compounds_item = ConceptRef.from_dict(kw_bioactive_compounds_item_data)

                kw_bioactive_compounds.append(kw_bioactive_compounds_item)

        _kw_manufactured_product = d.pop("kw-manufactured-product", UNSET)
        kw_manufactured_product: list[ConceptRef] | Unset = UNSET
        if _kw_manufactured_product is not UNSET:
            kw_manufactured_product = []
            for kw_manufactured_product_item_data in _kw_manufactured_product:
                kw_manufactured_product_item = ConceptRef.from_dict(kw_manufactured_product_item_data)

                kw_manufactured_product.append(kw_manufactured_product_item)

        material_detail_keywords = cls(
            kw_materials_composition=kw_materials_composition,
            kw_model_system=kw_model_system,
            kw_outcomes_toxicity=kw_outcomes_toxicity,
            kw_bioactive_compounds=kw_bioactive_compounds,
            kw_manufactured_product=kw_manufactured_product,
        )

        return material_detail_keywords
