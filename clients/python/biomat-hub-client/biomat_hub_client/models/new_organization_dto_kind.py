from enum import StrEnum


class NewOrganizationDtoKind(StrEnum):
    COMPANY = "company"
    HOSPITAL = "hospital"
    RESEARCH_INSTITUTION = "research_institution"
    SUPPLIER = "supplier"

    def __str__(self) -> str:
        return str(self.value)
