from enum import StrEnum


class OfferContentDtoGrade(StrEnum):
    IMPLANT = "implant"
    MEDICAL = "medical"
    RESEARCH = "research"

    def __str__(self) -> str:
        return str(self.value)
