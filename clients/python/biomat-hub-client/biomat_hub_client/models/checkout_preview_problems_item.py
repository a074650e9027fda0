from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.checkout_preview_problems_item_code import CheckoutPreviewProblemsItemCode

T = TypeVar("T", bound="CheckoutPreviewProblemsItem")


@_attrs_define
class CheckoutPreviewProblemsItem:
    """
    Attributes:
        code (CheckoutPreviewProblemsItemCode):
        message (str): In plain words, for the buyer
        cart_line_id (None | str):
    """

    code: CheckoutPreviewProblemsItemCode
    message: str
    cart_line_id: None | str

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        message = self.message

        cart_line_id: None | str
        cart_line_id = self.cart_line_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "message": message,
                "cartLineId": cart_line_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = CheckoutPreviewProblemsItemCode(d.pop("code"))

        message = d.pop("message")

        def _parse_cart_line_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cart_line_id = _parse_cart_line_id(d.pop("cartLineId"))

        checkout_preview_problems_item = cls(
            code=code,
            message=message,
            cart_line_id=cart_line_id,
        )

        return checkout_preview_problems_item
