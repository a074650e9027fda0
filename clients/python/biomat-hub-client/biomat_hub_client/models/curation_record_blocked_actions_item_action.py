from enum import StrEnum


class CurationRecordBlockedActionsItemAction(StrEnum):
    DISCARD_DRAFT = "discard_draft"
    PUBLISH = "publish"
    REQUEST_CHANGES = "request_changes"
    RESTORE = "restore"
    RETIRE = "retire"
    SUBMIT = "submit"

    def __str__(self) -> str:
        return str(self.value)
