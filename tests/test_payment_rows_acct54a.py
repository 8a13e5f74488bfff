"""acct54a: payment rows a clerk writes around an order (rv53e, rv53c).

- a 定金 row whose status names another payment (尾款未收: the balance is unpaid) received its
  own figure: Delta's 3,000 deposit of 03-02 was dropped, 3,000 open where nothing was owed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from account_cli import customers, imported
from ledgers import write_xlsx

from core.ledger.payment_row_money import planned

HEAD = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "品名", "出货日期", "收款",
        "收款日期", "状态", "备注"]


def _order(no: str, customer: str, deposit_status: str, balance_status: str) -> list[list[Any]]:
    """10,000 USD ordered 03-01, shipped 03-20; 定金30% 3,000 received 03-02, 尾款70% 7,000
    received 04-20, each row with its status."""
    return [[no, customer, date(2025, 3, 1), 10_000, "USD", "30% deposit", date(2025, 3, 20),
             None, None, "", ""],
            [None, None, None, None, None, "定金30%", None, 3_000, date(2025, 3, 2),
             deposit_status, ""],
            [None, None, None, None, None, "尾款70%", None, 7_000, date(2025, 4, 20),
             balance_status, ""]]


def _open(tmp_path: Path, rows: list[list[Any]], as_of: date) -> dict[str, float]:
    ledger = write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": [HEAD, *rows]})
    db = imported(tmp_path / "firm.sqlite", ledger)
    return {name: c["open_amount"] for name, c in customers(db, as_of)["by_name"].items()}


def test_a_status_naming_the_other_payment_leaves_this_rows_money(tmp_path: Path) -> None:
    """Hand count at 06-30: Delta paid both (its deposit's status 尾款未收 written before the
    balance came): 0 open (3,000 before). Eta's balance 未收: 7,000 open (10,000 before: its
    deposit, received, dropped too). Iota's balance row says 定金未收, yet both came: 0 (7,000
    before). Theta's deposit row itself says 定金未收: 3,000 open, as before."""
    rows = [*_order("2025-023", "Delta Casa SL", "尾款未收", "已收"),
            *_order("2025-024", "Eta Casa SL", "尾款未收", "未收"),
            *_order("2025-025", "Theta Casa SL", "定金未收", "已收"),
            *_order("2025-026", "Iota Casa SL", "", "定金未收")]
    assert _open(tmp_path, rows, date(2025, 6, 30)) == {
        "Delta Casa SL": 0, "Eta Casa SL": 7_000, "Theta Casa SL": 3_000, "Iota Casa SL": 0}


@pytest.mark.parametrize(("cells", "product", "owed"), [
    (["尾款未收"], "定金30%", False), (["定金未收"], "尾款70%", False),
    (["定金未收"], "定金30%", True), (["未收"], "定金30%", True),
    (["定金、尾款均未收"], "定金30%", True), (["balance unpaid"], "deposit", False),
    (["尾款未收"], "货款", True)])
def test_only_a_cell_naming_this_payment_or_none_says_it_is_owed(
        cells: list[str], product: str, owed: bool) -> None:
    assert planned(cells, product) is owed


H2 = ["客户名称", "合同号", "订单日期", "品名", "数量", "单价", "金额", "币种", "付款方式",
      "到期日", "收款", "收款日期", "备注"]
CEDAR = "Cedar Living Ltd"


def _o(customer: str, no: str, day: date, product: str, qty: int, price: int,
       due: date) -> list[Any]:
    return [customer, no, day, product, qty, price, qty * price, "USD", "30%定金 70%见提单", due,
            None, None, None]


def _pay(word: str, amount: float, day: date, no: str | None = None) -> list[Any]:
    return [None, no, None, word, None, None, None, None, None, None, amount, day, None]


def _accounts(tmp_path: Path, rows: list[list[Any]]) -> dict[str, tuple[float, float]]:
    ledger = write_xlsx(tmp_path / "台账.xlsx", {"2025": [H2, *rows]})
    db = imported(tmp_path / "firm.sqlite", ledger)
    return {name: (c["revenue_12m"], c["open_amount"])
            for name, c in customers(db, date(2025, 12, 31))["by_name"].items()}


