from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.token_pair_token_type import TokenPairTokenType

T = TypeVar("T", bound="TokenPair")


@_attrs_define
class TokenPair:
    """
    Attributes:
        token_type (TokenPairTokenType):
        access_token (str):
        expires_in (int): Seconds
        refresh_token (str):
        refresh_expires_in (int): Seconds
    """

    token_type: TokenPairTokenType
    access_token: str
    expires_in: int
    refresh_token: str
    refresh_expires_in: int

    def to_dict(self) -> dict[str, Any]:
        token_type = self.token_type.value

        access_token = self.access_token

        expires_in = self.expires_in

        refresh_token = self.refresh_token

        refresh_expires_in = self.refresh_expires_in

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tokenType": token_type,
                "accessToken": access_token,
                "expiresIn": expires_in,
                "refreshToken": refresh_token,
                "refreshExpiresIn": refresh_expires_in,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token_type = TokenPairTokenType(d.pop("tokenType"))

        access_token = d.pop("accessToken")

        expires_in = d.pop("expiresIn")

        refresh_token = d.pop("refreshToken")

        refresh_expires_in = d.pop("refreshExpiresIn")

        token_pair = cls(
            token_type=token_type,
            access_token=access_token,
            expires_in=expires_in,
            refresh_token=refresh_token,
            refresh_expires_in=refresh_expires_in,
        )

        return token_pair
