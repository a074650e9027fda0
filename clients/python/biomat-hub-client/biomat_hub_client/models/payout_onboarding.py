from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PayoutOnboarding")


@_attrs_define
class PayoutOnboarding:
    """
    Attributes:
        account_id (str):
        url (str):
    """

    account_id: str
    url: str

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        url = d.pop("url")

        payout_onboarding = cls(
            account_id=account_id,
            url=url,
        )

        return payout_onboarding
