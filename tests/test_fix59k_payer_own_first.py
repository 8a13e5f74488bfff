"""A buyer's wire naming another buyer's cancelled order pays his own open order, whichever
file comes first; a cancel note naming the new order (重新下单PO-R2) cancels its row (fix59k,
rv59a s253 f1, s253b g2).

Rio Casa's PO-R1 10,000 OA 30 and Kobe Trading's PO-K1 10,000, shipped 03-01 (due 03-31: 91
days at 06-30). The 收款明细 tab books each wire under its payer and the slip's order number.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct56c_note_cancel_deduction_apart import _import, _said, d
from test_fix57i_cancel_went_ahead import HEAD, OTHER
from test_fix59f_paid_revival_elsewhere import (
    KOBE,
    NONE,
    PAYMENTS,
    RIO,
    _book,
    _line,
    _wire,
)
from test_lists_audit28 import at, by_name

from core.ledger.importer import import_files


def test_kobes_wire_naming_rios_cancelled_order_pays_kobes_own(tmp_path: Path) -> None:
    """Kobe's 10,000 on 05-10 names Rio's cancelled PO-R1: Kobe's money, paying his PO-K1
    (before: Rio 10,000 on account, Kobe 10,000 open, 91 days, black)."""
    result = _import(tmp_path, {"3月": [HEAD, _line("PO-R1", 10_000, "已取消"),
                                        _line("PO-K1", 10_000, buyer=KOBE, product="灯罩")],
                                "收款明细": [PAYMENTS, _wire("PO-R1", 10_000, payer=KOBE)],
                                "6月": [HEAD, OTHER]})
    assert _states(tmp_path / "fast.sqlite") == {RIO: NONE, KOBE: NONE}
    [said] = _said(result, "payer_own_first")
    assert "PO-R1 (“收款明细” row 2)" in said


def test_a_wire_noting_its_buyer_stays_his(tmp_path: Path) -> None:
    """A control: the same wire noted 代Rio Casa付款 is paid for Rio as the payer says: Rio's
    money on account, as before (the app's import alone: the reference one names 代付
    otherwise)."""
    book = write_xlsx(tmp_path / "2025外贸台账.xlsx", {
        "3月": [HEAD, _line("PO-R1", 10_000, "已取消"),
               _line("PO-K1", 10_000, buyer=KOBE, product="灯罩")],
        "收款明细": [PAYMENTS, _wire("PO-R1", 10_000, "代Rio Casa付款", payer=KOBE)],
        "6月": [HEAD, OTHER]})
    import_files(tmp_path / "db.sqlite", [book])
    assert _states(tmp_path / "db.sqlite") == {RIO: (0, 0, None, 10_000),
                                               KOBE: (10_000, 91, "black", 0)}


def test_the_receipts_file_imported_before_the_book_pays_kobes_own(tmp_path: Path) -> None:
    """May's 收款明细 workbook (Kobe's wire naming PO-R1) imported before March's 台账 (Rio's
    PO-R1 已取消), or after it: the same (before, receipts first: PO-R1 brought back paid with
    Kobe's money, Kobe black)."""
    paid = write_xlsx(tmp_path / "5月" / "2025年5月收款明细.xlsx",
                      {"收款明细": [PAYMENTS, _wire("PO-R1", 10_000, payer=KOBE)]})
    book = write_xlsx(tmp_path / "3月" / "2025年3月台账.xlsx", {"台账": [
        HEAD, _line("PO-R1", 10_000, "已取消"),
        _line("PO-K1", 10_000, buyer=KOBE, product="灯罩"), OTHER]})
    for files in ((paid, book), (book, paid)):
        where = tmp_path / files[0].stem
        for file in files:
            import_files(where / "db.sqlite", [file])
        assert _states(where / "db.sqlite") == {RIO: NONE, KOBE: NONE}, files[0].name


def _states(db: Path) -> dict[str, tuple]:
    """Rio's and Kobe's (open, days past due, black or watch list, credit) at 06-30."""
    return {name: (round(c.open_amount), c.max_days_overdue,
                   c.list if c.list in ("black", "watch") else None, round(c.credit_on_account))
            for name, c in by_name(at(db, date(2025, 6, 30))).items() if name in (RIO, KOBE)}


def test_a_paid_order_named_by_kobes_wire_leaves_it_kobes(tmp_path: Path) -> None:
    """Rio's PO-R1 paid on its own row (10,000 on 04-20); Kobe's 10,000 names it: Kobe's money
    (before: Rio 10,000 on account, Kobe black)."""
    paid = _line("PO-R1", 10_000)
    paid[11], paid[12] = 10_000, d("2025-04-20")
    states, _ = _book(tmp_path, [paid, _line("PO-K1", 10_000, buyer=KOBE, product="灯罩")],
                      [_wire("PO-R1", 10_000, payer=KOBE)])
    assert states == {RIO: NONE, KOBE: NONE}


def test_april_copy_of_the_book_counts_kobes_wire_once(tmp_path: Path) -> None:
    """March's book (its 收款明细 with Kobe's wire naming PO-R1), then April's copy of it with
    one more order: Kobe's 10,000 moved once, not again (no 10,000 on account)."""
    march = [HEAD, _line("PO-R1", 10_000, "已取消"),
             _line("PO-K1", 10_000, buyer=KOBE, product="灯罩"), OTHER]
    wires = [PAYMENTS, _wire("PO-R1", 10_000, payer=KOBE)]
    for month, extra in (("3", []), ("4", [_line("PO-R9", 500, ship="2025-06-25")])):
        book = write_xlsx(tmp_path / f"{month}月" / f"2025年{month}月台账.xlsx",
                          {"台账": march + extra, "收款明细": wires})
        import_files(tmp_path / "db.sqlite", [book])
    assert _states(tmp_path / "db.sqlite") == {RIO: (500, 0, None, 0), KOBE: NONE}


def test_kobes_wire_naming_rios_open_order_still_pays_it(tmp_path: Path) -> None:
    """A control: Rio's PO-R1 open, Kobe's wire naming it pays it for Rio (代付), as before
    (the reference import names that 代付 otherwise: the app's import alone)."""
    book = write_xlsx(tmp_path / "2025外贸台账.xlsx", {
        "3月": [HEAD, _line("PO-R1", 10_000), _line("PO-K1", 10_000, buyer=KOBE, product="灯罩")],
        "收款明细": [PAYMENTS, _wire("PO-R1", 10_000, payer=KOBE)], "6月": [HEAD, OTHER]})
    import_files(tmp_path / "db.sqlite", [book])
    assert _states(tmp_path / "db.sqlite") == {RIO: NONE, KOBE: (10_000, 91, "black", 0)}


def test_a_cancel_note_naming_the_new_order_cancels_its_row(tmp_path: Path) -> None:
    """客户取消，重新下单PO-R2 on PO-R1's row: PO-R1 cancelled, PO-R2 (04-01) the order, the
    wire paying it (before: the note read as PO-R1 being the new order, 10,000, 60 days)."""
    for note in ("客户取消，重新下单PO-R2", "客户取消，改成新单PO-R2"):
        states, _ = _book(tmp_path / note[-6:], [_line("PO-R1", 10_000, note),
                                                 _line("PO-R2", 10_000, ship="2025-04-01")],
                          [_wire("PO-R1", 10_000)])
        assert states == {RIO: NONE}, note


def test_kobe_owing_nothing_leaves_the_wire_on_rios_order(tmp_path: Path) -> None:
    """A control: Kobe's PO-K1 paid, his wire naming Rio's cancelled PO-R1 stays where it went
    (Rio's credit), as before."""
    states, _ = _book(tmp_path, [_line("PO-R1", 10_000, "已取消"),
                                 _line("PO-K1", 10_000, buyer=KOBE, product="灯罩")],
                      [_wire("PO-R1", 10_000, payer=KOBE), _wire("PO-K1", 10_000, payer=KOBE)])
    assert states == {RIO: (0, 0, None, 10_000), KOBE: NONE}
