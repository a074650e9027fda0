from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.publication_label_source import PublicationLabelSource

T = TypeVar("T", bound="PublicationLabel")


@_attrs_define
class PublicationLabel:
    """
    Attributes:
        concept_id (str):
        scheme (str):
        source (PublicationLabelSource):
    """

    concept_id: str
    scheme: str
    source: PublicationLabelSource

    def to_dict(self) -> dict[str, Any]:
        concept_id = self.concept_id

        scheme = self.scheme

        source = self.source.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "conceptId": concept_id,
                "scheme": scheme,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        concept_id = d.pop("conceptId")

        scheme = d.pop("scheme")

        source = PublicationLabelSource(d.pop("source"))

        publication_label = cls(
            concept_id=concept_id,
            scheme=scheme,
            source=source,
        )

        return publication_label
