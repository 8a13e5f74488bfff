"""fix58a: a parent's wire on a workbook's last tab, for its subsidiary's invoice on a tab that
waits for the file, is the subsidiary's money.

A clerk's monthly book: one tab a month (1月, 2月, 3月 …), each with 发票号; from February
MEYER HOLDING AG wires Meyer Autoteile GmbH's invoice of the month before, on a row of its own.
A tab holding such a wire waits for the file (core.ledger.file_payers); the last tab's payers
were read at once, against the tabs taken alone: the invoice it named stood on a waiting tab
and was not found. With three tabs Meyer was left 10,002 open (a good buyer, listed once days
pass) and the parent held 10,002 on account; the hand count: Meyer owes only the last month's
invoice, the parent is no customer. Now the last tab's payers wait too where any tab waits,
whichever process read the tab.
"""

from __future__ import annotations

import multiprocessing
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_lists_audit28 import at, by_name
from test_tabs_apart import EVERY, NONE, counted  # noqa: F401 - the fixture

from core.ledger import tabs_apart
from core.ledger.import_result import FileResult
from core.ledger.importer import import_files

HEAD = ["订单号", "发票号", "客户名称", "下单日期", "金额", "币种", "付款方式", "出货日期",
        "实收金额", "收款日期", "备注", "类型"]
SUBSIDIARY, PARENT, OTHER = "Meyer Autoteile GmbH", "MEYER HOLDING AG", "Lotus Trading Ltd"
DEC = date(2025, 12, 31)


def _sum(month: int) -> float:
    """Meyer's invoice of the month: INV-0m000."""
    return 10_000.0 + month


def _month(month: int, wires: list[int], parent_sale: bool = False) -> list[list[object]]:
    """A month's tab: Meyer's invoice (unpaid on its row), Lotus's (paid on its row), the
    parent's own sale in January where it buys too, and the parent's wire for each of Meyer's
    invoices of the months in `wires`, each on a row of its own, its sum the invoice's."""
    rows: list[list[object]] = [
        HEAD,
        [f"PO-{month:02d}000", f"INV-{month:02d}000", SUBSIDIARY, date(2025, month, 2),
         _sum(month), "USD", "T/T 30天", date(2025, month, 5), None, None, None, "销售"],
        [f"PO-{month:02d}001", f"INV-{month:02d}001", OTHER, date(2025, month, 3), 8_000.0,
         "USD", "T/T 30天", date(2025, month, 6), 8_000.0, date(2025, month, 20), None, "销售"]]
    if parent_sale and month == 1:
        rows.append(["PO-01009", "INV-01009", PARENT, date(2025, 1, 4), 5_000.0, "USD",
                     "T/T 30天", date(2025, 1, 8), None, None, None, "销售"])
    rows += [[None, f"INV-{paid:02d}000", PARENT, None, None, "USD", None, None, _sum(paid),
              date(2025, month, 25), "母公司代付", "收款"] for paid in wires]
    return rows


def _book(tmp_path: Path, months: int, wires: dict[int, list[int]], parent_sale: bool = False,
          extra: dict[int, list[list[object]]] | None = None) -> Path:
    """`wires`: per month's tab, the months whose invoice of Meyer's the parent wires there."""
    sheets = {f"{m}月": _month(m, wires.get(m, []), parent_sale) + (extra or {}).get(m, [])
              for m in range(1, months + 1)}
    return write_xlsx(tmp_path / f"2025年外贸台账_{months}.xlsx", sheets)


def _imported(path: Path, db: Path) -> FileResult:
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message
    return result


def _meyer(db: Path) -> tuple[float, float | None]:
    """Meyer's open sum and the parent's money on account (None: no customer)."""
    found = by_name(at(db, DEC))
    parent = found.get(PARENT)
    return (round(found[SUBSIDIARY].open_amount, 2),
            None if parent is None else round(parent.credit_on_account, 2))


def _owed(months: int, wires: dict[int, list[int]]) -> float:
    """Meyer's invoices no wire pays."""
    paid = {m for named in wires.values() for m in named}
    return round(sum(_sum(m) for m in range(1, months + 1) if m not in paid), 2)


def _said(result: FileResult, sheet: str) -> list[str]:
    """The invoices the report says a payer paid for Meyer on `sheet` (paid_for_number)."""
    return [str(m.params["number"]) for m in result.warnings
            if m.code == "paid_for_number" and m.params.get("sheet") == sheet]


