"""The price list, loaded once and kept in memory."""
import functools
import json
from pathlib import Path

PRICE_LIST = Path(__file__).with_name("prices.json")


@functools.lru_cache(maxsize=1)
def _price_list():
    with PRICE_LIST.open(encoding="utf-8") as handle:
        return json.load(handle)


def lookup(sku):
    """The catalog entry of a SKU ({"name", "unit_cents", "taxable"}), or None when unknown."""
    return _price_list().get(sku)
