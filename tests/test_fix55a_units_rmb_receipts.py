"""fix55a: yuan under a units row of RMB / 元 beside a 币种 column (rv55a s04, s04b, s04y); dollar
deposits less the bank's charge in a column of RMB (rv55a s03).

A units row under the header (订单金额 / USD, 收款 / RMB: the user guide's own layout) names the
receipts in the yuan the bank credited; reader 79 let each row's 币种 (the order's currency) decide
over it, and 35,500 RMB on a 10,000 USD order was read 35,500 USD. A lone 元 in the units row
named nothing. Each ledger is written with openpyxl and imported by both imports
(tests.test_fast_import._same_import); accounts are read at 2025-06-30.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.received_rmb import could_be_rmb

JUNE = date(2025, 6, 30)
ALPHA, BETA, GAMMA, DELTA = ("Alpha Haushalt GmbH", "Beta Homeware Ltd", "Gamma Cuisine SAS",
                             "Delta Casa SL")
OTHER = "Other Co"
HEAD = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "出货日期", "收款",
        "收款日期"]


def _accounts(tmp_path: Path) -> dict[str, tuple[int, int, str | None, int]]:
    """Each customer's (open in USD, days overdue, list, credit on account)."""
    return {name: (round(c.open_amount), c.max_days_overdue, c.list, round(c.credit_on_account))
            for name, c in by_name(at(tmp_path / "fast.sqlite", JUNE)).items()}


def _row(number: str, buyer: str, amount: float, currency: str, paid: float) -> list[object]:
    """Shipped 03-10 on OA 30 days (due 04-09: 82 days at 06-30), paid 04-05."""
    return [number, buyer, date(2025, 3, 1), amount, currency, "OA 30 days", date(2025, 3, 10),
            paid, date(2025, 4, 5)]


ROWS = [_row("2025-001", ALPHA, 10_000, "USD", 71_000),
        _row("2025-002", BETA, 10_000, "USD", 35_500),
        _row("2025-003", GAMMA, 10_000, "USD", 7_100),
        ["2025-005", OTHER, date(2025, 6, 1), 1_000, "USD", "T/T", date(2025, 6, 30), 7_100,
         date(2025, 6, 30)]]


@pytest.mark.parametrize("amount_unit, received_unit", [
    (None, "RMB"), ("USD", "RMB"), (None, "元"), ("USD", "人民币"), (None, "单位：元")])
def test_a_units_row_of_rmb_under_receipts_is_yuan_whatever_the_currency_column(
        tmp_path: Path, amount_unit: str | None, received_unit: str) -> None:
    """Units row: 收款 RMB (or 元, 人民币, 单位：元), 订单金额 USD or nothing; 币种 USD on every
    row. Hand count (about 7.1 yuan a dollar): Alpha's 71,000 RMB pays its 10,000 USD: 0; Beta's
    35,500 RMB half: about 5,000 open, 82 days, black; Gamma's 7,100 RMB a tenth: about 9,000.
    Main: the yuan read as dollars, Beta 0 open with 25,500 credit, Alpha 61,000 credit, Gamma
    2,900 (with 元: the units row read as none, the same)."""
    units = [None, None, None, amount_unit, None, None, None, received_unit, None]
    ledger = write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": [HEAD, units, *ROWS]})
    _same_import(tmp_path, [ledger])
    accounts = _accounts(tmp_path)
    assert accounts[ALPHA] == (0, 0, None, 0), accounts
    beta, gamma = accounts[BETA], accounts[GAMMA]
    assert 4_900 <= beta[0] <= 5_200 and beta[1:] == (82, "black", 0), accounts
    assert 8_900 <= gamma[0] <= 9_100 and gamma[1:] == (82, "black", 0), accounts
    assert accounts[OTHER] == (0, 0, None, 0), accounts


def test_a_units_row_of_rmb_under_receipts_of_euro_orders(tmp_path: Path) -> None:
    """Delta's 10,000 EUR order (币种 EUR) paid 38,750 RMB under 收款 / RMB, half of it at about
    7.75: about 5,000 EUR open (some 5,400 USD), 82 days, black. Main: 38,750 EUR paid, 0 open
    and a 31,050 credit."""
    units = [None] * 7 + ["RMB", None]
    rows = [_row("2025-004", DELTA, 10_000, "EUR", 38_750), *ROWS]
    ledger = write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": [HEAD, units, *rows]})
    _same_import(tmp_path, [ledger])
    delta = _accounts(tmp_path)[DELTA]
    assert 5_200 <= delta[0] <= 5_700 and delta[1:] == (82, "black", 0), delta


def test_dollar_deposits_less_the_bank_s_charge_in_a_column_of_rmb(tmp_path: Path) -> None:
    """收款 most of whose figures run at 7.1 (RMB settled); three dollar deposits typed net of
    the bank's charge: 2,975 (30 % of 10,000 less 25), 2,380 (30 % of 8,000 less 20), 6,965
    (70 % of 10,000 less 35). Hand count: dollars as wired, 7,025, 5,620 and 3,035 open, due
    03-28: 94 days, black. Main: read as yuan, 9,587, 7,669 and 9,033 open."""
    head = ["客户名称", "合同号", "订单日期", "金额", "币种", "付款方式", "到期日", "收款",
            "收款日期"]

    def row(buyer: str, number: str, month: int, amount: float, paid: float) -> list[object]:
        return [buyer, number, date(2025, month, 1), amount, "USD", "T/T 30 days",
                date(2025, month, 28), paid, date(2025, month, 25)]

    rows = [row("Alpha Trading LLC", "A-1", 2, 10_000, 71_000),
            row("Beta Imports Ltd", "B-1", 2, 5_000, 35_500),
            row(GAMMA, "G-1", 2, 8_000, 56_800), row(DELTA, "D-1", 3, 10_000, 2_975),
            row("Epsilon Home BV", "E-1", 3, 8_000, 2_380),
            row("Hotel Supply Oy", "H-1", 3, 10_000, 6_965),
            [OTHER, "O-1", date(2025, 6, 1), 1_000, "USD", "T/T", date(2025, 6, 30), 7_100,
             date(2025, 6, 30)]]
    ledger = write_xlsx(tmp_path / "出口台账2025.xlsx", {"台账": [head, *rows]})
    _same_import(tmp_path, [ledger])
    accounts = _accounts(tmp_path)
    assert accounts[DELTA] == (7_025, 94, "black", 0), accounts
    assert accounts["Epsilon Home BV"] == (5_620, 94, "black", 0), accounts
    assert accounts["Hotel Supply Oy"] == (3_035, 94, "black", 0), accounts
    assert accounts["Alpha Trading LLC"][:3] == (0, 0, None), accounts
    assert accounts[GAMMA][:3] == (0, 0, None), accounts


def test_a_share_less_a_wire_s_charge_is_the_invoice_s_currency() -> None:
    """A whole 5 % share short by up to 50 (and no more than half a share's step) is that share
    wired less the charge; 100 short (7,100 RMB settled on 8,000 USD, rv54e) and any figure on a
    small invoice (710 RMB on 1,000 USD) stay RMB. Main: 2,975 of 10,000 could be RMB."""
    assert not any(could_be_rmb(paid, amount) for paid, amount in (
        (2_975, 10_000), (2_380, 8_000), (6_965, 10_000), (4_950, 10_000)))
    assert all(could_be_rmb(paid, amount) for paid, amount in (
        (7_100, 8_000), (28_400, 30_000), (710, 1_000), (2_900, 10_000)))
