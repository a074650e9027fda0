from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.biocompatibility_dto_contact_category import BiocompatibilityDtoContactCategory
from ..models.biocompatibility_dto_model import BiocompatibilityDtoModel
from ..models.biocompatibility_dto_result import BiocompatibilityDtoResult
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.biocompatibility_dto_notes import BiocompatibilityDtoNotes


T = TypeVar("T", bound="BiocompatibilityDto")


@_attrs_define
class BiocompatibilityDto:
    """
    Attributes:
        endpoint (str):  Example: iso10993-endpoint/cytotoxicity.
        result (BiocompatibilityDtoResult):
        model (BiocompatibilityDtoModel):
        reference (str):  Example: ref-pmc4669019.
        contact_category (BiocompatibilityDtoContactCategory | Unset): A <= 24 h, B 24 h - 30 days, C > 30 days
        notes (BiocompatibilityDtoNotes | Unset):
    """

    endpoint: str
    result: BiocompatibilityDtoResult
    model: BiocompatibilityDtoModel
    reference: str
    contact_category: BiocompatibilityDtoContactCategory | Unset = UNSET
    notes: BiocompatibilityDtoNotes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        result = self.result.value

        model = self.model.value

        reference = self.reference

        contact_category: str | Unset = UNSET
        if not isinstance(self.contact_category, Unset):
            contact_category = self.contact_category.value

        notes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        from ..models.biocompatibility_dto_notes import BiocompatibilityDtoNotes  # noqa: PLC0415

        d = dict(src_dict)
        endpoint = d.pop("endpoint")

        result = BiocompatibilityDtoResult(d.pop("result"))

        model = BiocompatibilityDtoModel(d.pop("model"))

        reference = d.pop("reference")

        _contact_category = d.pop("contactCategory", UNSET)
        contact_category: BiocompatibilityDtoContactCategory | Unset
        if isinstance(_contact_category, Unset):
            contact_category = UNSET
        else:
            contact_category = BiocompatibilityDtoContactCategory(_contact_category)

        _notes = d.pop("notes", UNSET)
        notes: BiocompatibilityDtoNotes | Unset
        if isinstance(_notes, Unset):
            notes = UNSET
        else:
            notes = BiocompatibilityDtoNotes.from_dict(_notes)

        biocompatibility_dto = cls(
            endpoint=endpoint,
            result=result,
            model=model,
            reference=reference,
            contact_category=contact_category,
            notes=notes,
        )

        biocompatibility_dto.additional_properties = d
        return biocompatibility_dto

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
