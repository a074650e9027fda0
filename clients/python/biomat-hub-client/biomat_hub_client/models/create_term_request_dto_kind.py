from enum import StrEnum


class CreateTermRequestDtoKind(StrEnum):
    CONCEPT = "concept"
    SYNONYM = "synonym"

    def __str__(self) -> str:
        return str(self.value)
