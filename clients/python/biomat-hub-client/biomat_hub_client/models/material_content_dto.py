from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.biocompatibility_dto import BiocompatibilityDto
    from ..models.composition_entry_dto import CompositionEntryDto
    from ..models.keywords_dto import KeywordsDto
    from ..models.literature_reference_dto import LiteratureReferenceDto
    from ..models.material_content_dto_cas_number import MaterialContentDtoCasNumber
    from ..models.property_value_dto import PropertyValueDto
    from ..models.regulatory_dto import RegulatoryDto
    from ..models.sustainability_dto import SustainabilityDto


T = TypeVar("T", bound="MaterialContentDto")


@_attrs_define
class MaterialContentDto:
    """
    Attributes:
        name (str):  Example: Ti-6Al-4V ELI.
        summary (str):  Example: Extra-low-interstitial titanium alloy for implants..
        class_ (str):  Example: material-class/titanium-alloy.
        synonyms (list[str] | Unset):  Example: ['Grade 23 titanium'].
        trade_names (list[str] | Unset):
        applications (list[str] | Unset):  Example: ['application/joint-replacement'].
        standards (list[str] | Unset):  Example: ['ASTM F136', 'ISO 5832-3'].
        forms (list[str] | Unset):  Example: ['form/rod'].
        cas_number (MaterialContentDtoCasNumber | Unset):  Example: 12743-70-3.
        composition (list[CompositionEntryDto] | Unset):
        properties (list[PropertyValueDto] | Unset):
        biocompatibility (list[BiocompatibilityDto] | Unset):
        regulatory (list[RegulatoryDto] | Unset):
        sustainability (SustainabilityDto | Unset):
        keywords (KeywordsDto | Unset):
        references (list[LiteratureReferenceDto] | Unset):
    """

    name: str
    summary: str
    class_: str
    synonyms: list[str] | Unset = UNSET
    trade_names: list[str] | Unset = UNSET
    applications: list[str] | Unset = UNSET
    standards: list[str] | Unset = UNSET
    forms: list[str] | Unset = UNSET
    cas_number: MaterialContentDtoCasNumber | Unset = UNSET
    composition: list[CompositionEntryDto] | Unset = UNSET
    properties: list[PropertyValueDto] | Unset = UNSET
    biocompatibility: list[BiocompatibilityDto] | Unset = UNSET
    regulatory: list[RegulatoryDto] | Unset = UNSET
    sustainability: SustainabilityDto | Unset = UNSET
    keywords: KeywordsDto | Unset = UNSET
    references: list[LiteratureReferenceDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        summary = self.summary

        class_ = self.class_

        synonyms: list[str] | Unset = UNSET
        if not isinstance(self.synonyms, Unset):
            synonyms = self.synonyms

        trade_names: list[str] | Unset = UNSET
        if not isinstance(self.trade_names, Unset):
            trade_names = self.trade_names

        applications: list[str] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = self.applications

        standards: list[str] | Unset = UNSET
        if not isinstance(self.standards, Unset):
            standards = self.standards

        forms: list[str] | Unset = UNSET
        if not isinstance(self.forms, Unset):
            forms = self.forms

        cas_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cas_number, Unset):
            cas_number = self.cas_number.to_dict()

        composition: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.composition, Unset):
            composition = []
            for composition_item_data in self.composition:
                composition_item = composition_item_data.to_dict()
                composition.append(composition_item)

        properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = []
            for properties_item_data in self.properties:
                properties_item = properties_item_data.to_dict()
                properties.append(properties_item)

        biocompatibility: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.biocompatibility, Unset):
            biocompatibility = []
            for biocompatibility_item_data in self.biocompatibility:
                biocompatibility_item = biocompatibility_item_data.to_dict()
                biocompatibility.append(biocompatibility_item)

        regulatory: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.regulatory, Unset):
            regulatory = []
            for regulatory_item_data in self.regulatory:
                regulatory_item = regulatory_item_data.to_dict()
                regulatory.append(regulatory_item)

        sustainability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sustainability, Unset):
            sustainability = self.sustainability.to_dict()

        keywords: dict[str, Any] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords.to_dict()

        references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = []
            for references_item_data in self.references:
                references_item = references_item_data.to_dict()
                references.append(references_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "summary": summary,
                "class": class_,
            }
        )
        if synonyms is not UNSET:
            field_dict["synonyms"] = synonyms
        if trade_names is not UNSET:
            field_dict["tradeNames"] = trade_names
        if applications is not UNSET:
            field_dict["applications"] = applications
        if standards is not UNSET:
            field_dict["standards"] = standards
        if forms is not UNSET:
            field_dict["forms"] = forms
        if cas_number is not UNSET:
            field_dict["casNumber"] = cas_number
        if composition is not UNSET:
            field_dict["composition"] = composition
        if properties is not UNSET:
            field_dict["properties"] = properties
        if biocompatibility is not UNSET:
            field_dict["biocompatibility"] = biocompatibility
        if regulatory is not UNSET:
            field_dict["regulatory"] = regulatory
        if sustainability is not UNSET:
            field_dict["sustainability"] = sustainability
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if references is not UNSET:
            field_dict["references"] = references

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.biocompatibility_dto import BiocompatibilityDto  # noqa: PLC0415
        from ..models.composition_entry_dto import CompositionEntryDto  # noqa: PLC0415
        from ..models.keywords_dto import KeywordsDto  # noqa: PLC0415
        from ..models.literature_reference_dto import LiteratureReferenceDto  # noqa: PLC0415
        from ..models.material_content_dto_cas_number import MaterialContentDtoCasNumber  # noqa: PLC0415
        from ..models.property_value_dto import PropertyValueDto  # noqa: PLC0415
        from ..models.regulatory_dto import RegulatoryDto  # noqa: PLC0415
        from ..models.sustainability_dto import SustainabilityDto  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        summary = d.pop("summary")

        class_ = d.pop("class")

        synonyms = cast(list[str], d.pop("synonyms", UNSET))

        trade_names = cast(list[str], d.pop("tradeNames", UNSET))

        applications = cast(list[str], d.pop("applications", UNSET))

        standards = cast(list[str], d.pop("standards", UNSET))

        forms = cast(list[str], d.pop("forms", UNSET))

        _cas_number = d.pop("casNumber", UNSET)
        cas_number: MaterialContentDtoCasNumber | Unset
        if isinstance(_cas_number, Unset):
            cas_number = UNSET
        else:
            cas_number = MaterialContentDtoCasNumber.from_dict(_cas_number)

        _composition = d.pop("composition", UNSET)
        composition: list[CompositionEntryDto] | Unset = UNSET
        if _composition is not UNSET:
            composition = []
            for composition_item_data in _composition:
                composition_item = CompositionEntryDto.from_dict(composition_item_data)

                composition.append(composition_item)

        _properties = d.pop("properties", UNSET)
        properties: list[PropertyValueDto] | Unset = UNSET
        if _properties is not UNSET:
            properties = []
            for properties_item_data in _properties:
                properties_item = PropertyValueDto.from_dict(properties_item_data)

                properties.append(properties_item)

        _biocompatibility = d.pop("biocompatibility", UNSET)
        biocompatibility: list[BiocompatibilityDto] | Unset = UNSET
        if _biocompatibility is not UNSET:
            biocompatibility = []
            for biocompatibility_item_data in _biocompatibility:
                biocompatibility_item = BiocompatibilityDto.from_dict(biocompatibility_item_data)

                biocompatibility.append(biocompatibility_item)

        _regulatory = d.pop("regulatory", UNSET)
        regulatory: list[RegulatoryDto] | Unset = UNSET
        if _regulatory is not UNSET:
            regulatory = []
            for regulatory_item_data in _regulatory:
                regulatory_item = RegulatoryDto.from_dict(regulatory_item_data)

                regulatory.append(regulatory_item)

        _sustainability = d.pop("sustainability", UNSET)
        sustainability: SustainabilityDto | Unset
        if isinstance(_sustainability, Unset):
            sustainability = UNSET
        else:
            sustainability = SustainabilityDto.from_dict(_sustainability)

        _keywords = d.pop("keywords", UNSET)
        keywords: KeywordsDto | Unset
        if isinstance(_keywords, Unset):
            keywords = UNSET
        else:
            keywords = KeywordsDto.from_dict(_keywords)

        _references = d.pop("references", UNSET)
        references: list[LiteratureReferenceDto] | Unset = UNSET
        if _references is not UNSET:
            references = []
            for references_item_data in _references:
                references_item = LiteratureReferenceDto.from_dict(references_item_data)

                references.append(references_item)

        material_content_dto = cls(
            name=name,
            summary=summary,
            class_=class_,
            synonyms=synonyms,
            trade_names=trade_names,
            applications=applications,
            standards=standards,
            forms=forms,
            cas_number=cas_number,
            composition=composition,
            properties=properties,
            biocompatibility=biocompatibility,
            regulatory=regulatory,
            sustainability=sustainability,
            keywords=keywords,
            references=references,
        )

        material_content_dto.additional_properties = d
        return material_content_dto

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
