from enum import StrEnum


class VocabularyExportFormat(StrEnum):
    CSV = "csv"
    TURTLE = "turtle"

    def __str__(self) -> str:
        return str(self.value)
