from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abstract_section_dto_label_type_0 import AbstractSectionDtoLabelType0


T = TypeVar("T", bound="AbstractSectionDto")


@_attrs_define
class AbstractSectionDto:
    """
    Attributes:
        text (str):
        label (AbstractSectionDtoLabelType0 | None | Unset):
    """

    text: str
    label: AbstractSectionDtoLabelType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.abstract_section_dto_label_type_0 import AbstractSectionDtoLabelType0  # noqa: PLC0415

        text = self.text

        label: dict[str, Any] | None | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        elif isinstance(self.label, AbstractSectionDtoLabelType0):
            label = self.label.to_dict()
        else:
            label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.abstract_section_dto_label_type_0 import AbstractSectionDtoLabelType0  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        def _parse_label(data: object) -> AbstractSectionDtoLabelType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                label_type_0 = AbstractSectionDtoLabelType0.from_dict(data)

                return label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AbstractSectionDtoLabelType0 | None | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        abstract_section_dto = cls(
            text=text,
            label=label,
        )

        abstract_section_dto.additional_properties = d
        return abstract_section_dto

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
