from enum import StrEnum


class LiteratureImportReportFormat(StrEnum):
    BIBTEX = "bibtex"
    CSL_JSON = "csl-json"
    MEDLINE = "medline"
    PUBMED_XML = "pubmed-xml"
    RIS = "ris"

    def __str__(self) -> str:
        return str(self.value)
