from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicationSummary")


@_attrs_define
class PublicationSummary:
    """
    Attributes:
        id (str):
        title (str):
        authors (list[str]): Display names, "Family, Given" or the literal name
        publication_types (list[str]):
        materials (list[str]):
        doi (None | str | Unset):
        pmid (None | str | Unset):
        pmcid (None | str | Unset):
        journal (None | str | Unset): Journal title
        year (int | None | Unset):
        volume (None | str | Unset):
        issue (None | str | Unset):
        pages (None | str | Unset):
    """

    id: str
    title: str
    authors: list[str]
    publication_types: list[str]
    materials: list[str]
    doi: None | str | Unset = UNSET
    pmid: None | str | Unset = UNSET
    pmcid: None | str | Unset = UNSET
    journal: None | str | Unset = UNSET
    year: int | None | Unset = UNSET
    volume: None | str | Unset = UNSET
    issue: None | str | Unset = UNSET
    pages: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        authors = self.authors

        publication_types = self.publication_types

        materials = self.materials

        doi: None | str | Unset
        if isinstance(self.doi, Unset):
            doi = UNSET
        else:
            doi = self.doi

        pmid: None | str | Unset
        if isinstance(self.pmid, Unset):
            pmid = UNSET
        else:
            pmid = self.pmid

        pmcid: None | str | Unset
        if isinstance(self.pmcid, Unset):
            pmcid = UNSET
        else:
            pmcid = self.pmcid

        journal: None | str | Unset
        if isinstance(self.journal, Unset):
            journal = UNSET
        else:
            journal = self.journal

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        volume: None | str | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        issue: None | str | Unset
        if isinstance(self.issue, Unset):
            issue = UNSET
        else:
            issue = self.issue

        pages: None | str | Unset
        if isinstance(self.pages, Unset):
            pages = UNSET
        else:
            pages = self.pages

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "title": title,
                "authors": authors,
                "publicationTypes": publication_types,
                "materials": materials,
            }
        )
        if doi is not UNSET:
            field_dict["doi"] = doi
        if pmid is not UNSET:
            field_dict["pmid"] = pmid
        if pmcid is not UNSET:
            field_dict["pmcid"] = pmcid
        if journal is not UNSET:
            field_dict["journal"] = journal
        if year is not UNSET:
            field_dict["year"] = year
        if volume is not UNSET:
            field_dict["volume"] = volume
        if issue is not UNSET:
            field_dict["issue"] = issue
        if pages is not UNSET:
            field_dict["pages"] = pages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        authors = cast(list[str], d.pop("authors"))

        publication_types = cast(list[str], d.pop("publicationTypes"))

        materials = cast(list[str], d.pop("materials"))

        def _parse_doi(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doi = _parse_doi(d.pop("doi", UNSET))

        def _parse_pmid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pmid = _parse_pmid(d.pop("pmid", UNSET))

        def _parse_pmcid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pmcid = _parse_pmcid(d.pop("pmcid", UNSET))

        def _parse_journal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        journal = _parse_journal(d.pop("journal", UNSET))

        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))

        def _parse_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        volume = _parse_volume(d.pop("volume", UNSET))

        def _parse_issue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issue = _parse_issue(d.pop("issue", UNSET))

        def _parse_pages(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pages = _parse_pages(d.pop("pages", UNSET))

        publication_summary = cls(
            id=id,
            title=title,
            authors=authors,
            publication_types=publication_types,
            materials=materials,
            doi=doi,
            pmid=pmid,
            pmcid=pmcid,
            journal=journal,
            year=year,
            volume=volume,
            issue=issue,
            pages=pages,
        )

        return publication_summary
