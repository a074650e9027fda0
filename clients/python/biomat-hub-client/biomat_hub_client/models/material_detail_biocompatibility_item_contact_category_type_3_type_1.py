from enum import StrEnum


class MaterialDetailBiocompatibilityItemContactCategoryType3Type1(StrEnum):
    A = "A"
    B = "B"
    C = "C"

    def __str__(self) -> str:
        return str(self.value)
