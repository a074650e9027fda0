from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.interpretation_range_mode import InterpretationRangeMode

if TYPE_CHECKING:
    from ..models.interpreted_part import InterpretedPart


T = TypeVar("T", bound="Interpretation")


@_attrs_define
class Interpretation:
    """
    Attributes:
        enabled (bool): False with interpret=false
        text (str): The text query searched: q without the words read
        range_mode (InterpretationRangeMode):
        parts (list[InterpretedPart]):
    """

    enabled: bool
    text: str
    range_mode: InterpretationRangeMode
    parts: list[InterpretedPart]

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        text = self.text

        range_mode = self.range_mode.value

        parts = []
        for parts_item_data in self.parts:
            parts_item = parts_item_data.to_dict()
            parts.append(parts_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "enabled": enabled,
                "text": text,
                "rangeMode": range_mode,
                "parts": parts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interpreted_part import InterpretedPart  # noqa: PLC0415

        d = dict(src_dict)
        enabled = d.pop("enabled")

        text = d.pop("text")

        range_mode = InterpretationRangeMode(d.pop("rangeMode"))

        parts = []
        _parts = d.pop("parts")
        for parts_item_data in _parts:
            parts_item = InterpretedPart.from_dict(parts_item_data)

            parts.append(parts_item)

        interpretation = cls(
            enabled=enabled,
            text=text,
            range_mode=range_mode,
            parts=parts,
        )

        return interpretation
