from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MarketplaceAttention")


@_attrs_define
class MarketplaceAttention:
    """
    Attributes:
        quote_requests (int): Quote requests waiting for you: to quote (supplier), to answer or to order (buyer)
        messages (int): Open quote threads whose last message is from the other side
        orders (int): Orders waiting for you: to ship (supplier), to confirm delivery (buyer)
    """

    quote_requests: int
    messages: int
    orders: int

    def to_dict(self) -> dict[str, Any]:
        quote_requests = self.quote_requests

        messages = self.messages

        orders = self.orders

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "quoteRequests": quote_requests,
                "messages": messages,
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quote_requests = d.pop("quoteRequests")

        messages = d.pop("messages")

        orders = d.pop("orders")

        marketplace_attention = cls(
            quote_requests=quote_requests,
            messages=messages,
            orders=orders,
        )

        return marketplace_attention
