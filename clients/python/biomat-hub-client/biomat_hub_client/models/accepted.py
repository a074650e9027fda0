from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.accepted_status import AcceptedStatus

T = TypeVar("T", bound="Accepted")


@_attrs_define
class Accepted:
    """
    Attributes:
        status (AcceptedStatus):
        detail (str):
    """

    status: AcceptedStatus
    detail: str

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        detail = self.detail

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = AcceptedStatus(d.pop("status"))

        detail = d.pop("detail")

        accepted = cls(
            status=status,
            detail=detail,
        )

        return accepted
