"""The copied-wire check's verdicts kept between the window's as-of changes (perf44a, issue 11).

An as-of change judged every customer of two files again for wires copied across files (1.3 s
of the 100k update store's 3.95 s under cProfile), finding what it found before. A customer
none of whose dates (a line read from, an order, a ship date) falls between the day it was
judged and the new A keeps its verdict; the analysis must be what a fresh one gives at every
date, back and forth, and the notes must name the customers found in the same order.
"""

from __future__ import annotations

import io
import sqlite3
from datetime import date

from test_mem42_wires_batched import two_files

import core.analysis.wires as wires
from core.analysis.kept_rows import KeptRows
from core.analysis.run import analyse
from core.analysis.serialise import analysis_json, write_json
from core.store import connect

# around the orders (03-01..05-03), their ship dates (5 days on) and the wires (06-01..06-25)
DATES = [date(2025, 6, 30), date(2025, 7, 31), date(2025, 5, 1), date(2025, 6, 22),
         date(2025, 3, 4), date(2025, 7, 31), date(2025, 5, 6), date(2025, 4, 30),
         date(2025, 6, 30)]


def _text(conn: sqlite3.Connection, as_of: date, kept: KeptRows | None = None) -> str:
    out = io.StringIO()
    write_json(analysis_json(analyse(conn, as_of, kept=kept)), out)
    return out.getvalue()


def _judged(monkeypatch) -> list[set[int]]:
    """The customers of each call of the check's rule."""
    calls: list[set[int]] = []
    rule = wires.drop_copied_wires

    def spy(lines, *args, **kwargs):
        calls.append({line.customer for line in lines})
        return rule(lines, *args, **kwargs)

    monkeypatch.setattr(wires, "drop_copied_wires", spy)
    return calls


def test_kept_verdicts_give_what_a_fresh_analysis_gives_at_every_date(tmp_path):
    db = two_files(tmp_path)
    conn = connect(db)
    kept = KeptRows(db)
    for day in DATES:
        assert _text(conn, day, kept) == _text(conn, day), day
    conn.close()


def test_a_customer_whose_dates_did_not_move_is_not_judged_again(tmp_path, monkeypatch):
    db = two_files(tmp_path)
    conn = connect(db)
    ids = dict(conn.execute("SELECT name, id FROM customers").fetchall())
    kept = KeptRows(db)
    calls = _judged(monkeypatch)
    analyse(conn, date(2025, 6, 30), kept=kept)
    assert calls == [{ids["Alpha Co"], ids["Beta Co"], ids["Gamma Co"]}]
    calls.clear()
    # no order, ship date or line begins between 06-30 and 07-31: Gamma Co (two files, no
    # copy) is not judged; the two found are judged again together, for the notes' order
    later = _text(conn, date(2025, 7, 31), kept)
    assert calls == [{ids["Alpha Co"], ids["Beta Co"]}]
    assert later == _text(conn, date(2025, 7, 31))  # the notes name them in the same order
    calls.clear()
    # back to 05-01: May's orders (05-01..05-03) lie between; Alpha Co's of 05-01 is read,
    # its money of two files judged again; Beta Co's and Gamma Co's are not yet: one file each
    assert _text(conn, date(2025, 5, 1), kept) == _text(conn, date(2025, 5, 1))
    assert calls[0] == {ids["Alpha Co"]}
    conn.close()


def test_verdicts_are_dropped_with_the_kept_lines(tmp_path, monkeypatch):
    db = two_files(tmp_path)
    conn = connect(db)
    kept = KeptRows(db)
    analyse(conn, date(2025, 6, 30), kept=kept)
    calls = _judged(monkeypatch)
    kept.forget()
    analyse(conn, date(2025, 7, 31), kept=kept)
    assert len(set().union(*calls)) == 3  # every customer of two files judged afresh
    conn.close()
