from enum import StrEnum


class QuoteRequestHistoryItemFromType2Type1(StrEnum):
    ACCEPTED = "accepted"
    COUNTERED = "countered"
    DECLINED = "declined"
    EXPIRED = "expired"
    ORDERED = "ordered"
    QUOTED = "quoted"
    REQUESTED = "requested"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
