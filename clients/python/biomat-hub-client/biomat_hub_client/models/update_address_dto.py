from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAddressDto")


@_attrs_define
class UpdateAddressDto:
    """
    Attributes:
        label (str | Unset):
        recipient (None | str | Unset):
        organization_name (str | Unset):
        lines (list[str] | Unset):
        postal_code (str | Unset):
        city (str | Unset):
        region (None | str | Unset):
        country (str | Unset):
    """

    label: str | Unset = UNSET
    recipient: None | str | Unset = UNSET
    organization_name: str | Unset = UNSET
    lines: list[str] | Unset = UNSET
    postal_code: str | Unset = UNSET
    city: str | Unset = UNSET
    region: None | str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        recipient: None | str | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        else:
            recipient = self.recipient

        organization_name = self.organization_name

        lines: list[str] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = self.lines

        postal_code = self.postal_code

        city = self.city

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if organization_name is not UNSET:
            field_dict["organizationName"] = organization_name
        if lines is not UNSET:
            field_dict["lines"] = lines
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if city is not UNSET:
            field_dict["city"] = city
        if region is not UNSET:
            field_dict["region"] = region
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        def _parse_recipient(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recipient = _parse_recipient(d.pop("recipient", UNSET))

        organization_name = d.pop("organizationName", UNSET)

        lines = cast(list[str], d.pop("lines", UNSET))

        postal_code = d.pop("postalCode", UNSET)

        city = d.pop("city", UNSET)

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        country = d.pop("country", UNSET)

        update_address_dto = cls(
            label=label,
            recipient=recipient,
            organization_name=organization_name,
            lines=lines,
            postal_code=postal_code,
            city=city,
            region=region,
            country=country,
        )

        update_address_dto.additional_properties = d
        return update_address_dto

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
