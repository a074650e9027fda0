from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcceptTermRequestDto")


@_attrs_define
class AcceptTermRequestDto:
    """
    Attributes:
        merge_into (str | Unset): Merge into this existing concept (adds the label as altLabel) instead of creating one
        slug (str | Unset): Slug of the new concept (default: from the label)
    """

    merge_into: str | Unset = UNSET
    slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merge_into = self.merge_into

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if merge_into is not UNSET:
            field_dict["mergeInto"] = merge_into
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merge_into = d.pop("mergeInto", UNSET)

        slug = d.pop("slug", UNSET)

        accept_term_request_dto = cls(
            merge_into=merge_into,
            slug=slug,
        )

        accept_term_request_dto.additional_properties = d
        return accept_term_request_dto

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