@pytest.mark.parametrize("apart", [NONE, EVERY], ids=["read-here", "read-apart"])
def test_the_parents_wire_on_the_last_tab_pays_the_invoice_of_a_waiting_tab(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, apart: range,
        counted: list[str]) -> None:  # noqa: F811
    """2, 3, 4 and 8 month tabs, the parent wiring on each from February Meyer's invoice of
    the month before: Meyer owes the last month's alone, the parent is no customer, and the
    last tab's wire is said as Meyer's. Was (3 tabs) Meyer 20,005 open, the parent 10,002 on
    account; (8 tabs) 20,015 and 10,007; 2 tabs were right (January's tab is taken, not
    waiting). Read here or its tabs read in a process of their own alike."""
    monkeypatch.setattr(tabs_apart, "APART_BYTES", apart)
    for months in (2, 3, 4, 8):
        wires = {m: [m - 1] for m in range(2, months + 1)}
        db = tmp_path / f"{months}.sqlite"
        result = _imported(_book(tmp_path, months, wires), db)
        assert _meyer(db) == (_sum(months), None), months
        assert _said(result, f"{months}月") == [f"INV-{months - 1:02d}000"], months
    assert len(counted) == (4 if apart else 0)  # the workbooks read in a process of their own
    assert multiprocessing.active_children() == []


def test_wires_on_a_middle_tab_and_the_last_for_invoices_of_tabs_before_either(
        tmp_path: Path) -> None:
    """Four tabs. The parent's wire on a middle tab alone was found (its tab waits for the
    file, read against every tab); on the last tab, naming an invoice on a tab that waits
    (2月 behind its own wire, 3月 behind 2月), it was not: Meyer owed 30,009 for 20,007 and the
    parent held 10,002 on account (2月 → INV-01000, 4月 → INV-02000)."""
    for wires in ({2: [1], 3: [2]}, {2: [1], 4: [2]}, {2: [1], 4: [3]}, {3: [1, 2], 4: [3]},
                  {2: [1], 4: [4]}):
        db = tmp_path / f"{'-'.join(f'{k}{v}' for k, v in wires.items())}.sqlite"
        _imported(_book(tmp_path, 4, wires), db)
        assert _meyer(db) == (_owed(4, wires), None), wires


def test_the_last_tab_weighs_a_tab_waiting_for_another_reason(tmp_path: Path) -> None:
    """2月 waits for the file for no payer: its row of Lotus's balance (尾款) names January's
    order, which it does not list. The parent's wire on 3月 for Meyer's INV-02000 is Meyer's:
    Meyer owes January's and March's (20,004), not 30,006 with the parent 10,002 on account."""
    balance = [["PO-01001", None, OTHER, None, None, "USD", None, None, 2_000.0,
                date(2025, 2, 10), "尾款", "收款"]]
    db = tmp_path / "x.sqlite"
    path = _book(tmp_path, 3, {3: [2]}, extra={2: balance})
    result = _imported(path, db)
    assert _meyer(db) == (_sum(1) + _sum(3), None)
    assert _said(result, "3月") == ["INV-02000"]


def test_a_parent_that_buys_too_keeps_its_own_money_and_pays_meyer_s_named_invoices(
        tmp_path: Path) -> None:
    """The parent buys in January too (INV-01009, 5,000 open). On 3月, the last tab, it wires
    Meyer's INV-02000 (10,002: Meyer's), its own INV-01009 (5,000: its own, paid) and 1,500
    naming nothing (预付款: its own, on account). Was: Meyer 20,005 open, the parent 11,502 on
    account; now Meyer owes March's alone, the parent 1,500 on account and nothing open."""
    own = [[None, "INV-01009", PARENT, None, None, "USD", None, None, 5_000.0,
            date(2025, 3, 26), "货款", "收款"],
           [None, None, PARENT, None, None, "USD", None, None, 1_500.0, date(2025, 3, 27),
            "预付款", "收款"]]
    db = tmp_path / "x.sqlite"
    _imported(_book(tmp_path, 3, {2: [1], 3: [2]}, parent_sale=True, extra={3: own}), db)
    assert _meyer(db) == (_sum(3), 1_500.0)
    assert round(by_name(at(db, DEC))[PARENT].open_amount, 2) == 0.0
