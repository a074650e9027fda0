from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mesh_heading import MeshHeading
    from ..models.publication_abstract_type_0 import PublicationAbstractType0
    from ..models.publication_author import PublicationAuthor
    from ..models.publication_journal import PublicationJournal
    from ..models.publication_label import PublicationLabel
    from ..models.publication_provenance import PublicationProvenance


T = TypeVar("T", bound="Publication")


@_attrs_define
class Publication:
    """
    Attributes:
        id (str):
        title (str):
        abstract (None | PublicationAbstractType0):
        authors (list[PublicationAuthor]):
        journal (None | PublicationJournal):
        year (int | None):
        publication_types (list[str]):
        keywords (list[str]):
        mesh (list[MeshHeading]):
        materials (list[str]):
        labels (list[PublicationLabel]):
        provenance (list[PublicationProvenance]):
        retired (bool):
        revision (int):
        created_at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
        updated_at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
        doi (None | str | Unset):
        pmid (None | str | Unset):
        pmcid (None | str | Unset):
        volume (None | str | Unset):
        issue (None | str | Unset):
        pages (None | str | Unset):
        language (None | str | Unset):
        licence (None | str | Unset):
        summary (None | str | Unset): Our own words, never the publisher text
    """

    id: str
    title: str
    abstract: None | PublicationAbstractType0
    authors: list[PublicationAuthor]
    journal: None | PublicationJournal
    year: int | None
    publication_types: list[str]
    keywords: list[str]
    mesh: list[MeshHeading]
    materials: list[str]
    labels: list[PublicationLabel]
    provenance: list[PublicationProvenance]
    retired: bool
    revision: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    doi: None | str | Unset = UNSET
    pmid: None | str | Unset = UNSET
    pmcid: None | str | Unset = UNSET
    volume: None | str | Unset = UNSET
    issue: None | str | Unset = UNSET
    pages: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    licence: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.publication_abstract_type_0 import PublicationAbstractType0  # noqa: PLC0415
        from ..models.publication_journal import PublicationJournal  # noqa: PLC0415

        id = self.id

        title = self.title

        abstract: dict[str, Any] | None
        if isinstance(self.abstract, PublicationAbstractType0):
            abstract = self.abstract.to_dict()
        else:
            abstract = self.abstract

        authors = []
        for authors_item_data in self.authors:
            authors_item = authors_item_data.to_dict()
            authors.append(authors_item)

        journal: dict[str, Any] | None
        if isinstance(self.journal, PublicationJournal):
            journal = self.journal.to_dict()
        else:
            journal = self.journal

        year: int | None
        year = self.year

        publication_types = self.publication_types

        keywords = self.keywords

        mesh = []
        for mesh_item_data in self.mesh:
            mesh_item = mesh_item_data.to_dict()
            mesh.append(mesh_item)

        materials = self.materials

        labels = []
        for labels_item_data in self.labels:
            labels_item = labels_item_data.to_dict()
            labels.append(labels_item)

        provenance = []
        for provenance_item_data in self.provenance:
            provenance_item = provenance_item_data.to_dict()
            provenance.append(provenance_item)

        retired = self.retired

        revision = self.revision

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        licence: None | str | Unset
        if isinstance(self.licence, Unset):
            licence = UNSET
        else:
            licence = self.licence

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "title": title,
                "abstract": abstract,
                "authors": authors,
                "journal": journal,
                "year": year,
                "publicationTypes": publication_types,
                "keywords": keywords,
                "mesh": mesh,
                "materials": materials,
                "labels": labels,
                "provenance": provenance,
                "retired": retired,
                "revision": revision,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if doi is not UNSET:
            field_dict["doi"] = doi
        if pmid is not UNSET:
            field_dict["pmid"] = pmid
        if pmcid is not UNSET:
            field_dict["pmcid"] = pmcid
        if volume is not UNSET:
            field_dict["volume"] = volume
        if issue is not UNSET:
            field_dict["issue"] = issue
        if pages is not UNSET:
            field_dict["pages"] = pages
        if language is not UNSET:
            field_dict["language"] = language
        if licence is not UNSET:
            field_dict["licence"] = licence
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mesh_heading import MeshHeading  # noqa: PLC0415
        from ..models.publication_abstract_type_0 import PublicationAbstractType0  # noqa: PLC0415
        from ..models.publication_author import PublicationAuthor  # noqa: PLC0415
        from ..models.publication_journal import PublicationJournal  # noqa: PLC0415
        from ..models.publication_label import PublicationLabel  # noqa: PLC0415
        from ..models.publication_provenance import PublicationProvenance  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        def _parse_abstract(data: object) -> None | PublicationAbstractType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                abstract_type_0 = PublicationAbstractType0.from_dict(data)

                return abstract_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PublicationAbstractType0, data)

        abstract = _parse_abstract(d.pop("abstract"))

        authors = []
        _authors = d.pop("authors")
        for authors_item_data in _authors:
            authors_item = PublicationAuthor.from_dict(authors_item_data)

            authors.append(authors_item)

        def _parse_journal(data: object) -> None | PublicationJournal:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                journal_type_1 = PublicationJournal.from_dict(data)

                return journal_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PublicationJournal, data)

        journal = _parse_journal(d.pop("journal"))

        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))

        publication_types = cast(list[str], d.pop("publicationTypes"))

        keywords = cast(list[str], d.pop("keywords"))

        mesh = []
        _mesh = d.pop("mesh")
        for mesh_item_data in _mesh:
            mesh_item = MeshHeading.from_dict(mesh_item_data)

            mesh.append(mesh_item)

        materials = cast(list[str], d.pop("materials"))

        labels = []
        _labels = d.pop("labels")
        for labels_item_data in _labels:
            labels_item = PublicationLabel.from_dict(labels_item_data)

            labels.append(labels_item)

        provenance = []
        _provenance = d.pop("provenance")
        for provenance_item_data in _provenance:
            provenance_item = PublicationProvenance.from_dict(provenance_item_data)

            provenance.append(provenance_item)

        retired = d.pop("retired")

        revision = d.pop("revision")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

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

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_licence(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        licence = _parse_licence(d.pop("licence", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        publication = cls(
            id=id,
            title=title,
            abstract=abstract,
            authors=authors,
            journal=journal,
            year=year,
            publication_types=publication_types,
            keywords=keywords,
            mesh=mesh,
            materials=materials,
            labels=labels,
            provenance=provenance,
            retired=retired,
            revision=revision,
            created_at=created_at,
            updated_at=updated_at,
            doi=doi,
            pmid=pmid,
            pmcid=pmcid,
            volume=volume,
            issue=issue,
            pages=pages,
            language=language,
            licence=licence,
            summary=summary,
        )

        return publication
