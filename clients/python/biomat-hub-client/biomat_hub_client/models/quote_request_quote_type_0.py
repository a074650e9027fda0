from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="QuoteRequestQuoteType0")


@_attrs_define
class QuoteRequestQuoteType0:
    """
    Attributes:
        unit_price_minor (int): Integer minor units of the currency (cents for EUR)
        quantity (int):
        currency (str): ISO 4217
        valid_until (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
    """

    unit_price_minor: int
    quantity: int
    currency: str
    valid_until: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        unit_price_minor = self.unit_price_minor

        quantity = self.quantity

        currency = self.currency

        valid_until = self.valid_until.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "unitPriceMinor": unit_price_minor,
                "quantity": quantity,
                "currency": currency,
                "validUntil": valid_until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unit_price_minor = d.pop("unitPriceMinor")

        quantity = d.pop("quantity")

        currency = d.pop("currency")

        valid_until = datetime.datetime.fromisoformat(d.pop("validUntil"))

        quote_request_quote_type_0 = cls(
            unit_price_minor=unit_price_minor,
            quantity=quantity,
            currency=currency,
            valid_until=valid_until,
        )

        return quote_request_quote_type_0
