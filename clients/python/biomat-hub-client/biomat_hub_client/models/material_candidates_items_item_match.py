from enum import StrEnum


class MaterialCandidatesItemsItemMatch(StrEnum):
    KEYWORD = "keyword"
    NAME = "name"
    SYNONYM = "synonym"
    TRADE_NAME = "trade-name"

    def __str__(self) -> str:
        return str(self.value)
