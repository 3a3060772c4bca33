"""Quotes: discounts, tax, validation."""
import pytest

from sample_service import pricing


@pytest.mark.parametrize(
    ("quantity", "percent"),
    [(1, 0), (9, 0), (10, 5), (19, 5), (20, 10), (99, 10), (100, 15), (1000, 15)],
)
def test_volume_discount_tiers(quantity, percent):
    assert pricing.discount_percent(quantity) == percent


def test_quote_applies_discount_then_tax():
    result = pricing.quote("A-100", 10)
    assert result["discount_cents"] == 1225
    assert result["tax_cents"] == (24500 - 1225) * 20 // 100
    assert result["total_cents"] == 24500 - 1225 + result["tax_cents"]


def test_untaxed_item_has_no_tax():
    result = pricing.quote("B-100", 1)
    assert result["tax_cents"] == 0
    assert result["total_cents"] == 12000


def test_unknown_sku_is_404():
    with pytest.raises(pricing.QuoteError) as raised:
        pricing.quote("Z-999", 1)
    assert raised.value.status == 404


@pytest.mark.parametrize("text", ["0", "1001", "-3", "two", None])
def test_bad_quantities_are_refused(text):
    with pytest.raises(pricing.QuoteError):
        pricing.parse_quantity(text)


def test_quote_ids_look_alike():
    assert pricing.new_quote_id().startswith("Q-")
