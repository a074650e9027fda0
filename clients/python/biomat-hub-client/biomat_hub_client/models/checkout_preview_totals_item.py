from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CheckoutPreviewTotalsItem")


@_attrs_define
class CheckoutPreviewTotalsItem:
    """
    Attributes:
        currency (str): ISO 4217
        net_minor (int): Integer minor units of the currency (cents for EUR)
        vat_minor (int): Integer minor units of the currency (cents for EUR)
        gross_minor (int): Integer minor units of the currency (cents for EUR)
    """

    currency: str
    net_minor: int
    vat_minor: int
    gross_minor: int

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        net_minor = self.net_minor

        vat_minor = self.vat_minor

        gross_minor = self.gross_minor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "currency": currency,
                "netMinor": net_minor,
                "vatMinor": vat_minor,
                "grossMinor": gross_minor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        net_minor = d.pop("netMinor")

        vat_minor = d.pop("vatMinor")

        gross_minor = d.pop("grossMinor")

        checkout_preview_totals_item = cls(
            currency=currency,
            net_minor=net_minor,
            vat_minor=vat_minor,
            gross_minor=gross_minor,
        )

        return checkout_preview_totals_item
