from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.material_content_dto import MaterialContentDto


T = TypeVar("T", bound="SaveDraftDto")


@_attrs_define
class SaveDraftDto:
    """
    Attributes:
        content (MaterialContentDto):
        revision (float): The revision you loaded; a stale one is answered 409 and nothing is saved
    """

    content: MaterialContentDto
    revision: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content.to_dict()

        revision = self.revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "revision": revision,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.material_content_dto import MaterialContentDto  # noqa: PLC0415

        d = dict(src_dict)
        content = MaterialContentDto.from_dict(d.pop("content"))

        revision = d.pop("revision")

        save_draft_dto = cls(
            content=content,
            revision=revision,
        )

        save_draft_dto.additional_properties = d
        return save_draft_dto

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
