from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.order import Order


T = TypeVar("T", bound="CheckoutConfirmation")


@_attrs_define
class CheckoutConfirmation:
    """
    Attributes:
        checkout_id (str):
        orders (list[Order]):
    """

    checkout_id: str
    orders: list[Order]

    def to_dict(self) -> dict[str, Any]:
        checkout_id = self.checkout_id

        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "checkoutId": checkout_id,
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order import Order  # noqa: PLC0415

        d = dict(src_dict)
        checkout_id = d.pop("checkoutId")

        orders = []
        _orders = d.pop("orders")
        for orders_item_data in _orders:
            orders_item = Order.from_dict(orders_item_data)

            orders.append(orders_item)

        checkout_confirmation = cls(
            checkout_id=checkout_id,
            orders=orders,
        )

        return checkout_confirmation
