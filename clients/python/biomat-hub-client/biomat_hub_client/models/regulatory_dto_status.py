from enum import StrEnum


class RegulatoryDtoStatus(StrEnum):
    APPROVED = "approved"
    CERTIFIED = "certified"
    CLEARED = "cleared"
    EXEMPT = "exempt"
    GRANTED = "granted"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
