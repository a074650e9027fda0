from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.material_detail_biocompatibility_item_contact_category_type_1 import (
    MaterialDetailBiocompatibilityItemContactCategoryType1,
)
from ..models.material_detail_biocompatibility_item_contact_category_type_2_type_1 import (
    MaterialDetailBiocompatibilityItemContactCategoryType2Type1,
)
from ..models.material_detail_biocompatibility_item_contact_category_type_3_type_1 import (
    MaterialDetailBiocompatibilityItemContactCategoryType3Type1,
)
from ..models.material_detail_biocompatibility_item_model import MaterialDetailBiocompatibilityItemModel
from ..models.material_detail_biocompatibility_item_result import MaterialDetailBiocompatibilityItemResult
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.literature_reference import LiteratureReference


T = TypeVar("T", bound="MaterialDetailBiocompatibilityItem")


@_attrs_define
class MaterialDetailBiocompatibilityItem:
    """
    Attributes:
        endpoint (str):
        result (MaterialDetailBiocompatibilityItemResult):
        model (MaterialDetailBiocompatibilityItemModel):
        reference (LiteratureReference):
        endpoint_label (str):
        contact_category (MaterialDetailBiocompatibilityItemContactCategoryType1 |
            MaterialDetailBiocompatibilityItemContactCategoryType2Type1 |
            MaterialDetailBiocompatibilityItemContactCategoryType3Type1 | None | Unset):
        notes (None | str | Unset):
    """

    endpoint: str
    result: MaterialDetailBiocompatibilityItemResult
    model: MaterialDetailBiocompatibilityItemModel
    reference: LiteratureReference
    endpoint_label: str
    contact_category: (
        MaterialDetailBiocompatibilityItemContactCategoryType1
        | MaterialDetailBiocompatibilityItemContactCategoryType2Type1
        | MaterialDetailBiocompatibilityItemContactCategoryType3Type1
        | None
        | Unset
    ) = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        result = self.result.value

        model = self.model.value

        reference = self.reference.to_dict()

        endpoint_label = self.endpoint_label

        contact_category: None | str | Unset
        if isinstance(self.contact_category, Unset):
            contact_category = UNSET
        elif isinstance(self.contact_category, MaterialDetailBiocompatibilityItemContactCategoryType1):
            contact_category = self.contact_category.value
        elif isinstance(self.contact_category, MaterialDetailBiocompatibilityItemContactCategoryType2Type1):
            contact_category = self.contact_category.value
        elif isinstance(self.contact_category, MaterialDetailBiocompatibilityItemContactCategoryType3Type1):
            contact_category = self.contact_category.value
        else:
            contact_category = self.contact_category

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "endpoint": endpoint,
                "result": result,
                "model": model,
                "reference": reference,
                "endpointLabel": endpoint_label,
            }
        )
        if contact_category is not UNSET:
            field_dict["contactCategory"] = contact_category
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.literature_reference import LiteratureReference  # noqa: PLC0415

        d = dict(src_dict)
        endpoint = d.pop("endpoint")

        result = MaterialDetailBiocompatibilityItemResult(d.pop("result"))

        model = MaterialDetailBiocompatibilityItemModel(d.pop("model"))

        reference = LiteratureReference.from_dict(d.pop("reference"))

        endpoint_label = d.pop("endpointLabel")

        def _parse_contact_category(
            data: object,
        ) -> (
            MaterialDetailBiocompatibilityItemContactCategoryType1
            | MaterialDetailBiocompatibilityItemContactCategoryType2Type1
            | MaterialDetailBiocompatibilityItemContactCategoryType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contact_category_type_1 = MaterialDetailBiocompatibilityItemContactCategoryType1(data)

                return contact_category_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contact_category_type_2_type_1 = MaterialDetailBiocompatibilityItemContactCategoryType2Type1(data)

                return contact_category_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contact_category_type_3_type_1 = MaterialDetailBiocompatibilityItemContactCategoryType3Type1(data)

                return contact_category_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                MaterialDetailBiocompatibilityItemContactCategoryType1
                | MaterialDetailBiocompatibilityItemContactCategoryType2Type1
                | MaterialDetailBiocompatibilityItemContactCategoryType3Type1
                | None
                | Unset,
                data,
            )

        contact_category = _parse_contact_category(d.pop("contactCategory", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        material_detail_biocompatibility_item = cls(
            endpoint=endpoint,
            result=result,
            model=model,
            reference=reference,
            endpoint_label=endpoint_label,
            contact_category=contact_category,
            notes=notes,
        )

        return material_detail_biocompatibility_item
