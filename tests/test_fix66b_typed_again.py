"""fix66b: a typed payment row on another tab or in a later file (core.ledger.typed_apart) read
again whenever an import changes its order's lines, and a held row naming its order under its
buyer written otherwise (core.ledger.held_buyers), rv65d s1 E4, E5, E8 and s6.

Hand counts: the order 2025-701 10,000 USD ordered 03-01, shipped 03-20, OA 30天 (due 04-19),
定金30% 3,000 received 03-02 on March's tab; April's file types 2025-701 / its buyer / 尾款70% /
7,000 on 04-20 (noted 还差2000: the order 2,000 short after it). As of 06-30 an unpaid sum is 72
days late, black. Every file is imported by both imports (tests.test_fast_import._same_import:
their reports and tables alike after each), the fast import's account asserted; an undo is
the fast import's (the reference takes no safety copy).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, LAST
from test_fast_import import _same_import
from test_fix54h_payment_words import HEAD
from test_fix62f_repeated_cells import DEPOSIT, OWED, PAID, _typed
from test_preview_across_tabs_payrow33 import done, previewed

from core import recovery
from core.ledger.import_result import FileResult
from core.ledger.importer import import_files
from core.ledger.preview import preview_file
from core.store import connect

X = "Alder Home Trading LLC"
SPELT = "ALDER HOME TRADING L.L.C."  # its key is no key of X's (normalise.customer_key)
APRIL = date(2025, 4, 20)
OTHER = ["2025-300", "Other Co", date(2025, 4, 1), 500, "USD", "T/T", "x", date(2025, 4, 2),
         500, date(2025, 4, 3), "", ""]  # April's file's own sale
Account = tuple[float, int, str | None, float]


def _black(owed: float) -> Account:
    return (owed, 72, "black", 0.0)


def _order(amount: float = 10_000, buyer: str = X, status: str = "", number: str = "2025-701"
           ) -> list[object]:
    return [number, buyer, date(2025, 3, 1), amount, "USD", "OA 30天", "LED灯",
            date(2025, 3, 20), None, None, status, ""]


def _march(amount: float = 10_000, status: str = "", *more: list[object]
           ) -> dict[str, list[list[object]]]:
    return {"3月": [_order(amount, status=status), DEPOSIT, *more, LAST]}


def _april(note: str = "还差2000", buyer: str = X, *more: list[object]
           ) -> dict[str, list[list[object]]]:
    return {"4月": [_typed("2025-701", buyer, "尾款70%", 7_000, APRIL, note), *more, OTHER]}


class Books:
    """A firm's files imported in turn by both imports, each under its own name (the same
    name written again: the clerk's corrected copy)."""

    def __init__(self, tmp_path: Path) -> None:
        self.at = tmp_path

    def take(self, name: str, tabs: dict[str, list[list[object]]]) -> FileResult:
        path = write_xlsx(self.at / name, {tab: [HEAD, *rows] for tab, rows in tabs.items()})
        return _same_import(self.at, [path])[0]  # (then any file read again: held_files)

    def undo(self) -> None:
        """The fast import's last import undone (the reference takes no safety copy): the
        last steps of a test."""
        recovery.undo_import(self.at / "fast.sqlite")

    def account(self, name: str = X) -> Account | None:
        try:
            c = customer(self.at / "fast.sqlite", name, END)
        except ValueError:  # no such customer
            return None
        return (round(c.open_amount, 2), c.max_days_overdue,
                c.list if c.list in ("black", "watch") else None, round(c.credit_on_account, 2))


# --- (1) the typed row read again when its order changes ------------------------------------

