from enum import StrEnum


class MaterialDetailBiocompatibilityItemResult(StrEnum):
    CONDITIONAL = "conditional"
    FAIL = "fail"
    PASS = "pass"

    def __str__(self) -> str:
        return str(self.value)
