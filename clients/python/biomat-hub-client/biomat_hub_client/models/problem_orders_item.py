from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProblemOrdersItem")


@_attrs_define
class ProblemOrdersItem:
    """
    Attributes:
        supplier_org_id (str):
        gross_minor (int):
        expected_gross_minor (int | None):
    """

    supplier_org_id: str
    gross_minor: int
    expected_gross_minor: int | None

    def to_dict(self) -> dict[str, Any]:
        supplier_org_id = self.supplier_org_id

        gross_minor = self.gross_minor

        expected_gross_minor: int | None
        expected_gross_minor = self.expected_gross_minor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "supplierOrgId": supplier_org_id,
                "grossMinor": gross_minor,
                "expectedGrossMinor": expected_gross_minor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        supplier_org_id = d.pop("supplierOrgId")

        gross_minor = d.pop("grossMinor")

        def _parse_expected_gross_minor(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        expected_gross_minor = _parse_expected_gross_minor(d.pop("expectedGrossMinor"))

        problem_orders_item = cls(
            supplier_org_id=supplier_org_id,
            gross_minor=gross_minor,
            expected_gross_minor=expected_gross_minor,
        )

        return problem_orders_item