def test_a_corrected_order_reads_the_typed_row_again(tmp_path: Path) -> None:
    """March 10,000, April's 7,000 noted 还差2000: 5,000 counted, 2,000 black. March's copy
    corrected to 12,000: read again from its 7,000, the order 12,000 less 3,000 and 7,000 is
    the note's 2,000 short: all 7,000 counted, 2,000 black (main kept 5,000: 4,000 black, rv65d
    E4); the report names April's row read again. Undoing the correction: 2,000 (5,000 read)."""
    books = Books(tmp_path)
    books.take("台账3月.xlsx", _march())
    books.take("台账4月.xlsx", _april())
    assert books.account() == _black(2_000)
    result = books.take("台账3月.xlsx", _march(12_000))
    assert books.account() == _black(2_000)
    [said] = [w for w in result.warnings if w.code.startswith("typed_apart_again")]
    assert (said.code, said.params["file"], said.params["sheet"], said.params["row"]) == (
        "typed_apart_again_whole", "台账4月.xlsx", "4月", 2)
    books.undo()
    assert books.account() == _black(2_000)
    books.undo()
    assert books.account() == OWED  # March alone: 7,000, 72 days, black


def test_a_later_file_writing_the_order_anew_reads_it_again(tmp_path: Path) -> None:
    """May's file writes 2025-701 again at 9,000: open before April's row 6,000, the note's 2,000
    short leaves 4,000 of its 7,000 come: 9,000 − 3,000 − 4,000 = 2,000, black (main kept 5,000:
    1,000, rv65d E5). Undoing May: 10,000 again, 2,000 (5,000 read)."""
    books = Books(tmp_path)
    books.take("台账3月.xlsx", _march())
    books.take("台账4月.xlsx", _april())
    may = [*_order(9_000)[:-1], "金额更正为9000"]
    result = books.take("台账5月.xlsx", {"5月": [may, LAST]})
    assert books.account() == _black(2_000)
    [said] = [w for w in result.warnings if w.code.startswith("typed_apart_again")]
    assert (said.code, said.params["part"]) == ("typed_apart_again_part", "4,000.00 USD")
    books.undo()
    assert books.account() == _black(2_000)


def test_the_account_is_the_files_not_their_order(tmp_path: Path) -> None:
    """The same files in another order give the same account: March at 12,000 first, then
    April (2,000 black), as March, April, March corrected."""
    first, second = Books(tmp_path / "a"), Books(tmp_path / "b")
    for books in (first, second):
        books.at.mkdir()
    first.take("台账3月.xlsx", _march(12_000))
    first.take("台账4月.xlsx", _april())
    second.take("台账3月.xlsx", _march())
    second.take("台账4月.xlsx", _april())
    second.take("台账3月.xlsx", _march(12_000))
    assert first.account() == second.account() == _black(2_000)


def test_the_same_receipt_written_later_on_the_order_s_tab(tmp_path: Path) -> None:
    """April's file types the balance (尾款 7,000 on 04-20, no note): counted, paid. March's
    copy then writes that receipt under its order (尾款70% 7,000 on 04-20, 已收): April's line
    is the same receipt now (its sum on its day), counted once: paid, nothing on account (main
    kept April's 7,000 beside it: 7,000 on account, a credit a later unpaid order would use
    up). Undoing March's copy: paid, April's 7,000 counted again."""
    books = Books(tmp_path)
    books.take("台账3月.xlsx", _march())
    books.take("台账4月.xlsx", {"4月": [
        _typed("2025-701", X, "尾款", 7_000, APRIL, ""), OTHER]})
    assert books.account() == PAID
    balance = [None, None, None, None, None, None, "尾款70%", None, 7_000, APRIL, "", "已收"]
    result = books.take("台账3月.xlsx", _march(10_000, "", balance))
    assert books.account() == PAID
    [said] = [w for w in result.warnings if w.code.startswith("typed_apart_again")]
    assert said.code == "typed_apart_again_note"
    books.undo()
    assert books.account() == PAID


