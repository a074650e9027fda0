from enum import StrEnum


class OrderSideType3Type1(StrEnum):
    BUYER = "buyer"
    SUPPLIER = "supplier"

    def __str__(self) -> str:
        return str(self.value)
