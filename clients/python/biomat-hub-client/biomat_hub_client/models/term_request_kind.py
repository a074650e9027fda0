from enum import StrEnum


class TermRequestKind(StrEnum):
    CONCEPT = "concept"
    SYNONYM = "synonym"

    def __str__(self) -> str:
        return str(self.value)
