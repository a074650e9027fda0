from enum import StrEnum


class ApiKeyScopesItem(StrEnum):
    READ = "read"
    WRITE = "write"

    def __str__(self) -> str:
        return str(self.value)
