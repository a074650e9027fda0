from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="QuoteRequestCounterType0")


@_attrs_define
class QuoteRequestCounterType0:
    """
    Attributes:
        unit_price_minor (int | None): Integer minor units of the currency (cents for EUR)
        quantity (int):
    """

    unit_price_minor: int | None
    quantity: int

    def to_dict(self) -> dict[str, Any]:
        unit_price_minor: int | None
        unit_price_minor = self.unit_price_minor

        quantity = self.quantity

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "unitPriceMinor": unit_price_minor,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_unit_price_minor(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        unit_price_minor = _parse_unit_price_minor(d.pop("unitPriceMinor"))

        quantity = d.pop("quantity")

        quote_request_counter_type_0 = cls(
            unit_price_minor=unit_price_minor,
            quantity=quantity,
        )

        return quote_request_counter_type_0
