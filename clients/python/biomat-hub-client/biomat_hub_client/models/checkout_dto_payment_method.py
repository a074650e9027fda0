from enum import StrEnum


class CheckoutDtoPaymentMethod(StrEnum):
    CARD = "card"
    INVOICE = "invoice"

    def __str__(self) -> str:
        return str(self.value)
