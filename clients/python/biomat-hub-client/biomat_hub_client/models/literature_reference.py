from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.literature_reference_type_type_1 import LiteratureReferenceTypeType1
from ..models.literature_reference_type_type_2_type_1 import LiteratureReferenceTypeType2Type1
from ..models.literature_reference_type_type_3_type_1 import LiteratureReferenceTypeType3Type1
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiteratureReference")


@_attrs_define
class LiteratureReference:
    """
    Attributes:
        key (str):
        type_ (LiteratureReferenceTypeType1 | LiteratureReferenceTypeType2Type1 | LiteratureReferenceTypeType3Type1 |
            None | Unset):
        title (None | str | Unset):
        authors (list[str] | Unset):
        year (int | None | Unset):
        container (None | str | Unset): Journal, book, maker, regulator or standards body
        volume (None | str | Unset):
        issue (None | str | Unset):
        pages (None | str | Unset):
        publisher (None | str | Unset):
        doi (None | str | Unset):
        pmid (None | str | Unset):
        pmcid (None | str | Unset):
        isbn (None | str | Unset):
        standard (None | str | Unset):
        url (None | str | Unset):
        publication_id (None | str | Unset): The publication record of this reference, when there is one
    """

    key: str
    type_: (
        LiteratureReferenceTypeType1
        | LiteratureReferenceTypeType2Type1
        | LiteratureReferenceTypeType3Type1
        | None
        | Unset
    ) = UNSET
    title: None | str | Unset = UNSET
    authors: list[str] | Unset = UNSET
    year: int | None | Unset = UNSET
    container: None | str | Unset = UNSET
    volume: None | str | Unset = UNSET
    issue: None | str | Unset = UNSET
    pages: None | str | Unset = UNSET
    publisher: None | str | Unset = UNSET
    doi: None | str | Unset = UNSET
    pmid: None | str | Unset = UNSET
    pmcid: None | str | Unset = UNSET
    isbn: None | str | Unset = UNSET
    standard: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    publication_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, LiteratureReferenceTypeType1):
            type_ = self.type_.value
        elif isinstance(self.type_, LiteratureReferenceTypeType2Type1):
            type_ = self.type_.value
        elif isinstance(self.type_, LiteratureReferenceTypeType3Type1):
            type_ = self.type_.value
        else:
            type_ = self.type_

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        authors: list[str] | Unset = UNSET
        if not isinstance(self.authors, Unset):
            authors = self.authors

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        container: None | str | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        else:
            container = self.container

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

        publisher: None | str | Unset
        if isinstance(self.publisher, Unset):
            publisher = UNSET
        else:
            publisher = self.publisher

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

        isbn: None | str | Unset
        if isinstance(self.isbn, Unset):
            isbn = UNSET
        else:
            isbn = self.isbn

        standard: None | str | Unset
        if isinstance(self.standard, Unset):
            standard = UNSET
        else:
            standard = self.standard

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        publication_id: None | str | Unset
        if isinstance(self.publication_id, Unset):
            publication_id = UNSET
        else:
            publication_id = self.publication_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if authors is not UNSET:
            field_dict["authors"] = authors
        if year is not UNSET:
            field_dict["year"] = year
        if container is not UNSET:
            field_dict["container"] = container
        if volume is not UNSET:
            field_dict["volume"] = volume
        if issue is not UNSET:
            field_dict["issue"] = issue
        if pages is not UNSET:
            field_dict["pages"] = pages
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if doi is not UNSET:
            field_dict["doi"] = doi
        if pmid is not UNSET:
            field_dict["pmid"] = pmid
        if pmcid is not UNSET:
            field_dict["pmcid"] = pmcid
        if isbn is not UNSET:
            field_dict["isbn"] = isbn
        if standard is not UNSET:
            field_dict["standard"] = standard
        if url is not UNSET:
            field_dict["url"] = url
        if publication_id is not UNSET:
            field_dict["publicationId"] = publication_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        def _parse_type_(
            data: object,
        ) -> (
            LiteratureReferenceTypeType1
            | LiteratureReferenceTypeType2Type1
            | LiteratureReferenceTypeType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = LiteratureReferenceTypeType1(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_2_type_1 = LiteratureReferenceTypeType2Type1(data)

                return type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_3_type_1 = LiteratureReferenceTypeType3Type1(data)

                return type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                LiteratureReferenceTypeType1
                | LiteratureReferenceTypeType2Type1
                | LiteratureReferenceTypeType3Type1
                | None
                | Unset,
                data,
            )

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        authors = cast(list[str], d.pop("authors", UNSET))

        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))

        def _parse_container(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        container = _parse_container(d.pop("container", UNSET))

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

        def _parse_publisher(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher = _parse_publisher(d.pop("publisher", UNSET))

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

        def _parse_isbn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        isbn = _parse_isbn(d.pop("isbn", UNSET))

        def _parse_standard(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        standard = _parse_standard(d.pop("standard", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_publication_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publication_id = _parse_publication_id(d.pop("publicationId", UNSET))

        literature_reference = cls(
            key=key,
            type_=type_,
            title=title,
            authors=authors,
            year=year,
            container=container,
            volume=volume,
            issue=issue,
            pages=pages,
            publisher=publisher,
            doi=doi,
            pmid=pmid,
            pmcid=pmcid,
            isbn=isbn,
            standard=standard,
            url=url,
            publication_id=publication_id,
        )

        return literature_reference
