"""Audit 25: a rate typed the other way round (7.1 yuan per dollar where the table wants 0.14
dollars per yuan) made every CNY order count 51 times its value; a small buyer long overdue left
the stop-loss list. Ledgers written here with openpyxl, imported and analysed as the app does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_account_audit import HEADER, PAYER, A, customer, row
from test_fast_import import _same_import

from core import rates
from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.messages import Refusal
from core.store import connect


def small_cny_buyer(tmp_path: Path) -> Path:
    """Two orders of 100,000 CNY (13,890 USD each): the first paid 95,000, so 5,000 CNY (695
    USD) are open 145 days past due — under 20,000 USD an order and overdue: the black list."""
    rows = [row("PO-1", "Small CNY Buyer", "2025-01-05", 100_000, currency="CNY",
                ship="2025-01-06", received=95_000, received_on="2025-02-20"),
            row("PO-2", "Small CNY Buyer", "2025-02-05", 100_000, currency="CNY",
                ship="2025-02-06", received=100_000, received_on="2025-03-20")]
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [HEADER, *rows, PAYER]})
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message
    return db


def test_a_cny_rate_typed_as_yuan_per_dollar_is_refused_and_the_buyer_stays_listed(tmp_path):
    """Before: 7.1 was stored; the buyer's average order read 710,000 USD and its 35,500 USD
    overdue stayed under the 50,000 exposure limit, so it left the black list."""
    db = small_cny_buyer(tmp_path)
    with connect(db) as conn:
        assert customer(analyse(conn, as_of=A), "Small CNY Buyer").list == "black"
        before = rates.list_rates(conn)
        with pytest.raises(Refusal) as refused:
            rates.set_rate(conn, "CNY", "2025-01-01", "7.1")
        assert refused.value.code == "rate_inverted"
        assert "0.1408" in refused.value.text
        assert rates.list_rates(conn) == before
        buyer = customer(analyse(conn, as_of=A), "Small CNY Buyer")
    assert buyer.avg_order_12m == pytest.approx(100_000 * rates.DEFAULT_RATES["CNY"])
    assert buyer.list == "black"


@pytest.mark.parametrize(("currency", "known", "value"), [
    ("AED", (), "3.6725"),   # dirham per dollar, default 0.2723
    ("JPY", (), "150"),      # yen per dollar, default 0.0067
    ("XAF", (0.0016,), "615"),  # no default: told by its own other rate
])
def test_other_currencies_typed_the_other_way_round_are_refused(currency, known, value):
    with pytest.raises(Refusal) as refused:
        rates.check_rate(currency, "2025-01-01", value, known)
    assert refused.value.code == "rate_inverted"


def test_the_dialog_names_an_inverted_rate_on_its_row(qtbot):
    from ui.settings.rates import RatesModel
    model = RatesModel([rates.Rate("USD", "2000-01-01", 1.0),
                        rates.Rate("XAF", "2000-01-01", 0.0016)])
    new = model.add_row()
    for column, text in enumerate(("xaf", "2025-01-01", "615")):
        model.setData(model.index(new, column), text)
    problem = model.problem(new)
    assert problem is not None and problem.code == "rate_inverted"


@pytest.mark.parametrize(("currency", "known", "value"), [
    ("CNY", (7.1,), "0.14"),  # correcting a rate stored inverted before the check
    ("CNY", (), "0.1408"),
    ("EUR", (), "0.93"),      # near 1: cannot be told from its inverse, let through
    ("ARS", (), "0.0007"),    # devalued since the default, not inverted
])
def test_plausible_rates_still_pass(currency, known, value):
    assert rates.check_rate(currency, "2025-01-01", value, known).usd_per_unit == float(value)


RECEIVED_IN = ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "已收金额",
               "收款币种", "收款日期"]


def paid_in_usd(tmp_path: Path) -> Path:
    """10,800 USD wired for a 10,000 EUR invoice (10,000 EUR at the default rates), the
    wire's currency in its own column; the buyer's next invoice wholly open."""
    rows = [["PO-1", "Euro Buyer", date(2025, 1, 5), 10_000, "EUR", "OA 30 days",
             date(2025, 1, 6), 10_800, "USD", date(2025, 2, 1)],
            ["PO-2", "Euro Buyer", date(2025, 2, 5), 10_000, "EUR", "OA 30 days",
             date(2025, 2, 6), None, None, None],
            ["PO-9", "Payer", date(2025, 5, 1), 1_000, "USD", "OA 30 days",
             date(2025, 5, 2), 1_000, "USD", A]]
    return write_xlsx(tmp_path / "ledger.xlsx", {"台账": [RECEIVED_IN, *rows]})


def test_a_received_currency_column_is_read_not_dropped(tmp_path):
    """Before: 收款币种 was no field and went unread: 10,800 read as EUR, 800 EUR spilled
    onto PO-2, which showed 9,200 EUR (9,936 USD) overdue instead of 10,000."""
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [paid_in_usd(tmp_path)])
    assert result.status == "imported", result.message
    with connect(db) as conn:
        buyer = customer(analyse(conn, as_of=A), "Euro Buyer")
    assert buyer.overdue_amount == pytest.approx(10_000 * rates.DEFAULT_RATES["EUR"], abs=1)
    assert [r.received for r in buyer.receivables] == [pytest.approx(10_000), 0]


def test_the_reference_reads_a_received_currency_column_alike(tmp_path):
    _same_import(tmp_path, [paid_in_usd(tmp_path)])
    with connect(tmp_path / "slow.sqlite") as conn:  # the reference's database
        assert conn.execute("SELECT received_currency FROM order_lines WHERE received_amount "
                            "= 10800").fetchall()[0][0] == "USD"
