from enum import StrEnum


class MaterialDetailRegulatoryItemStatusType3Type1(StrEnum):
    APPROVED = "approved"
    CERTIFIED = "certified"
    CLEARED = "cleared"
    EXEMPT = "exempt"
    GRANTED = "granted"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
