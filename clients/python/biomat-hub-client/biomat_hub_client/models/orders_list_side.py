from enum import StrEnum


class OrdersListSide(StrEnum):
    BUYING = "buying"
    SELLING = "selling"

    def __str__(self) -> str:
        return str(self.value)
