from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.concept_alt_labels import ConceptAltLabels
    from ..models.concept_definition import ConceptDefinition
    from ..models.concept_hidden_labels import ConceptHiddenLabels
    from ..models.concept_pref_label import ConceptPrefLabel
    from ..models.quantity import Quantity


T = TypeVar("T", bound="Concept")


@_attrs_define
class Concept:
    """
    Attributes:
        id (str):
        scheme (str):
        pref_label (ConceptPrefLabel):
        alt_labels (ConceptAltLabels):
        definition (ConceptDefinition):
        broader (list[str]):
        narrower (list[str]):
        exact_match (list[str]):
        close_match (list[str]):
        quantity (None | Quantity):
        revision (int):
        updated_at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
        hidden_labels (ConceptHiddenLabels | Unset): Misspellings that are searchable but never shown; curators only
    """

    id: str
    scheme: str
    pref_label: ConceptPrefLabel
    alt_labels: ConceptAltLabels
    definition: ConceptDefinition
    broader: list[str]
    narrower: list[str]
    exact_match: list[str]
    close_match: list[str]
    quantity: None | Quantity
    revision: int
    updated_at: datetime.datetime
    hidden_labels: ConceptHiddenLabels | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.quantity import Quantity  # noqa: PLC0415

        id = self.id

        scheme = self.scheme

        pref_label = self.pref_label.to_dict()

        alt_labels = self.alt_labels.to_dict()

        definition = self.definition.to_dict()

        broader = self.broader

        narrower = self.narrower

        exact_match = self.exact_match

        close_match = self.close_match

        quantity: dict[str, Any] | None
        if isinstance(self.quantity, Quantity):
            quantity = self.quantity.to_dict()
        else:
            quantity = self.quantity

        revision = self.revision

        updated_at = self.updated_at.isoformat()

        hidden_labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hidden_labels, Unset):
            hidden_labels = self.hidden_labels.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "scheme": scheme,
                "prefLabel": pref_label,
                "altLabels": alt_labels,
                "definition": definition,
                "broader": broader,
                "narrower": narrower,
                "exactMatch": exact_match,
                "closeMatch": close_match,
                "quantity": quantity,
                "revision": revision,
                "updatedAt": updated_at,
            }
        )
        if hidden_labels is not UNSET:
            field_dict["hiddenLabels"] = hidden_labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.concept_alt_labels import ConceptAltLabels  # noqa: PLC0415
        from ..models.concept_definition import ConceptDefinition  # noqa: PLC0415
        from ..models.concept_hidden_labels import ConceptHiddenLabels  # noqa: PLC0415
        from ..models.concept_pref_label import ConceptPrefLabel  # noqa: PLC0415
        from ..models.quantity import Quantity  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        scheme = d.pop("scheme")

        pref_label = ConceptPrefLabel.from_dict(d.pop("prefLabel"))

        alt_labels = ConceptAltLabels.from_dict(d.pop("altLabels"))

        definition = ConceptDefinition.from_dict(d.pop("definition"))

        broader = cast(list[str], d.pop("broader"))

        narrower = cast(list[str], d.pop("narrower"))

        exact_match = cast(list[str], d.pop("exactMatch"))

        close_match = cast(list[str], d.pop("closeMatch"))

        def _parse_quantity(data: object) -> None | Quantity:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                quantity_type_1 = Quantity.from_dict(data)

                return quantity_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Quantity, data)

        quantity = _parse_quantity(d.pop("quantity"))

        revision = d.pop("revision")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _hidden_labels = d.pop("hiddenLabels", UNSET)
        hidden_labels: ConceptHiddenLabels | Unset
        if isinstance(_hidden_labels, Unset):
            hidden_labels = UNSET
        else:
            hidden_labels = ConceptHiddenLabels.from_dict(_hidden_labels)

        concept = cls(
            id=id,
            scheme=scheme,
            pref_label=pref_label,
            alt_labels=alt_labels,
            definition=definition,
            broader=broader,
            narrower=narrower,
            exact_match=exact_match,
            close_match=close_match,
            quantity=quantity,
            revision=revision,
            updated_at=updated_at,
            hidden_labels=hidden_labels,
        )

        return concept
