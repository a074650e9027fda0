from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.alive_status import AliveStatus

T = TypeVar("T", bound="Alive")


@_attrs_define
class Alive:
    """
    Attributes:
        status (AliveStatus):
    """

    status: AliveStatus

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = AliveStatus(d.pop("status"))

        alive = cls(
            status=status,
        )

        return alive
