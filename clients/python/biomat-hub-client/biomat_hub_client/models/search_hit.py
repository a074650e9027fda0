from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.class_ref import ClassRef
    from ..models.concept_ref import ConceptRef
    from ..models.market_summary import MarketSummary
    from ..models.search_hit_formatted import SearchHitFormatted
    from ..models.search_hit_properties import SearchHitProperties


T = TypeVar("T", bound="SearchHit")


@_attrs_define
class SearchHit:
    """
    Attributes:
        slug (str):
        name (str):
        synonyms (list[str]):
        trade_names (list[str]):
        summary (str):
        class_ (ClassRef):
        applications (list[ConceptRef]):
        forms (list[ConceptRef]):
        standards (list[str]):
        version (int):
        published_at (datetime.datetime | None):  Example: 2026-12-02T10:00:00.000Z.
        properties (SearchHitProperties): By search field, e.g. youngsModulusGPa
        market (MarketSummary):
        field_formatted (SearchHitFormatted): HTML-escaped name and summary with matches in <mark>
    """

    slug: str
    name: str
    synonyms: list[str]
    trade_names: list[str]
    summary: str
    class_: ClassRef
    applications: list[ConceptRef]
    forms: list[ConceptRef]
    standards: list[str]
    version: int
    published_at: datetime.datetime | None
    properties: SearchHitProperties
    market: MarketSummary
    field_formatted: SearchHitFormatted

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        synonyms = self.synonyms

        trade_names = self.trade_names

        summary = self.summary

        class_ = self.class_.to_dict()

        applications = []
        for applications_item_data in self.applications:
            applications_item = applications_item_data.to_dict()
            applications.append(applications_item)

        forms = []
        for forms_item_data in self.forms:
            forms_item = forms_item_data.to_dict()
            forms.append(forms_item)

        standards = self.standards

        version = self.version

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        properties = self.properties.to_dict()

        market = self.market.to_dict()

        field_formatted = self.field_formatted.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "synonyms": synonyms,
                "tradeNames": trade_names,
                "summary": summary,
                "class": class_,
                "applications": applications,
                "forms": forms,
                "standards": standards,
                "version": version,
                "publishedAt": published_at,
                "properties": properties,
                "market": market,
                "_formatted": field_formatted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.class_ref import ClassRef  # noqa: PLC0415
        from ..models.concept_ref import ConceptRef  # noqa: PLC0415
        from ..models.market_summary import MarketSummary  # noqa: PLC0415
        from ..models.search_hit_formatted import SearchHitFormatted  # noqa: PLC0415
        from ..models.search_hit_properties import SearchHitProperties  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        synonyms = cast(list[str], d.pop("synonyms"))

        trade_names = cast(list[str], d.pop("tradeNames"))

        summary = d.pop("summary")

        class_ = ClassRef.from_dict(d.pop("class"))

        applications = []
        _applications = d.pop("applications")
        for applications_item_data in _applications:
            applications_item = ConceptRef.from_dict(applications_item_data)

            applications.append(applications_item)

        forms = []
        _forms = d.pop("forms")
        for forms_item_data in _forms:
            forms_item = ConceptRef.from_dict(forms_item_data)

            forms.append(forms_item)

        standards = cast(list[str], d.pop("standards"))

        version = d.pop("version")

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("publishedAt"))

        properties = SearchHitProperties.from_dict(d.pop("properties"))

        market = MarketSummary.from_dict(d.pop("market"))

        field_formatted = SearchHitFormatted.from_dict(d.pop("_formatted"))

        search_hit = cls(
            slug=slug,
            name=name,
            synonyms=synonyms,
            trade_names=trade_names,
            summary=summary,
            class_=class_,
            applications=applications,
            forms=forms,
            standards=standards,
            version=version,
            published_at=published_at,
            properties=properties,
            market=market,
            field_formatted=field_formatted,
        )

        return search_hit
