"""The month ends before the date on screen analysed while the window is idle (issue 11: the
window shows an as-of change within a second): picking one shows it from what was made ahead,
with no analysis run, as a fresh analysis shows it; a write since (an import) is not shown
from there; a date picked while the step runs stops it and is analysed."""

from __future__ import annotations

import io
import threading
from datetime import date
from pathlib import Path

import pytest
from ledgers import COLUMNS, build, order, receivables_ledger, write_xlsx
from PySide6.QtCore import QDate, QObject
from test_main_window import open_window

from core import settings_store
from core.analysis import ahead, fetch, firm
from core.analysis.ahead import Ahead, month_ends_before, room_for
from core.analysis.kept_rows import KeptRows
from core.analysis.run import analyse
from core.analysis.serialise import analysis_json, write_json
from core.i18n import set_language
from core.ledger.importer import import_files
from core.messages import Cancelled
from core.override_changes import merge
from core.overrides import find_customer, stored_merges
from core.store import connect
from ui import operations
from ui.main_window import MainWindow
from ui.tasks import Runner

WAIT = 60000
LATEST, MONTH_END, BEFORE = date(2025, 12, 1), date(2025, 11, 30), date(2025, 10, 31)


def _json(analysis) -> str:
    out = io.StringIO()
    write_json(analysis_json(analysis), out)
    return out.getvalue()


def _counted(monkeypatch) -> list[date]:
    """The as-of dates core's analysis is run for from now on (the window's, and ahead)."""
    calls: list[date] = []
    real = operations.analysis_run.analyse

    def counted(conn, as_of=None, steps=None, **kwargs):
        found = real(conn, as_of, steps, **kwargs)
        calls.append(found.as_of)
        return found

    monkeypatch.setattr(operations.analysis_run, "analyse", counted)
    return calls


def _opened_ahead(qtbot, tmp_path: Path) -> tuple[MainWindow, Path]:
    """The window on the receivables ledger (latest date 2025-12-01), once the month ends
    before it are made ahead."""
    build(tmp_path, receivables_ledger()).close()
    db = tmp_path / "firm.sqlite"
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ahead_ready, timeout=WAIT):
        window.refresh()
    return window, db


def _pick(qtbot, window: MainWindow, day: date) -> None:
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.as_of_edit.setDate(QDate(day.year, day.month, day.day))


def _table(window: MainWindow) -> dict[str, tuple]:
    rows = (window.model.row(r) for r in range(window.model.rowCount()))
    return {c.customer: (c.tier, c.list, c.open_amount, c.risk_grade) for c in rows}


def _figures(analysis) -> dict[str, tuple]:
    return {c.customer: (c.tier, c.list, c.open_amount, c.risk_grade)
            for c in analysis.customers}


def test_a_month_end_made_ahead_is_shown_without_an_analysis_as_a_fresh_one_shows_it(
        qtbot, tmp_path, monkeypatch):
    window, db = _opened_ahead(qtbot, tmp_path)
    assert window.analysis.as_of == LATEST
    assert set(window.ahead.dates()) == {LATEST, MONTH_END, BEFORE}
    made, _ = window.ahead.get(MONTH_END)
    made_json = _json(made)  # before the window shows it (and puts lifetime values on it)
    calls = _counted(monkeypatch)
    _pick(qtbot, window, MONTH_END)
    assert window.analysis is made and MONTH_END not in calls  # no analysis run for it
    conn = connect(db)
    fresh = analyse(conn, MONTH_END)
    conn.close()
    assert made_json == _json(fresh)  # byte for byte a fresh analysis's
    assert _table(window) == _figures(fresh) != _figures(window.ahead.get(LATEST)[0])
    assert window.report == firm.report(fresh)
    # back to the date it came from: shown again from what the window kept, no analysis
    _pick(qtbot, window, LATEST)
    assert window.analysis.as_of == LATEST and LATEST not in calls
    qtbot.waitUntil(lambda: window.runner.current is None, timeout=WAIT)


