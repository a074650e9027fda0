from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.quote_request_available_actions_item import QuoteRequestAvailableActionsItem
from ..models.quote_request_state import QuoteRequestState

if TYPE_CHECKING:
    from ..models.quote_request_counter_type_0 import QuoteRequestCounterType0
    from ..models.quote_request_history_item import QuoteRequestHistoryItem
    from ..models.quote_request_messages_item import QuoteRequestMessagesItem
    from ..models.quote_request_names import QuoteRequestNames
    from ..models.quote_request_quote_type_0 import QuoteRequestQuoteType0


T = TypeVar("T", bound="QuoteRequest")


@_attrs_define
class QuoteRequest:
    """
    Attributes:
        id (str):
        buyer_user_id (str):
        buyer_org_id (None | str):
        supplier_org_id (str):
        offer_id (str):
        material_slug (str):
        currency (str): ISO 4217
        quantity (int):
        state (QuoteRequestState):
        quote (None | QuoteRequestQuoteType0):
        counter (None | QuoteRequestCounterType0):
        order_id (None | str):
        messages (list[QuoteRequestMessagesItem]):
        history (list[QuoteRequestHistoryItem]):
        revision (int):
        available_actions (list[QuoteRequestAvailableActionsItem]):
        names (QuoteRequestNames):
        quote_total_minor (int | None): Quoted unit price times quoted quantity
        created_at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
        updated_at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
    """

    id: str
    buyer_user_id: str
    buyer_org_id: None | str
    supplier_org_id: str
    offer_id: str
    material_slug: str
    currency: str
    quantity: int
    state: QuoteRequestState
    quote: None | QuoteRequestQuoteType0
    counter: None | QuoteRequestCounterType0
    order_id: None | str
    messages: list[QuoteRequestMessagesItem]
    history: list[QuoteRequestHistoryItem]
    revision: int
    available_actions: list[QuoteRequestAvailableActionsItem]
    names: QuoteRequestNames
    quote_total_minor: int | None
    created_at: datetime.datetime
    updated_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        from ..models.quote_request_counter_type_0 import QuoteRequestCounterType0  # noqa: PLC0415
        from ..models.quote_request_quote_type_0 import QuoteRequestQuoteType0  # noqa: PLC0415

        id = self.id

        buyer_user_id = self.buyer_user_id

        buyer_org_id: None | str
        buyer_org_id = self.buyer_org_id

        supplier_org_id = self.supplier_org_id

        offer_id = self.offer_id

        material_slug = self.material_slug

        currency = self.currency

        quantity = self.quantity

        state = self.state.value

        quote: dict[str, Any] | None
        if isinstance(self.quote, QuoteRequestQuoteType0):
            quote = self.quote.to_dict()
        else:
            quote = self.quote

        counter: dict[str, Any] | None
        if isinstance(self.counter, QuoteRequestCounterType0):
            counter = self.counter.to_dict()
        else:
            counter = self.counter

        order_id: None | str
        order_id = self.order_id

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        revision = self.revision

        available_actions = []
        for available_actions_item_data in self.available_actions:
            available_actions_item = available_actions_item_data.value
            available_actions.append(available_actions_item)

        names = self.names.to_dict()

        quote_total_minor: int | None
        quote_total_minor = self.quote_total_minor

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "buyerUserId": buyer_user_id,
                "buyerOrgId": buyer_org_id,
                "supplierOrgId": supplier_org_id,
                "offerId": offer_id,
                "materialSlug": material_slug,
                "currency": currency,
                "quantity": quantity,
                "state": state,
                "quote": quote,
                "counter": counter,
                "orderId": order_id,
                "messages": messages,
                "history": history,
                "revision": revision,
                "availableActions": available_actions,
                "names": names,
                "quoteTotalMinor": quote_total_minor,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote_request_counter_type_0 import QuoteRequestCounterType0  # noqa: PLC0415
        from ..models.quote_request_history_item import QuoteRequestHistoryItem  # noqa: PLC0415
        from ..models.quote_request_messages_item import QuoteRequestMessagesItem  # noqa: PLC0415
        from ..models.quote_request_names import QuoteRequestNames  # noqa: PLC0415
        from ..models.quote_request_quote_type_0 import QuoteRequestQuoteType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        buyer_user_id = d.pop("buyerUserId")

        def _parse_buyer_org_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        buyer_org_id = _parse_buyer_org_id(d.pop("buyerOrgId"))

        supplier_org_id = d.pop("supplierOrgId")

        offer_id = d.pop("offerId")

        material_slug = d.pop("materialSlug")

        currency = d.pop("currency")

        quantity = d.pop("quantity")

        state = QuoteRequestState(d.pop("state"))

        def _parse_quote(data: object) -> None | QuoteRequestQuoteType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                quote_type_0 = QuoteRequestQuoteType0.from_dict(data)

                return quote_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuoteRequestQuoteType0, data)

        quote = _parse_quote(d.pop("quote"))

        def _parse_counter(data: object) -> None | QuoteRequestCounterType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                counter_type_0 = QuoteRequestCounterType0.from_dict(data)

                return counter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuoteRequestCounterType0, data)

        counter = _parse_counter(d.pop("counter"))

        def _parse_order_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        order_id = _parse_order_id(d.pop("orderId"))

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = QuoteRequestMessagesItem.from_dict(messages_item_data)

            messages.append(messages_item)

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = QuoteRequestHistoryItem.from_dict(history_item_data)

            history.append(history_item)

        revision = d.pop("revision")

        available_actions = []
        _available_actions = d.pop("availableActions")
        for available_actions_item_data in _available_actions:
            available_actions_item = QuoteRequestAvailableActionsItem(available_actions_item_data)

            available_actions.append(available_actions_item)

        names = QuoteRequestNames.from_dict(d.pop("names"))

        def _parse_quote_total_minor(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        quote_total_minor = _parse_quote_total_minor(d.pop("quoteTotalMinor"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        quote_request = cls(
            id=id,
            buyer_user_id=buyer_user_id,
            buyer_org_id=buyer_org_id,
            supplier_org_id=supplier_org_id,
            offer_id=offer_id,
            material_slug=material_slug,
            currency=currency,
            quantity=quantity,
            state=state,
            quote=quote,
            counter=counter,
            order_id=order_id,
            messages=messages,
            history=history,
            revision=revision,
            available_actions=available_actions,
            names=names,
            quote_total_minor=quote_total_minor,
            created_at=created_at,
            updated_at=updated_at,
        )

        return quote_request
