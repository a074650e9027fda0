from enum import StrEnum


class CreateOrderDtoPaymentMethod(StrEnum):
    CARD = "card"
    INVOICE = "invoice"

    def __str__(self) -> str:
        return str(self.value)