def test_a_write_since_is_not_shown_from_what_was_made_ahead(qtbot, tmp_path, monkeypatch):
    window, db = _opened_ahead(qtbot, tmp_path)
    newcomer = order("N1", "Newcomer", "2025-11-15", 7_000, ship="2025-11-20",
                     due="2025-12-20")
    later = write_xlsx(tmp_path / "november.xlsx", {"台账": [COLUMNS, newcomer]})
    [result] = import_files(db, [later])  # by another program: the window hears nothing
    assert result.status == "imported", result.message
    calls = _counted(monkeypatch)
    _pick(qtbot, window, MONTH_END)
    assert calls[0] == MONTH_END  # analysed afresh
    assert "Newcomer" in _table(window)
    conn = connect(db)
    assert _table(window) == _figures(analyse(conn, MONTH_END))
    conn.close()
    qtbot.waitUntil(lambda: window.runner.current is None, timeout=WAIT)


def test_a_setting_saved_in_the_window_lets_go_of_what_was_made_ahead(qtbot, tmp_path):
    window, _ = _opened_ahead(qtbot, tmp_path)
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.save_setting("stop_loss_days", "45")
    assert MONTH_END not in window.ahead.dates()
    qtbot.waitUntil(lambda: window.runner.current is None, timeout=WAIT)


