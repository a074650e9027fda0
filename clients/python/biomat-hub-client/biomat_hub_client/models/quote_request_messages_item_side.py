from enum import StrEnum


class QuoteRequestMessagesItemSide(StrEnum):
    BUYER = "buyer"
    SUPPLIER = "supplier"

    def __str__(self) -> str:
        return str(self.value)
