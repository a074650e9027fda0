from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abstract_dto import AbstractDto
    from ..models.author_dto import AuthorDto
    from ..models.journal_dto import JournalDto
    from ..models.patch_publication_dto_doi_type_0 import PatchPublicationDtoDoiType0
    from ..models.patch_publication_dto_issue_type_0 import PatchPublicationDtoIssueType0
    from ..models.patch_publication_dto_language_type_0 import PatchPublicationDtoLanguageType0
    from ..models.patch_publication_dto_licence_type_0 import PatchPublicationDtoLicenceType0
    from ..models.patch_publication_dto_pages_type_0 import PatchPublicationDtoPagesType0
    from ..models.patch_publication_dto_pmcid_type_0 import PatchPublicationDtoPmcidType0
    from ..models.patch_publication_dto_pmid_type_0 import PatchPublicationDtoPmidType0
    from ..models.patch_publication_dto_summary_type_0 import PatchPublicationDtoSummaryType0
    from ..models.patch_publication_dto_volume_type_0 import PatchPublicationDtoVolumeType0
    from ..models.patch_publication_dto_year_type_0 import PatchPublicationDtoYearType0


T = TypeVar("T", bound="PatchPublicationDto")


@_attrs_define
class PatchPublicationDto:
    """
    Attributes:
        revision (float | Unset): The revision you loaded (or send If-Match); a stale one is answered 409 (412 with If-
            Match)
        doi (None | PatchPublicationDtoDoiType0 | Unset):
        pmid (None | PatchPublicationDtoPmidType0 | Unset):
        pmcid (None | PatchPublicationDtoPmcidType0 | Unset):
        title (str | Unset):
        abstract (AbstractDto | Unset):
        authors (list[AuthorDto] | Unset):
        journal (JournalDto | Unset):
        year (None | PatchPublicationDtoYearType0 | Unset):
        volume (None | PatchPublicationDtoVolumeType0 | Unset):
        issue (None | PatchPublicationDtoIssueType0 | Unset):
        pages (None | PatchPublicationDtoPagesType0 | Unset):
        language (None | PatchPublicationDtoLanguageType0 | Unset):
        publication_types (list[str] | Unset):
        keywords (list[str] | Unset):
        licence (None | PatchPublicationDtoLicenceType0 | Unset):
        summary (None | PatchPublicationDtoSummaryType0 | Unset): Our own words, never the publisher text
        materials (list[str] | Unset): Linked material slugs (unknown slugs: 400)
    """

    revision: float | Unset = UNSET
    doi: None | PatchPublicationDtoDoiType0 | Unset = UNSET
    pmid: None | PatchPublicationDtoPmidType0 | Unset = UNSET
    pmcid: None | PatchPublicationDtoPmcidType0 | Unset = UNSET
    title: str | Unset = UNSET
    abstract: AbstractDto | Unset = UNSET
    authors: list[AuthorDto] | Unset = UNSET
    journal: JournalDto | Unset = UNSET
    year: None | PatchPublicationDtoYearType0 | Unset = UNSET
    volume: None | PatchPublicationDtoVolumeType0 | Unset = UNSET
    issue: None | PatchPublicationDtoIssueType0 | Unset = UNSET
    pages: None | PatchPublicationDtoPagesType0 | Unset = UNSET
    language: None | PatchPublicationDtoLanguageType0 | Unset = UNSET
    publication_types: list[str] | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    licence: None | PatchPublicationDtoLicenceType0 | Unset = UNSET
    summary: None | PatchPublicationDtoSummaryType0 | Unset = UNSET
    materials: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.patch_publication_dto_doi_type_0 import PatchPublicationDtoDoiType0  # noqa: PLC0415
        from ..models.patch_publication_dto_issue_type_0 import PatchPublicationDtoIssueType0  # noqa: PLC0415
        from ..models.patch_publication_dto_language_type_0 import PatchPublicationDtoLanguageType0  # noqa: PLC0415
        from ..models.patch_publication_dto_licence_type_0 import PatchPublicationDtoLicenceType0  # noqa: PLC0415
        from ..models.patch_publication_dto_pages_type_0 import PatchPublicationDtoPagesType0  # noqa: PLC0415
        from ..models.patch_publication_dto_pmcid_type_0 import PatchPublicationDtoPmcidType0  # noqa: PLC0415
        from ..models.patch_publication_dto_pmid_type_0 import PatchPublicationDtoPmidType0  # noqa: PLC0415
        from ..models.patch_publication_dto_summary_type_0 import PatchPublicationDtoSummaryType0  # noqa: PLC0415
        from ..models.patch_publication_dto_volume_type_0 import PatchPublicationDtoVolumeType0  # noqa: PLC0415
        from ..models.patch_publication_dto_year_type_0 import PatchPublicationDtoYearType0  # noqa: PLC0415

        revision = self.revision

        doi: dict[str, Any] | None | Unset
        if isinstance(self.doi, Unset):
            doi = UNSET
        elif isinstance(self.doi, PatchPublicationDtoDoiType0):
            doi = self.doi.to_dict()
        else:
            doi = self.doi

        pmid: dict[str, Any] | None | Unset
        if isinstance(self.pmid, Unset):
            pmid = UNSET
        elif isinstance(self.pmid, PatchPublicationDtoPmidType0):
            pmid = self.pmid.to_dict()
        else:
            pmid = self.pmid

        pmcid: dict[str, Any] | None | Unset
        if isinstance(self.pmcid, Unset):
            pmcid = UNSET
        elif isinstance(self.pmcid, PatchPublicationDtoPmcidType0):
            pmcid = self.pmcid.to_dict()
        else:
            pmcid = self.pmcid

        title = self.title

        abstract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.abstract, Unset):
            abstract = self.abstract.to_dict()

        authors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.authors, Unset):
            authors = []
            for authors_item_data in self.authors:
                authors_item = authors_item_data.to_dict()
                authors.append(authors_item)

        journal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.journal, Unset):
            journal = self.journal.to_dict()

        year: dict[str, Any] | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        elif isinstance(self.year, PatchPublicationDtoYearType0):
            year = self.year.to_dict()
        else:
            year = self.year

        volume: dict[str, Any] | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        elif isinstance(self.volume, PatchPublicationDtoVolumeType0):
            volume = self.volume.to_dict()
        else:
            volume = self.volume

        issue: dict[str, Any] | None | Unset
        if isinstance(self.issue, Unset):
            issue = UNSET
        elif isinstance(self.issue, PatchPublicationDtoIssueType0):
            issue = self.issue.to_dict()
        else:
            issue = self.issue

        pages: dict[str, Any] | None | Unset
        if isinstance(self.pages, Unset):
            pages = UNSET
        elif isinstance(self.pages, PatchPublicationDtoPagesType0):
            pages = self.pages.to_dict()
        else:
            pages = self.pages

        language: dict[str, Any] | None | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, PatchPublicationDtoLanguageType0):
            language = self.language.to_dict()
        else:
            language = self.language

        publication_types: list[str] | Unset = UNSET
        if not isinstance(self.publication_types, Unset):
            publication_types = self.publication_types

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        licence: dict[str, Any] | None | Unset
        if isinstance(self.licence, Unset):
            licence = UNSET
        elif isinstance(self.licence, PatchPublicationDtoLicenceType0):
            licence = self.licence.to_dict()
        else:
            licence = self.licence

        summary: dict[str, Any] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, PatchPublicationDtoSummaryType0):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        materials: list[str] | Unset = UNSET
        if not isinstance(self.materials, Unset):
            materials = self.materials

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if revision is not UNSET:
            field_dict["revision"] = revision
        if doi is not UNSET:
            field_dict["doi"] = doi
        if pmid is not UNSET:
            field_dict["pmid"] = pmid
        if pmcid is not UNSET:
            field_dict["pmcid"] = pmcid
        if title is not UNSET:
            field_dict["title"] = title
        if abstract is not UNSET:
            field_dict["abstract"] = abstract
        if authors is not UNSET:
            field_dict["authors"] = authors
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
        if language is not UNSET:
            field_dict["language"] = language
        if publication_types is not UNSET:
            field_dict["publicationTypes"] = publication_types
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if licence is not UNSET:
            field_dict["licence"] = licence
        if summary is not UNSET:
            field_dict["summary"] = summary
        if materials is not UNSET:
            field_dict["materials"] = materials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.abstract_dto import AbstractDto  # noqa: PLC0415
        from ..models.author_dto import AuthorDto  # noqa: PLC0415
        from ..models.journal_dto import JournalDto  # noqa: PLC0415
        from ..models.patch_publication_dto_doi_type_0 import PatchPublicationDtoDoiType0  # noqa: PLC0415
        from ..models.patch_publication_dto_issue_type_0 import PatchPublicationDtoIssueType0  # noqa: PLC0415
        from ..models.patch_publication_dto_language_type_0 import PatchPublicationDtoLanguageType0  # noqa: PLC0415
        from ..models.patch_publication_dto_licence_type_0 import PatchPublicationDtoLicenceType0  # noqa: PLC0415
        from ..models.patch_publication_dto_pages_type_0 import PatchPublicationDtoPagesType0  # noqa: PLC0415
        from ..models.patch_publication_dto_pmcid_type_0 import PatchPublicationDtoPmcidType0  # noqa: PLC0415
        from ..models.patch_publication_dto_pmid_type_0 import PatchPublicationDtoPmidType0  # noqa: PLC0415
        from ..models.patch_publication_dto_summary_type_0 import PatchPublicationDtoSummaryType0  # noqa: PLC0415
        from ..models.patch_publication_dto_volume_type_0 import PatchPublicationDtoVolumeType0  # noqa: PLC0415
        from ..models.patch_publication_dto_year_type_0 import PatchPublicationDtoYearType0  # noqa: PLC0415

        d = dict(src_dict)
        revision = d.pop("revision", UNSET)

        def _parse_doi(data: object) -> None | PatchPublicationDtoDoiType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                doi_type_0 = PatchPublicationDtoDoiType0.from_dict(data)

                return doi_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatchPublicationDtoDoiType0 | Unset, data)

        doi = _parse_doi(d.pop("doi", UNSET))

        def _parse_pmid(data: object) -> None | PatchPublicationDtoPmidType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pmid_type_0 = PatchPublicationDtoPmidType0.from_dict(data)

                return pmid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatchPublicationDtoPmidType0 | Unset, data)

        pmid = _parse_pmid(d.pop("pmid", UNSET))

        def _parse_pmcid(data: object) -> None | PatchPublicationDtoPmcidType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pmcid_type_0 = PatchPublicationDtoPmcidType0.from_dict(data)

                return pmcid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatchPublicationDtoPmcidType0 | Unset, data)

        pmcid = _parse_pmcid(d.pop("pmcid", UNSET))

        title = d.pop("title", UNSET)

        _abstract = d.pop("abstract", UNSET)
        abstract: AbstractDto | Unset
        if isinstance(_abstract, Unset):
            abstract = UNSET
        else:
            abstract = AbstractDto.from_dict(_abstract)

        _authors = d.pop("authors", UNSET)
        authors: list[AuthorDto] | Unset = UNSET
        if _authors is not UNSET:
            authors = []
            for authors_item_data in _authors:
                authors_item = AuthorDto.from_dict(authors_item_data)

                authors.append(authors_item)

        _journal = d.pop("journal", UNSET)
        journal: JournalDto | Unset
        if isinstance(_journal, Unset):
            journal = UNSET
        else:
            journal = JournalDto.from_dict(_journal)

        def _parse_year(data: object) -> None | PatchPublicationDtoYearType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                year_type_0 = PatchPublicationDtoYearType0.from_dict(data)

                return year_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatchPublicationDtoYearType0 | Unset, data)

        year = _parse_year(d.pop("year", UNSET))

        def _parse_volume(data: object) -> None | PatchPublicationDtoVolumeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                volume_type_0 = PatchPublicationDtoVolumeType0.from_dict(data)

                return volume_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatchPublicationDtoVolumeType0 | Unset, data)

        volume = _parse_volume(d.pop("volume", UNSET))

        def _parse_issue(data: object) -> None | PatchPublicationDtoIssueType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                issue_type_0 = PatchPublicationDtoIssueType0.from_dict(data)

                return issue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatchPublicationDtoIssueType0 | Unset, data)

        issue = _parse_issue(d.pop("issue", UNSET))

        def _parse_pages(data: object) -> None | PatchPublicationDtoPagesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pages_type_0 = PatchPublicationDtoPagesType0.from_dict(data)

                return pages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatchPublicationDtoPagesType0 | Unset, data)

        pages = _parse_pages(d.pop("pages", UNSET))

        def _parse_language(data: object) -> None | PatchPublicationDtoLanguageType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                language_type_0 = PatchPublicationDtoLanguageType0.from_dict(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatchPublicationDtoLanguageType0 | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        publication_types = cast(list[str], d.pop("publicationTypes", UNSET))

        keywords = cast(list[str], d.pop("keywords", UNSET))

        def _parse_licence(data: object) -> None | PatchPublicationDtoLicenceType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                licence_type_0 = PatchPublicationDtoLicenceType0.from_dict(data)

                return licence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatchPublicationDtoLicenceType0 | Unset, data)

        licence = _parse_licence(d.pop("licence", UNSET))

        def _parse_summary(data: object) -> None | PatchPublicationDtoSummaryType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                summary_type_0 = PatchPublicationDtoSummaryType0.from_dict(data)

                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatchPublicationDtoSummaryType0 | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        materials = cast(list[str], d.pop("materials", UNSET))

        patch_publication_dto = cls(
            revision=revision,
            doi=doi,
            pmid=pmid,
            pmcid=pmcid,
            title=title,
            abstract=abstract,
            authors=authors,
            journal=journal,
            year=year,
            volume=volume,
            issue=issue,
            pages=pages,
            language=language,
            publication_types=publication_types,
            keywords=keywords,
            licence=licence,
            summary=summary,
            materials=materials,
        )

        patch_publication_dto.additional_properties = d
        return patch_publication_dto

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
