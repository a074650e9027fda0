from enum import StrEnum


class SetRolesDtoRolesItem(StrEnum):
    ADMIN = "admin"
    CURATOR = "curator"

    def __str__(self) -> str:
        return str(self.value)
