from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ClassRef")


@_attrs_define
class ClassRef:
    """
    Attributes:
        id (str):
        label (str):
        path (list[str]): Labels from the top of the hierarchy
    """

    id: str
    label: str
    path: list[str]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        path = self.path

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "label": label,
                "path": path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label")

        path = cast(list[str], d.pop("path"))

        class_ref = cls(
            id=id,
            label=label,
            path=path,
        )

        return class_ref
