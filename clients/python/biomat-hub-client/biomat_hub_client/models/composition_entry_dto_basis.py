from enum import StrEnum


class CompositionEntryDtoBasis(StrEnum):
    MOL = "mol%"
    VOL = "vol%"
    WT = "wt%"

    def __str__(self) -> str:
        return str(self.value)
