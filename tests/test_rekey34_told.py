"""rekey34: what opening an older database did to a clerk's customers is said to them, once.

print34 made "ABC Trading（HK）" and "ABC Trading (HK)" one customer when an older database is
next opened, dropping the older of two pins the clerk had set on the two spellings. Nothing
said so: the clerk found a white-listed buyer black-listed with no word why. A chain of merges
already looping (A into B into A, left by an older version or typed by hand) sent each customer
to the other and left both off every list. And undoing the pin the re-key kept took the buyer to
no pin at all, not to the pin in force before it.
"""

from __future__ import annotations

import io
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from PySide6.QtCore import Qt
from test_break34a_rekey import MERGED, _by_id, _lists
from test_customer_keys_audit22 import HEADER, older_import
from test_data_safety_gui import Answers
from test_print34_bracket_keys import OTHER, SPACED, WIDE, _old_key, _rows

from core import override_changes
from core.analysis.run import analyse
from core.cli.main import run
from core.ledger.customer_rekey import rekey_customers
from core.ledger.importer import import_files
from core.notes_kept import Joined, Replaced
from core.override_changes import last_change, merge, pin, undo
from core.overrides import load_overrides
from core.store import connect, transaction
from ui.main_window import MainWindow
from ui.notices_dialog import NoticesDialog

WHITE_DAY, BLACK_DAY = "2025-05-01T09:00:00", "2025-06-10T15:30:00"


def _pinned_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, white: str = SPACED,
                  black: str = WIDE) -> Path:
    """The older database: one spelling pinned white on 05-01, the other black on 06-10."""

    def by_hand(conn: sqlite3.Connection) -> None:
        for name, target, day in ((white, "white", WHITE_DAY), (black, "black", BLACK_DAY)):
            monkeypatch.setattr(override_changes, "now_text", lambda day=day: day)
            pin(conn, _by_id(conn, name), target)

    return older_import(tmp_path, monkeypatch, _rows(), _old_key, by_hand)


def _command(db: Path, *extra: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["customers", "--db", str(db), "--as-of", "2025-06-30", *extra], out, err)
    return code, out.getvalue(), err.getvalue()


def test_the_re_key_returns_what_it_did(tmp_path: Path, monkeypatch) -> None:
    db = _pinned_apart(tmp_path, monkeypatch)
    conn = sqlite3.connect(db, isolation_level=None)
    with transaction(conn):
        done = rekey_customers(conn)
    conn.close()
    assert done.renamed[_old_key(WIDE)] == "abc trading (hk)"
    assert done.notes == (
        Joined(MERGED, (SPACED, WIDE, MERGED)),
        Replaced(MERGED, "pin_list", "white", WHITE_DAY, "black"))


def test_the_command_line_says_once_what_opening_did(tmp_path: Path, monkeypatch) -> None:
    """Before: nothing said (only logged); the clerk saw the white-listed buyer black."""
    db = _pinned_apart(tmp_path, monkeypatch)
    code, out, err = _command(db)
    assert code == 0 and "black" in out
    assert err.splitlines() == [
        "3 customers whose names differ only in how they were typed (bracket kinds or widths, "
        "spaces, a full stop or comma at the end) are now one customer, “ABC Trading ( HK )”: "
        "“ABC Trading (HK)”, "
        "“ABC Trading（HK）”, “ABC Trading ( HK )”.",
        "“ABC Trading ( HK )”: the pin to the white list set on 2025-05-01 was replaced by "
        "the pin to the black list, set later."]
    assert _command(db) == (0, out, "")  # said once; the figures as before


def test_the_clerk_reads_it_in_chinese(tmp_path: Path, monkeypatch) -> None:
    db = _pinned_apart(tmp_path, monkeypatch)
    _, _, err = _command(db, "--lang", "zh_CN")
    assert "3 个客户" in err and "“ABC Trading ( HK )”" in err
    assert "2025-05-01 设定的固定到白名单" in err and "固定到黑名单" in err


def test_the_window_says_once_what_opening_did(qtbot, tmp_path: Path, monkeypatch) -> None:
    db = _pinned_apart(tmp_path, monkeypatch)
    answers = Answers(monkeypatch)
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.analysed, timeout=30000):
        window.refresh()
    qtbot.waitUntil(lambda: bool(_boxes(window)), timeout=30000)
    [box] = _boxes(window)  # a box the clerk can select the names in, not waited for
    assert not answers.asked
    assert box.notes.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert box.summary.text() == ("1 customer is now one with another spelling of its name. "
                                  "1 correction you set was replaced or dropped. Each change "
                                  "is listed below: read them before you print or send a list.")
    text = box.notes.toPlainText()
    assert text.split("\n\n") == [
        "3 customers whose names differ only in how they were typed (bracket kinds or widths, "
        "spaces, a full stop or comma at the end) are now one customer, “ABC Trading ( HK )”: "
        "“ABC Trading (HK)”, "
        "“ABC Trading（HK）”, “ABC Trading ( HK )”.",
        "“ABC Trading ( HK )”: the pin to the white list set on 2025-05-01 was replaced by "
        "the pin to the black list, set later."]
    with qtbot.waitSignal(window.analysed, timeout=30000):
        window.open_database(db)
    box.close()
    qtbot.waitUntil(lambda: window.runner.current is None, timeout=30000)
    assert not _boxes(window) and not answers.asked  # a second opening says nothing


def _boxes(window: MainWindow) -> list[NoticesDialog]:
    return [box for box in window.findChildren(NoticesDialog) if box.isVisible()]


