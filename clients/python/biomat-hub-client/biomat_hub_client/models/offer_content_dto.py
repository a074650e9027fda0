from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offer_content_dto_grade import OfferContentDtoGrade
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pack_size_dto import PackSizeDto
    from ..models.price_tier_dto import PriceTierDto


T = TypeVar("T", bound="OfferContentDto")


@_attrs_define
class OfferContentDto:
    """
    Attributes:
        sku (str):  Example: ti64-eli-rod-6mm.
        material_slug (str):  Example: ti-6al-4v-eli.
        title (str):  Example: Ti-6Al-4V ELI rod, 6 mm, ASTM F136.
        grade (OfferContentDtoGrade):
        pack_size (PackSizeDto):
        price_tiers (list[PriceTierDto]):
        stock_on_hand (float): Packs on hand Example: 40.
        lead_time_days (float):  Example: 10.
        form (str | Unset):  Example: form/rod.
        currency (str | Unset):  Default: 'EUR'. Example: EUR.
        min_order_quantity (float | Unset):  Default: 1.0. Example: 1.
        certifications (list[str] | Unset):  Example: ['certification/iso-13485'].
        ships_to (list[str] | Unset):  Example: ['DE', 'IT'].
        sample_available (bool | Unset):  Default: False.
    """

    sku: str
    material_slug: str
    title: str
    grade: OfferContentDtoGrade
    pack_size: PackSizeDto
    price_tiers: list[PriceTierDto]
    stock_on_hand: float
    lead_time_days: float
    form: str | Unset = UNSET
    currency: str | Unset = "EUR"
    min_order_quantity: float | Unset = 1.0
    certifications: list[str] | Unset = UNSET
    ships_to: list[str] | Unset = UNSET
    sample_available: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sku = self.sku

        material_slug = self.material_slug

        title = self.title

        grade = self.grade.value

        pack_size = self.pack_size.to_dict()

        price_tiers = []
        for price_tiers_item_data in self.price_tiers:
            price_tiers_item = price_tiers_item_data.to_dict()
            price_tiers.append(price_tiers_item)

        stock_on_hand = self.stock_on_hand

        lead_time_days = self.lead_time_days

        form = self.form

        currency = self.currency

        min_order_quantity = self.min_order_quantity

        certifications: list[str] | Unset = UNSET
        if not isinstance(self.certifications, Unset):
            certifications = self.certifications

        ships_to: list[str] | Unset = UNSET
        if not isinstance(self.ships_to, Unset):
            ships_to = self.ships_to

        sample_available = self.sample_available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sku": sku,
                "materialSlug": material_slug,
                "title": title,
                "grade": grade,
                "packSize": pack_size,
                "priceTiers": price_tiers,
                "stockOnHand": stock_on_hand,
                "leadTimeDays": lead_time_days,
            }
        )
        if form is not UNSET:
            field_dict["form"] = form
        if currency is not UNSET:
            field_dict["currency"] = currency
        if min_order_quantity is not UNSET:
            field_dict["minOrderQuantity"] = min_order_quantity
        if certifications is not UNSET:
            field_dict["certifications"] = certifications
        if ships_to is not UNSET:
            field_dict["shipsTo"] = ships_to
        if sample_available is not UNSET:
            field_dict["sampleAvailable"] = sample_available

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pack_size_dto import PackSizeDto  # noqa: PLC0415
        from ..models.price_tier_dto import PriceTierDto  # noqa: PLC0415

        d = dict(src_dict)
        sku = d.pop("sku")

        material_slug = d.pop("materialSlug")

        title = d.pop("title")

        grade = OfferContentDtoGrade(d.pop("grade"))

        pack_size = PackSizeDto.from_dict(d.pop("packSize"))

        price_tiers = []
        _price_tiers = d.pop("priceTiers")
        for price_tiers_item_data in _price_tiers:
            price_tiers_item = PriceTierDto.from_dict(price_tiers_item_data)

            price_tiers.append(price_tiers_item)

        stock_on_hand = d.pop("stockOnHand")

        lead_time_days = d.pop("leadTimeDays")

        form = d.pop("form", UNSET)

        currency = d.pop("currency", UNSET)

        min_order_quantity = d.pop("minOrderQuantity", UNSET)

        certifications = cast(list[str], d.pop("certifications", UNSET))

        ships_to = cast(list[str], d.pop("shipsTo", UNSET))

        sample_available = d.pop("sampleAvailable", UNSET)

        offer_content_dto = cls(
            sku=sku,
            material_slug=material_slug,
            title=title,
            grade=grade,
            pack_size=pack_size,
            price_tiers=price_tiers,
            stock_on_hand=stock_on_hand,
            lead_time_days=lead_time_days,
            form=form,
            currency=currency,
            min_order_quantity=min_order_quantity,
            certifications=certifications,
            ships_to=ships_to,
            sample_available=sample_available,
        )

        offer_content_dto.additional_properties = d
        return offer_content_dto

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
