from enum import StrEnum


class NewApiKeyScopesItem(StrEnum):
    READ = "read"
    WRITE = "write"

    def __str__(self) -> str:
        return str(self.value)
