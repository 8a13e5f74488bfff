"""fix66l: an earlier file's typed payment row (core.ledger.typed_apart) read again only against
the receipts booked before it (fix66l: of its day or before; fix67f: by the store, whatever their
date), and only when its order's lines changed (rv66f Q5, Q5c, Q5e,
Q5h; p2_scale).

Hand counts: the order 2025-701 10,000 USD shipped 03-20, OA 30天 (due 04-19), 定金30% 3,000 on
03-02 on March's tab; April's file types 2025-701 / its buyer / 尾款 5,000 on 04-20 noted 还差2000
(10,000 − 3,000 − 5,000 = 2,000 short: all 5,000 came, 2,000 owed, 72 days at 06-30, black).
May's file types the last 2,000 on 05-20: 10,000 = 3,000 + 5,000 + 2,000, nothing owed. Read
again with May's 2,000 in it, April's note left 10,000 − 3,000 − 2,000 − 2,000 = 3,000 come:
2,000 owed, 72 days, black (fix66b) — a paid-up buyer on the stop-loss list.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import LAST
from test_fix62f_repeated_cells import DEPOSIT, OWED, PAID, _typed
from test_fix66b_typed_again import APRIL, OTHER, Books, X, _black, _order

from core.ledger.typed_apart import KEY, _kept
from core.store import connect

MAY = date(2025, 5, 20)


def _march(amount: float = 10_000, *more: list[object]) -> dict[str, list[list[object]]]:
    return {"3月": [_order(amount), DEPOSIT, *more, LAST]}


def _april(received: float = 5_000) -> dict[str, list[list[object]]]:
    return {"4月": [_typed("2025-701", X, "尾款", received, APRIL, "还差2000"), OTHER]}


def _may(note: str = "尾款付清") -> dict[str, list[list[object]]]:
    return {"5月": [_typed("2025-701", X, "尾款", 2_000, MAY, note), OTHER]}


def _books(tmp_path: Path, received: float = 5_000) -> Books:
    books = Books(tmp_path)
    books.take("台账3月.xlsx", _march())
    books.take("台账4月.xlsx", _april(received))
    return books


def test_a_later_typed_receipt_pays_the_rest_the_note_said(tmp_path: Path) -> None:
    """Q5e: April's 5,000 noted 还差2000 (2,000 black), May types 2,000 尾款付清: nothing owed
    (fix66b: 2,000, 72 days, black). Undoing May: 2,000 black again; undoing April: March's
    7,000 black."""
    books = _books(tmp_path)
    assert books.account() == _black(2_000)
    result = books.take("台账5月.xlsx", _may())
    assert books.account() == PAID
    assert not [w for w in result.warnings if w.code.startswith("typed_apart_again")]
    books.undo()
    assert books.account() == _black(2_000)
    books.undo()
    assert books.account() == OWED


def test_a_later_typed_receipt_with_no_note_or_another_word(tmp_path: Path) -> None:
    """Q5c: May's 2,000 with no note, and Q5: April 7,000 还差2000 (5,000 came) and May's 2,000
    尾款补齐: nothing owed either way (fix66b: 2,000 black). Undoing May: 2,000 black."""
    for name, received, note in (("c", 5_000, ""), ("q", 7_000, "尾款补齐")):
        (tmp_path / name).mkdir()
        books = _books(tmp_path / name, received)
        assert books.account() == _black(2_000), name
        books.take("台账5月.xlsx", _may(note))
        assert books.account() == PAID, name
        books.undo()
        assert books.account() == _black(2_000), name


def test_the_rest_written_under_the_order_on_march_s_copy(tmp_path: Path) -> None:
    """Q5h: March's copy adds the 2,000 of 05-20 under its order: nothing owed (fix66b: 2,000
    black). Undoing the copy: 2,000 black."""
    books = _books(tmp_path)
    rest = [None] * 6 + ["尾款", None, 2_000, MAY, "", "尾款付清"]
    books.take("台账3月.xlsx", _march(10_000, rest))
    assert books.account() == PAID
    books.undo()
    assert books.account() == _black(2_000)


def test_a_correction_still_reads_the_note_again(tmp_path: Path) -> None:
    """fix66b's E4/E5 kept beside a later receipt: May's 2,000 paid, then March's copy corrected
    to 12,000 — April's note read against 12,000 less 3,000 (May's 2,000 is of a later day):
    all 5,000 came, 4,000 short, May's 2,000 of it paid: 2,000 owed, 72 days, black. Undoing
    the correction: nothing owed."""
    books = _books(tmp_path)
    books.take("台账5月.xlsx", _may())
    assert books.account() == PAID
    books.take("台账3月.xlsx", _march(12_000))
    assert books.account() == _black(2_000)
    books.undo()
    assert books.account() == PAID


def test_an_earlier_dated_receipt_booked_later_pays_the_rest(tmp_path: Path) -> None:
    """A receipt dated before April's row, booked only in May's file (2,000 on 04-10): news to
    April's note 还差2000, which saw only what was booked when it was read (fix67f, the lead's
    call on rv67c T1d; fix66l read it against 10,000 − 3,000 − 2,000 and kept 2,000, 72 days,
    black): 3,000 + 5,000 + 2,000 is the order, nothing owed."""
    books = _books(tmp_path)
    books.take("台账5月.xlsx", {"5月": [
        _typed("2025-701", X, "尾款", 2_000, date(2025, 4, 10), ""), OTHER]})
    assert books.account() == PAID


def test_an_unrelated_import_weighs_nothing_again(tmp_path: Path) -> None:
    """An import of another buyer's file leaves the kept line's mark as it was (the line not read
    again) and April's account as it stood: 2,000 black."""
    books = _books(tmp_path)
    with connect(tmp_path / "fast.sqlite") as conn:
        before = conn.execute("SELECT value FROM meta WHERE key = ?", (KEY,)).fetchone()
        kept, marks, _firsts = _kept(conn)  # and each file's day order (fix68f)
    assert list(kept.values()) == [(5_000, "2025-04-20")] and None not in marks.values()
    books.take("台账6月.xlsx", {"6月": [OTHER]})
    with connect(tmp_path / "fast.sqlite") as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = ?", (KEY,)).fetchone() == before
    assert books.account() == _black(2_000)


