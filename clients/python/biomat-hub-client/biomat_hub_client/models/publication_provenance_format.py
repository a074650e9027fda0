from enum import StrEnum


class PublicationProvenanceFormat(StrEnum):
    API = "api"
    BIBTEX = "bibtex"
    CSL_JSON = "csl-json"
    MEDLINE = "medline"
    PUBMED_XML = "pubmed-xml"
    RIS = "ris"
    SEED = "seed"

    def __str__(self) -> str:
        return str(self.value)
