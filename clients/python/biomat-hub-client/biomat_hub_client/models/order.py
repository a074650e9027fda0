from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.order_available_actions_item import OrderAvailableActionsItem
from ..models.order_payment_method import OrderPaymentMethod
from ..models.order_side_type_1 import OrderSideType1
from ..models.order_side_type_2_type_1 import OrderSideType2Type1
from ..models.order_side_type_3_type_1 import OrderSideType3Type1
from ..models.order_state import OrderState

if TYPE_CHECKING:
    from ..models.order_buyer_party_type_0 import OrderBuyerPartyType0
    from ..models.order_cancellation_type_0 import OrderCancellationType0
    from ..models.order_credit_note_type_0 import OrderCreditNoteType0
    from ..models.order_history_item import OrderHistoryItem
    from ..models.order_invoice_type_0 import OrderInvoiceType0
    from ..models.order_lines_item import OrderLinesItem
    from ..models.order_payment import OrderPayment
    from ..models.order_shipment_type_0 import OrderShipmentType0
    from ..models.order_supplier_party_type_0 import OrderSupplierPartyType0
    from ..models.order_vat import OrderVat
    from ..models.postal_address import PostalAddress


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
        total_minor (int): Gross: net plus VAT
        net_minor (int): Integer minor units of the currency (cents for EUR)
        vat (None | OrderVat):
        number (None | str): Sequential per supplier and year, gap-free; the invoice number too
        supplier_party (None | OrderSupplierPartyType0):
        buyer_party (None | OrderBuyerPartyType0):
        buyer_name (None | str): The person who placed the order
        ship_to (None | PostalAddress):
        bill_to (None | PostalAddress):
        po_number (None | str):
        due_days (int | None): Invoice: due this many days after the invoice date; card: null
        shipment (None | OrderShipmentType0):
        delivered_at (datetime.datetime | None):  Example: 2026-12-02T10:00:00.000Z.
        cancellation (None | OrderCancellationType0):
        invoice (None | OrderInvoiceType0):
        credit_note (None | OrderCreditNoteType0):
        side (None | OrderSideType1 | OrderSideType2Type1 | OrderSideType3Type1):
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
    net_minor: int
    vat: None | OrderVat
    number: None | str
    supplier_party: None | OrderSupplierPartyType0
    buyer_party: None | OrderBuyerPartyType0
    buyer_name: None | str
    ship_to: None | PostalAddress
    bill_to: None | PostalAddress
    po_number: None | str
    due_days: int | None
    shipment: None | OrderShipmentType0
    delivered_at: datetime.datetime | None
    cancellation: None | OrderCancellationType0
    invoice: None | OrderInvoiceType0
    credit_note: None | OrderCreditNoteType0
    side: None | OrderSideType1 | OrderSideType2Type1 | OrderSideType3Type1
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
        from ..models.order_buyer_party_type_0 import OrderBuyerPartyType0  # noqa: PLC0415
        from ..models.order_cancellation_type_0 import OrderCancellationType0  # noqa: PLC0415
        from ..models.order_credit_note_type_0 import OrderCreditNoteType0  # noqa: PLC0415
        from ..models.order_invoice_type_0 import OrderInvoiceType0  # noqa: PLC0415
        from ..models.order_shipment_type_0 import OrderShipmentType0  # noqa: PLC0415
        from ..models.order_supplier_party_type_0 import OrderSupplierPartyType0  # noqa: PLC0415
        from ..models.order_vat import OrderVat  # noqa: PLC0415
        from ..models.postal_address import PostalAddress  # noqa: PLC0415

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

        net_minor = self.net_minor

        vat: dict[str, Any] | None
        if isinstance(self.vat, OrderVat):
            vat = self.vat.to_dict()
        else:
            vat = self.vat

        number: None | str
        number = self.number

        supplier_party: dict[str, Any] | None
        if isinstance(self.supplier_party, OrderSupplierPartyType0):
            supplier_party = self.supplier_party.to_dict()
        else:
            supplier_party = self.supplier_party

        buyer_party: dict[str, Any] | None
        if isinstance(self.buyer_party, OrderBuyerPartyType0):
            buyer_party = self.buyer_party.to_dict()
        else:
            buyer_party = self.buyer_party

        buyer_name: None | str
        buyer_name = self.buyer_name

        ship_to: dict[str, Any] | None
        if isinstance(self.ship_to, PostalAddress):
            ship_to = self.ship_to.to_dict()
        else:
            ship_to = self.ship_to

        bill_to: dict[str, Any] | None
        if isinstance(self.bill_to, PostalAddress):
            bill_to = self.bill_to.to_dict()
        else:
            bill_to = self.bill_to

        po_number: None | str
        po_number = self.po_number

        due_days: int | None
        due_days = self.due_days

        shipment: dict[str, Any] | None
        if isinstance(self.shipment, OrderShipmentType0):
            shipment = self.shipment.to_dict()
        else:
            shipment = self.shipment

        delivered_at: None | str
        if isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        cancellation: dict[str, Any] | None
        if isinstance(self.cancellation, OrderCancellationType0):
            cancellation = self.cancellation.to_dict()
        else:
            cancellation = self.cancellation

        invoice: dict[str, Any] | None
        if isinstance(self.invoice, OrderInvoiceType0):
            invoice = self.invoice.to_dict()
        else:
            invoice = self.invoice

        credit_note: dict[str, Any] | None
        if isinstance(self.credit_note, OrderCreditNoteType0):
            credit_note = self.credit_note.to_dict()
        else:
            credit_note = self.credit_note

        side: None | str
        if isinstance(self.side, OrderSideType1):
            side = self.side.value
        elif isinstance(self.side, OrderSideType2Type1):
            side = self.side.value
        elif isinstance(self.side, OrderSideType3Type1):
            side = self.side.value
        else:
            side = self.side

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
                "netMinor": net_minor,
                "vat": vat,
                "number": number,
                "supplierParty": supplier_party,
                "buyerParty": buyer_party,
                "buyerName": buyer_name,
                "shipTo": ship_to,
                "billTo": bill_to,
                "poNumber": po_number,
                "dueDays": due_days,
                "shipment": shipment,
                "deliveredAt": delivered_at,
                "cancellation": cancellation,
                "invoice": invoice,
                "creditNote": credit_note,
                "side": side,
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
        from ..models.order_buyer_party_type_0 import OrderBuyerPartyType0  # noqa: PLC0415
        from ..models.order_cancellation_type_0 import OrderCancellationType0  # noqa: PLC0415
        from ..models.order_credit_note_type_0 import OrderCreditNoteType0  # noqa: PLC0415
        from ..models.order_history_item import OrderHistoryItem  # noqa: PLC0415
        from ..models.order_invoice_type_0 import OrderInvoiceType0  # noqa: PLC0415
        from ..models.order_lines_item import OrderLinesItem  # noqa: PLC0415
        from ..models.order_payment import OrderPayment  # noqa: PLC0415
        from ..models.order_shipment_type_0 import OrderShipmentType0  # noqa: PLC0415
        from ..models.order_supplier_party_type_0 import OrderSupplierPartyType0  # noqa: PLC0415
        from ..models.order_vat import OrderVat  # noqa: PLC0415
        from ..models.postal_address import PostalAddress  # noqa: PLC0415

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

        net_minor = d.pop("netMinor")

        def _parse_vat(data: object) -> None | OrderVat:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vat_type_1 = OrderVat.from_dict(data)

                return vat_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderVat, data)

        vat = _parse_vat(d.pop("vat"))

        def _parse_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        number = _parse_number(d.pop("number"))

        def _parse_supplier_party(data: object) -> None | OrderSupplierPartyType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                supplier_party_type_0 = OrderSupplierPartyType0.from_dict(data)

                return supplier_party_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderSupplierPartyType0, data)

        supplier_party = _parse_supplier_party(d.pop("supplierParty"))

        def _parse_buyer_party(data: object) -> None | OrderBuyerPartyType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                buyer_party_type_0 = OrderBuyerPartyType0.from_dict(data)

                return buyer_party_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderBuyerPartyType0, data)

        buyer_party = _parse_buyer_party(d.pop("buyerParty"))

        def _parse_buyer_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        buyer_name = _parse_buyer_name(d.pop("buyerName"))

        def _parse_ship_to(data: object) -> None | PostalAddress:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ship_to_type_1 = PostalAddress.from_dict(data)

                return ship_to_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostalAddress, data)

        ship_to = _parse_ship_to(d.pop("shipTo"))

        def _parse_bill_to(data: object) -> None | PostalAddress:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bill_to_type_1 = PostalAddress.from_dict(data)

                return bill_to_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostalAddress, data)

        bill_to = _parse_bill_to(d.pop("billTo"))

        def _parse_po_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        po_number = _parse_po_number(d.pop("poNumber"))

        def _parse_due_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        due_days = _parse_due_days(d.pop("dueDays"))

        def _parse_shipment(data: object) -> None | OrderShipmentType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipment_type_0 = OrderShipmentType0.from_dict(data)

                return shipment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderShipmentType0, data)

        shipment = _parse_shipment(d.pop("shipment"))

        def _parse_delivered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        delivered_at = _parse_delivered_at(d.pop("deliveredAt"))

        def _parse_cancellation(data: object) -> None | OrderCancellationType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cancellation_type_0 = OrderCancellationType0.from_dict(data)

                return cancellation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderCancellationType0, data)

        cancellation = _parse_cancellation(d.pop("cancellation"))

        def _parse_invoice(data: object) -> None | OrderInvoiceType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_type_0 = OrderInvoiceType0.from_dict(data)

                return invoice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderInvoiceType0, data)

        invoice = _parse_invoice(d.pop("invoice"))

        def _parse_credit_note(data: object) -> None | OrderCreditNoteType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credit_note_type_0 = OrderCreditNoteType0.from_dict(data)

                return credit_note_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderCreditNoteType0, data)

        credit_note = _parse_credit_note(d.pop("creditNote"))

        def _parse_side(data: object) -> None | OrderSideType1 | OrderSideType2Type1 | OrderSideType3Type1:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                side_type_1 = OrderSideType1(data)

                return side_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                side_type_2_type_1 = OrderSideType2Type1(data)

                return side_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                side_type_3_type_1 = OrderSideType3Type1(data)

                return side_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderSideType1 | OrderSideType2Type1 | OrderSideType3Type1, data)

        side = _parse_side(d.pop("side"))

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
            net_minor=net_minor,
            vat=vat,
            number=number,
            supplier_party=supplier_party,
            buyer_party=buyer_party,
            buyer_name=buyer_name,
            ship_to=ship_to,
            bill_to=bill_to,
            po_number=po_number,
            due_days=due_days,
            shipment=shipment,
            delivered_at=delivered_at,
            cancellation=cancellation,
            invoice=invoice,
            credit_note=credit_note,
            side=side,
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
