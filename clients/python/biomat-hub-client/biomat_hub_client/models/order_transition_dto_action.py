from enum import StrEnum


class OrderTransitionDtoAction(StrEnum):
    CANCEL = "cancel"
    DELIVER = "deliver"
    MARK_PAID = "mark_paid"
    REFUND = "refund"
    SHIP = "ship"

    def __str__(self) -> str:
        return str(self.value)
