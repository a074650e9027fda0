from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.literature_reference_dto_type import LiteratureReferenceDtoType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.literature_reference_dto_container import LiteratureReferenceDtoContainer
    from ..models.literature_reference_dto_doi import LiteratureReferenceDtoDoi
    from ..models.literature_reference_dto_isbn import LiteratureReferenceDtoIsbn
    from ..models.literature_reference_dto_issue import LiteratureReferenceDtoIssue
    from ..models.literature_reference_dto_pages import LiteratureReferenceDtoPages
    from ..models.literature_reference_dto_pmcid import LiteratureReferenceDtoPmcid
    from ..models.literature_reference_dto_pmid import LiteratureReferenceDtoPmid
    from ..models.literature_reference_dto_publication_id import LiteratureReferenceDtoPublicationId
    from ..models.literature_reference_dto_publisher import LiteratureReferenceDtoPublisher
    from ..models.literature_reference_dto_standard import LiteratureReferenceDtoStandard
    from ..models.literature_reference_dto_title import LiteratureReferenceDtoTitle
    from ..models.literature_reference_dto_url import LiteratureReferenceDtoUrl
    from ..models.literature_reference_dto_volume import LiteratureReferenceDtoVolume
    from ..models.literature_reference_dto_year import LiteratureReferenceDtoYear


T = TypeVar("T", bound="LiteratureReferenceDto")