@pytest.mark.parametrize(("white", "black"), [(SPACED, WIDE), (WIDE, SPACED)])
def test_undoing_the_kept_pin_brings_back_the_one_it_replaced(tmp_path: Path, monkeypatch,
                                                             white, black) -> None:
    """The black pin set last undone: the buyer is white-listed again, as it was before the
    black pin (the white one set 05-01 on the other spelling). Before: no pin at all, the white
    pin lost. Undone too, the white pin goes: the figures' own list, black (17,000 overdue)."""
    db = _pinned_apart(tmp_path, monkeypatch, white, black)
    with connect(db) as conn:
        offered = last_change(conn)
        assert offered is not None and offered.change.params["target"].template == (
            "the black list")
        assert undo(conn, offered.entry) is not None
        pins = [tuple(r) for r in conn.execute(
            "SELECT customer_key, target, created_at FROM overrides")]
    assert pins == [("abc trading (hk)", "white", WHITE_DAY)]
    assert _lists(db)[MERGED] == ("white", 17_000)
    with connect(db) as conn:
        assert undo(conn) is not None
        assert conn.execute("SELECT COUNT(*) FROM overrides").fetchone()[0] == 0
        assert undo(conn) is None
    assert _lists(db)[MERGED] == ("black", 17_000)


def _two_buyers(tmp_path: Path) -> Path:
    db = tmp_path / "firm.sqlite"
    rows = [HEADER, *([name, date(2025, 3, 5), "pump", amount, "USD", "T/T in advance",
                       date(2025, 3, 10), amount, date(2025, 3, 8)]
                      for name, amount in (("Alpha Ltd", 30_000), ("Beta Ltd", 20_000)))]
    [result] = import_files(db, [write_xlsx(tmp_path / "ledger.xlsx", {"2025": rows})])
    assert result.status == "imported"
    return db


def _merge_by_sql(db: Path, gone: str, kept: str, day: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO overrides(kind, customer_key, target, created_at) "
                     "VALUES ('merge', ?, ?, ?)", (gone, kept, day))


def test_merges_already_looping_keep_the_merge_set_last(tmp_path: Path) -> None:
    """Alpha merged into Beta (01-02), Beta into Alpha (02-03), written by hand. Before: each
    counted as the other, both off the analysis (50,000 of sales on no list). Now the merge
    set last stands: one customer, Alpha, 50,000; and the first command says so, once."""
    db = _two_buyers(tmp_path)
    _merge_by_sql(db, "alpha ltd", "beta ltd", "2025-01-02T10:00:00")
    _merge_by_sql(db, "beta ltd", "alpha ltd", "2025-02-03T10:00:00")
    with connect(db) as conn:
        ids = dict(conn.execute("SELECT key, id FROM customers"))
        assert load_overrides(conn).merged_into == {ids["beta ltd"]: ids["alpha ltd"]}
        found = {c.customer: round(c.revenue_12m) for c in analyse(conn).customers}
    assert found == {"Alpha Ltd": 50_000}
    code, out, err = _command(db)
    assert code == 0
    assert err.splitlines() == [
        "The merge of “Alpha Ltd” into “Beta Ltd”, set on 2025-01-02, was dropped: the merges "
        "led round in a circle, which left the customers out of every list."]
    assert _command(db) == (0, out, "")
    with sqlite3.connect(db) as conn:
        assert list(conn.execute("SELECT customer_key, target FROM overrides")) == [
            ("beta ltd", "alpha ltd")]


def test_undoing_the_merge_that_closed_a_loop_brings_back_the_one_dropped(tmp_path: Path
                                                                        ) -> None:
    """Beta merged into Alpha in the app; an older merge of Alpha into Beta written by hand.
    The loop's older merge goes; undoing Beta's merge puts Alpha's back, the state before."""
    db = _two_buyers(tmp_path)
    with connect(db) as conn:
        merge(conn, "Alpha Ltd", "Beta Ltd")
    _merge_by_sql(db, "alpha ltd", "beta ltd", "2025-01-02T10:00:00")
    assert "was dropped" in _command(db)[2]
    with connect(db) as conn:
        assert undo(conn) is not None
        left = [tuple(r) for r in conn.execute("SELECT customer_key, target FROM overrides")]
    assert left == [("alpha ltd", "beta ltd")]


def test_a_merge_the_re_key_drops_from_a_loop_is_said(tmp_path: Path, monkeypatch) -> None:
    """The clerk's chain of one buyer's three names (break34a): "ABC Hongkong" merged into
    "ABC Trading（HK）", "ABC Trading (HK)" into "ABC Hongkong". Once the bracket spellings are
    one, the second merge led back: the loop broken by the re-key, and now said. (ident35:
    by the notice step's rule, the merge set first goes; before, the renamed customer's, set
    last, went and could not be undone.)"""

    def by_hand(conn: sqlite3.Connection) -> None:
        monkeypatch.setattr(override_changes, "now_text", lambda: "2025-04-02T10:00:00")
        merge(conn, _by_id(conn, WIDE), OTHER)
        merge(conn, OTHER, _by_id(conn, SPACED))

    db = older_import(tmp_path, monkeypatch, _rows(), _old_key, by_hand)
    said = _command(db)[2].splitlines()
    assert said[1:] == [
        "The merge of “ABC Hongkong” into “ABC Trading ( HK )”, set on 2025-04-02, was "
        "dropped: with the names now one customer it led back round in a circle, so it would "
        "have left the customers out of every list."]  # fix35c: the re-key closed it
