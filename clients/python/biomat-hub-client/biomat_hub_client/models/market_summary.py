from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="MarketSummary")


@_attrs_define
class MarketSummary:
    """
    Attributes:
        offer_count (int):
        in_stock (bool):
        lowest_price_eur_minor (int | None):
        certifications (list[str]):
        supplier_countries (list[str]):
    """

    offer_count: int
    in_stock: bool
    lowest_price_eur_minor: int | None
    certifications: list[str]
    supplier_countries: list[str]

    def to_dict(self) -> dict[str, Any]:
        offer_count = self.offer_count

        in_stock = self.in_stock

        lowest_price_eur_minor: int | None
        lowest_price_eur_minor = self.lowest_price_eur_minor

        certifications = self.certifications

        supplier_countries = self.supplier_countries

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "offerCount": offer_count,
                "inStock": in_stock,
                "lowestPriceEurMinor": lowest_price_eur_minor,
                "certifications": certifications,
                "supplierCountries": supplier_countries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        offer_count = d.pop("offerCount")

        in_stock = d.pop("inStock")

        def _parse_lowest_price_eur_minor(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        lowest_price_eur_minor = _parse_lowest_price_eur_minor(d.pop("lowestPriceEurMinor"))

        certifications = cast(list[str], d.pop("certifications"))

        supplier_countries = cast(list[str], d.pop("supplierCountries"))

        market_summary = cls(
            offer_count=offer_count,
            in_stock=in_stock,
            lowest_price_eur_minor=lowest_price_eur_minor,
            certifications=certifications,
            supplier_countries=supplier_countries,
        )

        return market_summary
