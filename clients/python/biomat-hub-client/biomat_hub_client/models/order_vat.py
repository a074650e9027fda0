from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.order_vat_rule import OrderVatRule

T = TypeVar("T", bound="OrderVat")


@_attrs_define
class OrderVat:
    """
    Attributes:
        rule (OrderVatRule):
        rate_bps (int): Rate in basis points (19 % = 1900)
        amount_minor (int): Integer minor units of the currency (cents for EUR)
        note (None | str): The sentence an exempt supply carries on the invoice (reverse charge, export)
    """

    rule: OrderVatRule
    rate_bps: int
    amount_minor: int
    note: None | str

    def to_dict(self) -> dict[str, Any]:
        rule = self.rule.value

        rate_bps = self.rate_bps

        amount_minor = self.amount_minor

        note: None | str
        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "rule": rule,
                "rateBps": rate_bps,
                "amountMinor": amount_minor,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule = OrderVatRule(d.pop("rule"))

        rate_bps = d.pop("rateBps")

        amount_minor = d.pop("amountMinor")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        order_vat = cls(
            rule=rule,
            rate_bps=rate_bps,
            amount_minor=amount_minor,
            note=note,
        )

        return order_vat
