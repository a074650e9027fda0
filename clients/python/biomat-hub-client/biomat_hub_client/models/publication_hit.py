from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.publication_hit_formatted import PublicationHitFormatted
    from ..models.publication_hit_materials_item import PublicationHitMaterialsItem


T = TypeVar("T", bound="PublicationHit")


@_attrs_define
class PublicationHit:
    """
    Attributes:
        id (str):
        title (str):
        authors (list[str]): The first authors' display names ("Family, Given"), at most 5
        author_count (int): How many authors the publication has
        journal (None | str):
        year (int | None):
        publication_types (list[str]):
        materials (list[PublicationHitMaterialsItem]): Linked published materials
        field_formatted (PublicationHitFormatted): HTML-escaped title and abstract (or our summary when no abstract is
            held) with matches in <mark>; the abstract is cropped around the matches
        doi (str | Unset):
        pmid (str | Unset):
    """

    id: str
    title: str
    authors: list[str]
    author_count: int
    journal: None | str
    year: int | None
    publication_types: list[str]
    materials: list[PublicationHitMaterialsItem]
    field_formatted: PublicationHitFormatted
    doi: str | Unset = UNSET
    pmid: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        authors = self.authors

        author_count = self.author_count

        journal: None | str
        journal = self.journal

        year: int | None
        year = self.year

        publication_types = self.publication_types

        materials = []
        for materials_item_data in self.materials:
            materials_item = materials_item_data.to_dict()
            materials.append(materials_item)

        field_formatted = self.field_formatted.to_dict()

        doi = self.doi

        pmid = self.pmid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "title": title,
                "authors": authors,
                "authorCount": author_count,
                "journal": journal,
                "year": year,
                "publicationTypes": publication_types,
                "materials": materials,
                "_formatted": field_formatted,
            }
        )
        if doi is not UNSET:
            field_dict["doi"] = doi
        if pmid is not UNSET:
            field_dict["pmid"] = pmid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.publication_hit_formatted import PublicationHitFormatted  # noqa: PLC0415
        from ..models.publication_hit_materials_item import PublicationHitMaterialsItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        authors = cast(list[str], d.pop("authors"))

        author_count = d.pop("authorCount")

        def _parse_journal(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        journal = _parse_journal(d.pop("journal"))

        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))

        publication_types = cast(list[str], d.pop("publicationTypes"))

        materials = []
        _materials = d.pop("materials")
        for materials_item_data in _materials:
            materials_item = PublicationHitMaterialsItem.from_dict(materials_item_data)

            materials.append(materials_item)

        field_formatted = PublicationHitFormatted.from_dict(d.pop("_formatted"))

        doi = d.pop("doi", UNSET)

        pmid = d.pop("pmid", UNSET)

        publication_hit = cls(
            id=id,
            title=title,
            authors=authors,
            author_count=author_count,
            journal=journal,
            year=year,
            publication_types=publication_types,
            materials=materials,
            field_formatted=field_formatted,
            doi=doi,
            pmid=pmid,
        )

        return publication_hit
