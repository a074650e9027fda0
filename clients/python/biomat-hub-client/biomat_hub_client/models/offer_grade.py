from enum import StrEnum


class OfferGrade(StrEnum):
    IMPLANT = "implant"
    MEDICAL = "medical"
    RESEARCH = "research"

    def __str__(self) -> str:
        return str(self.value)
