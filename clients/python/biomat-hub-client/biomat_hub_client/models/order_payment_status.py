from enum import StrEnum


class OrderPaymentStatus(StrEnum):
    FAILED = "failed"
    NONE = "none"
    PROCESSING = "processing"
    REFUNDED = "refunded"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
