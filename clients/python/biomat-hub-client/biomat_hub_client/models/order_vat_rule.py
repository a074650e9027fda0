from enum import StrEnum


class OrderVatRule(StrEnum):
    DOMESTIC = "domestic"
    EXPORT = "export"
    NO_VAT_NUMBER = "no-vat-number"
    OUTSIDE_EU = "outside-eu"
    REVERSE_CHARGE = "reverse-charge"

    def __str__(self) -> str:
        return str(self.value)
