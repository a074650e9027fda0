from enum import StrEnum


class ContentChangeSection(StrEnum):
    BIOCOMPATIBILITY = "biocompatibility"
    COMPOSITION = "composition"
    IDENTITY = "identity"
    KEYWORDS = "keywords"
    LISTS = "lists"
    PROPERTIES = "properties"
    REFERENCES = "references"
    REGULATORY = "regulatory"
    SUSTAINABILITY = "sustainability"

    def __str__(self) -> str:
        return str(self.value)
