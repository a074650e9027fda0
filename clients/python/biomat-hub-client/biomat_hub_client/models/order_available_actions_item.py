from enum import StrEnum


class OrderAvailableActionsItem(StrEnum):
    CANCEL = "cancel"
    CONFIRM = "confirm"
    DELIVER = "deliver"
    EXPIRE = "expire"
    MARK_PAID = "mark_paid"
    REFUND = "refund"
    SHIP = "ship"

    def __str__(self) -> str:
        return str(self.value)
