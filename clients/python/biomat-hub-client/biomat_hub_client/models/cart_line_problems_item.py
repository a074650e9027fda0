from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.cart_line_problems_item_code import CartLineProblemsItemCode

T = TypeVar("T", bound="CartLineProblemsItem")


@_attrs_define
class CartLineProblemsItem:
    """
    Attributes:
        code (CartLineProblemsItemCode):
        message (str): In plain words, for the buyer
    """

    code: CartLineProblemsItemCode
    message: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = CartLineProblemsItemCode(d.pop("code"))

        message = d.pop("message")

        cart_line_problems_item = cls(
            code=code,
            message=message,
        )

        return cart_line_problems_item
