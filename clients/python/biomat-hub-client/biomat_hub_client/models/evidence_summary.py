from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.evidence_summary_groups_item import EvidenceSummaryGroupsItem


T = TypeVar("T", bound="EvidenceSummary")


@_attrs_define
class EvidenceSummary:
    """
    Attributes:
        reviewed_publications (int): Reviewed publications linked to the material
        search_url (str): The web literature search (path and query) whose result count is this number Example:
            /literature?f=%7B%22materials%22%3A%5B%22ti-6al-4v%22%5D%7D&concept=tissue%2Fbone&reviewed=true.
        groups (list[EvidenceSummaryGroupsItem]):
    """

    reviewed_publications: int
    search_url: str
    groups: list[EvidenceSummaryGroupsItem]

    def to_dict(self) -> dict[str, Any]:
        reviewed_publications = self.reviewed_publications

        search_url = self.search_url

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reviewedPublications": reviewed_publications,
                "searchUrl": search_url,
                "groups": groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence_summary_groups_item import EvidenceSummaryGroupsItem  # noqa: PLC0415

        d = dict(src_dict)
        reviewed_publications = d.pop("reviewedPublications")

        search_url = d.pop("searchUrl")

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = EvidenceSummaryGroupsItem.from_dict(groups_item_data)

            groups.append(groups_item)

        evidence_summary = cls(
            reviewed_publications=reviewed_publications,
            search_url=search_url,
            groups=groups,
        )

        return evidence_summary
