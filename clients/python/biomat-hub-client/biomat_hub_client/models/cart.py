from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.cart_line import CartLine


T = TypeVar("T", bound="Cart")


@_attrs_define
class Cart:
    """
    Attributes:
        organization_id (str):
        lines (list[CartLine]):
        suppliers (int): How many orders checkout will place (one per supplier and currency)
        revision (int):
        updated_at (None | str):
    """

    organization_id: str
    lines: list[CartLine]
    suppliers: int
    revision: int
    updated_at: None | str

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        suppliers = self.suppliers

        revision = self.revision

        updated_at: None | str
        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organizationId": organization_id,
                "lines": lines,
                "suppliers": suppliers,
                "revision": revision,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cart_line import CartLine  # noqa: PLC0415

        d = dict(src_dict)
        organization_id = d.pop("organizationId")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = CartLine.from_dict(lines_item_data)

            lines.append(lines_item)

        suppliers = d.pop("suppliers")

        revision = d.pop("revision")

        def _parse_updated_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_at = _parse_updated_at(d.pop("updatedAt"))

        cart = cls(
            organization_id=organization_id,
            lines=lines,
            suppliers=suppliers,
            revision=revision,
            updated_at=updated_at,
        )

        return cart
