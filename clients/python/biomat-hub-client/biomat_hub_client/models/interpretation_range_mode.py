from enum import StrEnum


class InterpretationRangeMode(StrEnum):
    OVERLAPS = "overlaps"
    WITHIN = "within"

    def __str__(self) -> str:
        return str(self.value)
