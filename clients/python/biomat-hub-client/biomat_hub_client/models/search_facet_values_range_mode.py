from enum import StrEnum


class SearchFacetValuesRangeMode(StrEnum):
    OVERLAPS = "overlaps"
    WITHIN = "within"

    def __str__(self) -> str:
        return str(self.value)
