from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.biocompatibility_result_contact_category_type_1 import BiocompatibilityResultContactCategoryType1
from ..models.biocompatibility_result_contact_category_type_2_type_1 import (
    BiocompatibilityResultContactCategoryType2Type1,
)
from ..models.biocompatibility_result_contact_category_type_3_type_1 import (
    BiocompatibilityResultContactCategoryType3Type1,
)
from ..models.biocompatibility_result_model import BiocompatibilityResultModel
from ..models.biocompatibility_result_result import BiocompatibilityResultResult
from ..types import UNSET, Unset

T = TypeVar("T", bound="BiocompatibilityResult")


@_attrs_define
class BiocompatibilityResult:
    """
    Attributes:
        endpoint (str):
        result (BiocompatibilityResultResult):
        model (BiocompatibilityResultModel):
        reference (str):
        contact_category (BiocompatibilityResultContactCategoryType1 | BiocompatibilityResultContactCategoryType2Type1 |
            BiocompatibilityResultContactCategoryType3Type1 | None | Unset):
        notes (None | str | Unset):
    """

    endpoint: str
    result: BiocompatibilityResultResult
    model: BiocompatibilityResultModel
    reference: str
    contact_category: (
        BiocompatibilityResultContactCategoryType1
        | BiocompatibilityResultContactCategoryType2Type1
        | BiocompatibilityResultContactCategoryType3Type1
        | None
        | Unset
    ) = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        result = self.result.value

        model = self.model.value

        reference = self.reference

        contact_category: None | str | Unset
        if isinstance(self.contact_category, Unset):
            contact_category = UNSET
        elif isinstance(self.contact_category, BiocompatibilityResultContactCategoryType1):
            contact_category = self.contact_category.value
        elif isinstance(self.contact_category, BiocompatibilityResultContactCategoryType2Type1):
            contact_category = self.contact_category.value
        elif isinstance(self.contact_category, BiocompatibilityResultContactCategoryType3Type1):
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
            }
        )
        if contact_category is not UNSET:
            field_dict["contactCategory"] = contact_category
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint = d.pop("endpoint")

        result = BiocompatibilityResultResult(d.pop("result"))

        model = BiocompatibilityResultModel(d.pop("model"))

        reference = d.pop("reference")

        def _parse_contact_category(
            data: object,
        ) -> (
            BiocompatibilityResultContactCategoryType1
            | BiocompatibilityResultContactCategoryType2Type1
            | BiocompatibilityResultContactCategoryType3Type1
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
                contact_category_type_1 = BiocompatibilityResultContactCategoryType1(data)

                return contact_category_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contact_category_type_2_type_1 = BiocompatibilityResultContactCategoryType2Type1(data)

                return contact_category_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contact_category_type_3_type_1 = BiocompatibilityResultContactCategoryType3Type1(data)

                return contact_category_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                BiocompatibilityResultContactCategoryType1
                | BiocompatibilityResultContactCategoryType2Type1
                | BiocompatibilityResultContactCategoryType3Type1
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

        biocompatibility_result = cls(
            endpoint=endpoint,
            result=result,
            model=model,
            reference=reference,
            contact_category=contact_category,
            notes=notes,
        )

        return biocompatibility_result
