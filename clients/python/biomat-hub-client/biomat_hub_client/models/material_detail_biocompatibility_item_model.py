from enum import StrEnum


class MaterialDetailBiocompatibilityItemModel(StrEnum):
    CLINICAL = "clinical"
    IN_VITRO = "in_vitro"
    IN_VIVO = "in_vivo"

    def __str__(self) -> str:
        return str(self.value)