def test_two_typed_rows_then_the_order_corrected(tmp_path: Path) -> None:
    """Q5: April's 7,000 noted 还差2000 (5,000 came), May's 2,000 尾款补齐: nothing owed (fix66b:
    2,000, 72 days, black). March's copy then corrected to 12,000: April's note read against
    12,000 − 3,000 (May's 2,000 of a later day) says all 7,000 came, 2,000 short on 04-20, and
    May's 2,000 pays it: 3,000 + 7,000 + 2,000 = 12,000, nothing owed (E4's reading of the
    note: fix66b left 2,000 black, April's row read as 5,000 beside May's 2,000)."""
    books = _books(tmp_path, 7_000)
    books.take("台账5月.xlsx", _may("尾款补齐"))
    assert books.account() == PAID
    books.take("台账3月.xlsx", _march(12_000))
    assert books.account() == PAID
    books.undo()
    assert books.account() == PAID


def test_both_typed_rows_on_one_receipts_tab(tmp_path: Path) -> None:
    """Q5d: April's file lists 7,000 noted 还差2000 (04-20) and 2,000 尾款补齐 (05-20) on one 收款
    tab: the first read against the receipts of 04-20 or before, 5,000 came, and the second
    pays the rest: nothing owed (fix66b and before: 2,000, 72 days, black)."""
    books = Books(tmp_path)
    books.take("台账3月.xlsx", _march())
    books.take("台账4月.xlsx", {"收款": [
        _typed("2025-701", X, "尾款70%", 7_000, APRIL, "还差2000"),
        _typed("2025-701", X, "尾款", 2_000, MAY, "尾款补齐")], "4月": [OTHER]})
    assert books.account() == PAID


def test_a_later_row_that_brings_no_money_leaves_the_rest_owed(tmp_path: Path) -> None:
    """The opposites of May's 2,000: the rest said not come (尾款2000还没到), another order's
    2,000 typed in May (2025-702's, a buyer of its own), or May's row withdrawn (undone): April's
    note read as before, 2,000, 72 days, black."""
    for name, may in (
            ("not", _may("尾款2000还没到")),
            ("other", {"5月": [["2025-702", "Zeta Inc", date(2025, 5, 1), 2_000, "USD", "T/T",
                                "LED灯", date(2025, 5, 2), 2_000, MAY, "", ""], OTHER]})):
        (tmp_path / name).mkdir()
        books = _books(tmp_path / name)
        books.take("台账5月.xlsx", may)
        assert books.account() == _black(2_000), name
    books = _books(tmp_path / "undone")
    books.take("台账5月.xlsx", _may())
    books.undo()
    assert books.account() == _black(2_000)
