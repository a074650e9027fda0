from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.literature_reference_dto_doi import LiteratureReferenceDtoDoi
    from ..models.literature_reference_dto_journal import LiteratureReferenceDtoJournal
    from ..models.literature_reference_dto_pmid import LiteratureReferenceDtoPmid
    from ..models.literature_reference_dto_title import LiteratureReferenceDtoTitle
    from ..models.literature_reference_dto_url import LiteratureReferenceDtoUrl
    from ..models.literature_reference_dto_year import LiteratureReferenceDtoYear


T = TypeVar("T", bound="LiteratureReferenceDto")


@_attrs_define
class LiteratureReferenceDto:
    """
    Attributes:
        key (str):  Example: ref-pmc4669019.
        doi (LiteratureReferenceDtoDoi | Unset):  Example: 10.1093/rb/rbv001.
        pmid (LiteratureReferenceDtoPmid | Unset):  Example: 26816637.
        url (LiteratureReferenceDtoUrl | Unset):  Example: https://pmc.ncbi.nlm.nih.gov/articles/PMC4669019/.
        title (LiteratureReferenceDtoTitle | Unset):
        authors (list[str] | Unset):
        year (LiteratureReferenceDtoYear | Unset):
        journal (LiteratureReferenceDtoJournal | Unset):
    """

    key: str
    doi: LiteratureReferenceDtoDoi | Unset = UNSET
    pmid: LiteratureReferenceDtoPmid | Unset = UNSET
    url: LiteratureReferenceDtoUrl | Unset = UNSET
    title: LiteratureReferenceDtoTitle | Unset = UNSET
    authors: list[str] | Unset = UNSET
    year: LiteratureReferenceDtoYear | Unset = UNSET
    journal: LiteratureReferenceDtoJournal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        doi: dict[str, Any] | Unset = UNSET
        if not isinstance(self.doi, Unset):
            doi = self.doi.to_dict()

        pmid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pmid, Unset):
            pmid = self.pmid.to_dict()

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

        journal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.journal, Unset):
            journal = self.journal.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if doi is not UNSET:
            field_dict["doi"] = doi
        if pmid is not UNSET:
            field_dict["pmid"] = pmid
        if url is not UNSET:
            field_dict["url"] = url
        if title is not UNSET:
            field_dict["title"] = title
        if authors is not UNSET:
            field_dict["authors"] = authors
        if year is not UNSET:
            field_dict["year"] = year
        if journal is not UNSET:
            field_dict["journal"] = journal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.literature_reference_dto_doi import LiteratureReferenceDtoDoi  # noqa: PLC0415
        from ..models.literature_reference_dto_journal import LiteratureReferenceDtoJournal  # noqa: PLC0415
        from ..models.literature_reference_dto_pmid import LiteratureReferenceDtoPmid  # noqa: PLC0415
        from ..models.literature_reference_dto_title import LiteratureReferenceDtoTitle  # noqa: PLC0415
        from ..models.literature_reference_dto_url import LiteratureReferenceDtoUrl  # noqa: PLC0415
        from ..models.literature_reference_dto_year import LiteratureReferenceDtoYear  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

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

        _journal = d.pop("journal", UNSET)
        journal: LiteratureReferenceDtoJournal | Unset
        if isinstance(_journal, Unset):
            journal = UNSET
        else:
            journal = LiteratureReferenceDtoJournal.from_dict(_journal)

        literature_reference_dto = cls(
            key=key,
            doi=doi,
            pmid=pmid,
            url=url,
            title=title,
            authors=authors,
            year=year,
            journal=journal,
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
