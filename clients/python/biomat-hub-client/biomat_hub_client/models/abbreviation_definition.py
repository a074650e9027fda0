from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.abbreviation_definition_field import AbbreviationDefinitionField
from ..models.abbreviation_definition_type import AbbreviationDefinitionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abbreviation_definition_long import AbbreviationDefinitionLong
    from ..models.abbreviation_definition_short import AbbreviationDefinitionShort


T = TypeVar("T", bound="AbbreviationDefinition")


@_attrs_define
class AbbreviationDefinition:
    """
    Attributes:
        short_form (str):
        long_form (str):
        field (AbbreviationDefinitionField): Which input the offsets index: text (default) or title
        short (AbbreviationDefinitionShort):
        long (AbbreviationDefinitionLong):
        concept_id (str | Unset):
        type_ (AbbreviationDefinitionType | Unset):
    """

    short_form: str
    long_form: str
    field: AbbreviationDefinitionField
    short: AbbreviationDefinitionShort
    long: AbbreviationDefinitionLong
    concept_id: str | Unset = UNSET
    type_: AbbreviationDefinitionType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        short_form = self.short_form

        long_form = self.long_form

        field = self.field.value

        short = self.short.to_dict()

        long = self.long.to_dict()

        concept_id = self.concept_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "shortForm": short_form,
                "longForm": long_form,
                "field": field,
                "short": short,
                "long": long,
            }
        )
        if concept_id is not UNSET:
            field_dict["conceptId"] = concept_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.abbreviation_definition_long import AbbreviationDefinitionLong  # noqa: PLC0415
        from ..models.abbreviation_definition_short import AbbreviationDefinitionShort  # noqa: PLC0415

        d = dict(src_dict)
        short_form = d.pop("shortForm")

        long_form = d.pop("longForm")

        field = AbbreviationDefinitionField(d.pop("field"))

        short = AbbreviationDefinitionShort.from_dict(d.pop("short"))

        long = AbbreviationDefinitionLong.from_dict(d.pop("long"))

        concept_id = d.pop("conceptId", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: AbbreviationDefinitionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AbbreviationDefinitionType(_type_)

        abbreviation_definition = cls(
            short_form=short_form,
            long_form=long_form,
            field=field,
            short=short,
            long=long,
            concept_id=concept_id,
            type_=type_,
        )

        return abbreviation_definition
