from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="StripeWebhookReceipt")


@_attrs_define
class StripeWebhookReceipt:
    """
    Attributes:
        received (bool):
        result (str):
    """

    received: bool
    result: str

    def to_dict(self) -> dict[str, Any]:
        received = self.received

        result = self.result

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "received": received,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        received = d.pop("received")

        result = d.pop("result")

        stripe_webhook_receipt = cls(
            received=received,
            result=result,
        )

        return stripe_webhook_receipt
