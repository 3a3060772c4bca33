"""The price list, read from the pricing backend.

Release 1.2.0's regression: a refactoring dropped the cache, so every quote now waits for the pricing
backend (its round trip is simulated here). Every check still passes on an idle slot; under traffic the
quotes are far too slow, and blue-green-deploy's verification window catches it.
"""
import json
import time
from pathlib import Path

PRICE_LIST = Path(__file__).with_name("prices.json")
BACKEND_ROUND_TRIP_S = 1.2


def _price_list():
    time.sleep(BACKEND_ROUND_TRIP_S)
    with PRICE_LIST.open(encoding="utf-8") as handle:
        return json.load(handle)


def lookup(sku):
    """The catalog entry of a SKU ({"name", "unit_cents", "taxable"}), or None when unknown."""
    return _price_list().get(sku)
