from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="OrderShipmentType0")


@_attrs_define
class OrderShipmentType0:
    """
    Attributes:
        carrier (str):
        tracking_number (str):
        at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
    """

    carrier: str
    tracking_number: str
    at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        carrier = self.carrier

        tracking_number = self.tracking_number

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "carrier": carrier,
                "trackingNumber": tracking_number,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        carrier = d.pop("carrier")

        tracking_number = d.pop("trackingNumber")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        order_shipment_type_0 = cls(
            carrier=carrier,
            tracking_number=tracking_number,
            at=at,
        )

        return order_shipment_type_0
