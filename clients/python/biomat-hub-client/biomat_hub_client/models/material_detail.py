from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.class_ref import ClassRef
    from ..models.composition_entry import CompositionEntry
    from ..models.concept_ref import ConceptRef
    from ..models.literature_reference import LiteratureReference
    from ..models.material_detail_biocompatibility_item import MaterialDetailBiocompatibilityItem
    from ..models.material_detail_keywords import MaterialDetailKeywords
    from ..models.material_detail_regulatory_item import MaterialDetailRegulatoryItem
    from ..models.property_view import PropertyView
    from ..models.sustainability import Sustainability


T = TypeVar("T", bound="MaterialDetail")


@_attrs_define
class MaterialDetail:
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
        cas_number (None | str):
        composition (list[CompositionEntry]):
        properties (list[PropertyView]):
        biocompatibility (list[MaterialDetailBiocompatibilityItem]):
        regulatory (list[MaterialDetailRegulatoryItem]):
        sustainability (None | Sustainability):
        keywords (MaterialDetailKeywords):
        references (list[LiteratureReference]):
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
    cas_number: None | str
    composition: list[CompositionEntry]
    properties: list[PropertyView]
    biocompatibility: list[MaterialDetailBiocompatibilityItem]
    regulatory: list[MaterialDetailRegulatoryItem]
    sustainability: None | Sustainability
    keywords: MaterialDetailKeywords
    references: list[LiteratureReference]

    def to_dict(self) -> dict[str, Any]:
        from ..models.sustainability import Sustainability  # noqa: PLC0415

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

        cas_number: None | str
        cas_number = self.cas_number

        composition = []
        for composition_item_data in self.composition:
            composition_item = composition_item_data.to_dict()
            composition.append(composition_item)

        properties = []
        for properties_item_data in self.properties:
            properties_item = properties_item_data.to_dict()
            properties.append(properties_item)

        biocompatibility = []
        for biocompatibility_item_data in self.biocompatibility:
            biocompatibility_item = biocompatibility_item_data.to_dict()
            biocompatibility.append(biocompatibility_item)

        regulatory = []
        for regulatory_item_data in self.regulatory:
            regulatory_item = regulatory_item_data.to_dict()
            regulatory.append(regulatory_item)

        sustainability: dict[str, Any] | None
        if isinstance(self.sustainability, Sustainability):
            sustainability = self.sustainability.to_dict()
        else:
            sustainability = self.sustainability

        keywords = self.keywords.to_dict()

        references = []
        for references_item_data in self.references:
            references_item = references_item_data.to_dict()
            references.append(references_item)

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
                "casNumber": cas_number,
                "composition": composition,
                "properties": properties,
                "biocompatibility": biocompatibility,
                "regulatory": regulatory,
                "sustainability": sustainability,
                "keywords": keywords,
                "references": references,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.class_ref import ClassRef  # noqa: PLC0415
        from ..models.composition_entry import CompositionEntry  # noqa: PLC0415
        from ..models.concept_ref import ConceptRef  # noqa: PLC0415
        from ..models.literature_reference import LiteratureReference  # noqa: PLC0415
        from ..models.material_detail_biocompatibility_item import MaterialDetailBiocompatibilityItem  # noqa: PLC0415
        from ..models.material_detail_keywords import MaterialDetailKeywords  # noqa: PLC0415
        from ..models.material_detail_regulatory_item import MaterialDetailRegulatoryItem  # noqa: PLC0415
        from ..models.property_view import PropertyView  # noqa: PLC0415
        from ..models.sustainability import Sustainability  # noqa: PLC0415

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

        def _parse_cas_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cas_number = _parse_cas_number(d.pop("casNumber"))

        composition = []
        _composition = d.pop("composition")
        for composition_item_data in _composition:
            composition_item = CompositionEntry.from_dict(composition_item_data)

            composition.append(composition_item)

        properties = []
        _properties = d.pop("properties")
        for properties_item_data in _properties:
            properties_item = PropertyView.from_dict(properties_item_data)

            properties.append(properties_item)

        biocompatibility = []
        _biocompatibility = d.pop("biocompatibility")
        for biocompatibility_item_data in _biocompatibility:
            biocompatibility_item = MaterialDetailBiocompatibilityItem.from_dict(biocompatibility_item_data)

            biocompatibility.append(biocompatibility_item)

        regulatory = []
        _regulatory = d.pop("regulatory")
        for regulatory_item_data in _regulatory:
            regulatory_item = MaterialDetailRegulatoryItem.from_dict(regulatory_item_data)

            regulatory.append(regulatory_item)

        def _parse_sustainability(data: object) -> None | Sustainability:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sustainability_type_1 = Sustainability.from_dict(data)

                return sustainability_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sustainability, data)

        sustainability = _parse_sustainability(d.pop("sustainability"))

        keywords = MaterialDetailKeywords.from_dict(d.pop("keywords"))

        references = []
        _references = d.pop("references")
        for references_item_data in _references:
            references_item = LiteratureReference.from_dict(references_item_data)

            references.append(references_item)

        material_detail = cls(
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
            cas_number=cas_number,
            composition=composition,
            properties=properties,
            biocompatibility=biocompatibility,
            regulatory=regulatory,
            sustainability=sustainability,
            keywords=keywords,
            references=references,
        )

        return material_detail
