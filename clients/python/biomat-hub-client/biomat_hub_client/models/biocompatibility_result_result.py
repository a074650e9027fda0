from enum import StrEnum


class BiocompatibilityResultResult(StrEnum):
    CONDITIONAL = "conditional"
    FAIL = "fail"
    PASS = "pass"

    def __str__(self) -> str:
        return str(self.value)
