from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="OrderCreditNoteType0")


@_attrs_define
class OrderCreditNoteType0:
    """
    Attributes:
        number (str):
        issued_at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
    """

    number: str
    issued_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        issued_at = self.issued_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "number": number,
                "issuedAt": issued_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        issued_at = datetime.datetime.fromisoformat(d.pop("issuedAt"))

        order_credit_note_type_0 = cls(
            number=number,
            issued_at=issued_at,
        )

        return order_credit_note_type_0
