from enum import StrEnum


class AliveStatus(StrEnum):
    OK = "ok"

    def __str__(self) -> str:
        return str(self.value)
