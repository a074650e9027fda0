from enum import StrEnum


class QuoteRequestAvailableActionsItem(StrEnum):
    ACCEPT = "accept"
    COUNTER = "counter"
    DECLINE = "decline"
    EXPIRE = "expire"
    ORDER = "order"
    QUOTE = "quote"
    WITHDRAW = "withdraw"

    def __str__(self) -> str:
        return str(self.value)
