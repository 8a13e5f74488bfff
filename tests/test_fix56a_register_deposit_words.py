"""fix56a: a register's wire said to be a deposit (定金) pays no older invoice (rv55e s61e).

rv55e's workbook (出货明细 + 收款登记: 日期, 付款人, 金额, 币种, 银行扣费, 对应发票, 备注): Global
Trading FZE owes INV-1 5,000 (B/L 03-03, OA 30: 89 days overdue at 06-30); on 05-01 the register
books 6,000 from it, or from "GLOBAL TRADING" (the bank's short spelling, its money since fix55d),
said to be a deposit. Before: the 6,000 paid INV-1, the buyer shown paid (0 open, 1,000 on
account, or PI-77 5,000 open not due), off the black list. Hand count at 06-30: INV-1 5,000 open,
89 days; the 6,000 held (for PI-77, or for the next order) while nothing sells PI-77, PI-77's
own once a file sells it. Held money covering the overdue 5,000 watches the buyer rather than
black-lists him (the guide's deposits-cover rule, lists.deposits_cover). The buyer's own wires
are imported by both imports (tests.test_fast_import._same_import), the bank spelling's by the
app's alone (the reference import moves no payer's money: payer_named).
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

import pytest
from languages import in_chinese
from test_fast_import import _same_import
from test_fix54f_registers import GULF, GULF_PAID, _book
from test_lists_audit28 import at, by_name

from core.ledger.importer import import_files
from core.ledger.report import import_report

FZE = "Global Trading FZE"
INV1 = ("INV-1", "HT-1", FZE, 5000, "2025-03-01", "2025-03-03", "OA 30 days")
PI77 = ("PI-77", "HT-77", FZE, 6000, "2025-06-08", "2025-06-10", "OA 30 days")
GULF_LATE = ("2025-06-30", "Gulf Star Hardware LLC", 100, None, None, "货款")
AS_OF = date(2025, 6, 30)
SAID: dict[Path, str] = {}  # each run's first report, both languages


def _fze(tmp_path: Path, payer: str, ref: str | None, note: str, sold_after: bool,
         as_of: date = AS_OF) -> tuple[float, int, float, float]:
    """FZE's open, days overdue, credit on account, deposits held after 张伟's book (and 李娜's
    selling PI-77, imported after)."""
    wire = ("2025-05-01", payer, 6000, None, ref, note)
    book = tmp_path / "2025外贸台账-张伟.xlsx"
    rounds = [[_book(book, [GULF, INV1], [GULF_PAID, wire, GULF_LATE])]]
    if sold_after:
        rounds.append([_book(tmp_path / "2025外贸台账-李娜.xlsx", [PI77], [GULF_LATE])])
    if payer == FZE:
        results = _same_import(tmp_path, *rounds)
    else:  # the import alone: the reference import moves no payer's money (payer_named)
        results = [r for files in rounds for r in import_files(tmp_path / "fast.sqlite", files)]
    SAID[tmp_path] = import_report(results[0]) + in_chinese(partial(import_report, results[0]))
    c = by_name(at(tmp_path / "fast.sqlite", as_of))[FZE]
    return (round(c.open_amount, 2), c.max_days_overdue, round(c.credit_on_account, 2),
            round(c.deposits_held, 2))


@pytest.mark.parametrize(("payer", "note"), [
    ("GLOBAL TRADING", "PI-77定金"), ("GLOBAL TRADING", "定金"), (FZE, "定金"), (FZE, "PI-77定金"),
], ids=["bank_spelling_noted_number", "bank_spelling_bare", "buyer_bare", "buyer_noted_number"])
def test_a_deposit_nothing_sells_pays_no_older_invoice(tmp_path: Path, payer: str, note: str):
    """s61e, s61e4, s61e6, s61e7: no file sells PI-77. Hand: INV-1 5,000 open, 89 days, the
    6,000 held, none on account (before: 0 open, 1,000 on account)."""
    assert _fze(tmp_path, payer, None, note, False) == (5000, 89, 0, 6000)


@pytest.mark.parametrize(("payer", "ref", "note"), [
    ("GLOBAL TRADING", None, "PI-77定金"), ("GLOBAL TRADING", "PI-77", "定金"),
    (FZE, "PI-77", "定金"),
], ids=["bank_spelling_noted_number", "bank_spelling_numbered", "buyer_numbered"])
def test_a_deposit_pays_its_number_once_a_file_sells_it(tmp_path: Path, payer: str,
                                                        ref: str | None, note: str):
    """s61e2, s61e3, s61e5: 李娜's book sells PI-77 (6,000, B/L 06-10, not due) to FZE after.
    Hand: the 6,000 pays PI-77; INV-1 5,000 open, 89 days, nothing held or on account (before:
    INV-1 paid, PI-77 5,000 open, not due)."""
    assert _fze(tmp_path, payer, ref, note, True) == (5000, 89, 0, 0)


def test_the_hold_ends_after_its_days_and_the_exceptions_stand(tmp_path: Path):
    """FZE's 6,000 noted PI-77定金 is held at 06-30 (5,000 open, 6,000 held; before: paid INV-1),
    the report naming its row held for PI-77 (before: nothing said), and pays the oldest once
    the hold's 90 days pass, as a bare 定金 does (at 08-15: 0 open, 1,000 on account). A balance
    naming its deposit paid is no deposit (尾款（30%定金已付）: pays INV-1, 1,000 on account); a
    bare 定金 within what the buyer owes may be a late deposit on it (fx44p: 3,000 pays INV-1,
    2,000 open)."""
    assert _fze(tmp_path / "held", FZE, None, "PI-77定金", False) == (5000, 89, 0, 6000)
    said = SAID[tmp_path / "held"]  # the report names the row held, in both languages
    assert "row 3: a deposit held for PI-77, which no file sells yet" in said
    assert "第 3 行：一笔定金为 PI-77 保留，目前还没有任何文件销售该单号" in said
    for note in ("PI-77定金", "定金"):
        assert _fze(tmp_path / "late" / note, FZE, None, note, False, date(2025, 8, 15)) == (
            0, 0, 1000, 0)
    assert _fze(tmp_path / "balance", FZE, None, "尾款（30%定金已付）", False) == (0, 0, 1000, 0)
    wire = ("2025-05-01", FZE, 3000, None, None, "定金")
    _same_import(tmp_path / "less", [_book(tmp_path / "less" / "b.xlsx", [GULF, INV1],
                                           [GULF_PAID, wire, GULF_LATE])])
    c = by_name(at(tmp_path / "less" / "fast.sqlite", AS_OF))[FZE]
    assert (round(c.open_amount, 2), c.max_days_overdue, round(c.deposits_held, 2)) == (2000, 89, 0)
