from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.postal_address_dto_recipient_type_0 import PostalAddressDtoRecipientType0
    from ..models.postal_address_dto_region_type_0 import PostalAddressDtoRegionType0


T = TypeVar("T", bound="PostalAddressDto")


@_attrs_define
class PostalAddressDto:
    """
    Attributes:
        organization_name (str):  Example: Politecnico di Milano, Dipartimento di Chimica.
        lines (list[str]): 1 to 3 lines: street, building, department Example: ['Via Mancinelli 7', 'Building 6, Lab
            2.14'].
        postal_code (str):  Example: 20131.
        city (str):  Example: Milano.
        country (str): ISO 3166-1 alpha-2 Example: IT.
        recipient (None | PostalAddressDtoRecipientType0 | Unset): The person the parcel or invoice is for Example: Dr.
            Rosa Ricercatrice.
        region (None | PostalAddressDtoRegionType0 | Unset):  Example: MI.
    """

    organization_name: str
    lines: list[str]
    postal_code: str
    city: str
    country: str
    recipient: None | PostalAddressDtoRecipientType0 | Unset = UNSET
    region: None | PostalAddressDtoRegionType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.postal_address_dto_recipient_type_0 import PostalAddressDtoRecipientType0  # noqa: PLC0415
        from ..models.postal_address_dto_region_type_0 import PostalAddressDtoRegionType0  # noqa: PLC0415

        organization_name = self.organization_name

        lines = self.lines

        postal_code = self.postal_code

        city = self.city

        country = self.country

        recipient: dict[str, Any] | None | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        elif isinstance(self.recipient, PostalAddressDtoRecipientType0):
            recipient = self.recipient.to_dict()
        else:
            recipient = self.recipient

        region: dict[str, Any] | None | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        elif isinstance(self.region, PostalAddressDtoRegionType0):
            region = self.region.to_dict()
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
            }
        )
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.postal_address_dto_recipient_type_0 import PostalAddressDtoRecipientType0  # noqa: PLC0415
        from ..models.postal_address_dto_region_type_0 import PostalAddressDtoRegionType0  # noqa: PLC0415

        d = dict(src_dict)
        organization_name = d.pop("organizationName")

        lines = cast(list[str], d.pop("lines"))

        postal_code = d.pop("postalCode")

        city = d.pop("city")

        country = d.pop("country")

        def _parse_recipient(data: object) -> None | PostalAddressDtoRecipientType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recipient_type_0 = PostalAddressDtoRecipientType0.from_dict(data)

                return recipient_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostalAddressDtoRecipientType0 | Unset, data)

        recipient = _parse_recipient(d.pop("recipient", UNSET))

        def _parse_region(data: object) -> None | PostalAddressDtoRegionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                region_type_0 = PostalAddressDtoRegionType0.from_dict(data)

                return region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostalAddressDtoRegionType0 | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        postal_address_dto = cls(
            organization_name=organization_name,
            lines=lines,
            postal_code=postal_code,
            city=city,
            country=country,
            recipient=recipient,
            region=region,
        )

        postal_address_dto.additional_properties = d
        return postal_address_dto

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
