from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="OrderCancellationType0")


@_attrs_define
class OrderCancellationType0:
    """
    Attributes:
        reason (str):
        by (str):
        at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
    """

    reason: str
    by: str
    at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        by = self.by

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
                "by": by,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        by = d.pop("by")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        order_cancellation_type_0 = cls(
            reason=reason,
            by=by,
            at=at,
        )

        return order_cancellation_type_0
