from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.concept_body_dto_alt_labels import ConceptBodyDtoAltLabels
    from ..models.concept_body_dto_definition import ConceptBodyDtoDefinition
    from ..models.concept_body_dto_hidden_labels import ConceptBodyDtoHiddenLabels
    from ..models.concept_body_dto_pref_label import ConceptBodyDtoPrefLabel
    from ..models.quantity_dto import QuantityDto


T = TypeVar("T", bound="ConceptBodyDto")


@_attrs_define
class ConceptBodyDto:
    """
    Attributes:
        pref_label (ConceptBodyDtoPrefLabel):  Example: {'en': 'Titanium alloy', 'it': 'Lega di titanio'}.
        alt_labels (ConceptBodyDtoAltLabels | Unset):  Example: {'en': ['Ti alloy']}.
        hidden_labels (ConceptBodyDtoHiddenLabels | Unset): Misspellings: searchable, never shown Example: {'en':
            ['titanum alloy']}.
        definition (ConceptBodyDtoDefinition | Unset):  Example: {'en': 'An alloy whose main constituent is titanium.'}.
        broader (list[str] | Unset):  Example: ['material-class/metal'].
        exact_match (list[str] | Unset):  Example: ['http://id.nlm.nih.gov/mesh/D014025'].
        close_match (list[str] | Unset):
        quantity (QuantityDto | Unset):
        revision (float | Unset): Revision you last read; a stale one is answered 409
    """

    pref_label: ConceptBodyDtoPrefLabel
    alt_labels: ConceptBodyDtoAltLabels | Unset = UNSET
    hidden_labels: ConceptBodyDtoHiddenLabels | Unset = UNSET
    definition: ConceptBodyDtoDefinition | Unset = UNSET
    broader: list[str] | Unset = UNSET
    exact_match: list[str] | Unset = UNSET
    close_match: list[str] | Unset = UNSET
    quantity: QuantityDto | Unset = UNSET
    revision: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pref_label = self.pref_label.to_dict()

        alt_labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alt_labels, Unset):
            alt_labels = self.alt_labels.to_dict()

        hidden_labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hidden_labels, Unset):
            hidden_labels = self.hidden_labels.to_dict()

        definition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.definition, Unset):
            definition = self.definition.to_dict()

        broader: list[str] | Unset = UNSET
        if not isinstance(self.broader, Unset):
            broader = self.broader

        exact_match: list[str] | Unset = UNSET
        if not isinstance(self.exact_match, Unset):
            exact_match = self.exact_match

        close_match: list[str] | Unset = UNSET
        if not isinstance(self.close_match, Unset):
            close_match = self.close_match

        quantity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = self.quantity.to_dict()

        revision = self.revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prefLabel": pref_label,
            }
        )
        if alt_labels is not UNSET:
            field_dict["altLabels"] = alt_labels
        if hidden_labels is not UNSET:
            field_dict["hiddenLabels"] = hidden_labels
        if definition is not UNSET:
            field_dict["definition"] = definition
        if broader is not UNSET:
            field_dict["broader"] = broader
        if exact_match is not UNSET:
            field_dict["exactMatch"] = exact_match
        if close_match is not UNSET:
            field_dict["closeMatch"] = close_match
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if revision is not UNSET:
            field_dict["revision"] = revision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.concept_body_dto_alt_labels import ConceptBodyDtoAltLabels  # noqa: PLC0415
        from ..models.concept_body_dto_definition import ConceptBodyDtoDefinition  # noqa: PLC0415
        from ..models.concept_body_dto_hidden_labels import ConceptBodyDtoHiddenLabels  # noqa: PLC0415
        from ..models.concept_body_dto_pref_label import ConceptBodyDtoPrefLabel  # noqa: PLC0415
        from ..models.quantity_dto import QuantityDto  # noqa: PLC0415

        d = dict(src_dict)
        pref_label = ConceptBodyDtoPrefLabel.from_dict(d.pop("prefLabel"))

        _alt_labels = d.pop("altLabels", UNSET)
        alt_labels: ConceptBodyDtoAltLabels | Unset
        if isinstance(_alt_labels, Unset):
            alt_labels = UNSET
        else:
            alt_labels = ConceptBodyDtoAltLabels.from_dict(_alt_labels)

        _hidden_labels = d.pop("hiddenLabels", UNSET)
        hidden_labels: ConceptBodyDtoHiddenLabels | Unset
        if isinstance(_hidden_labels, Unset):
            hidden_labels = UNSET
        else:
            hidden_labels = ConceptBodyDtoHiddenLabels.from_dict(_hidden_labels)

        _definition = d.pop("definition", UNSET)
        definition: ConceptBodyDtoDefinition | Unset
        if isinstance(_definition, Unset):
            definition = UNSET
        else:
            definition = ConceptBodyDtoDefinition.from_dict(_definition)

        broader = cast(list[str], d.pop("broader", UNSET))

        exact_match = cast(list[str], d.pop("exactMatch", UNSET))

        close_match = cast(list[str], d.pop("closeMatch", UNSET))

        _quantity = d.pop("quantity", UNSET)
        quantity: QuantityDto | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = QuantityDto.from_dict(_quantity)

        revision = d.pop("revision", UNSET)

        concept_body_dto = cls(
            pref_label=pref_label,
            alt_labels=alt_labels,
            hidden_labels=hidden_labels,
            definition=definition,
            broader=broader,
            exact_match=exact_match,
            close_match=close_match,
            quantity=quantity,
            revision=revision,
        )

        concept_body_dto.additional_properties = d
        return concept_body_dto

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
