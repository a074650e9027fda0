from enum import StrEnum


class InterpretedPartSource(StrEnum):
    ADJECTIVE = "adjective"
    LEVEL = "level"
    NUMBER = "number"

    def __str__(self) -> str:
        return str(self.value)
