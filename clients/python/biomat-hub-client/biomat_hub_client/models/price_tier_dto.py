from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PriceTierDto")


@_attrs_define
class PriceTierDto:
    """
    Attributes:
        min_quantity (float): From this many packs on Example: 1.
        unit_price_minor (float): Unit price in integer minor units (cents) of the offer currency Example: 12900.
    """

    min_quantity: float
    unit_price_minor: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_quantity = self.min_quantity

        unit_price_minor = self.unit_price_minor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        price_tier_dto = cls(
            min_quantity=min_quantity,
            unit_price_minor=unit_price_minor,
        )

        price_tier_dto.additional_properties = d
        return price_tier_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
