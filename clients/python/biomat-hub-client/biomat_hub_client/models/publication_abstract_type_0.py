from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.abstract_section import AbstractSection


T = TypeVar("T", bound="PublicationAbstractType0")


@_attrs_define
class PublicationAbstractType0:
    """
    Attributes:
        sections (list[AbstractSection]):
    """

    sections: list[AbstractSection]

    def to_dict(self) -> dict[str, Any]:
        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sections": sections,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.abstract_section import AbstractSection  # noqa: PLC0415

        d = dict(src_dict)
        sections = []
        _sections = d.pop("sections")
        for sections_item_data in _sections:
            sections_item = AbstractSection.from_dict(sections_item_data)

            sections.append(sections_item)

        publication_abstract_type_0 = cls(
            sections=sections,
        )

        return publication_abstract_type_0
