from enum import StrEnum


class ConfirmCheckoutDtoPaymentMethod(StrEnum):
    CARD = "card"
    INVOICE = "invoice"

    def __str__(self) -> str:
        return str(self.value)