def test_payment_rows_after_a_subtotal_naming_their_orders_are_theirs(tmp_path: Path) -> None:
    """CD-1 10,000 and CD-3 5,000, then Cedar's 小计, then 定金 3,000 and 尾款 7,000 of CD-1
    and 尾款 3,000 of CD-3. Hand count: 15,000 sold, 2,000 open (15,000 before: all lost)."""
    rows = [_o(CEDAR, "CD-1", date(2025, 6, 1), "餐椅", 100, 100, date(2025, 7, 15)),
            _o(CEDAR, "CD-3", date(2025, 7, 1), "餐桌", 10, 500, date(2025, 8, 15)),
            [CEDAR + " 小计", None, None, None, None, None, 15_000, None, None, None, 13_000,
             None, None],
            _pay("定金30%", 3_000, date(2025, 6, 10), "CD-1"),
            _pay("尾款70%", 7_000, date(2025, 7, 20), "CD-1"),
            _pay("尾款", 3_000, date(2025, 8, 20), "CD-3"),
            # no number after a subtotal: nothing says whose it is, a totals row as before
            _o("Oak Furniture Inc", "OK-1", date(2025, 6, 1), "餐桌", 20, 500, date(2025, 7, 15)),
            ["Oak Furniture Inc 小计", None, None, None, None, None, 10_000, None, None, None,
             None, None, None],
            _pay("尾款70%", 7_000, date(2025, 7, 20))]
    assert _accounts(tmp_path, rows) == {CEDAR: (15_000, 2_000), "Oak Furniture Inc": (
        10_000, 10_000)}


def test_a_payment_row_above_its_order_naming_it_is_its(tmp_path: Path) -> None:
    """定金 3,000 of CD-1 typed above CD-1's row (under Zeta's paid order), 尾款 7,000 under
    it: Cedar paid in full, 0 open (3,000 before); Zeta paid, Oak owes its 10,000."""
    rows = [_o("Zeta Home GmbH", "Z-1", date(2025, 2, 1), "沙发", 50, 200, date(2025, 4, 1)),
            _pay("定金30%", 3_000, date(2025, 2, 5)), _pay("尾款70%", 7_000, date(2025, 4, 2)),
            _pay("定金30%", 3_000, date(2025, 6, 10), "CD-1"),
            _o(CEDAR, "CD-1", date(2025, 6, 1), "餐椅", 100, 100, date(2025, 7, 15)),
            _pay("尾款70%", 7_000, date(2025, 7, 20)),
            _o("Oak Furniture Inc", "OK-1", date(2025, 6, 1), "餐桌", 20, 500, date(2025, 7, 15))]
    assert _accounts(tmp_path, rows) == {"Zeta Home GmbH": (10_000, 0), CEDAR: (10_000, 0),
                                         "Oak Furniture Inc": (10_000, 10_000)}


def test_a_claim_s_application_number_is_no_claim_pending(tmp_path: Path) -> None:
    """rv53e's Lagos Power: 中信保赔付（申请号123） on SZ2503039's 16,200 and SZ2504040's 14,400.
    Hand count at 11-30: each claim pays its own invoice, 1,800 open 150 days on SZ2503039
    (before: the money pooled oldest first, SZ2503039 paid, 3,400 on SZ2504040, 114 days). A
    claim 申请中 still pools, as before."""
    from test_acct53d_insurer_claims import _customer, _import, _lagos
    from test_lists_audit28 import owed

    _import(tmp_path / "no", (11, _lagos("中信保赔付（申请号123）", "中信保赔付（申请编号 A-9）")))
    lagos = _customer(tmp_path / "no", date(2025, 11, 30))
    assert owed(lagos)["SZ2503039"] == (1_800, 150)
    assert owed(lagos)["SZ2504040"] == (1_600, 114)
    _import(tmp_path / "pending", (11, _lagos("中信保赔付申请中", "中信保赔付申请中")))
    lagos = _customer(tmp_path / "pending", date(2025, 11, 30))
    assert owed(lagos)["SZ2503039"] == (0, 0)


