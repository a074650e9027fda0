from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CheckoutOrderPreviewSupplier")


@_attrs_define
class CheckoutOrderPreviewSupplier:
    """
    Attributes:
        id (str):
        name (str):
        country (str):
        vat_number (None | str):
    """

    id: str
    name: str
    country: str
    vat_number: None | str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        country = self.country

        vat_number: None | str
        vat_number = self.vat_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "country": country,
                "vatNumber": vat_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        country = d.pop("country")

        def _parse_vat_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        vat_number = _parse_vat_number(d.pop("vatNumber"))

        checkout_order_preview_supplier = cls(
            id=id,
            name=name,
            country=country,
            vat_number=vat_number,
        )

        return checkout_order_preview_supplier
