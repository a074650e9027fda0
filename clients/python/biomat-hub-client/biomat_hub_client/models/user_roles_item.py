from enum import StrEnum


class UserRolesItem(StrEnum):
    ADMIN = "admin"
    CURATOR = "curator"

    def __str__(self) -> str:
        return str(self.value)
