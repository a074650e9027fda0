from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.postal_address import PostalAddress


T = TypeVar("T", bound="OrderSupplierPartyType0")


@_attrs_define
class OrderSupplierPartyType0:
    """
    Attributes:
        org_id (None | str):
        name (str):
        vat_number (None | str):
        address (None | PostalAddress):
    """

    org_id: None | str
    name: str
    vat_number: None | str
    address: None | PostalAddress

    def to_dict(self) -> dict[str, Any]:
        from ..models.postal_address import PostalAddress  # noqa: PLC0415

        org_id: None | str
        org_id = self.org_id

        name = self.name

        vat_number: None | str
        vat_number = self.vat_number

        address: dict[str, Any] | None
        if isinstance(self.address, PostalAddress):
            address = self.address.to_dict()
        else:
            address = self.address

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "orgId": org_id,
                "name": name,
                "vatNumber": vat_number,
                "address": address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.postal_address import PostalAddress  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_org_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        org_id = _parse_org_id(d.pop("orgId"))

        name = d.pop("name")

        def _parse_vat_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        vat_number = _parse_vat_number(d.pop("vatNumber"))

        def _parse_address(data: object) -> None | PostalAddress:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_1 = PostalAddress.from_dict(data)

                return address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostalAddress, data)

        address = _parse_address(d.pop("address"))

        order_supplier_party_type_0 = cls(
            org_id=org_id,
            name=name,
            vat_number=vat_number,
            address=address,
        )

        return order_supplier_party_type_0
