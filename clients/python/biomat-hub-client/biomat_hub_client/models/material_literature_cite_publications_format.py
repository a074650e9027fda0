from enum import StrEnum


class MaterialLiteratureCitePublicationsFormat(StrEnum):
    APA = "apa"
    BIBTEX = "bibtex"
    CSL_JSON = "csl-json"
    RIS = "ris"

    def __str__(self) -> str:
        return str(self.value)
