from enum import StrEnum


class CreateTermRequestDtoLabelType(StrEnum):
    ALT = "alt"
    HIDDEN = "hidden"

    def __str__(self) -> str:
        return str(self.value)
