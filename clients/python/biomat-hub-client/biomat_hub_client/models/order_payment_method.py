from enum import StrEnum


class OrderPaymentMethod(StrEnum):
    CARD = "card"
    INVOICE = "invoice"

    def __str__(self) -> str:
        return str(self.value)
