from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_order_dto_payment_method import CreateOrderDtoPaymentMethod

if TYPE_CHECKING:
    from ..models.order_line_dto import OrderLineDto


T = TypeVar("T", bound="CreateOrderDto")


@_attrs_define
class CreateOrderDto:
    """
    Attributes:
        lines (list[OrderLineDto]): Active offers of one supplier
        payment_method (CreateOrderDtoPaymentMethod): card: Stripe (card, SEPA); invoice: purchase order, the supplier
            marks it paid
    """

    lines: list[OrderLineDto]
    payment_method: CreateOrderDtoPaymentMethod
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        payment_method = self.payment_method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lines": lines,
                "paymentMethod": payment_method,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_line_dto import OrderLineDto  # noqa: PLC0415

        d = dict(src_dict)
        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = OrderLineDto.from_dict(lines_item_data)

            lines.append(lines_item)

        payment_method = CreateOrderDtoPaymentMethod(d.pop("paymentMethod"))

        create_order_dto = cls(
            lines=lines,
            payment_method=payment_method,
        )

        create_order_dto.additional_properties = d
        return create_order_dto

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
