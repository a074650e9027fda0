from enum import StrEnum


class AnnotationSource(StrEnum):
    ABBREVIATION = "abbreviation"
    DICTIONARY = "dictionary"
    MESH = "mesh"

    def __str__(self) -> str:
        return str(self.value)
