from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.journal_dto_iso_abbreviation_type_0 import JournalDtoIsoAbbreviationType0
    from ..models.journal_dto_issn_type_0 import JournalDtoIssnType0


T = TypeVar("T", bound="JournalDto")


@_attrs_define
class JournalDto:
    """
    Attributes:
        title (str):
        iso_abbreviation (JournalDtoIsoAbbreviationType0 | None | Unset):
        issn (JournalDtoIssnType0 | None | Unset):  Example: 0142-9612.
    """

    title: str
    iso_abbreviation: JournalDtoIsoAbbreviationType0 | None | Unset = UNSET
    issn: JournalDtoIssnType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.journal_dto_iso_abbreviation_type_0 import JournalDtoIsoAbbreviationType0  # noqa: PLC0415
        from ..models.journal_dto_issn_type_0 import JournalDtoIssnType0  # noqa: PLC0415

        title = self.title

        iso_abbreviation: dict[str, Any] | None | Unset
        if isinstance(self.iso_abbreviation, Unset):
            iso_abbreviation = UNSET
        elif isinstance(self.iso_abbreviation, JournalDtoIsoAbbreviationType0):
            iso_abbreviation = self.iso_abbreviation.to_dict()
        else:
            iso_abbreviation = self.iso_abbreviation

        issn: dict[str, Any] | None | Unset
        if isinstance(self.issn, Unset):
            issn = UNSET
        elif isinstance(self.issn, JournalDtoIssnType0):
            issn = self.issn.to_dict()
        else:
            issn = self.issn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if iso_abbreviation is not UNSET:
            field_dict["isoAbbreviation"] = iso_abbreviation
        if issn is not UNSET:
            field_dict["issn"] = issn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journal_dto_iso_abbreviation_type_0 import JournalDtoIsoAbbreviationType0  # noqa: PLC0415
        from ..models.journal_dto_issn_type_0 import JournalDtoIssnType0  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        def _parse_iso_abbreviation(data: object) -> JournalDtoIsoAbbreviationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                iso_abbreviation_type_0 = JournalDtoIsoAbbreviationType0.from_dict(data)

                return iso_abbreviation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JournalDtoIsoAbbreviationType0 | None | Unset, data)

        iso_abbreviation = _parse_iso_abbreviation(d.pop("isoAbbreviation", UNSET))

        def _parse_issn(data: object) -> JournalDtoIssnType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                issn_type_0 = JournalDtoIssnType0.from_dict(data)

                return issn_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JournalDtoIssnType0 | None | Unset, data)

        issn = _parse_issn(d.pop("issn", UNSET))

        journal_dto = cls(
            title=title,
            iso_abbreviation=iso_abbreviation,
            issn=issn,
        )

        journal_dto.additional_properties = d
        return journal_dto

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
