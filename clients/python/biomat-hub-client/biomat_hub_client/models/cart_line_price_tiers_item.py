from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CartLinePriceTiersItem")


@_attrs_define
class CartLinePriceTiersItem:
    """
    Attributes:
        min_quantity (int):
        unit_price_minor (int): Integer minor units of the currency (cents for EUR)
    """

    min_quantity: int
    unit_price_minor: int

    def to_dict(self) -> dict[str, Any]:
        min_quantity = self.min_quantity

        unit_price_minor = self.unit_price_minor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "minQuantity": min_quantity,
                "unitPriceMinor": unit_price_minor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_quantity = d.pop("minQuantity")

        unit_price_minor = d.pop("unitPriceMinor")

        cart_line_price_tiers_item = cls(
            min_quantity=min_quantity,
            unit_price_minor=unit_price_minor,
        )

        return cart_line_price_tiers_item
