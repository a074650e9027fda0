from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_term_request_dto_kind import CreateTermRequestDtoKind
from ..models.create_term_request_dto_label_type import CreateTermRequestDtoLabelType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTermRequestDto")


@_attrs_define
class CreateTermRequestDto:
    """
    Attributes:
        kind (CreateTermRequestDtoKind):
        scheme (str):  Example: material-class.
        label (str):  Example: Ti-15Mo.
        lang (str | Unset):  Default: 'en'.
        concept_id (str | Unset): For a synonym: the concept that receives it
        label_type (CreateTermRequestDtoLabelType | Unset):  Default: CreateTermRequestDtoLabelType.ALT.
        broader (str | Unset):
        definition (str | Unset):
        note (str | Unset):
    """

    kind: CreateTermRequestDtoKind
    scheme: str
    label: str
    lang: str | Unset = "en"
    concept_id: str | Unset = UNSET
    label_type: CreateTermRequestDtoLabelType | Unset = CreateTermRequestDtoLabelType.ALT
    broader: str | Unset = UNSET
    definition: str | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        scheme = self.scheme

        label = self.label

        lang = self.lang

        concept_id = self.concept_id

        label_type: str | Unset = UNSET
        if not isinstance(self.label_type, Unset):
            label_type = self.label_type.value

        broader = self.broader

        definition = self.definition

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "scheme": scheme,
                "label": label,
            }
        )
        if lang is not UNSET:
            field_dict["lang"] = lang
        if concept_id is not UNSET:
            field_dict["conceptId"] = concept_id
        if label_type is not UNSET:
            field_dict["labelType"] = label_type
        if broader is not UNSET:
            field_dict["broader"] = broader
        if definition is not UNSET:
            field_dict["definition"] = definition
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = CreateTermRequestDtoKind(d.pop("kind"))

        scheme = d.pop("scheme")

        label = d.pop("label")

        lang = d.pop("lang", UNSET)

        concept_id = d.pop("conceptId", UNSET)

        _label_type = d.pop("labelType", UNSET)
        label_type: CreateTermRequestDtoLabelType | Unset
        if isinstance(_label_type, Unset):
            label_type = UNSET
        else:
            label_type = CreateTermRequestDtoLabelType(_label_type)

        broader = d.pop("broader", UNSET)

        definition = d.pop("definition", UNSET)

        note = d.pop("note", UNSET)

        create_term_request_dto = cls(
            kind=kind,
            scheme=scheme,
            label=label,
            lang=lang,
            concept_id=concept_id,
            label_type=label_type,
            broader=broader,
            definition=definition,
            note=note,
        )

        create_term_request_dto.additional_properties = d
        return create_term_request_dto

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
