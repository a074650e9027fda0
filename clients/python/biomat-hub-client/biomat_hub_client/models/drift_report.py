from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.drift_report_counts import DriftReportCounts
    from ..models.drift_report_samples import DriftReportSamples


T = TypeVar("T", bound="DriftReport")


@_attrs_define
class DriftReport:
    """
    Attributes:
        index (str):
        listed (int):
        indexed (int):
        counts (DriftReportCounts):
        samples (DriftReportSamples):
        clean (bool):
        settled (int):
    """

    index: str
    listed: int
    indexed: int
    counts: DriftReportCounts
    samples: DriftReportSamples
    clean: bool
    settled: int

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        listed = self.listed

        indexed = self.indexed

        counts = self.counts.to_dict()

        samples = self.samples.to_dict()

        clean = self.clean

        settled = self.settled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "index": index,
                "listed": listed,
                "indexed": indexed,
                "counts": counts,
                "samples": samples,
                "clean": clean,
                "settled": settled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.drift_report_counts import DriftReportCounts  # noqa: PLC0415
        from ..models.drift_report_samples import DriftReportSamples  # noqa: PLC0415

        d = dict(src_dict)
        index = d.pop("index")

        listed = d.pop("listed")

        indexed = d.pop("indexed")

        counts = DriftReportCounts.from_dict(d.pop("counts"))

        samples = DriftReportSamples.from_dict(d.pop("samples"))

        clean = d.pop("clean")

        settled = d.pop("settled")

        drift_report = cls(
            index=index,
            listed=listed,
            indexed=indexed,
            counts=counts,
            samples=samples,
            clean=clean,
            settled=settled,
        )

        return drift_report
