from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.quote_request_names_people import QuoteRequestNamesPeople


T = TypeVar("T", bound="QuoteRequestNames")


@_attrs_define
class QuoteRequestNames:
    """
    Attributes:
        material (str):
        offer_title (str):
        sku (str):
        buyer (None | str):
        buyer_organization (None | str):
        supplier (None | str):
        people (QuoteRequestNamesPeople): userId -> name, for the authors of messages and steps
    """

    material: str
    offer_title: str
    sku: str
    buyer: None | str
    buyer_organization: None | str
    supplier: None | str
    people: QuoteRequestNamesPeople

    def to_dict(self) -> dict[str, Any]:
        material = self.material

        offer_title = self.offer_title

        sku = self.sku

        buyer: None | str
        buyer = self.buyer

        buyer_organization: None | str
        buyer_organization = self.buyer_organization

        supplier: None | str
        supplier = self.supplier

        people = self.people.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "material": material,
                "offerTitle": offer_title,
                "sku": sku,
                "buyer": buyer,
                "buyerOrganization": buyer_organization,
                "supplier": supplier,
                "people": people,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote_request_names_people import QuoteRequestNamesPeople  # noqa: PLC0415

        d = dict(src_dict)
        material = d.pop("material")

        offer_title = d.pop("offerTitle")

        sku = d.pop("sku")

        def _parse_buyer(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        buyer = _parse_buyer(d.pop("buyer"))

        def _parse_buyer_organization(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        buyer_organization = _parse_buyer_organization(d.pop("buyerOrganization"))

        def _parse_supplier(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        supplier = _parse_supplier(d.pop("supplier"))

        people = QuoteRequestNamesPeople.from_dict(d.pop("people"))

        quote_request_names = cls(
            material=material,
            offer_title=offer_title,
            sku=sku,
            buyer=buyer,
            buyer_organization=buyer_organization,
            supplier=supplier,
            people=people,
        )

        return quote_request_names