@_attrs_define
class LiteratureReferenceDto:
    """
    Attributes:
        key (str):  Example: ref-pmc4669019.
        type_ (LiteratureReferenceDtoType | Unset): What kind of source: it decides which identifier it needs (see
            README, the reference rule)
        doi (LiteratureReferenceDtoDoi | Unset):  Example: 10.1093/rb/rbv001.
        pmid (LiteratureReferenceDtoPmid | Unset):  Example: 26816637.
        pmcid (LiteratureReferenceDtoPmcid | Unset):  Example: PMC4669019.
        isbn (LiteratureReferenceDtoIsbn | Unset):  Example: 978-0-12-374626-9.
        standard (LiteratureReferenceDtoStandard | Unset): The number of a standard, as its body publishes it Example:
            ASTM F136-13.
        url (LiteratureReferenceDtoUrl | Unset):  Example: https://pmc.ncbi.nlm.nih.gov/articles/PMC4669019/.
        title (LiteratureReferenceDtoTitle | Unset):
        authors (list[str] | Unset):  Example: ['Kurtz, Steven M'].
        year (LiteratureReferenceDtoYear | Unset):
        container (LiteratureReferenceDtoContainer | Unset): Journal, book, maker, regulator or standards body
        volume (LiteratureReferenceDtoVolume | Unset):
        issue (LiteratureReferenceDtoIssue | Unset):
        pages (LiteratureReferenceDtoPages | Unset):
        publisher (LiteratureReferenceDtoPublisher | Unset):
        publication_id (LiteratureReferenceDtoPublicationId | Unset): The publication record of this reference
    """

    key: str
    type_: LiteratureReferenceDtoType | Unset = UNSET
    doi: LiteratureReferenceDtoDoi | Unset = UNSET
    pmid: LiteratureReferenceDtoPmid | Unset = UNSET
    pmcid: LiteratureReferenceDtoPmcid | Unset = UNSET
    isbn: LiteratureReferenceDtoIsbn | Unset = UNSET
    standard: LiteratureReferenceDtoStandard | Unset = UNSET
    url: LiteratureReferenceDtoUrl | Unset = UNSET
    title: LiteratureReferenceDtoTitle | Unset = UNSET
    authors: list[str] | Unset = UNSET
    year: LiteratureReferenceDtoYear | Unset = UNSET
    container: LiteratureReferenceDtoContainer | Unset = UNSET
    volume: LiteratureReferenceDtoVolume | Unset = UNSET
    issue: LiteratureReferenceDtoIssue | Unset = UNSET
    pages: LiteratureReferenceDtoPages | Unset = UNSET
    publisher: LiteratureReferenceDtoPublisher | Unset = UNSET
    publication_id: LiteratureReferenceDtoPublicationId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        doi: dict[str, Any] | Unset = UNSET
        if not isinstance(self.doi, Unset):
            doi = self.doi.to_dict()

        pmid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pmid, Unset):
            pmid = self.pmid.to_dict()

        pmcid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pmcid, Unset):
            pmcid = self.pmcid.to_dict()

        isbn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.isbn, Unset):
            isbn = self.isbn.to_dict()

        standard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standard, Unset):
            standard = self.standard.to_dict()

        url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.url, Unset):
            url = self.url.to_dict()

        title: dict[str, Any] | Unset = UNSET
        if not isinstance(self.title, Unset):
            title = self.title.to_dict()

        authors: list[str] | Unset = UNSET
        if not isinstance(self.authors, Unset):
            authors = self.authors

        year: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year, Unset):
            year = self.year.to_dict()

        container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.container, Unset):
            container = self.container.to_dict()

        volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume, Unset):
            volume = self.volume.to_dict()

        issue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issue, Unset):
            issue = self.issue.to_dict()

        pages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pages, Unset):
            pages = self.pages.to_dict()

        publisher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.publisher, Unset):
            publisher = self.publisher.to_dict()

        publication_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.publication_id, Unset):
            publication_id = self.publication_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        if publication_id is not UNSET:
            field_dict["publicationId"] = publication_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.literature_reference_dto_container import LiteratureReferenceDtoContainer  # noqa: PLC0415
        from ..models.literature_reference_dto_doi import LiteratureReferenceDtoDoi  # noqa: PLC0415
        from ..models.literature_reference_dto_isbn import LiteratureReferenceDtoIsbn  # noqa: PLC0415
        from ..models.literature_reference_dto_issue import LiteratureReferenceDtoIssue  # noqa: PLC0415
        from ..models.literature_reference_dto_pages import LiteratureReferenceDtoPages  # noqa: PLC0415
        from ..models.literature_reference_dto_pmcid import LiteratureReferenceDtoPmcid  # noqa: PLC0415
        from ..models.literature_reference_dto_pmid import LiteratureReferenceDtoPmid  # noqa: PLC0415
        from ..models.literature_reference_dto_publication_id import (
            LiteratureReferenceDtoPublicationId,  # noqa: PLC0415
        )
        from ..models.literature_reference_dto_publisher import LiteratureReferenceDtoPublisher  # noqa: PLC0415
        from ..models.literature_reference_dto_standard import LiteratureReferenceDtoStandard  # noqa: PLC0415
        from ..models.literature_reference_dto_title import LiteratureReferenceDtoTitle  # noqa: PLC0415
        from ..models.literature_reference_dto_url import LiteratureReferenceDtoUrl  # noqa: PLC0415
        from ..models.literature_reference_dto_volume import LiteratureReferenceDtoVolume  # noqa: PLC0415
        from ..models.literature_reference_dto_year import LiteratureReferenceDtoYear  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        _type_ = d.pop("type", UNSET)
        type_: LiteratureReferenceDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = LiteratureReferenceDtoType(_type_)

        _doi = d.pop("doi", UNSET)
        doi: LiteratureReferenceDtoDoi | Unset
        if isinstance(_doi, Unset):
            doi = UNSET
        else:
            doi = LiteratureReferenceDtoDoi.from_dict(_doi)

        _pmid = d.pop("pmid", UNSET)
        pmid: LiteratureReferenceDtoPmid | Unset
        if isinstance(_pmid, Unset):
            pmid = UNSET
        else:
            pmid = LiteratureReferenceDtoPmid.from_dict(_pmid)

        _pmcid = d.pop("pmcid", UNSET)
        pmcid: LiteratureReferenceDtoPmcid | Unset
        if isinstance(_pmcid, Unset):
            pmcid = UNSET
        else:
            pmcid = LiteratureReferenceDtoPmcid.from_dict(_pmcid)

        _isbn = d.pop("isbn", UNSET)
        isbn: LiteratureReferenceDtoIsbn | Unset
        if isinstance(_isbn, Unset):
            isbn = UNSET
        else:
            isbn = LiteratureReferenceDtoIsbn.from_dict(_isbn)

        _standard = d.pop("standard", UNSET)
        standard: LiteratureReferenceDtoStandard | Unset
        if isinstance(_standard, Unset):
            standard = UNSET
        else:
            standard = LiteratureReferenceDtoStandard.from_dict(_standard)

        _url = d.pop("url", UNSET)
        url: LiteratureReferenceDtoUrl | Unset
        if isinstance(_url, Unset):
            url = UNSET
        else:
            url = LiteratureReferenceDtoUrl.from_dict(_url)

        _title = d.pop("title", UNSET)
        title: LiteratureReferenceDtoTitle | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = LiteratureReferenceDtoTitle.from_dict(_title)

        authors = cast(list[str], d.pop("authors", UNSET))

        _year = d.pop("year", UNSET)
        year: LiteratureReferenceDtoYear | Unset
        if isinstance(_year, Unset):
            year = UNSET
        else:
            year = LiteratureReferenceDtoYear.from_dict(_year)

        _container = d.pop("container", UNSET)
        container: LiteratureReferenceDtoContainer | Unset
        if isinstance(_container, Unset):
            container = UNSET
        else:
            container = LiteratureReferenceDtoContainer.from_dict(_container)

        _volume = d.pop("volume", UNSET)
        volume: LiteratureReferenceDtoVolume | Unset
        if isinstance(_volume, Unset):
            volume = UNSET
        else:
            volume = LiteratureReferenceDtoVolume.from_dict(_volume)

        _issue = d.pop("issue", UNSET)
        issue: LiteratureReferenceDtoIssue | Unset
        if isinstance(_issue, Unset):
            issue = UNSET
        else:
            issue = LiteratureReferenceDtoIssue.from_dict(_issue)

        _pages = d.pop("pages", UNSET)
        pages: LiteratureReferenceDtoPages | Unset
        if isinstance(_pages, Unset):
            pages = UNSET
        else:
            pages = LiteratureReferenceDtoPages.from_dict(_pages)

        _publisher = d.pop("publisher", UNSET)
        publisher: LiteratureReferenceDtoPublisher | Unset
        if isinstance(_publisher, Unset):
            publisher = UNSET
        else:
            publisher = LiteratureReferenceDtoPublisher.from_dict(_publisher)

        _publication_id = d.pop("publicationId", UNSET)
        publication_id: LiteratureReferenceDtoPublicationId | Unset
        if isinstance(_publication_id, Unset):
            publication_id = UNSET
        else:
            publication_id = LiteratureReferenceDtoPublicationId.from_dict(_publication_id)

        literature_reference_dto = cls(
            key=key,
            type_=type_,
            doi=doi,
            pmid=pmid,
            pmcid=pmcid,
            isbn=isbn,
            standard=standard,
            url=url,
            title=title,
            authors=authors,
            year=year,
            container=container,
            volume=volume,
            issue=issue,
            pages=pages,
            publisher=publisher,
            publication_id=publication_id,
        )

        literature_reference_dto.additional_properties = d
        return literature_reference_dto

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
