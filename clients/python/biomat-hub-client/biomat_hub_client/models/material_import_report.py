from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.material_import_report_mode import MaterialImportReportMode

if TYPE_CHECKING:
    from ..models.material_import_report_rows_item import MaterialImportReportRowsItem


T = TypeVar("T", bound="MaterialImportReport")


@_attrs_define
class MaterialImportReport:
    """
    Attributes:
        dry_run (bool):
        mode (MaterialImportReportMode):
        total (int):
        created (int):
        updated (int):
        unchanged (int):
        invalid (int):
        failed (int):
        rows (list[MaterialImportReportRowsItem]):
    """

    dry_run: bool
    mode: MaterialImportReportMode
    total: int
    created: int
    updated: int
    unchanged: int
    invalid: int
    failed: int
    rows: list[MaterialImportReportRowsItem]

    def to_dict(self) -> dict[str, Any]:
        dry_run = self.dry_run

        mode = self.mode.value

        total = self.total

        created = self.created

        updated = self.updated

        unchanged = self.unchanged

        invalid = self.invalid

        failed = self.failed

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dryRun": dry_run,
                "mode": mode,
                "total": total,
                "created": created,
                "updated": updated,
                "unchanged": unchanged,
                "invalid": invalid,
                "failed": failed,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.material_import_report_rows_item import MaterialImportReportRowsItem  # noqa: PLC0415

        d = dict(src_dict)
        dry_run = d.pop("dryRun")

        mode = MaterialImportReportMode(d.pop("mode"))

        total = d.pop("total")

        created = d.pop("created")

        updated = d.pop("updated")

        unchanged = d.pop("unchanged")

        invalid = d.pop("invalid")

        failed = d.pop("failed")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = MaterialImportReportRowsItem.from_dict(rows_item_data)

            rows.append(rows_item)

        material_import_report = cls(
            dry_run=dry_run,
            mode=mode,
            total=total,
            created=created,
            updated=updated,
            unchanged=unchanged,
            invalid=invalid,
            failed=failed,
            rows=rows,
        )

        return material_import_report
