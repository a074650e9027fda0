from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicationJournal")


@_attrs_define
class PublicationJournal:
    """
    Attributes:
        title (str):
        iso_abbreviation (None | str | Unset):
        issn (None | str | Unset):
    """

    title: str
    iso_abbreviation: None | str | Unset = UNSET
    issn: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        iso_abbreviation: None | str | Unset
        if isinstance(self.iso_abbreviation, Unset):
            iso_abbreviation = UNSET
        else:
            iso_abbreviation = self.iso_abbreviation

        issn: None | str | Unset
        if isinstance(self.issn, Unset):
            issn = UNSET
        else:
            issn = self.issn

        field_dict: dict[str, Any] = {}

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
        d = dict(src_dict)
        title = d.pop("title")

        def _parse_iso_abbreviation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iso_abbreviation = _parse_iso_abbreviation(d.pop("isoAbbreviation", UNSET))

        def _parse_issn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issn = _parse_issn(d.pop("issn", UNSET))

        publication_journal = cls(
            title=title,
            iso_abbreviation=iso_abbreviation,
            issn=issn,
        )

        return publication_journal
