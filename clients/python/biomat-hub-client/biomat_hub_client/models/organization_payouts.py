from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="OrganizationPayouts")


@_attrs_define
class OrganizationPayouts:
    """
    Attributes:
        onboarded (bool):
        enabled (bool):
    """

    onboarded: bool
    enabled: bool

    def to_dict(self) -> dict[str, Any]:
        onboarded = self.onboarded

        enabled = self.enabled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "onboarded": onboarded,
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        onboarded = d.pop("onboarded")

        enabled = d.pop("enabled")

        organization_payouts = cls(
            onboarded=onboarded,
            enabled=enabled,
        )

        return organization_payouts
