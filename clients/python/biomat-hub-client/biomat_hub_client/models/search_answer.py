from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.interpretation import Interpretation
    from ..models.search_answer_facet_distribution import SearchAnswerFacetDistribution
    from ..models.search_answer_facet_stats import SearchAnswerFacetStats
    from ..models.search_hit import SearchHit


T = TypeVar("T", bound="SearchAnswer")


@_attrs_define
class SearchAnswer:
    """
    Attributes:
        hits (list[SearchHit]):
        total (int):
        page (int):
        per_page (int):
        facet_distribution (SearchAnswerFacetDistribution):
        facet_stats (SearchAnswerFacetStats):
        interpretation (Interpretation):
        processing_time_ms (float):
    """

    hits: list[SearchHit]
    total: int
    page: int
    per_page: int
    facet_distribution: SearchAnswerFacetDistribution
    facet_stats: SearchAnswerFacetStats
    interpretation: Interpretation
    processing_time_ms: float

    def to_dict(self) -> dict[str, Any]:
        hits = []
        for hits_item_data in self.hits:
            hits_item = hits_item_data.to_dict()
            hits.append(hits_item)

        total = self.total

        page = self.page

        per_page = self.per_page

        facet_distribution = self.facet_distribution.to_dict()

        facet_stats = self.facet_stats.to_dict()

        interpretation = self.interpretation.to_dict()

        processing_time_ms = self.processing_time_ms

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "hits": hits,
                "total": total,
                "page": page,
                "perPage": per_page,
                "facetDistribution": facet_distribution,
                "facetStats": facet_stats,
                "interpretation": interpretation,
                "processingTimeMs": processing_time_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interpretation import Interpretation  # noqa: PLC0415
        from ..models.search_answer_facet_distribution import SearchAnswerFacetDistribution  # noqa: PLC0415
        from ..models.search_answer_facet_stats import SearchAnswerFacetStats  # noqa: PLC0415
        from ..models.search_hit import SearchHit  # noqa: PLC0415

        d = dict(src_dict)
        hits = []
        _hits = d.pop("hits")
        for hits_item_data in _hits:
            hits_item = SearchHit.from_dict(hits_item_data)

            hits.append(hits_item)

        total = d.pop("total")

        page = d.pop("page")

        per_page = d.pop("perPage")

        facet_distribution = SearchAnswerFacetDistribution.from_dict(d.pop("facetDistribution"))

        facet_stats = SearchAnswerFacetStats.from_dict(d.pop("facetStats"))

        interpretation = Interpretation.from_dict(d.pop("interpretation"))

        processing_time_ms = d.pop("processingTimeMs")

        search_answer = cls(
            hits=hits,
            total=total,
            page=page,
            per_page=per_page,
            facet_distribution=facet_distribution,
            facet_stats=facet_stats,
            interpretation=interpretation,
            processing_time_ms=processing_time_ms,
        )

        return search_answer