def test_a_date_picked_while_the_step_runs_stops_it_and_is_analysed(qtbot, tmp_path,
                                                                     monkeypatch):
    started, stopped = threading.Event(), []
    real = operations.analysis_run.analyse

    def held(conn, as_of=None, steps=None, **kwargs):
        if as_of == BEFORE and not stopped:  # the step's second month end: held till stopped
            started.set()
            while not steps.cancel():
                pass
            stopped.append(True)
            raise Cancelled()
        return real(conn, as_of, steps, **kwargs)

    monkeypatch.setattr(operations.analysis_run, "analyse", held)
    build(tmp_path, receivables_ledger()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    asked = date(2025, 9, 30)
    with qtbot.waitSignal(window.ahead_ready, timeout=WAIT):  # after the date, made ahead
        _pick(qtbot, window, asked)
    assert stopped == [True] and window.analysis.as_of == asked
    assert set(window.ahead.dates()) >= {asked, date(2025, 8, 31), date(2025, 7, 31),
                                         MONTH_END}
    assert BEFORE not in window.ahead.dates()  # stopped: nothing half made is kept


def test_a_ledger_too_big_to_keep_lines_for_has_nothing_made_ahead(qtbot, tmp_path,
                                                                   monkeypatch):
    monkeypatch.setattr(fetch, "KEEP_LINES", 3)
    calls = _counted(monkeypatch)
    build(tmp_path, receivables_ledger()).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    qtbot.waitUntil(lambda: window.runner.current is None, timeout=WAIT)
    assert window.ahead.dates() == [] and calls == [LATEST]


def test_kept_by_date_and_language_within_room_and_stale_after_a_write(tmp_path,
                                                                        monkeypatch):
    build(tmp_path, receivables_ledger()).close()
    db = tmp_path / "firm.sqlite"
    kept, made = KeptRows(db), Ahead[operations.Analysed](db)
    first = operations.analyse(db, None, kept, made)
    lines = len(receivables_ledger())
    assert kept.lines == lines and made.dates() == [LATEST]
    assert operations.analyse_ahead(db, LATEST, kept, made) == [MONTH_END, BEFORE]
    assert operations.analyse(db, LATEST, kept, made) is first
    set_language("zh_CN")
    assert made.get(LATEST) is None  # a note's list is joined in the language it is made in
    set_language("en")
    monkeypatch.setattr(ahead, "HELD_LINES", 2 * lines)  # room for the one on screen and two more
    operations.analyse(db, date(2025, 9, 30), kept, made)
    assert made.dates() == [BEFORE, LATEST, date(2025, 9, 30)]  # the least used went
    assert made.wanted(LATEST, kept.lines) == [MONTH_END]
    conn = connect(db)
    settings_store.put(conn, "stop_loss_days", 45)  # any write, by any program
    conn.close()
    assert made.get(LATEST) is None and made.dates() == [BEFORE, date(2025, 9, 30)]


def test_month_ends_and_room():
    assert month_ends_before(date(2025, 3, 31), 2) == [date(2025, 2, 28), date(2025, 1, 31)]
    assert month_ends_before(date(2024, 3, 15), 1) == [date(2024, 2, 29)]
    assert [room_for(n) for n in (None, 1, 100_000, 150_000, 300_000)] == [0, 4, 4, 3, 2]


@pytest.mark.parametrize("first_rank", [0, 1])
def test_the_lower_rank_of_idle_work_runs_first(qtbot, first_rank):
    runner, owner, ran, go = Runner(), QObject(), [], threading.Event()
    busy = runner.submit(lambda progress, cancel: go.wait(5))  # the worker busy meanwhile
    for rank in (first_rank, 1 - first_rank):
        runner.when_idle(owner, lambda progress, cancel, rank=rank: ran.append(rank),
                         on_success=lambda _: None, on_failure=lambda _: None, rank=rank)
    with qtbot.waitSignal(busy.finished, timeout=5000):
        go.set()
    qtbot.waitUntil(lambda: len(ran) == 2 and runner.current is None, timeout=5000)
    assert ran == [0, 1]


def test_a_month_end_is_kept_under_the_language_it_was_made_in(tmp_path, monkeypatch):
    """fx43f: the language was read as the analysis was filed: one switched while a month end
    was made filed it under the new one (made in English, given to a Chinese clerk)."""
    build(tmp_path, receivables_ledger()).close()
    db = tmp_path / "firm.sqlite"
    kept, made = KeptRows(db), Ahead[operations.Analysed](db)
    operations.analyse(db, None, kept, made)
    real = operations.analysis_run.analyse

    def switched(conn, as_of=None, steps=None, **kwargs):
        found = real(conn, as_of, steps, **kwargs)
        set_language("zh_CN")  # the clerk switches on the GUI thread meanwhile
        return found

    monkeypatch.setattr(operations.analysis_run, "analyse", switched)
    english = operations.analyse(db, MONTH_END, kept, made)
    assert made.get(MONTH_END) is None  # asked in Chinese: not the English one
    set_language("en")
    assert made.get(MONTH_END)[1] is english


def test_an_opening_that_writes_its_notices_still_prepares_the_month_ends(qtbot, tmp_path,
                                                                         monkeypatch):
    """fx43f: merges looping (typed by hand) are dropped and said once the window's first
    analysis is in: a write, after which the step found its lines stale and made nothing
    ahead until the next analysis. It reads them again, as an analysis does."""
    build(tmp_path, receivables_ledger()).close()
    db = tmp_path / "firm.sqlite"
    conn = connect(db)
    merge(conn, "Lump", "Payer")
    lump, payer = find_customer(conn, "Lump").key, find_customer(conn, "Payer").key
    with conn:
        conn.execute("INSERT INTO overrides (kind, customer_key, target, created_at) "
                     "VALUES ('merge', ?, ?, '2099-01-01T00:00:00')", (lump, payer))
    conn.close()
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ahead_ready, timeout=WAIT):
        window.refresh()
    conn = connect(db)
    assert len(stored_merges(conn)) == 1  # the loop broken: the database written on opening
    conn.close()
    assert {MONTH_END, BEFORE} <= set(window.ahead.dates())
    calls = _counted(monkeypatch)
    _pick(qtbot, window, MONTH_END)
    assert window.analysis.as_of == MONTH_END and calls == []  # shown at once
    qtbot.waitUntil(lambda: window.runner.current is None, timeout=WAIT)
