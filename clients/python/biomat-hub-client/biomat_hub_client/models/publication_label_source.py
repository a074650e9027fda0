from enum import StrEnum


class PublicationLabelSource(StrEnum):
    CURATOR = "curator"
    MACHINE = "machine"

    def __str__(self) -> str:
        return str(self.value)