def test_opposites_of_the_reading_again(tmp_path: Path) -> None:
    """The note withdrawn (April's copy noted 已收): paid, read from the row anew; the order
    cancelled after April's file (已取消): as when cancelled first, nothing owed; the same
    receipt typed on another tab of March's file and in April's: counted once."""
    books = Books(tmp_path / "withdrawn")
    books.at.mkdir()
    books.take("台账3月.xlsx", _march())
    books.take("台账4月.xlsx", _april())
    books.take("台账4月.xlsx", _april("已收"))
    assert books.account() == PAID
    books.take("台账3月.xlsx", _march(12_000))
    assert books.account() == _black(2_000)  # 12,000 − 3,000 − 7,000
    cancelled_last, cancelled_first = Books(tmp_path / "last"), Books(tmp_path / "first")
    for books in (cancelled_last, cancelled_first):
        books.at.mkdir()
    cancelled_last.take("台账3月.xlsx", _march())
    cancelled_last.take("台账4月.xlsx", _april())
    cancelled_last.take("台账3月.xlsx", _march(10_000, "已取消"))
    cancelled_first.take("台账3月.xlsx", _march(10_000, "已取消"))
    cancelled_first.take("台账4月.xlsx", _april())
    # cancelled after April's row was read (5,000 of its 7,000 came): its money on account,
    # 3,000 + 5,000, as before this pass (no order to read the row against again); cancelled
    # first, April's money revives the order (core.ledger.paid_revivals): nothing owed
    assert cancelled_last.account() == (0.0, 0, None, 8_000.0)
    assert cancelled_first.account() == PAID
    both = Books(tmp_path / "both")
    both.at.mkdir()
    typed = _typed("2025-701", X, "尾款70%", 7_000, APRIL, "")
    both.take("台账3月.xlsx", {**_march(), "收款": [typed]})
    both.take("台账4月.xlsx", _april(""))
    assert both.account() == PAID  # 3,000 + 7,000 once
    both.take("台账3月.xlsx", _march(12_000) | {"收款": [typed]})
    assert both.account() == _black(2_000)  # 12,000 − 3,000 − 7,000 once


# --- (2) a typed buyer written otherwise ----------------------------------------------------

def test_a_typed_buyer_written_otherwise_is_the_order_s(tmp_path: Path) -> None:
    """April's row types ALDER HOME TRADING L.L.C.: held, it waited as "not in the database
    yet" for good (7,000 black, rv65d E8); now X's, as the same payer typed 收款 is
    (payer_folded): 2,000 black, the report saying so, no customer of that spelling. Undoing
    April: 7,000 black."""
    books = Books(tmp_path)
    books.take("台账3月.xlsx", _march())
    result = books.take("台账4月.xlsx", _april(buyer=SPELT))
    assert books.account() == _black(2_000)
    assert books.account(SPELT) is None
    assert not result.skipped
    [said] = [w for w in result.warnings if w.code == "payer_folded"]
    assert (said.params["payer"], said.params["customer"], said.params["rows"]) == (
        SPELT, X, "2")
    books.undo()
    assert books.account() == OWED


def test_written_otherwise_on_another_tab_or_before_its_order(tmp_path: Path) -> None:
    """The row on a 收款 tab of March's file, or April's file imported first (read again when
    March's comes): 2,000 black alike; no row of it typed: its 7,000 the order's, paid."""
    tab = Books(tmp_path / "tab")
    tab.at.mkdir()
    tab.take("台账3月.xlsx", {**_march(), "收款": [
        _typed("2025-701", SPELT, "尾款70%", 7_000, APRIL, "还差2000")]})
    assert tab.account() == _black(2_000)
    first = Books(tmp_path / "first")
    first.at.mkdir()
    first.take("台账4月.xlsx", _april(buyer=SPELT))
    assert first.account() is None
    first.take("台账3月.xlsx", _march())
    assert first.account() == _black(2_000)
    plain = Books(tmp_path / "plain")
    plain.at.mkdir()
    plain.take("台账3月.xlsx", _march())
    plain.take("台账4月.xlsx", _april("", SPELT))
    assert plain.account() == PAID


def test_another_firm_typed_stays_apart_and_is_said(tmp_path: Path) -> None:
    """Beta Corp typed on X's 2025-701 (a third party's wire, or a slip): no buyer of the
    number's written otherwise; not counted for either, X 7,000 black as before, and the
    report says whose the order is, where it said "not in the database yet" (its file kept
    waiting for an order that was there)."""
    books = Books(tmp_path)
    books.take("台账3月.xlsx", _march())
    result = books.take("台账4月.xlsx", _april(buyer="Beta Corp"))
    assert books.account() == OWED
    assert books.account("Beta Corp") is None
    [skip] = result.skipped
    assert (skip.message.code, skip.message.params["order"], skip.message.params["buyers"]) == (
        "held_other_buyer", "2025-701", X)


