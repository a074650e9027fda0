from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.annotation_field import AnnotationField
from ..models.annotation_source import AnnotationSource
from ..models.annotation_type import AnnotationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Annotation")


@_attrs_define
class Annotation:
    """
    Attributes:
        start (int):
        end (int):
        text (str):
        type_ (AnnotationType):
        concept_id (str):
        source (AnnotationSource):
        confidence (float):
        field (AnnotationField): Which input the offsets index: text (default) or title
        mesh_id (str | Unset):
    """

    start: int
    end: int
    text: str
    type_: AnnotationType
    concept_id: str
    source: AnnotationSource
    confidence: float
    field: AnnotationField
    mesh_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        text = self.text

        type_ = self.type_.value

        concept_id = self.concept_id

        source = self.source.value

        confidence = self.confidence

        field = self.field.value

        mesh_id = self.mesh_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "start": start,
                "end": end,
                "text": text,
                "type": type_,
                "conceptId": concept_id,
                "source": source,
                "confidence": confidence,
                "field": field,
            }
        )
        if mesh_id is not UNSET:
            field_dict["meshId"] = mesh_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = d.pop("start")

        end = d.pop("end")

        text = d.pop("text")

        type_ = AnnotationType(d.pop("type"))

        concept_id = d.pop("conceptId")

        source = AnnotationSource(d.pop("source"))

        confidence = d.pop("confidence")

        field = AnnotationField(d.pop("field"))

        mesh_id = d.pop("meshId", UNSET)

        annotation = cls(
            start=start,
            end=end,
            text=text,
            type_=type_,
            concept_id=concept_id,
            source=source,
            confidence=confidence,
            field=field,
            mesh_id=mesh_id,
        )

        return annotation
