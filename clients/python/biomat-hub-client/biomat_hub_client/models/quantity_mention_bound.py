from enum import StrEnum


class QuantityMentionBound(StrEnum):
    APPROX = "approx"
    GE = "ge"
    GT = "gt"
    LE = "le"
    LT = "lt"

    def __str__(self) -> str:
        return str(self.value)
