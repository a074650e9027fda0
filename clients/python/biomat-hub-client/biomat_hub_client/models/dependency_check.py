from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.dependency_check_status import DependencyCheckStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DependencyCheck")


@_attrs_define
class DependencyCheck:
    """
    Attributes:
        status (DependencyCheckStatus):
        latency_ms (float):
        error (str | Unset):
    """

    status: DependencyCheckStatus
    latency_ms: float
    error: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        latency_ms = self.latency_ms

        error = self.error

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
                "latencyMs": latency_ms,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = DependencyCheckStatus(d.pop("status"))

        latency_ms = d.pop("latencyMs")

        error = d.pop("error", UNSET)

        dependency_check = cls(
            status=status,
            latency_ms=latency_ms,
            error=error,
        )

        return dependency_check
