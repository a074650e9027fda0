from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.offer_available_actions_item import OfferAvailableActionsItem
from ..models.offer_grade import OfferGrade
from ..models.offer_state import OfferState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offer_pack_size import OfferPackSize
    from ..models.offer_supplier import OfferSupplier
    from ..models.price_tier import PriceTier


T = TypeVar("T", bound="Offer")


@_attrs_define
class Offer:
    """
    Attributes:
        id (str):
        supplier_org_id (str):
        sku (str):
        material_slug (str):
        title (str):
        grade (OfferGrade):
        form (None | str):
        pack_size (OfferPackSize):
        currency (str): ISO 4217
        price_tiers (list[PriceTier]):
        stock_on_hand (int):
        stock_allocated (int):
        stock_available (int):
        lead_time_days (int):
        min_order_quantity (int):
        certifications (list[str]):
        ships_to (list[str]):
        sample_available (bool):
        state (OfferState):
        revision (int):
        created_at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
        updated_at (datetime.datetime):  Example: 2026-12-02T10:00:00.000Z.
        available_actions (list[OfferAvailableActionsItem] | Unset): To the supplier owning the offer
        supplier (OfferSupplier | Unset): The supplier organization (on a material's offer list)
    """

    id: str
    supplier_org_id: str
    sku: str
    material_slug: str
    title: str
    grade: OfferGrade
    form: None | str
    pack_size: OfferPackSize
    currency: str
    price_tiers: list[PriceTier]
    stock_on_hand: int
    stock_allocated: int
    stock_available: int
    lead_time_days: int
    min_order_quantity: int
    certifications: list[str]
    ships_to: list[str]
    sample_available: bool
    state: OfferState
    revision: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    available_actions: list[OfferAvailableActionsItem] | Unset = UNSET
    supplier: OfferSupplier | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        supplier_org_id = self.supplier_org_id

        sku = self.sku

        material_slug = self.material_slug

        title = self.title

        grade = self.grade.value

        form: None | str
        form = self.form

        pack_size = self.pack_size.to_dict()

        currency = self.currency

        price_tiers = []
        for price_tiers_item_data in self.price_tiers:
            price_tiers_item = price_tiers_item_data.to_dict()
            price_tiers.append(price_tiers_item)

        stock_on_hand = self.stock_on_hand

        stock_allocated = self.stock_allocated

        stock_available = self.stock_available

        lead_time_days = self.lead_time_days

        min_order_quantity = self.min_order_quantity

        certifications = self.certifications

        ships_to = self.ships_to

        sample_available = self.sample_available

        state = self.state.value

        revision = self.revision

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        available_actions: list[str] | Unset = UNSET
        if not isinstance(self.available_actions, Unset):
            available_actions = []
            for available_actions_item_data in self.available_actions:
                available_actions_item = available_actions_item_data.value
                available_actions.append(available_actions_item)

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "supplierOrgId": supplier_org_id,
                "sku": sku,
                "materialSlug": material_slug,
                "title": title,
                "grade": grade,
                "form": form,
                "packSize": pack_size,
                "currency": currency,
                "priceTiers": price_tiers,
                "stockOnHand": stock_on_hand,
                "stockAllocated": stock_allocated,
                "stockAvailable": stock_available,
                "leadTimeDays": lead_time_days,
                "minOrderQuantity": min_order_quantity,
                "certifications": certifications,
                "shipsTo": ships_to,
                "sampleAvailable": sample_available,
                "state": state,
                "revision": revision,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if available_actions is not UNSET:
            field_dict["availableActions"] = available_actions
        if supplier is not UNSET:
            field_dict["supplier"] = supplier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offer_pack_size import OfferPackSize  # noqa: PLC0415
        from ..models.offer_supplier import OfferSupplier  # noqa: PLC0415
        from ..models.price_tier import PriceTier  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        supplier_org_id = d.pop("supplierOrgId")

        sku = d.pop("sku")

        material_slug = d.pop("materialSlug")

        title = d.pop("title")

        grade = OfferGrade(d.pop("grade"))

        def _parse_form(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        form = _parse_form(d.pop("form"))

        pack_size = OfferPackSize.from_dict(d.pop("packSize"))

        currency = d.pop("currency")

        price_tiers = []
        _price_tiers = d.pop("priceTiers")
        for price_tiers_item_data in _price_tiers:
            price_tiers_item = PriceTier.from_dict(price_tiers_item_data)

            price_tiers.append(price_tiers_item)

        stock_on_hand = d.pop("stockOnHand")

        stock_allocated = d.pop("stockAllocated")

        stock_available = d.pop("stockAvailable")

        lead_time_days = d.pop("leadTimeDays")

        min_order_quantity = d.pop("minOrderQuantity")

        certifications = cast(list[str], d.pop("certifications"))

        ships_to = cast(list[str], d.pop("shipsTo"))

        sample_available = d.pop("sampleAvailable")

        state = OfferState(d.pop("state"))

        revision = d.pop("revision")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _available_actions = d.pop("availableActions", UNSET)
        available_actions: list[OfferAvailableActionsItem] | Unset = UNSET
        if _available_actions is not UNSET:
            available_actions = []
            for available_actions_item_data in _available_actions:
                available_actions_item = OfferAvailableActionsItem(available_actions_item_data)

                available_actions.append(available_actions_item)

        _supplier = d.pop("supplier", UNSET)
        supplier: OfferSupplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = OfferSupplier.from_dict(_supplier)

        offer = cls(
            id=id,
            supplier_org_id=supplier_org_id,
            sku=sku,
            material_slug=material_slug,
            title=title,
            grade=grade,
            form=form,
            pack_size=pack_size,
            currency=currency,
            price_tiers=price_tiers,
            stock_on_hand=stock_on_hand,
            stock_allocated=stock_allocated,
            stock_available=stock_available,
            lead_time_days=lead_time_days,
            min_order_quantity=min_order_quantity,
            certifications=certifications,
            ships_to=ships_to,
            sample_available=sample_available,
            state=state,
            revision=revision,
            created_at=created_at,
            updated_at=updated_at,
            available_actions=available_actions,
            supplier=supplier,
        )

        return offer
