from enum import StrEnum


class LiteratureReferenceDtoType(StrEnum):
    ARTICLE = "article"
    BOOK = "book"
    CHAPTER = "chapter"
    DATASHEET = "datasheet"
    REGULATORY = "regulatory"
    STANDARD = "standard"
    WEB = "web"

    def __str__(self) -> str:
        return str(self.value)
