from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.order_available_actions_item import OrderAvailableActionsItem
from ..models.order_payment_method import OrderPaymentMethod
from ..models.order_state import OrderState

if TYPE_CHECKING:
    from ..models.order_history_item import OrderHistoryItem
    from ..models.order_lines_item import OrderLinesItem
    from ..models.order_payment import OrderPayment


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """
    Attributes:
        id (str):
        buyer_user_id (str):
        buyer_org_id (None | str):
        supplier_org_id (str):
        quote_id (None | str):
        lines (list[OrderLinesItem]):
        currency (str): ISO 4217
        total_minor (int): Integer minor units of the currency (cents for EUR)
        platform_fee_minor (int): Integer minor units of the currency (cents for EUR)
        payment_method (OrderPaymentMethod):
        payment (OrderPayment):
        state (OrderState):
        pay_by (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
        history (list[OrderHistoryItem]):
        revision (int):
        available_actions (list[OrderAvailableActionsItem]):
        created_at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
        updated_at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
    """

    id: str
    buyer_user_id: str
    buyer_org_id: None | str
    supplier_org_id: str
    quote_id: None | str
    lines: list[OrderLinesItem]
    currency: str
    total_minor: int
    platform_fee_minor: int
    payment_method: OrderPaymentMethod
    payment: OrderPayment
    state: OrderState
    pay_by: datetime.datetime
    history: list[OrderHistoryItem]
    revision: int
    available_actions: list[OrderAvailableActionsItem]
    created_at: datetime.datetime
    updated_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        buyer_user_id = self.buyer_user_id

        buyer_org_id: None | str
        buyer_org_id = self.buyer_org_id

        supplier_org_id = self.supplier_org_id

        quote_id: None | str
        quote_id = self.quote_id

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        currency = self.currency

        total_minor = self.total_minor

        platform_fee_minor = self.platform_fee_minor

        payment_method = self.payment_method.value

        payment = self.payment.to_dict()

        state = self.state.value

        pay_by = self.pay_by.isoformat()

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        revision = self.revision

        available_actions = []
        for available_actions_item_data in self.available_actions:
            available_actions_item = available_actions_item_data.value
            available_actions.append(available_actions_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "buyerUserId": buyer_user_id,
                "buyerOrgId": buyer_org_id,
                "supplierOrgId": supplier_org_id,
                "quoteId": quote_id,
                "lines": lines,
                "currency": currency,
                "totalMinor": total_minor,
                "platformFeeMinor": platform_fee_minor,
                "paymentMethod": payment_method,
                "payment": payment,
                "state": state,
                "payBy": pay_by,
                "history": history,
                "revision": revision,
                "availableActions": available_actions,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_history_item import OrderHistoryItem  # noqa: PLC0415
        from ..models.order_lines_item import OrderLinesItem  # noqa: PLC0415
        from ..models.order_payment import OrderPayment  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        buyer_user_id = d.pop("buyerUserId")

        def _parse_buyer_org_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        buyer_org_id = _parse_buyer_org_id(d.pop("buyerOrgId"))

        supplier_org_id = d.pop("supplierOrgId")

        def _parse_quote_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        quote_id = _parse_quote_id(d.pop("quoteId"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = OrderLinesItem.from_dict(lines_item_data)

            lines.append(lines_item)

        currency = d.pop("currency")

        total_minor = d.pop("totalMinor")

        platform_fee_minor = d.pop("platformFeeMinor")

        payment_method = OrderPaymentMethod(d.pop("paymentMethod"))

        payment = OrderPayment.from_dict(d.pop("payment"))

        state = OrderState(d.pop("state"))

        pay_by = datetime.datetime.fromisoformat(d.pop("payBy"))

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = OrderHistoryItem.from_dict(history_item_data)

            history.append(history_item)

        revision = d.pop("revision")

        available_actions = []
        _available_actions = d.pop("availableActions")
        for available_actions_item_data in _available_actions:
            available_actions_item = OrderAvailableActionsItem(available_actions_item_data)

            available_actions.append(available_actions_item)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        order = cls(
            id=id,
            buyer_user_id=buyer_user_id,
            buyer_org_id=buyer_org_id,
            supplier_org_id=supplier_org_id,
            quote_id=quote_id,
            lines=lines,
            currency=currency,
            total_minor=total_minor,
            platform_fee_minor=platform_fee_minor,
            payment_method=payment_method,
            payment=payment,
            state=state,
            pay_by=pay_by,
            history=history,
            revision=revision,
            available_actions=available_actions,
            created_at=created_at,
            updated_at=updated_at,
        )

        return order
