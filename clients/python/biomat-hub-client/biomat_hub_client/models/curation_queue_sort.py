from enum import StrEnum


class CurationQueueSort(StrEnum):
    NAME = "name"
    UPDATEDAT = "updatedAt"
    VALUE_0 = "-updatedAt"

    def __str__(self) -> str:
        return str(self.value)
