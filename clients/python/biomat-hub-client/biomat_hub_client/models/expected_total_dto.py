from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExpectedTotalDto")


@_attrs_define
class ExpectedTotalDto:
    """
    Attributes:
        supplier_org_id (str):
        gross_minor (float): The gross total of this supplier order the buyer reviewed, in minor units
    """

    supplier_org_id: str
    gross_minor: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supplier_org_id = self.supplier_org_id

        gross_minor = self.gross_minor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "supplierOrgId": supplier_org_id,
                "grossMinor": gross_minor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        supplier_org_id = d.pop("supplierOrgId")

        gross_minor = d.pop("grossMinor")

        expected_total_dto = cls(
            supplier_org_id=supplier_org_id,
            gross_minor=gross_minor,
        )

        expected_total_dto.additional_properties = d
        return expected_total_dto

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
