from enum import StrEnum


class QuantityGroupType3Type1(StrEnum):
    BIOLOGICAL = "biological"
    DEGRADATION = "degradation"
    MECHANICAL = "mechanical"
    PHYSICAL = "physical"
    THERMAL = "thermal"

    def __str__(self) -> str:
        return str(self.value)
