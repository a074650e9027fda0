from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.readiness_checks import ReadinessChecks


T = TypeVar("T", bound="Readiness")


@_attrs_define
class Readiness:
    """
    Attributes:
        ready (bool):
        checks (ReadinessChecks):
    """

    ready: bool
    checks: ReadinessChecks

    def to_dict(self) -> dict[str, Any]:
        ready = self.ready

        checks = self.checks.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ready": ready,
                "checks": checks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.readiness_checks import ReadinessChecks  # noqa: PLC0415

        d = dict(src_dict)
        ready = d.pop("ready")

        checks = ReadinessChecks.from_dict(d.pop("checks"))

        readiness = cls(
            ready=ready,
            checks=checks,
        )

        return readiness
