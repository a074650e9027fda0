from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.order_history_item_from_type_1 import OrderHistoryItemFromType1
from ..models.order_history_item_from_type_2_type_1 import OrderHistoryItemFromType2Type1
from ..models.order_history_item_from_type_3_type_1 import OrderHistoryItemFromType3Type1
from ..models.order_history_item_to import OrderHistoryItemTo
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderHistoryItem")


@_attrs_define
class OrderHistoryItem:
    """
    Attributes:
        at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
        from_ (None | OrderHistoryItemFromType1 | OrderHistoryItemFromType2Type1 | OrderHistoryItemFromType3Type1):
        to (OrderHistoryItemTo):
        by (str):
        note (str | Unset):
    """

    at: datetime.datetime
    from_: None | OrderHistoryItemFromType1 | OrderHistoryItemFromType2Type1 | OrderHistoryItemFromType3Type1
    to: OrderHistoryItemTo
    by: str
    note: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        from_: None | str
        if isinstance(self.from_, OrderHistoryItemFromType1):
            from_ = self.from_.value
        elif isinstance(self.from_, OrderHistoryItemFromType2Type1):
            from_ = self.from_.value
        elif isinstance(self.from_, OrderHistoryItemFromType3Type1):
            from_ = self.from_.value
        else:
            from_ = self.from_

        to = self.to.value

        by = self.by

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "at": at,
                "from": from_,
                "to": to,
                "by": by,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_from_(
            data: object,
        ) -> None | OrderHistoryItemFromType1 | OrderHistoryItemFromType2Type1 | OrderHistoryItemFromType3Type1:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_1 = OrderHistoryItemFromType1(data)

                return from_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_2_type_1 = OrderHistoryItemFromType2Type1(data)

                return from_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_3_type_1 = OrderHistoryItemFromType3Type1(data)

                return from_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | OrderHistoryItemFromType1 | OrderHistoryItemFromType2Type1 | OrderHistoryItemFromType3Type1, data
            )

        from_ = _parse_from_(d.pop("from"))

        to = OrderHistoryItemTo(d.pop("to"))

        by = d.pop("by")

        note = d.pop("note", UNSET)

        order_history_item = cls(
            at=at,
            from_=from_,
            to=to,
            by=by,
            note=note,
        )

        return order_history_item
