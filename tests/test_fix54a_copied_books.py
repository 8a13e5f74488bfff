"""fix54a (rv54a R1): a renamed or handed-over copy of a book is the same book again; two
salespeople's own numbering stays apart (core.ledger.copied_books).

Reader 64 kept a round sum on another day apart from a stored order of the number (two
salespeople's 2025-001, 10,000 USD each), and so broke the copies: 出口台账2025最终版 fixing
2025-001 from Alpha 01-05 to Beta 01-06, paid, left Alpha 10,000 open and black; a handover copy
in Kevin's book left 陈静's agent 25,000 open on the watch list. A file's name differing only by
copy words, or a book agreeing with a stored one on at least half of several shared numbers,
is that book: its other buyer is a correction and moves the order.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from test_acct53e_other_ledgers import ALPHA, BETA, GAMMA, LN, ZW, _account, _file, _row
from test_fast_import import _same_import

from core.ledger.copied_books import COPY_WORDS
from core.ledger.other_ledgers import ledger_name, same_ledger
from core.ledger.report import import_report

OTHER = "Other Co"
DELTA = "Delta Casa SL"
# a paid order in both books, dated 05-30: the books' last receipt, the day lateness counts to
FILL = _row("2025-099", OTHER, "2025-05-30", 1_000, "2025-05-30", 1_000, "2025-05-30")
MOVED = ("The stored order now belongs to “Beta Homeware Ltd” and “Alpha Haushalt GmbH” "
         "loses it")
MOVED_ZH = "已存的订单现归“Beta Homeware Ltd”，“Alpha Haushalt GmbH”因此失去这笔订单"


@pytest.mark.parametrize("copy", ["出口台账2025最终版.xlsx", "出口台账2025 - 副本.xlsx",
                                  "Copy of 出口台账2025.xlsx", "出口台账2025_v2.xlsx",
                                  "出口台账2025(1).xlsx", "出口台账2025定稿.xlsx"])
def test_a_renamed_copy_correcting_buyer_and_day_moves_the_order(tmp_path: Path,
                                                                copy: str) -> None:
    """出口台账2025: 2025-001 Alpha 10,000 of 01-05 unpaid; the copy: Beta 01-06, paid 03-01.
    Hand count at 05-31: one order, Beta's, paid; Alpha has none. Before: Alpha 10,000 open,
    100 days late, black."""
    first = [_row("2025-001", ALPHA, "2025-01-05", 10_000, "2025-01-20"), FILL]
    fixed = [_row("2025-001", BETA, "2025-01-06", 10_000, "2025-01-20", 10_000, "2025-03-01"),
             FILL]
    files = [[_file(tmp_path / "v1", "出口台账2025.xlsx", first)], [_file(tmp_path / "v2", copy,
                                                                      fixed)]]
    said = import_report(_same_import(tmp_path, *files)[-1])
    assert _account(tmp_path, BETA) == (0, 0, None, 10_000)
    with pytest.raises(KeyError):
        _account(tmp_path, ALPHA)
    assert MOVED in said and "also in" not in said, said
    zh = in_chinese(lambda: import_report(_same_import(tmp_path / "zh", *files)[-1]))
    assert MOVED_ZH in zh, zh


def test_a_renamed_copy_still_unpaid_counts_the_order_once(tmp_path: Path) -> None:
    """The copy (最终版) names Beta, 01-15, shipped 01-30, unpaid. Hand count at 05-31: one
    order of 10,000, Beta's, due 03-01, 90 days late at the books' last receipt (05-30), black;
    Alpha none. Before: the order counted twice, Alpha and Beta both black."""
    _same_import(tmp_path, [_file(tmp_path / "v1", "出口台账2025.xlsx", [
        _row("2025-001", ALPHA, "2025-01-05", 10_000, "2025-01-20"), FILL])], [
        _file(tmp_path / "v2", "出口台账2025最终版.xlsx", [
            _row("2025-001", BETA, "2025-01-15", 10_000, "2025-01-30"), FILL])])
    assert _account(tmp_path, BETA) == (10_000, 90, "black", 10_000)
    with pytest.raises(KeyError):
        _account(tmp_path, ALPHA)


def test_a_handover_copy_agreeing_on_the_other_shared_orders_moves_the_order(
        tmp_path: Path) -> None:
    """陈静's book: 2025-015 under the agent 25,000 of 03-10, unpaid; Kevin's copy names the
    buyer Lagos Power on 03-12, paid 05-10; both hold 2025-099 for Other Co. Hand count at
    05-31: one order, Lagos Power's, paid; the agent owes nothing. Before: the agent 25,000
    open, on the watch list."""
    agent, lagos = "Shenzhen Link Agency", "Lagos Power Ltd"
    chen = [_row("2025-015", agent, "2025-03-10", 25_000, "2025-03-25"), FILL]
    kevin = [_row("2025-015", lagos, "2025-03-12", 25_000, "2025-03-25", 25_000, "2025-05-10"),
             FILL]
    said = import_report(_same_import(
        tmp_path, [_file(tmp_path, "陈静-2025出口台账.xlsx", chen)],
        [_file(tmp_path, "Kevin王-2025出口台账.xlsx", kevin)])[-1])
    assert _account(tmp_path, lagos) == (0, 0, None, 25_000)
    with pytest.raises(KeyError):
        _account(tmp_path, agent)
    assert f"now belongs to “{lagos}”" in said and "also in" not in said, said


@pytest.mark.parametrize("shared", ["other", "third", "buyer"])
def test_two_salespeoples_books_sharing_numbers_of_other_buyers_stay_apart(
        tmp_path: Path, shared: str) -> None:
    """张伟's 2025-001 Alpha 10,000 of 01-05 unpaid and 2025-002 Gamma 3,000; 李娜's 2025-001
    Beta 10,000 of 01-09 paid and 2025-002 Delta 4,000 paid ("third": and both books' 2025-099
    for Other Co, one of three shared numbers agreeing; "buyer": 李娜's 2025-002 for Gamma too,
    a buyer both serve, 4,000 of 01-12: another order, no copy). Hand count at 05-31: Alpha
    owes 10,000, due 02-19, 100 days late, black; Beta paid."""
    other = GAMMA if shared == "buyer" else DELTA
    zw = [_row("2025-001", ALPHA, "2025-01-05", 10_000, "2025-01-20"),
          _row("2025-002", GAMMA, "2025-01-08", 3_000, "2025-01-22", 3_000, "2025-02-15")]
    ln = [_row("2025-001", BETA, "2025-01-09", 10_000, "2025-01-25", 10_000, "2025-05-30"),
          _row("2025-002", other, "2025-01-12", 4_000, "2025-01-25", 4_000, "2025-02-20")]
    if shared == "third":
        zw, ln = [*zw, FILL], [*ln, FILL]
    said = import_report(_same_import(tmp_path, [_file(tmp_path, ZW, zw)],
                                      [_file(tmp_path, LN, ln)])[-1])
    assert _account(tmp_path, ALPHA) == (10_000, 100, "black", 10_000)
    assert _account(tmp_path, BETA) == (0, 0, None, 10_000)
    assert _account(tmp_path, other)[:3] == (0, 0, None)
    assert "loses it" not in said, said
    assert f"2025-001 ({ALPHA} / {BETA})" in said, said


def test_copy_words_name_one_book_and_salespeople_two() -> None:
    assert ledger_name("出口台账2025 - 副本.xlsx") == ledger_name("出口台账2025.xlsx") == "出口台账"
    assert same_ledger("Copy of orders_2025 final v3.xlsx", "orders 2025.xlsx")
    assert same_ledger("备份-出口台账2025年修订版.xlsx", "出口台账2025.xlsx")
    assert not same_ledger(ZW, LN)
    assert not same_ledger("出口台账2025.xlsx", "内销台账2025.xlsx")


def test_both_user_guides_name_every_copy_word() -> None:
    docs = Path(__file__).resolve().parents[1] / "docs"
    for guide in ("user-guide.en.md", "user-guide.zh_CN.md"):
        text = (docs / guide).read_text(encoding="utf-8")
        assert all(word in text for word in COPY_WORDS), guide
