from enum import StrEnum


class LiteratureSearchSearchSort(StrEnum):
    RELEVANCE = "relevance"
    YEARASC = "year:asc"
    YEARDESC = "year:desc"

    def __str__(self) -> str:
        return str(self.value)
