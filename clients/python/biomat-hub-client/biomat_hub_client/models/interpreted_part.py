from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.interpreted_part_source import InterpretedPartSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="InterpretedPart")


@_attrs_define
class InterpretedPart:
    """
    Attributes:
        words (str): The words of q that were read, as typed Example: modulus 10-30 GPa.
        field (str): The range field they are about Example: youngsModulusGPa.
        label (str):  Example: Young's modulus.
        unit (str): Canonical unit of the field; range bounds are in it Example: GPa.
        source (InterpretedPartSource): number: a property with a number; adjective: "light", "stiff"...; level: "low
            modulus", "high strength"
        applied (bool): False when the request itself set this range or sort (it wins), or the field is in literal
        range_ (str | Unset): The range filter it became, as range[<field>] takes it Example: 10..30.
        sort (str | Unset): The sort it became Example: youngsModulusGPa:desc.
        note (str | Unset): Why it was not applied, in plain words
    """

    words: str
    field: str
    label: str
    unit: str
    source: InterpretedPartSource
    applied: bool
    range_: str | Unset = UNSET
    sort: str | Unset = UNSET
    note: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        words = self.words

        field = self.field

        label = self.label

        unit = self.unit

        source = self.source.value

        applied = self.applied

        range_ = self.range_

        sort = self.sort

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "words": words,
                "field": field,
                "label": label,
                "unit": unit,
                "source": source,
                "applied": applied,
            }
        )
        if range_ is not UNSET:
            field_dict["range"] = range_
        if sort is not UNSET:
            field_dict["sort"] = sort
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        words = d.pop("words")

        field = d.pop("field")

        label = d.pop("label")

        unit = d.pop("unit")

        source = InterpretedPartSource(d.pop("source"))

        applied = d.pop("applied")

        range_ = d.pop("range", UNSET)

        sort = d.pop("sort", UNSET)

        note = d.pop("note", UNSET)

        interpreted_part = cls(
            words=words,
            field=field,
            label=label,
            unit=unit,
            source=source,
            applied=applied,
            range_=range_,
            sort=sort,
            note=note,
        )

        return interpreted_part
