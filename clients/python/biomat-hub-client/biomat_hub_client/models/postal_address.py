from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PostalAddress")


@_attrs_define
class PostalAddress:
    """
    Attributes:
        recipient (None | str):
        organization_name (str):
        lines (list[str]):
        postal_code (str):
        city (str):
        region (None | str):
        country (str): ISO 3166-1 alpha-2
    """

    recipient: None | str
    organization_name: str
    lines: list[str]
    postal_code: str
    city: str
    region: None | str
    country: str

    def to_dict(self) -> dict[str, Any]:
        recipient: None | str
        recipient = self.recipient

        organization_name = self.organization_name

        lines = self.lines

        postal_code = self.postal_code

        city = self.city

        region: None | str
        region = self.region

        country = self.country

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "recipient": recipient,
                "organizationName": organization_name,
                "lines": lines,
                "postalCode": postal_code,
                "city": city,
                "region": region,
                "country": country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_recipient(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        recipient = _parse_recipient(d.pop("recipient"))

        organization_name = d.pop("organizationName")

        lines = cast(list[str], d.pop("lines"))

        postal_code = d.pop("postalCode")

        city = d.pop("city")

        def _parse_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region = _parse_region(d.pop("region"))

        country = d.pop("country")

        postal_address = cls(
            recipient=recipient,
            organization_name=organization_name,
            lines=lines,
            postal_code=postal_code,
            city=city,
            region=region,
            country=country,
        )

        return postal_address
