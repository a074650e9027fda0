from enum import StrEnum


class OrderHistoryItemFromType2Type1(StrEnum):
    ALLOCATING = "allocating"
    CANCELLED = "cancelled"
    DELIVERED = "delivered"
    PAID = "paid"
    PENDING_PAYMENT = "pending_payment"
    REFUNDED = "refunded"
    SHIPPED = "shipped"

    def __str__(self) -> str:
        return str(self.value)
