from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.quote_request_messages_item_side import QuoteRequestMessagesItemSide

T = TypeVar("T", bound="QuoteRequestMessagesItem")


@_attrs_define
class QuoteRequestMessagesItem:
    """
    Attributes:
        at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
        by (str):
        side (QuoteRequestMessagesItemSide):
        text (str):
    """

    at: datetime.datetime
    by: str
    side: QuoteRequestMessagesItemSide
    text: str

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        by = self.by

        side = self.side.value

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "at": at,
                "by": by,
                "side": side,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        by = d.pop("by")

        side = QuoteRequestMessagesItemSide(d.pop("side"))

        text = d.pop("text")

        quote_request_messages_item = cls(
            at=at,
            by=by,
            side=side,
            text=text,
        )

        return quote_request_messages_item
