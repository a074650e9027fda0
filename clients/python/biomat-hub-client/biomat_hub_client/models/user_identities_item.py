from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UserIdentitiesItem")


@_attrs_define
class UserIdentitiesItem:
    """
    Attributes:
        issuer (str):
        subject (str):
    """

    issuer: str
    subject: str

    def to_dict(self) -> dict[str, Any]:
        issuer = self.issuer

        subject = self.subject

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "issuer": issuer,
                "subject": subject,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issuer = d.pop("issuer")

        subject = d.pop("subject")

        user_identities_item = cls(
            issuer=issuer,
            subject=subject,
        )

        return user_identities_item
