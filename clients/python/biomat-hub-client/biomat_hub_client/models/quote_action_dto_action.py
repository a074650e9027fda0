from enum import StrEnum


class QuoteActionDtoAction(StrEnum):
    ACCEPT = "accept"
    COUNTER = "counter"
    DECLINE = "decline"
    QUOTE = "quote"
    WITHDRAW = "withdraw"

    def __str__(self) -> str:
        return str(self.value)
