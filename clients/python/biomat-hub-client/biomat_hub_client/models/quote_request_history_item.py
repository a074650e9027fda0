from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.quote_request_history_item_from_type_1 import QuoteRequestHistoryItemFromType1
from ..models.quote_request_history_item_from_type_2_type_1 import QuoteRequestHistoryItemFromType2Type1
from ..models.quote_request_history_item_from_type_3_type_1 import QuoteRequestHistoryItemFromType3Type1
from ..models.quote_request_history_item_to import QuoteRequestHistoryItemTo

T = TypeVar("T", bound="QuoteRequestHistoryItem")


@_attrs_define
class QuoteRequestHistoryItem:
    """
    Attributes:
        at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
        from_ (None | QuoteRequestHistoryItemFromType1 | QuoteRequestHistoryItemFromType2Type1 |
            QuoteRequestHistoryItemFromType3Type1):
        to (QuoteRequestHistoryItemTo):
        by (str):
    """

    at: datetime.datetime
    from_: (
        None
        | QuoteRequestHistoryItemFromType1
        | QuoteRequestHistoryItemFromType2Type1
        | QuoteRequestHistoryItemFromType3Type1
    )
    to: QuoteRequestHistoryItemTo
    by: str

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        from_: None | str
        if isinstance(self.from_, QuoteRequestHistoryItemFromType1):
            from_ = self.from_.value
        elif isinstance(self.from_, QuoteRequestHistoryItemFromType2Type1):
            from_ = self.from_.value
        elif isinstance(self.from_, QuoteRequestHistoryItemFromType3Type1):
            from_ = self.from_.value
        else:
            from_ = self.from_

        to = self.to.value

        by = self.by

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "at": at,
                "from": from_,
                "to": to,
                "by": by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_from_(
            data: object,
        ) -> (
            None
            | QuoteRequestHistoryItemFromType1
            | QuoteRequestHistoryItemFromType2Type1
            | QuoteRequestHistoryItemFromType3Type1
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_1 = QuoteRequestHistoryItemFromType1(data)

                return from_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_2_type_1 = QuoteRequestHistoryItemFromType2Type1(data)

                return from_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_3_type_1 = QuoteRequestHistoryItemFromType3Type1(data)

                return from_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | QuoteRequestHistoryItemFromType1
                | QuoteRequestHistoryItemFromType2Type1
                | QuoteRequestHistoryItemFromType3Type1,
                data,
            )

        from_ = _parse_from_(d.pop("from"))

        to = QuoteRequestHistoryItemTo(d.pop("to"))

        by = d.pop("by")

        quote_request_history_item = cls(
            at=at,
            from_=from_,
            to=to,
            by=by,
        )

        return quote_request_history_item
