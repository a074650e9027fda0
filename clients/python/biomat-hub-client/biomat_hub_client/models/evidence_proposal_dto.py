from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evidence_quote_dto import EvidenceQuoteDto


T = TypeVar("T", bound="EvidenceProposalDto")


@_attrs_define
class EvidenceProposalDto:
    """
    Attributes:
        publication_id (str): The publication the value comes from: it becomes the reference of the value Example: pub-
            marin-2024-biomedical-applications-titanium.
        property_type (str): A property-type concept Example: property-type/youngs-modulus.
        unit (str): As written in the publication; it must measure what the property type measures Example: GPa.
        value (float | Unset): A single value; or give min and max Example: 110.
        min_ (float | Unset):  Example: 100.
        max_ (float | Unset):  Example: 125.
        conditions (str | Unset): Conditions from the sentence Example: annealed, 23 °C.
        method (str | Unset):  Example: nanoindentation.
        quote (EvidenceQuoteDto | Unset):
    """

    publication_id: str
    property_type: str
    unit: str
    value: float | Unset = UNSET
    min_: float | Unset = UNSET
    max_: float | Unset = UNSET
    conditions: str | Unset = UNSET
    method: str | Unset = UNSET
    quote: EvidenceQuoteDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        publication_id = self.publication_id

        property_type = self.property_type

        unit = self.unit

        value = self.value

        min_ = self.min_

        max_ = self.max_

        conditions = self.conditions

        method = self.method

        quote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quote, Unset):
            quote = self.quote.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "publicationId": publication_id,
                "propertyType": property_type,
                "unit": unit,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if method is not UNSET:
            field_dict["method"] = method
        if quote is not UNSET:
            field_dict["quote"] = quote

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence_quote_dto import EvidenceQuoteDto  # noqa: PLC0415

        d = dict(src_dict)
        publication_id = d.pop("publicationId")

        property_type = d.pop("propertyType")

        unit = d.pop("unit")

        value = d.pop("value", UNSET)

        min_ = d.pop("min", UNSET)

        max_ = d.pop("max", UNSET)

        conditions = d.pop("conditions", UNSET)

        method = d.pop("method", UNSET)

        _quote = d.pop("quote", UNSET)
        quote: EvidenceQuoteDto | Unset
        if isinstance(_quote, Unset):
            quote = UNSET
        else:
            quote = EvidenceQuoteDto.from_dict(_quote)

        evidence_proposal_dto = cls(
            publication_id=publication_id,
            property_type=property_type,
            unit=unit,
            value=value,
            min_=min_,
            max_=max_,
            conditions=conditions,
            method=method,
            quote=quote,
        )

        evidence_proposal_dto.additional_properties = d
        return evidence_proposal_dto

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
