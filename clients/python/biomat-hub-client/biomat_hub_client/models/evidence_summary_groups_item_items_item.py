from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EvidenceSummaryGroupsItemItemsItem")


@_attrs_define
class EvidenceSummaryGroupsItemItemsItem:
    """
    Attributes:
        concept_id (str):
        label (str):
        publications (int): Reviewed publications of the material labelled with the concept
        search_url (str): The web literature search (path and query) whose result count is this number Example:
            /literature?f=%7B%22materials%22%3A%5B%22ti-6al-4v%22%5D%7D&concept=tissue%2Fbone&reviewed=true.
    """

    concept_id: str
    label: str
    publications: int
    search_url: str

    def to_dict(self) -> dict[str, Any]:
        concept_id = self.concept_id

        label = self.label

        publications = self.publications

        search_url = self.search_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "conceptId": concept_id,
                "label": label,
                "publications": publications,
                "searchUrl": search_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        concept_id = d.pop("conceptId")

        label = d.pop("label")

        publications = d.pop("publications")

        search_url = d.pop("searchUrl")

        evidence_summary_groups_item_items_item = cls(
            concept_id=concept_id,
            label=label,
            publications=publications,
            search_url=search_url,
        )

        return evidence_summary_groups_item_items_item
