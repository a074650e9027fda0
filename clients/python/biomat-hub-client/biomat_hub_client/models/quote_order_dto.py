from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_order_dto_payment_method import QuoteOrderDtoPaymentMethod

T = TypeVar("T", bound="QuoteOrderDto")


@_attrs_define
class QuoteOrderDto:
    """
    Attributes:
        payment_method (QuoteOrderDtoPaymentMethod):
    """

    payment_method: QuoteOrderDtoPaymentMethod
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method = self.payment_method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentMethod": payment_method,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_method = QuoteOrderDtoPaymentMethod(d.pop("paymentMethod"))

        quote_order_dto = cls(
            payment_method=payment_method,
        )

        quote_order_dto.additional_properties = d
        return quote_order_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
