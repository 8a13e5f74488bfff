"""fix57d: a deduction noted in one month's file, the short wire in a later, separate file.

A Foshan furniture exporter's clerk keeps a file a month. March's 台账_2025-03.xlsx sells
Hamburg Haus PO-H1 10,000 USD, its 备注 "质量扣款500"; the buyer's 9,500 is entered in April's
台账_2025-04.xlsx, on its 收款登记 tab naming the order. Sydney's PO-S1 (扣索赔700（桌面划痕）)
is paid on April's tab repeating the sale with its money so far, Lyon's PO-L1 (客户扣佣金3%)
by a payment row of April's tab. Before: each file weighed the note against its own money,
the deduction stayed open (500, 700, 240) and aged onto the next invoice. The near misses
stay as they were: a sum not the shortfall (Oslo, 质量扣款300 on a wire 500 short), a short
wire with no note (Porto), a bank's charge off a wire with no note (Riga, 15 short: the
tolerance's). Each round is imported by the app and the reference import alike.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.analysis.model import CustomerMetrics
from core.ledger.import_result import FileResult
from core.ledger.report import import_report

HEAD = ["订单号", "客户名称", "下单日期", "品名", "数量", "单价", "金额", "币种", "付款方式",
        "出货日期", "提单日期", "收款金额", "收款日期", "备注"]
REGISTER = ["日期", "付款人", "金额", "币种", "银行扣费", "对应发票", "备注"]
HAMBURG, SYDNEY, LYON = "Hamburg Haus GmbH", "Sydney Living Pty Ltd", "Lyon Déco SARL"
OSLO, PORTO, RIGA = "Oslo Interiør AS", "Porto Casa Lda", "Riga Home SIA"
d = date.fromisoformat
Row = list[object]


def _sale(no: str, buyer: str, amount: float, note: str | None, paid: float | None = None,
          product: str = "餐桌") -> Row:
    return [no, buyer, d("2025-03-05"), product, 100, amount / 100, amount, "USD", "OA 30天",
            d("2025-03-12"), d("2025-03-12"), paid, d("2025-04-15") if paid else None, note]


MARCH_SALES = [_sale("PO-H1", HAMBURG, 10000, "质量扣款500"),
               _sale("PO-S1", SYDNEY, 7000, "扣索赔700（桌面划痕）"),
               _sale("PO-L1", LYON, 8000, "客户扣佣金3%"),
               _sale("PO-O1", OSLO, 6000, "质量扣款300"),
               _sale("PO-P1", PORTO, 5000, None),
               _sale("PO-R1", RIGA, 4000, None)]
APRIL = {
    "4月": [HEAD,
           [*_sale("PO-S1", SYDNEY, 7000, "3月订单收款", 6300)],  # the sale repeated, its money
           ["PO-L1", LYON, None, None, None, None, None, "USD", None, None, None, 7760,
            d("2025-04-15"), "3月订单尾款"],  # a payment row of March's order
           [*_sale("PO-H2", HAMBURG, 3000, None, 3000, "椅子")[:2], d("2025-04-02"), "椅子",
            100, 30, 3000, "USD", "OA 30天", d("2025-04-10"), d("2025-04-10"), 3000,
            d("2025-05-10"), None]],
    "收款登记": [REGISTER, *([d("2025-04-15"), buyer, paid, "USD", None, order, None]
                          for buyer, paid, order in ((HAMBURG, 9500, "PO-H1"),
                                                     (OSLO, 5500, "PO-O1"),
                                                     (PORTO, 4500, "PO-P1"),
                                                     (RIGA, 3985, "PO-R1")))]}
SETTLED = {HAMBURG: 500, SYDNEY: 700, LYON: 240}  # each deduction taken off its revenue
KEPT = {OSLO: 500, PORTO: 500}  # open as before: no note, or not its sum


def _books(folder: Path, extra: list[Row] | None = None) -> tuple[Path, Path]:
    march = write_xlsx(folder / "台账_2025-03.xlsx", {"3月": [HEAD, *MARCH_SALES, *(extra or [])]})
    return march, write_xlsx(folder / "台账_2025-04.xlsx", APRIL)


def _buyers(tmp_path: Path) -> dict[str, CustomerMetrics]:
    return by_name(at(tmp_path / "fast.sqlite", d("2025-06-30")))


def _state(c: CustomerMetrics) -> tuple[int, int, str | None]:
    return round(c.open_amount), c.max_days_overdue, c.list if c.list in ("black", "watch") \
        else None


def _said(results: list[FileResult], code: str) -> list[str]:
    return [w.text for r in results for w in r.warnings if w.code == code]


def _credit_notes(tmp_path: Path) -> list[tuple[str, float]]:
    with sqlite3.connect(tmp_path / "fast.sqlite") as conn:
        return sorted(conn.execute("SELECT o.order_no, l.amount FROM order_lines l JOIN orders o "
                                   "ON o.id = l.order_id WHERE l.credit_note"))


def _settled_and_kept(tmp_path: Path, buyers: dict[str, float]) -> None:
    found = _buyers(tmp_path)
    for name, figure in buyers.items():
        assert _state(found[name]) == (0, 0, None), name
        sold = {HAMBURG: 13000, SYDNEY: 7000, LYON: 8000}[name]
        assert round(found[name].revenue_12m) == sold - figure, name
    for name, open_ in KEPT.items():
        assert round(found[name].open_amount) == open_, name
    riga = found[RIGA]  # 15 short with no note: the bank's charge, judged as it always was
    assert (round(riga.open_amount), round(riga.revenue_12m)) == (0, 4000)


def test_april_s_short_wire_settles_march_s_noted_deduction(tmp_path: Path):
    """March's file, then April's: Hamburg's 500, Sydney's 700 and Lyon's 240 deducted,
    nothing open, on no list; April's report names each with the sale's file, sheet and row
    (both languages). Oslo's and Porto's 500 stay open. Before: 500, 700 and 240 open."""
    march, april = _books(tmp_path / "books")
    results = _same_import(tmp_path, [march], [april])
    assert [r.status for r in results] == ["imported", "imported"]
    _settled_and_kept(tmp_path, SETTLED)
    said = _said(results[1:], "noted_deduction_apart")
    assert len(said) == 3, said
    assert said[0] == (
        "“台账_2025-03.xlsx”, sheet “3月” row 2, order PO-H1 of Hamburg Haus GmbH: 500.00 USD "
        "deducted by the buyer as a claim (备注 “质量扣款500”), the rest paid as this file "
        "says: counted as settled, a credit note on its order that lowers its revenue.")
    assert "“台账_2025-03.xlsx”工作表“3月”第 2 行，Hamburg Haus GmbH 的订单 PO-H1" in in_chinese(
        lambda: import_report(results[1], all_notes=True))
    assert _credit_notes(tmp_path) == [("PO-H1", -500), ("PO-L1", -240), ("PO-S1", -700)]


def test_april_s_file_imported_before_march_s(tmp_path: Path):
    """April's file first (its wires held on orders no file sold yet), then March's: March's
    reading weighs its notes against the money April's file stored, and names each deduction
    as settled in its own report. Before: 500 and 700 open. Lyon's payment row, naming an
    order no file sold yet, is held by April's import; March's import reads April's file
    again (fix62a), and Lyon's 7,760 pays his order less its 3 % too."""
    march, april = _books(tmp_path / "books")
    results = _same_import(tmp_path, [april], [march])
    assert [r.status for r in results] == ["imported"] * 3  # April, March, April again
    found = _buyers(tmp_path)
    for name in (HAMBURG, SYDNEY, LYON):
        assert _state(found[name]) == (0, 0, None), name
    for name, open_ in KEPT.items():
        assert round(found[name].open_amount) == open_, name
    said = _said(results[1:2], "noted_deduction")
    assert [s.split(":")[0] for s in said] == [
        "Sheet “3月” row 2, order PO-H1 of Hamburg Haus GmbH",
        "Sheet “3月” row 3, order PO-S1 of Sydney Living Pty Ltd"], said


def test_the_update_month_sends_march_s_file_again(tmp_path: Path):
    """March, April, then March's file sent again with a row more (the update month): the
    credit notes April's import stored are kept, each once, nothing said removed, and the
    figures stay settled. Before: 500, 700 and 240 open."""
    march, april = _books(tmp_path / "books")
    again, _ = _books(tmp_path / "again", [_sale("PO-H3", HAMBURG, 2000, None, 2000, "灯")])
    results = _same_import(tmp_path, [march], [april], [again])
    assert [r.status for r in results] == ["imported"] * 3
    assert _credit_notes(tmp_path) == [("PO-H1", -500), ("PO-L1", -240), ("PO-S1", -700)]
    assert not _said(results[2:], "noted_deduction_removed")
    found = _buyers(tmp_path)
    assert _state(found[HAMBURG]) == (0, 0, None)
    assert round(found[HAMBURG].revenue_12m) == 13000 + 2000 - 500
