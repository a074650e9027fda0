from enum import StrEnum


class LookedUpReferenceType(StrEnum):
    ARTICLE = "article"
    BOOK = "book"
    CHAPTER = "chapter"

    def __str__(self) -> str:
        return str(self.value)
