from enum import StrEnum


class OfferTransitionDtoAction(StrEnum):
    ACTIVATE = "activate"
    ARCHIVE = "archive"
    PAUSE = "pause"

    def __str__(self) -> str:
        return str(self.value)
