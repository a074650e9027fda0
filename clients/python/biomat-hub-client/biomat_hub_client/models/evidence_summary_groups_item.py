from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.evidence_summary_groups_item_type import EvidenceSummaryGroupsItemType

if TYPE_CHECKING:
    from ..models.evidence_summary_groups_item_items_item import EvidenceSummaryGroupsItemItemsItem


T = TypeVar("T", bound="EvidenceSummaryGroupsItem")


@_attrs_define
class EvidenceSummaryGroupsItem:
    """
    Attributes:
        type_ (EvidenceSummaryGroupsItemType):
        label (str): The heading of the group (Outcomes, Tissues…)
        items (list[EvidenceSummaryGroupsItemItemsItem]):
    """

    type_: EvidenceSummaryGroupsItemType
    label: str
    items: list[EvidenceSummaryGroupsItemItemsItem]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        label = self.label

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "label": label,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence_summary_groups_item_items_item import EvidenceSummaryGroupsItemItemsItem  # noqa: PLC0415

        d = dict(src_dict)
        type_ = EvidenceSummaryGroupsItemType(d.pop("type"))

        label = d.pop("label")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = EvidenceSummaryGroupsItemItemsItem.from_dict(items_item_data)

            items.append(items_item)

        evidence_summary_groups_item = cls(
            type_=type_,
            label=label,
            items=items,
        )

        return evidence_summary_groups_item
