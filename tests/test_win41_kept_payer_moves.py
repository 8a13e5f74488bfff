"""win41 (4): a payer kept without orders for what was set on it by hand (pay40) is no one's
move (core.analysis.movements.compare, core.overrides.never_ordered).

pay39's books: the bank slips' workbook (Orbit Trading (HK) Ltd paying "代Orbit Tech LLC付款"),
the payer's 50,000 credit limit set by hand, then Orbit Tech's orders: the slips move to Orbit
Tech and the payer is kept, without an order. Before: `movements` said "(new) → prospect (1):
Orbit Trading (HK) Ltd" at 2026-03, the data's first month, "first orders are trials", though
it never ordered and its limit was set after the last import; the window listed it so too.
Now: March's only move is Oslo Living's first order; the payer is still a prospect in the
counts and in `customers`, its limit in view (pay40)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from account_cli import cli, customers
from test_movements_view import _open_movements
from test_pay39_payer_kept import _imported
from test_stop38_paid_for_stored import PAYER


def _db(tmp_path: Path) -> Path:
    db, _report = _imported(tmp_path, "limit", PAYER, "50000")
    return db


def test_the_kept_payer_is_no_move_on_the_command_line(tmp_path: Path):
    db = _db(tmp_path)
    text = cli("movements", "--db", str(db))
    assert PAYER not in text  # was "(new) → prospect (1): Orbit Trading (HK) Ltd" at 2026-03
    found = json.loads(cli("movements", "--db", str(db), "--json"))
    first = found["months"][0]
    assert first["month"] == "2026-03"
    assert first["moves"] == [{"from": None, "to": "long_tail", "count": 1,
                               "customers": ["Oslo Living"]}]
    assert found["kinds"]["2026-03"]["new"] == 1  # was 2
    movers = {name for m in found["months"] for move in m["moves"] for name in move["customers"]}
    assert movers == {"Oslo Living", "Orbit Tech LLC"}
    # still shown as pay40 made it: a prospect in every month's counts and in the customers
    assert all(m["counts"]["prospect"] == 1 for m in found["months"])
    payer = customers(db, date(2026, 11, 6))["by_name"][PAYER]
    assert (payer["tier"], payer["credit_limit"]) == ("prospect", 50_000.0)


def test_the_kept_payer_is_no_move_in_the_window(qtbot, tmp_path: Path):
    db = _db(tmp_path)
    _window, page = _open_movements(qtbot, db)
    page.month.setCurrentIndex(page.month.findData(None))  # All months
    listed = {page.proxy.move_at(r).customer for r in range(page.proxy.rowCount())}
    assert listed == {"Oslo Living", "Orbit Tech LLC"}  # the payer was listed at 2026-03
    assert page.history is not None
    assert all(p.counts["prospect"] == 1 for p in page.history.periods)
