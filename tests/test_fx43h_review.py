"""fx43h: a review of this pass's returns, payments and names, mended.

1. PO-1: Sofa 15,000 paid, Table 2,000 marked 取消, and -3,000 状态 退货: the Sofa's return
   (0 open, revenue 12,000); was read as a cancelled order's deposit refund (3,000 open,
   revenue 15,000). An order is gone only when every one of its sale rows is cancelled.
3. A fetch asks Python whether a paid line's note lists its payments (定金4500+尾款10500) only
   where the note holds one of their words (payment_kinds.PART_WORDS): 100k lines, 66k noted,
   fetched in 0.5-0.7 s (was 0.9-1.9 s), the notes that list parts read as before.
4. Names: "Pacific 88 Ltd" and "Pacific88 Ltd" are close again, and a digit doubled or
   dropped is a slip of typing ("Pacific 88"/"Pacific 8", "Delta 2000"/"Delta 200": were two
   buyers, nothing said); "Store 12"/"Store 21", "Gulf Home"/"Gulf Home 2" stay apart.
5. A tab named by a payment (定金, 尾款) is read once per name, not per repeated line.
6. A note "到账金额更正" corrects the money received, as 实收金额更正 does (MT-1's 6,000 the
   total received: 12,500 open; was read as the order's amount corrected: 2,000 open);
   金额更正 and 货款金额更正 (no money word before 金额) correct the order's amount.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_hdr40_refund_headers import SALE, _figures
from test_lists_audit28 import d
from test_pay41_payments import SALE_HEADER, _orders, _sale
from test_ref42_returns import _receivables
from test_ref43_returns import STATUS_HEADER, _sent_back

import core.analysis.fetch as fetching
from core import similarity
from core.ledger import monthly_receipts
from core.ledger.importer import import_files
from core.ledger.payment_kinds import noted_parts
from core.ledger.revised_files import received_corrected
from core.store import connect


def _table(status: str | None) -> list[object]:
    return ["PO-1", "Mumbai Mart", d("2025-03-01"), "Table", 2_000, "USD", "OA 30 days", None,
            None, None, status, None]


def test_a_return_on_an_order_with_one_cancelled_line(tmp_path: Path):
    """1: the Table cancelled, the Sofa sold and paid: -3,000 状态 退货 is the Sofa's return,
    credited 3,000 and paid back: 0 open, revenue 12,000. Before: 3,000 open, revenue 15,000."""
    _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [
        STATUS_HEADER, [*SALE, None, None], _table("取消"), _sent_back("PO-1", "退货", None)]})])
    assert _figures(tmp_path) == (0, 0, 12_000)


def test_every_line_cancelled_is_a_deposits_refund(tmp_path: Path):
    """1, the other way: both lines of PO-1 cancelled (its 15,000 received a deposit): -3,000
    状态 退货 is money sent back, no return: nothing credited, no revenue."""
    sofa = [*SALE[:10], "取消", None]
    _same_import(tmp_path, [write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [
        STATUS_HEADER, sofa, _table("取消"), _sent_back("PO-1", "退货", None)]})])
    assert _figures(tmp_path)[2] == 0
    assert all(credited == 0 for _, _, credited, _ in _receivables(tmp_path, "Mumbai Mart"))


LISTED = ["定金4500+尾款10500", "ＤＥＰＯＳＩＴ 4500 + ＢＡＬＡＮＣＥ 10500",
          "Down  Payment 4500, FINAL payment 10500", "中期3000+尾款12000", "首期5000 余额10000"]
UNLISTED = ["TT ref 881", "客户已付款 汇款单号 88", "paid by L/C, bank charge USD 25"]


def test_the_sql_look_lets_every_note_listing_parts_through():
    """3: the cheap look is true of every note noted_parts reads parts in, false of notes
    without a payment word."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE l (notes TEXT)")
    conn.executemany("INSERT INTO l VALUES (?)", [(n,) for n in LISTED + UNLISTED])
    let = dict(conn.execute(f"SELECT notes, {fetching.MAY_LIST_PARTS} FROM l"))
    assert all(noted_parts(note) for note in LISTED)
    assert [note for note in LISTED if not let[note]] == []
    assert [note for note in UNLISTED if let[note]] == []


