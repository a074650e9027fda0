from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.looked_up_reference_type import LookedUpReferenceType

T = TypeVar("T", bound="LookedUpReference")


@_attrs_define
class LookedUpReference:
    """
    Attributes:
        type_ (LookedUpReferenceType):
        title (str):
        authors (list[str]):
        year (int | None):
        container (None | str):
        volume (None | str):
        issue (None | str):
        pages (None | str):
        publisher (None | str):
        doi (None | str):
        pmid (None | str):
        pmcid (None | str):
        isbn (None | str):
        url (None | str):
    """

    type_: LookedUpReferenceType
    title: str
    authors: list[str]
    year: int | None
    container: None | str
    volume: None | str
    issue: None | str
    pages: None | str
    publisher: None | str
    doi: None | str
    pmid: None | str
    pmcid: None | str
    isbn: None | str
    url: None | str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        title = self.title

        authors = self.authors

        year: int | None
        year = self.year

        container: None | str
        container = self.container

        volume: None | str
        volume = self.volume

        issue: None | str
        issue = self.issue

        pages: None | str
        pages = self.pages

        publisher: None | str
        publisher = self.publisher

        doi: None | str
        doi = self.doi

        pmid: None | str
        pmid = self.pmid

        pmcid: None | str
        pmcid = self.pmcid

        isbn: None | str
        isbn = self.isbn

        url: None | str
        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "title": title,
                "authors": authors,
                "year": year,
                "container": container,
                "volume": volume,
                "issue": issue,
                "pages": pages,
                "publisher": publisher,
                "doi": doi,
                "pmid": pmid,
                "pmcid": pmcid,
                "isbn": isbn,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = LookedUpReferenceType(d.pop("type"))

        title = d.pop("title")

        authors = cast(list[str], d.pop("authors"))

        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))

        def _parse_container(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        container = _parse_container(d.pop("container"))

        def _parse_volume(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        volume = _parse_volume(d.pop("volume"))

        def _parse_issue(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        issue = _parse_issue(d.pop("issue"))

        def _parse_pages(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pages = _parse_pages(d.pop("pages"))

        def _parse_publisher(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        publisher = _parse_publisher(d.pop("publisher"))

        def _parse_doi(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        doi = _parse_doi(d.pop("doi"))

        def _parse_pmid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pmid = _parse_pmid(d.pop("pmid"))

        def _parse_pmcid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pmcid = _parse_pmcid(d.pop("pmcid"))

        def _parse_isbn(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        isbn = _parse_isbn(d.pop("isbn"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        looked_up_reference = cls(
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
            url=url,
        )

        return looked_up_reference
