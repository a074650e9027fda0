from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.quantity_mention_bound import QuantityMentionBound
from ..models.quantity_mention_field import QuantityMentionField
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quantity_mention_normalized import QuantityMentionNormalized
    from ..models.quantity_mention_sentence import QuantityMentionSentence


T = TypeVar("T", bound="QuantityMention")


@_attrs_define
class QuantityMention:
    """
    Attributes:
        start (int):
        end (int):
        text (str):
        field (QuantityMentionField): Which input the offsets index: text (default) or title
        property_type (str): The property-type concept measured
        unit (str): The unit as written
        normalized (QuantityMentionNormalized): The value in the property type's canonical unit (the catalogue's unit
            code)
        sentence (QuantityMentionSentence):
        value (float | Unset):
        min_ (float | Unset):
        max_ (float | Unset):
        uncertainty (float | Unset):
        material_concept_id (str | Unset):
        bound (QuantityMentionBound | Unset):
    """

    start: int
    end: int
    text: str
    field: QuantityMentionField
    property_type: str
    unit: str
    normalized: QuantityMentionNormalized
    sentence: QuantityMentionSentence
    value: float | Unset = UNSET
    min_: float | Unset = UNSET
    max_: float | Unset = UNSET
    uncertainty: float | Unset = UNSET
    material_concept_id: str | Unset = UNSET
    bound: QuantityMentionBound | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        text = self.text

        field = self.field.value

        property_type = self.property_type

        unit = self.unit

        normalized = self.normalized.to_dict()

        sentence = self.sentence.to_dict()

        value = self.value

        min_ = self.min_

        max_ = self.max_

        uncertainty = self.uncertainty

        material_concept_id = self.material_concept_id

        bound: str | Unset = UNSET
        if not isinstance(self.bound, Unset):
            bound = self.bound.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "start": start,
                "end": end,
                "text": text,
                "field": field,
                "propertyType": property_type,
                "unit": unit,
                "normalized": normalized,
                "sentence": sentence,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if uncertainty is not UNSET:
            field_dict["uncertainty"] = uncertainty
        if material_concept_id is not UNSET:
            field_dict["materialConceptId"] = material_concept_id
        if bound is not UNSET:
            field_dict["bound"] = bound

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quantity_mention_normalized import QuantityMentionNormalized  # noqa: PLC0415
        from ..models.quantity_mention_sentence import QuantityMentionSentence  # noqa: PLC0415

        d = dict(src_dict)
        start = d.pop("start")

        end = d.pop("end")

        text = d.pop("text")

        field = QuantityMentionField(d.pop("field"))

        property_type = d.pop("propertyType")

        unit = d.pop("unit")

        normalized = QuantityMentionNormalized.from_dict(d.pop("normalized"))

        sentence = QuantityMentionSentence.from_dict(d.pop("sentence"))

        value = d.pop("value", UNSET)

        min_ = d.pop("min", UNSET)

        max_ = d.pop("max", UNSET)

        uncertainty = d.pop("uncertainty", UNSET)

        material_concept_id = d.pop("materialConceptId", UNSET)

        _bound = d.pop("bound", UNSET)
        bound: QuantityMentionBound | Unset
        if isinstance(_bound, Unset):
            bound = UNSET
        else:
            bound = QuantityMentionBound(_bound)

        quantity_mention = cls(
            start=start,
            end=end,
            text=text,
            field=field,
            property_type=property_type,
            unit=unit,
            normalized=normalized,
            sentence=sentence,
            value=value,
            min_=min_,
            max_=max_,
            uncertainty=uncertainty,
            material_concept_id=material_concept_id,
            bound=bound,
        )

        return quantity_mention
