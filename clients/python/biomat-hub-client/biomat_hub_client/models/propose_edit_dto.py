from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.material_content_dto import MaterialContentDto


T = TypeVar("T", bound="ProposeEditDto")


@_attrs_define
class ProposeEditDto:
    """
    Attributes:
        content (MaterialContentDto):
        note (str | Unset):
    """

    content: MaterialContentDto
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content.to_dict()

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.material_content_dto import MaterialContentDto  # noqa: PLC0415

        d = dict(src_dict)
        content = MaterialContentDto.from_dict(d.pop("content"))

        note = d.pop("note", UNSET)

        propose_edit_dto = cls(
            content=content,
            note=note,
        )

        propose_edit_dto.additional_properties = d
        return propose_edit_dto

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
