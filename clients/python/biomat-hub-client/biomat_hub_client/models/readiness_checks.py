from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.dependency_check import DependencyCheck


T = TypeVar("T", bound="ReadinessChecks")


@_attrs_define
class ReadinessChecks:
    """
    Attributes:
        mongodb (DependencyCheck):
        meilisearch (DependencyCheck):
    """

    mongodb: DependencyCheck
    meilisearch: DependencyCheck

    def to_dict(self) -> dict[str, Any]:
        mongodb = self.mongodb.to_dict()

        meilisearch = self.meilisearch.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mongodb": mongodb,
                "meilisearch": meilisearch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dependency_check import DependencyCheck  # noqa: PLC0415

        d = dict(src_dict)
        mongodb = DependencyCheck.from_dict(d.pop("mongodb"))

        meilisearch = DependencyCheck.from_dict(d.pop("meilisearch"))

        readiness_checks = cls(
            mongodb=mongodb,
            meilisearch=meilisearch,
        )

        return readiness_checks
