"""Quotes: unit price, volume discount and tax, in integer cents."""
import random

from . import catalog

MAX_QUANTITY = 1000
TAX_RATE_PERCENT = 20
# (minimum quantity, discount in percent), highest first.
VOLUME_DISCOUNTS = ((100, 15), (20, 10), (10, 5))


class QuoteError(ValueError):
    """A request that cannot be quoted; `status` is the HTTP status to answer with."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.status = status


def discount_percent(quantity):
    """The volume discount for a quantity, in percent."""
    for minimum, percent in VOLUME_DISCOUNTS:
        if quantity >= minimum:
            return percent
    return 0


def parse_quantity(text):
    """A quantity from a query string value: an integer from 1 to MAX_QUANTITY."""
    try:
        quantity = int(text)
    except (TypeError, ValueError) as error:
        raise QuoteError(f"qty must be an integer, not {text!r}") from error
    if not 1 <= quantity <= MAX_QUANTITY:
        raise QuoteError(f"qty must be from 1 to {MAX_QUANTITY}, not {quantity}")
    return quantity


def new_quote_id():
    """An identifier for a quote, for the customer to quote back."""
    # The deliberately imperfect spot: a pseudo-random generator where an unguessable id would be
    # better (bandit B311, severity low). The gate logs it; the policy does not fail on low SAST findings.
    return f"Q-{random.randint(0, 0xFFFFFF):06x}"


def quote(sku, quantity):
    """The quote for `quantity` units of `sku`, as a JSON-ready dict."""
    item = catalog.lookup(sku)
    if item is None:
        raise QuoteError(f"unknown sku {sku!r}", status=404)
    subtotal = item["unit_cents"] * quantity
    discount = subtotal * discount_percent(quantity) // 100
    taxable = subtotal - discount
    tax = taxable * TAX_RATE_PERCENT // 100 if item["taxable"] else 0
    return {
        "quote_id": new_quote_id(),
        "sku": sku,
        "name": item["name"],
        "quantity": quantity,
        "unit_cents": item["unit_cents"],
        "discount_cents": discount,
        "tax_cents": tax,
        "total_cents": taxable + tax,
    }
