from enum import StrEnum


class QuantityDtoGroup(StrEnum):
    BIOLOGICAL = "biological"
    DEGRADATION = "degradation"
    MECHANICAL = "mechanical"
    PHYSICAL = "physical"
    THERMAL = "thermal"

    def __str__(self) -> str:
        return str(self.value)
