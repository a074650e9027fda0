from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAddressDto")


@_attrs_define
class CreateAddressDto:
    """
    Attributes:
        organization_name (str):  Example: Politecnico di Milano, Dipartimento di Chimica.
        lines (list[str]): 1 to 3 lines: street, building, department Example: ['Via Mancinelli 7', 'Building 6, Lab
            2.14'].
        postal_code (str):  Example: 20131.
        city (str):  Example: Milano.
        country (str): ISO 3166-1 alpha-2 Example: IT.
        label (str): How the address book shows it Example: Lab delivery.
        recipient (None | str | Unset): The person the parcel or invoice is for Example: Dr. Rosa Ricercatrice.
        region (None | str | Unset):  Example: MI.
    """

    organization_name: str
    lines: list[str]
    postal_code: str
    city: str
    country: str
    label: str
    recipient: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_name = self.organization_name

        lines = self.lines

        postal_code = self.postal_code

        city = self.city

        country = self.country

        label = self.label

        recipient: None | str | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        else:
            recipient = self.recipient

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organizationName": organization_name,
                "lines": lines,
                "postalCode": postal_code,
                "city": city,
                "country": country,
                "label": label,
            }
        )
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_name = d.pop("organizationName")

        lines = cast(list[str], d.pop("lines"))

        postal_code = d.pop("postalCode")

        city = d.pop("city")

        country = d.pop("country")

        label = d.pop("label")

        def _parse_recipient(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recipient = _parse_recipient(d.pop("recipient", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        create_address_dto = cls(
            organization_name=organization_name,
            lines=lines,
            postal_code=postal_code,
            city=city,
            country=country,
            label=label,
            recipient=recipient,
            region=region,
        )

        create_address_dto.additional_properties = d
        return create_address_dto

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
