from enum import StrEnum


class MaterialImportReportRowsItemStatus(StrEnum):
    CREATED = "created"
    FAILED = "failed"
    INVALID = "invalid"
    UNCHANGED = "unchanged"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
