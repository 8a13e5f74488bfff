"""Last month's snapshot stored by the window's idle step after an opening whose notices write
(win44): merges looping, typed by hand, are dropped on opening and said once the first
analysis is in, a write to the database after that analysis read its lines. The step found
the lines stale and gave up (nothing stored, the first restructuring export of the month
analysing last month itself) until the next analysis, as the month ends made ahead did
before fx43f. It reads them again, as that step does (``operations.lines_read``)."""

from __future__ import annotations

import pytest
from ledgers import build, receivables_ledger
from test_asof43_ahead import MONTH_END, WAIT
from test_last_month_idle import _stored

from core.override_changes import merge
from core.overrides import find_customer, stored_merges
from core.store import connect
from ui.main_window import MainWindow

pytestmark = pytest.mark.idle_step_apart  # the step's process is what is tested


def test_an_opening_that_writes_its_notices_still_stores_last_months_snapshot(
        qtbot, tmp_path):
    build(tmp_path, receivables_ledger()).close()
    db = tmp_path / "firm.sqlite"
    conn = connect(db)
    merge(conn, "Lump", "Payer")
    lump, payer = find_customer(conn, "Lump").key, find_customer(conn, "Payer").key
    with conn:  # the loop back, as a hand-typed row makes it
        conn.execute("INSERT INTO overrides (kind, customer_key, target, created_at) "
                     "VALUES ('merge', ?, ?, '2099-01-01T00:00:00')", (lump, payer))
    conn.close()
    assert _stored(db) == ([], [])
    window = MainWindow(db)
    qtbot.addWidget(window)
    stored: list[bool] = []
    window.last_month_ready.connect(lambda: stored.append(True))
    # the month ends made ahead run after last month's snapshot (the lower rank first)
    with qtbot.waitSignal(window.ahead_ready, timeout=WAIT):
        window.refresh()
    conn = connect(db)
    assert len(stored_merges(conn)) == 1  # the loop broken: the database written on opening
    conn.close()
    assert stored == [True]
    month_end = MONTH_END.isoformat()  # the month end before the ledger's latest day
    assert _stored(db) == ([month_end], [month_end])
    qtbot.waitUntil(lambda: window.runner.current is None, timeout=WAIT)
