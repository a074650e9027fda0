from enum import StrEnum


class CartLineProblemsItemCode(StrEnum):
    BELOW_MINIMUM = "below-minimum"
    NOT_SHIPPED_TO = "not-shipped-to"
    OFFER_UNAVAILABLE = "offer-unavailable"
    OVER_STOCK = "over-stock"
    OWN_OFFER = "own-offer"
    PRICE_CHANGED = "price-changed"
    QUOTE_UNAVAILABLE = "quote-unavailable"

    def __str__(self) -> str:
        return str(self.value)
