from enum import StrEnum


class LiteratureReferenceTypeType1(StrEnum):
    ARTICLE = "article"
    BOOK = "book"
    CHAPTER = "chapter"
    DATASHEET = "datasheet"
    REGULATORY = "regulatory"
    STANDARD = "standard"
    WEB = "web"

    def __str__(self) -> str:
        return str(self.value)
