from enum import StrEnum


class LiteratureImportRecordStatus(StrEnum):
    CONFLICT = "conflict"
    CREATED = "created"
    INVALID = "invalid"
    MERGED = "merged"
    UNCHANGED = "unchanged"

    def __str__(self) -> str:
        return str(self.value)