def test_a_spelling_that_buys_in_its_own_right_is_its_own_firm(tmp_path: Path) -> None:
    """April's file sells 2025-702 to ALDER HOME TRADING L.L.C. too: a buyer in its own right,
    not X written otherwise (payer_named's rule): its row on 2025-701 is not X's money, X
    7,000 black, the skip saying whose 2025-701 is; L.L.C.'s own 2,000 order (shipped 04-05,
    T/T) unpaid."""
    books = Books(tmp_path)
    books.take("台账3月.xlsx", _march())
    own = ["2025-702", SPELT, date(2025, 4, 1), 2_000, "USD", "T/T", "x", date(2025, 4, 5),
           None, None, "", ""]
    result = books.take("台账4月.xlsx", _april("还差2000", SPELT, own))
    assert books.account() == OWED
    assert books.account(SPELT) is not None and books.account(SPELT)[0] == 2_000
    [skip] = result.skipped
    assert skip.message.code == "held_other_buyer"


def test_a_number_two_buyers_share_goes_to_the_one_written_otherwise(tmp_path: Path) -> None:
    """March sells 2025-701 to X (10,000, 3,000 paid) and to Zeta Inc (5,000, kept apart): the
    L.L.C. row of 7,000 (no note) is X's: X paid, Zeta 5,000, 72 days, black."""
    books = Books(tmp_path)
    zeta = ["2025-701", "Zeta Inc", date(2025, 3, 1), 5_000, "USD", "OA 30天", "LED灯",
            date(2025, 3, 20), None, None, "", ""]
    books.take("台账3月.xlsx", {"3月": [_order(), DEPOSIT, zeta, LAST]})
    books.take("台账4月.xlsx", _april("", SPELT))
    assert books.account() == PAID
    assert books.account("Zeta Inc") == _black(5_000)


def test_a_cancelled_order_written_otherwise_is_as_typed_right(tmp_path: Path) -> None:
    """2025-701 cancelled on March's tab: April's row under either spelling reads alike."""
    right, spelt = Books(tmp_path / "right"), Books(tmp_path / "spelt")
    for books, buyer in ((right, X), (spelt, SPELT)):
        books.at.mkdir()
        books.take("台账3月.xlsx", _march(10_000, "已取消"))
        books.take("台账4月.xlsx", _april(buyer=buyer))
    assert spelt.account() == right.account() == PAID


def test_the_preview_says_what_the_import_does(tmp_path: Path) -> None:
    """After March's import, the dialog's preview of April's file (the L.L.C. row on 2025-701,
    Beta Corp's on it, no row of 2025-799's order anywhere) says what the import then does:
    the L.L.C. row money received, Beta's skipped saying whose the order is, 2025-799's
    waiting; the L.L.C. note on April's tab."""
    books = Books(tmp_path)
    books.take("台账3月.xlsx", _march())
    db = tmp_path / "fast.sqlite"  # the fast import's alone from here
    rows = [_typed("2025-701", SPELT, "尾款70%", 7_000, APRIL, "还差2000"),
            _typed("2025-701", "Beta Corp", "尾款70%", 1_000, APRIL, ""),
            _typed("2025-799", SPELT, "尾款70%", 2_000, APRIL, ""), OTHER]
    path = write_xlsx(tmp_path / "台账4月.xlsx", {"4月": [HEAD, *rows]})
    with connect(db) as conn:
        preview = preview_file(conn, path)
    [result] = import_files(db, [path])
    seen, booked = previewed(preview), done(db, result)
    assert {r for r in seen[0] if r[0] == "4月"} == {r for r in booked[0] if r[0] == "4月"} == {
        ("4月", 2)}
    assert seen[1] == booked[1]
    assert {(s.row, s.message.code) for s in result.skipped} == {
        (3, "held_other_buyer"), (4, "order_not_yet")}
    assert any(n.code == "payer_folded" for n in preview.sheets[0].notes)
    assert books.account() == _black(2_000)
