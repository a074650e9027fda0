from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.biocompatibility_result import BiocompatibilityResult
    from ..models.composition_entry import CompositionEntry
    from ..models.literature_reference import LiteratureReference
    from ..models.material_content_keywords import MaterialContentKeywords
    from ..models.property_value import PropertyValue
    from ..models.regulatory_entry import RegulatoryEntry
    from ..models.sustainability import Sustainability


T = TypeVar("T", bound="MaterialContent")


@_attrs_define
class MaterialContent:
    """
    Attributes:
        name (str):
        synonyms (list[str]):
        trade_names (list[str]):
        summary (str):
        class_ (str):
        applications (list[str]):
        standards (list[str]):
        forms (list[str]):
        composition (list[CompositionEntry]):
        properties (list[PropertyValue]):
        biocompatibility (list[BiocompatibilityResult]):
        regulatory (list[RegulatoryEntry]):
        keywords (MaterialContentKeywords):
        references (list[LiteratureReference]):
        cas_number (None | str | Unset):
        sustainability (None | Sustainability | Unset):
    """

    name: str
    synonyms: list[str]
    trade_names: list[str]
    summary: str
    class_: str
    applications: list[str]
    standards: list[str]
    forms: list[str]
    composition: list[CompositionEntry]
    properties: list[PropertyValue]
    biocompatibility: list[BiocompatibilityResult]
    regulatory: list[RegulatoryEntry]
    keywords: MaterialContentKeywords
    references: list[LiteratureReference]
    cas_number: None | str | Unset = UNSET
    sustainability: None | Sustainability | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.sustainability import Sustainability  # noqa: PLC0415

        name = self.name

        synonyms = self.synonyms

        trade_names = self.trade_names

        summary = self.summary

        class_ = self.class_

        applications = self.applications

        standards = self.standards

        forms = self.forms

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

        keywords = self.keywords.to_dict()

        references = []
        for references_item_data in self.references:
            references_item = references_item_data.to_dict()
            references.append(references_item)

        cas_number: None | str | Unset
        if isinstance(self.cas_number, Unset):
            cas_number = UNSET
        else:
            cas_number = self.cas_number

        sustainability: dict[str, Any] | None | Unset
        if isinstance(self.sustainability, Unset):
            sustainability = UNSET
        elif isinstance(self.sustainability, Sustainability):
            sustainability = self.sustainability.to_dict()
        else:
            sustainability = self.sustainability

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "synonyms": synonyms,
                "tradeNames": trade_names,
                "summary": summary,
                "class": class_,
                "applications": applications,
                "standards": standards,
                "forms": forms,
                "composition": composition,
                "properties": properties,
                "biocompatibility": biocompatibility,
                "regulatory": regulatory,
                "keywords": keywords,
                "references": references,
            }
        )
        if cas_number is not UNSET:
            field_dict["casNumber"] = cas_number
        if sustainability is not UNSET:
            field_dict["sustainability"] = sustainability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.biocompatibility_result import BiocompatibilityResult  # noqa: PLC0415
        from ..models.composition_entry import CompositionEntry  # noqa: PLC0415
        from ..models.literature_reference import LiteratureReference  # noqa: PLC0415
        from ..models.material_content_keywords import MaterialContentKeywords  # noqa: PLC0415
        from ..models.property_value import PropertyValue  # noqa: PLC0415
        from ..models.regulatory_entry import RegulatoryEntry  # noqa: PLC0415
        from ..models.sustainability import Sustainability  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        synonyms = cast(list[str], d.pop("synonyms"))

        trade_names = cast(list[str], d.pop("tradeNames"))

        summary = d.pop("summary")

        class_ = d.pop("class")

        applications = cast(list[str], d.pop("applications"))

        standards = cast(list[str], d.pop("standards"))

        forms = cast(list[str], d.pop("forms"))

        composition = []
        _composition = d.pop("composition")
        for composition_item_data in _composition:
            composition_item = CompositionEntry.from_dict(composition_item_data)

            composition.append(composition_item)

        properties = []
        _properties = d.pop("properties")
        for properties_item_data in _properties:
            properties_item = PropertyValue.from_dict(properties_item_data)

            properties.append(properties_item)

        biocompatibility = []
        _biocompatibility = d.pop("biocompatibility")
        for biocompatibility_item_data in _biocompatibility:
            biocompatibility_item = BiocompatibilityResult.from_dict(biocompatibility_item_data)

            biocompatibility.append(biocompatibility_item)

        regulatory = []
        _regulatory = d.pop("regulatory")
        for regulatory_item_data in _regulatory:
            regulatory_item = RegulatoryEntry.from_dict(regulatory_item_data)

            regulatory.append(regulatory_item)

        keywords = MaterialContentKeywords.from_dict(d.pop("keywords"))

        references = []
        _references = d.pop("references")
        for references_item_data in _references:
            references_item = LiteratureReference.from_dict(references_item_data)

            references.append(references_item)

        def _parse_cas_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cas_number = _parse_cas_number(d.pop("casNumber", UNSET))

        def _parse_sustainability(data: object) -> None | Sustainability | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sustainability_type_1 = Sustainability.from_dict(data)

                return sustainability_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sustainability | Unset, data)

        sustainability = _parse_sustainability(d.pop("sustainability", UNSET))

        material_content = cls(
            name=name,
            synonyms=synonyms,
            trade_names=trade_names,
            summary=summary,
            class_=class_,
            applications=applications,
            standards=standards,
            forms=forms,
            composition=composition,
            properties=properties,
            biocompatibility=biocompatibility,
            regulatory=regulatory,
            keywords=keywords,
            references=references,
            cas_number=cas_number,
            sustainability=sustainability,
        )

        return material_content
