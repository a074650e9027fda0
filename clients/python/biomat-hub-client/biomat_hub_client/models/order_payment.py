from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.order_payment_status import OrderPaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderPayment")


@_attrs_define
class OrderPayment:
    """
    Attributes:
        status (OrderPaymentStatus):
        intent_id (None | str):
        client_secret (None | str | Unset): To the buyer, for Stripe.js
    """

    status: OrderPaymentStatus
    intent_id: None | str
    client_secret: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        intent_id: None | str
        intent_id = self.intent_id

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
                "intentId": intent_id,
            }
        )
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = OrderPaymentStatus(d.pop("status"))

        def _parse_intent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        intent_id = _parse_intent_id(d.pop("intentId"))

        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secret = _parse_client_secret(d.pop("clientSecret", UNSET))

        order_payment = cls(
            status=status,
            intent_id=intent_id,
            client_secret=client_secret,
        )

        return order_payment
