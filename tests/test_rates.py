"""The currency rates table: checked edits, USD kept as the unit, dated rates apply forward."""

from __future__ import annotations

import pytest

from core import rates, settings, settings_store
from core.messages import Refusal
from core.store import connect, transaction


@pytest.fixture
def conn(db_path):
    connection = connect(db_path)
    yield connection
    connection.close()


def test_defaults_are_listed_by_currency_then_date(conn):
    listed = rates.list_rates(conn)
    assert len(listed) == len(rates.DEFAULT_RATES)
    assert [r.currency for r in listed] == sorted(rates.DEFAULT_RATES)
    assert rates.Rate("USD", rates.RATES_FROM, 1.0) in listed


def test_set_adds_replaces_and_normalises(conn):
    added = rates.set_rate(conn, " eur ", "2025-07-01", "1.17")
    assert added == rates.Rate("EUR", "2025-07-01", 1.17)
    rates.set_rate(conn, "EUR", "2025-07-01", 1.16)
    eur = [r for r in rates.list_rates(conn) if r.currency == "EUR"]
    assert eur == [rates.Rate("EUR", rates.RATES_FROM, 1.08),
                   rates.Rate("EUR", "2025-07-01", 1.16)]


def test_delete_removes_one_dated_rate(conn):
    rates.set_rate(conn, "EUR", "2025-07-01", 1.17)
    rates.delete_rate(conn, "eur", "2025-07-01")
    assert [r.valid_from for r in rates.list_rates(conn) if r.currency == "EUR"] == [
        rates.RATES_FROM]
    with pytest.raises(Refusal) as missing:
        rates.delete_rate(conn, "EUR", "2025-07-01")
    assert missing.value.code == "rate_not_found"


@pytest.mark.parametrize(("currency", "day", "value", "code"), [
    ("ABC", "2025-01-01", 1.1, "bad_rate_currency"),  # no currency (EURO is EUR: cur35b)
    ("E1R", "2025-01-01", 1.1, "bad_rate_currency"),
    ("", "2025-01-01", 1.1, "bad_rate_currency"),
    ("EUR", "2025/01/01", 1.1, "bad_rate_date"),
    ("EUR", "", 1.1, "bad_rate_date"),
    ("EUR", "2025-01-01", "abc", "bad_rate_value"),
    ("EUR", "2025-01-01", 0, "rate_not_positive"),
    ("EUR", "2025-01-01", -1.1, "rate_not_positive"),
    ("USD", "2025-01-01", 7.1, "usd_rate_fixed"),
])
def test_bad_rates_are_refused_with_a_message(conn, currency, day, value, code):
    before = rates.list_rates(conn)
    with pytest.raises(Refusal) as refused:
        rates.set_rate(conn, currency, day, value)
    assert refused.value.code == code
    assert refused.value.text and "{" not in refused.value.text
    assert rates.list_rates(conn) == before


def test_usd_the_unit_cannot_be_deleted(conn):
    with pytest.raises(Refusal) as refused:
        rates.delete_rate(conn, "usd", rates.RATES_FROM)
    assert refused.value.code == "usd_rate_kept"
    assert rates.Rate("USD", rates.RATES_FROM, 1.0) in rates.list_rates(conn)


def test_a_later_rate_applies_to_later_orders_only(conn):
    rates.set_rate(conn, "EUR", "2025-07-01", 1.20)
    table = rates.Rates(conn, "USD")
    assert table.factor("EUR", "2025-06-30") == pytest.approx(1.08)
    assert table.factor("EUR", "2025-07-01") == pytest.approx(1.20)
    assert table.factor("EUR", "2025-12-31") == pytest.approx(1.20)
    in_cny = rates.Rates(conn, "CNY")  # a base other than USD divides by its own rate
    assert in_cny.factor("EUR", "2025-08-01") == pytest.approx(1.20 / 0.1389)


def test_a_day_before_a_currency_s_first_rate_takes_that_rate(conn):
    """A currency added today with today's rate still converts last year's orders (the
    defaults start in 2000); only a currency without any rate is missing."""
    rates.set_rate(conn, "KZT", "2025-07-01", 0.002)
    table = rates.Rates(conn, "USD")
    assert table.factor("KZT", "2024-01-15") == pytest.approx(0.002)
    assert table.factor("XAF", "2024-01-15") is None


def test_edits_join_the_callers_transaction(conn):
    with pytest.raises(Refusal), transaction(conn):
        rates.set_rate(conn, "EUR", "2025-07-01", 1.2)
        rates.delete_rate(conn, "GBP", rates.RATES_FROM)
        rates.set_rate(conn, "XX", "2025-07-01", 1.0)  # refused: everything rolls back
    listed = rates.list_rates(conn)
    assert rates.Rate("GBP", rates.RATES_FROM, 1.27) in listed
    assert all(r.valid_from == rates.RATES_FROM for r in listed)


def test_reset_defaults_restores_settings_and_keeps_rates(conn):
    settings_store.put(conn, "stop_loss_days", 90)
    settings_store.put(conn, "firm_name", "宁波海曙进出口")
    rates.set_rate(conn, "EUR", "2025-07-01", 1.2)
    settings_store.reset_defaults(conn, ["stop_loss_days"])
    assert settings_store.get(conn, "stop_loss_days") == 60
    assert settings_store.get(conn, "firm_name") == "宁波海曙进出口"
    settings_store.reset_defaults(conn)
    assert settings_store.load(conn) == {s.key: s.default for s in settings.SETTINGS}
    assert rates.Rate("EUR", "2025-07-01", 1.2) in rates.list_rates(conn)
    with pytest.raises(Refusal):
        settings_store.reset_defaults(conn, ["no_such_key"])