def test_a_fetch_asks_python_only_of_notes_with_a_payment_word(tmp_path: Path, monkeypatch):
    """3: five paid lines noted with their parts, three noted otherwise: Python reads the five
    notes (and fetches them, as before), not the three. Before: all eight."""
    asked: list[str] = []

    def counted(note: object, bare: bool = True) -> tuple[float, ...]:
        asked.append(str(note))
        return noted_parts(note, bare)

    rows = [[f"PO-{i}", "Mumbai Mart", d("2025-03-01"), "Sofa", 15_000, "USD", "OA 30 days",
             d("2025-03-05"), 15_000, d("2025-04-10"), None, note]
            for i, note in enumerate(LISTED + UNLISTED, start=1)]
    db = tmp_path / "x.sqlite"
    import_files(db, [write_xlsx(tmp_path / "台账 2025-03.xlsx", {"台账": [STATUS_HEADER, *rows]})])
    monkeypatch.setattr(fetching, "noted_parts", counted)
    with connect(db) as conn:
        rare = fetching.fetch(conn, date(2025, 6, 30)).rare
    assert len(set(asked)) == len(LISTED) and all(map(noted_parts, asked))  # stored folded
    column = next(c for c in fetching.RARE_COLUMNS if "THEN l.notes" in c)
    notes = [row[fetching.RARE_COLUMNS.index(column)] for row in rare.values()]
    assert sorted(filter(None, notes)) == sorted(set(asked))


@pytest.mark.parametrize(("a", "b"), [
    ("Pacific 88 Ltd", "Pacific88 Ltd"), ("Pacific 88 Trading", "Pacific 8 Trading"),
    ("Delta 2000 Trading", "Delta 200 Trading"), ("Nova 7 Home", "Nova7 Home")])
def test_one_buyers_number_typed_otherwise_is_close(a: str, b: str) -> None:
    assert similarity.close(a, b) and similarity.close(b, a)
    assert similarity.close_pairs([a], [b]) == [(a, b)]


@pytest.mark.parametrize(("a", "b"), [
    ("Store 12", "Store 21"), ("Gulf Home LLC", "Gulf Home 2 LLC"), ("Pacific 88", "Pacific 89"),
    ("Delta 2000", "Delta 3000"), ("Pacific88 Ltd", "Pacific 8 Store 2 Ltd")])
def test_buyers_numbered_apart_stay_apart(a: str, b: str) -> None:
    assert not similarity.close(a, b) and not similarity.close(b, a)
    assert similarity.close_pairs([a], [b]) == []


def test_a_payment_tabs_name_is_read_once(monkeypatch) -> None:
    """5: 1,000 repeated lines on tabs 定金 and 尾款 read each tab's name once (each a
    payment's, 收款 a receipts', 3月 neither), not 2,000 times."""
    read: list[str] = []
    real = monthly_receipts.kinds
    monkeypatch.setattr(monthly_receipts, "kinds", lambda tab: read.append(tab) or real(tab))
    monthly_receipts._payment_tab.cache_clear()
    assert all(monthly_receipts.named_payments("定金", "尾款") for _ in range(1_000))
    assert monthly_receipts.named_payments("定金", "收款")
    assert not monthly_receipts.named_payments("定金", "3月")
    assert set(read) == {"定金", "尾款", "收款", "3月"} and len(read) == 4


@pytest.mark.parametrize(("note", "money"), [
    ("到账金额更正", True), ("实收金额更正", True), ("收款金额更正", True), ("汇款金额更正", True),
    ("金额更正", False), ("货款金额更正", False), ("收款日期更正", False)])
def test_a_money_words_amount_corrected_is_the_money_received(tmp_path: Path, note, money):
    """6: 3月 MT-1 10,500 of 03-10, MT-3 5,000 of 03-12; 4月 MT-1 6,000 of 04-10 noted
    «note», MT-3 3,000 of 04-12. The money received corrected: MT-1's 6,000 its total,
    12,500 open; the order's amount or the date corrected: 6,000 April's money, 2,000 open.
    Before: 到账金额更正 2,000 open."""
    assert received_corrected(note) == money
    book = {"台账.xlsx": {
        "3月": [SALE_HEADER, _sale("MT-1", 16_500, 10_500, "2025-03-10"),
               _sale("MT-3", 10_000, 5_000, "2025-03-12")],
        "4月": [SALE_HEADER, _sale("MT-1", 16_500, 6_000, "2025-04-10", note),
               _sale("MT-3", 10_000, 3_000, "2025-04-12")]}}
    assert set(_orders(tmp_path, book, tuple(book)).values()) == {(12_500 if money else 2_000, 0)}
