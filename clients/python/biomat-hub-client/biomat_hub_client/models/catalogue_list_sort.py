from enum import StrEnum


class CatalogueListSort(StrEnum):
    NAME = "name"
    SLUG = "slug"
    UPDATEDAT = "updatedAt"
    VALUE_1 = "-name"
    VALUE_3 = "-updatedAt"
    VALUE_5 = "-slug"

    def __str__(self) -> str:
        return str(self.value)
