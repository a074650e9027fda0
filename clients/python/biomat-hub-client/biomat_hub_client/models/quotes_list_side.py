from enum import StrEnum


class QuotesListSide(StrEnum):
    BUYING = "buying"
    SELLING = "selling"

    def __str__(self) -> str:
        return str(self.value)
