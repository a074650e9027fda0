from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.literature_import_report_format import LiteratureImportReportFormat

if TYPE_CHECKING:
    from ..models.literature_import_record import LiteratureImportRecord


T = TypeVar("T", bound="LiteratureImportReport")


@_attrs_define
class LiteratureImportReport:
    """
    Attributes:
        import_id (str):
        format_ (LiteratureImportReportFormat):
        dry_run (bool):
        created (int):
        merged (int):
        unchanged (int):
        invalid (int):
        conflicts (int):
        records (list[LiteratureImportRecord]): The first entries (1,000 by default), in file order
        records_omitted (int): Entries left out of `records`; the full list is at `recordsUrl`
        records_url (None | str): The full per-record list (paged), when entries were left out
    """

    import_id: str
    format_: LiteratureImportReportFormat
    dry_run: bool
    created: int
    merged: int
    unchanged: int
    invalid: int
    conflicts: int
    records: list[LiteratureImportRecord]
    records_omitted: int
    records_url: None | str

    def to_dict(self) -> dict[str, Any]:
        import_id = self.import_id

        format_ = self.format_.value

        dry_run = self.dry_run

        created = self.created

        merged = self.merged

        unchanged = self.unchanged

        invalid = self.invalid

        conflicts = self.conflicts

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        records_omitted = self.records_omitted

        records_url: None | str
        records_url = self.records_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "importId": import_id,
                "format": format_,
                "dryRun": dry_run,
                "created": created,
                "merged": merged,
                "unchanged": unchanged,
                "invalid": invalid,
                "conflicts": conflicts,
                "records": records,
                "recordsOmitted": records_omitted,
                "recordsUrl": records_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.literature_import_record import LiteratureImportRecord  # noqa: PLC0415

        d = dict(src_dict)
        import_id = d.pop("importId")

        format_ = LiteratureImportReportFormat(d.pop("format"))

        dry_run = d.pop("dryRun")

        created = d.pop("created")

        merged = d.pop("merged")

        unchanged = d.pop("unchanged")

        invalid = d.pop("invalid")

        conflicts = d.pop("conflicts")

        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = LiteratureImportRecord.from_dict(records_item_data)

            records.append(records_item)

        records_omitted = d.pop("recordsOmitted")

        def _parse_records_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        records_url = _parse_records_url(d.pop("recordsUrl"))

        literature_import_report = cls(
            import_id=import_id,
            format_=format_,
            dry_run=dry_run,
            created=created,
            merged=merged,
            unchanged=unchanged,
            invalid=invalid,
            conflicts=conflicts,
            records=records,
            records_omitted=records_omitted,
            records_url=records_url,
        )

        return literature_import_report
