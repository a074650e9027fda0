from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.checkout_order_preview_payment_terms_method import CheckoutOrderPreviewPaymentTermsMethod

T = TypeVar("T", bound="CheckoutOrderPreviewPaymentTerms")


@_attrs_define
class CheckoutOrderPreviewPaymentTerms:
    """
    Attributes:
        method (CheckoutOrderPreviewPaymentTermsMethod):
        due_days (int | None):
        text (str):
    """

    method: CheckoutOrderPreviewPaymentTermsMethod
    due_days: int | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        due_days: int | None
        due_days = self.due_days

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "method": method,
                "dueDays": due_days,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = CheckoutOrderPreviewPaymentTermsMethod(d.pop("method"))

        def _parse_due_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        due_days = _parse_due_days(d.pop("dueDays"))

        text = d.pop("text")

        checkout_order_preview_payment_terms = cls(
            method=method,
            due_days=due_days,
            text=text,
        )

        return checkout_order_preview_payment_terms