@pytest.mark.parametrize("header", ["收汇USD", "收汇 USD", "收汇(USD)"])
def test_a_receipts_header_closing_on_its_currency_is_read(tmp_path: Path, header: str) -> None:
    """收汇USD: Alpha's 10,000 received 03-10 (before: the column unread, 10,000 open); Beta
    owes its 5,000."""
    head = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "出货日期", header, "收款日期"]
    rows = [["A-1", "Alpha Haushalt GmbH", date(2025, 2, 1), 10_000, "USD", date(2025, 2, 20),
             10_000, date(2025, 3, 10)],
            ["B-1", "Beta Homeware Ltd", date(2025, 2, 3), 5_000, "USD", date(2025, 2, 20),
             None, None]]
    ledger = write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": [head, *rows]})
    db = imported(tmp_path / "firm.sqlite", ledger)
    found = customers(db, date(2025, 6, 30))["by_name"]
    assert (found["Alpha Haushalt GmbH"]["open_amount"], found["Beta Homeware Ltd"][
        "open_amount"]) == (0, 5_000)


def test_a_planned_payment_row_is_named_so_not_a_totals_row(tmp_path: Path) -> None:
    """CD-1 10,000 with 定金30% 3,000 received 06-10 and 尾款70% 7,000 noted 待收 under it, and
    Oak's 小计: the rows line names 1 totals row and 1 planned payment row (before: "2 of them
    totals rows"), in both languages and on the import dialog's summary; 7,000 stays open."""
    from languages import in_chinese
    from test_fast_import import _same_import

    from core.ledger.report import rows_text
    from ui.importing.summary import skipped_kinds

    rows = [_o(CEDAR, "CD-1", date(2025, 6, 1), "餐椅", 100, 100, date(2025, 7, 15)),
            _pay("定金30%", 3_000, date(2025, 6, 10)),
            [None, None, None, "尾款70%", None, None, None, None, None, None, 7_000, None, "待收"],
            _o("Oak Furniture Inc", "OK-1", date(2025, 6, 1), "餐桌", 20, 500, date(2025, 7, 15)),
            ["Oak Furniture Inc 小计", None, None, None, None, None, 10_000, None, None, None,
             None, None, None]]
    ledger = write_xlsx(tmp_path / "台账.xlsx", {"2025": [H2, *rows]})
    (result,) = _same_import(tmp_path, [ledger])
    assert "2 skipped (1 totals row, 1 planned payment row, not received)" in rows_text(result)
    assert "跳过 2（其中合计行 1、尚未收到的计划付款行 1）" in in_chinese(lambda: rows_text(result))
    said = "\n".join(skipped_kinds(result))
    assert "1 totals row (合计, 小计, Total) left out: “2025” row 6" in said
    assert "1 planned payment row (a 定金 or 尾款 not received yet) read as a note of what is " \
           "asked: “2025” row 4. It is not money received." in said
    assert "1 行计划付款行（尚未收到的定金或尾款）" in in_chinese(
        lambda: "\n".join(skipped_kinds(result)))
    db = imported(tmp_path / "firm.sqlite", ledger)
    assert customers(db, date(2025, 12, 31))["by_name"][CEDAR]["open_amount"] == 7_000


def test_a_subtotal_typed_to_whole_units_agrees_with_its_rows(tmp_path: Path) -> None:
    """Alpha's 小计 3,581 over 1,234.56 + 2,346.42 = 3,580.98: agrees (before: named 0.02
    off); Beta's 5,001 over 5,000.40 is 0.60 off, more than its rounding: named, as before."""
    from languages import in_chinese
    from test_fast_import import _same_import

    from core.ledger.report import import_report

    head = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "出货日期"]
    rows = [["A-1", "Alpha Haushalt GmbH", date(2025, 2, 1), 1_234.56, "USD", date(2025, 2, 20)],
            ["A-2", "Alpha Haushalt GmbH", date(2025, 3, 1), 2_346.42, "USD", date(2025, 3, 20)],
            ["Alpha Haushalt GmbH 小计", None, None, 3_581, None, None],
            ["B-1", "Beta Homeware Ltd", date(2025, 2, 3), 5_000.40, "USD", date(2025, 2, 20)],
            ["Beta Homeware Ltd 小计", None, None, 5_001, None, None]]
    ledger = write_xlsx(tmp_path / "台账.xlsx", {"2025": [head, *rows]})
    (result,) = _same_import(tmp_path, [ledger])
    assert [(c.row, c.agrees) for c in result.totals] == [(4, True), (6, False)]
    said = import_report(result)
    assert "difference 0.02" not in said and "(difference 0.60)" in said
    assert "0.02" not in in_chinese(lambda: import_report(result))
