from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.abbreviation_definition import AbbreviationDefinition
    from ..models.annotation import Annotation
    from ..models.quantity_mention import QuantityMention


T = TypeVar("T", bound="AnnotateResult")


@_attrs_define
class AnnotateResult:
    """
    Attributes:
        annotations (list[Annotation]):
        quantities (list[QuantityMention]):
        abbreviations (list[AbbreviationDefinition]):
        revision (str): The vocabulary revision the dictionary was built from
        engine_version (str):
    """

    annotations: list[Annotation]
    quantities: list[QuantityMention]
    abbreviations: list[AbbreviationDefinition]
    revision: str
    engine_version: str

    def to_dict(self) -> dict[str, Any]:
        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item = annotations_item_data.to_dict()
            annotations.append(annotations_item)

        quantities = []
        for quantities_item_data in self.quantities:
            quantities_item = quantities_item_data.to_dict()
            quantities.append(quantities_item)

        abbreviations = []
        for abbreviations_item_data in self.abbreviations:
            abbreviations_item = abbreviations_item_data.to_dict()
            abbreviations.append(abbreviations_item)

        revision = self.revision

        engine_version = self.engine_version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "annotations": annotations,
                "quantities": quantities,
                "abbreviations": abbreviations,
                "revision": revision,
                "engineVersion": engine_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.abbreviation_definition import AbbreviationDefinition  # noqa: PLC0415
        from ..models.annotation import Annotation  # noqa: PLC0415
        from ..models.quantity_mention import QuantityMention  # noqa: PLC0415

        d = dict(src_dict)
        annotations = []
        _annotations = d.pop("annotations")
        for annotations_item_data in _annotations:
            annotations_item = Annotation.from_dict(annotations_item_data)

            annotations.append(annotations_item)

        quantities = []
        _quantities = d.pop("quantities")
        for quantities_item_data in _quantities:
            quantities_item = QuantityMention.from_dict(quantities_item_data)

            quantities.append(quantities_item)

        abbreviations = []
        _abbreviations = d.pop("abbreviations")
        for abbreviations_item_data in _abbreviations:
            abbreviations_item = AbbreviationDefinition.from_dict(abbreviations_item_data)

            abbreviations.append(abbreviations_item)

        revision = d.pop("revision")

        engine_version = d.pop("engineVersion")

        annotate_result = cls(
            annotations=annotations,
            quantities=quantities,
            abbreviations=abbreviations,
            revision=revision,
            engine_version=engine_version,
        )

        return annotate_result
