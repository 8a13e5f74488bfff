"""A payer stored per payment line (schema 26, core.ledger.line_payers): a buyer's wires on
another buyer's cancelled order pay his own open order, two wires or one, and the buyer's own
wires beside them stay the buyer's (rv59g s296, rv59e s281 k6–k8). Each import is made by the
fast and the row-by-row writer alike (test_fix59f's _book compares them)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from databases import before_schema_26, made_older
from ledgers import write_xlsx
from test_fix57i_cancel_went_ahead import HEAD, OTHER
from test_fix59f_paid_revival_elsewhere import KOBE, NONE, PAYMENTS, RIO, _book, _line, _wire
from test_fix59k_payer_own_first import _states

from core.ledger.importer import import_files
from core.store import connect

CANCELLED = _line("PO-R1", 10_000, "已取消")
KOBES = _line("PO-K1", 10_000, buyer=KOBE, product="灯罩")


@pytest.mark.parametrize("wires", [
    [_wire("PO-R1", 5_000, payer=KOBE), _wire("PO-R1", 5_000, payer=KOBE, on="2025-05-20")],
    [_wire("PO-R1", 3_000, "定金", payer=KOBE, on="2025-02-20"),
     _wire("PO-R1", 7_000, "尾款", payer=KOBE)],
])
def test_the_payers_two_wires_pay_his_own_order(tmp_path: Path, wires: list) -> None:
    """Before: Rio 10,000 on account, Kobe 10,000, 91 days, black."""
    states, _ = _book(tmp_path, [CANCELLED, KOBES], wires)
    assert states == {RIO: NONE, KOBE: NONE}


@pytest.mark.parametrize(("rios", "rio", "kobe"), [
    (5_000, (0, 0, None, 5_000), (5_000, 91, "black", 0)),
    (8_000, (0, 0, None, 8_000), (8_000, 91, "black", 0)),
])
def test_the_buyers_own_wire_beside_the_payers_stays_his(tmp_path: Path, rios: int,
                                                         rio: tuple, kobe: tuple) -> None:
    """Before: both wires Rio's credit, Kobe 10,000 black (no line said whose each was)."""
    states, _ = _book(tmp_path, [CANCELLED, KOBES], [
        _wire("PO-R1", rios, on="2025-05-01"), _wire("PO-R1", 10_000 - rios, payer=KOBE)])
    assert states == {RIO: rio, KOBE: kobe}


def test_the_buyers_own_wire_pays_his_other_open_order(tmp_path: Path) -> None:
    """Rio's PO-R2 open beside: Rio's 8,000 pays it, Kobe's 2,000 his own (before: 10,000
    black each)."""
    states, _ = _book(tmp_path, [CANCELLED, KOBES, _line("PO-R2", 10_000, product="灯带")], [
        _wire("PO-R1", 8_000, on="2025-05-01"), _wire("PO-R1", 2_000, payer=KOBE)])
    assert states == {RIO: (2_000, 91, "black", 0), KOBE: (8_000, 91, "black", 0)}


def test_the_file_read_again_moves_each_wire_once(tmp_path: Path) -> None:
    """The same ledger imported twice leaves Kobe's 2,000 his once and Rio's 8,000 Rio's."""
    book = write_xlsx(tmp_path / "2025外贸台账.xlsx", {
        "3月": [HEAD, CANCELLED, KOBES], "6月": [HEAD, OTHER], "收款明细": [
            PAYMENTS, _wire("PO-R1", 8_000, on="2025-05-01"), _wire("PO-R1", 2_000, payer=KOBE)]})
    for _ in range(2):
        import_files(tmp_path / "db.sqlite", [book])
    assert _states(tmp_path / "db.sqlite") == {RIO: (0, 0, None, 8_000),
                                               KOBE: (8_000, 91, "black", 0)}
    with sqlite3.connect(tmp_path / "db.sqlite") as conn:
        wires = sorted(conn.execute(
            "SELECT l.received_amount, c.name FROM order_lines l JOIN orders o ON o.id = "
            "l.order_id JOIN customers c ON c.id = o.customer_id WHERE l.received_amount IN "
            "(2000, 8000)"))
    assert wires == [(2_000, KOBE), (8_000, RIO)]  # each once, under its payer


def test_the_buyers_own_two_wires_stay_his(tmp_path: Path) -> None:
    """A control: Rio's own 5,000 + 5,000 on his cancelled order stay his (the order paid
    in full went ahead, core.ledger.paid_revivals); Kobe's own stays open."""
    states, _ = _book(tmp_path, [CANCELLED, KOBES], [
        _wire("PO-R1", 5_000), _wire("PO-R1", 5_000, on="2025-05-20")])
    assert states == {RIO: NONE, KOBE: (10_000, 91, "black", 0)}


def test_a_payer_owing_nothing_leaves_his_wires_where_they_are(tmp_path: Path) -> None:
    """A control: Kobe's own order paid, his two wires on Rio's cancelled order stay Rio's
    credit."""
    paid = list(KOBES)
    paid[11], paid[12] = 10_000, _wire("PO-K1", 0, on="2025-04-01")[0]
    states, _ = _book(tmp_path, [CANCELLED, paid], [
        _wire("PO-R1", 5_000, payer=KOBE), _wire("PO-R1", 5_000, payer=KOBE, on="2025-05-20")])
    assert states == {RIO: (0, 0, None, 10_000), KOBE: NONE}


def test_a_database_before_schema_26_opens_its_lines_the_buyers(tmp_path: Path) -> None:
    """A store an older TradeTier wrote gains the column, every line NULL (its order's buyer
    paid it), and reads as it did."""
    _book(tmp_path, [CANCELLED, KOBES], [_wire("PO-R1", 2_000, payer=KOBE)])
    before = _states(tmp_path / "fast.sqlite")
    made_older(tmp_path / "fast.sqlite", before_schema_26, 25)
    with connect(tmp_path / "fast.sqlite") as conn:
        assert conn.execute("SELECT count(*) FROM order_lines WHERE payer IS NOT NULL"
                            ).fetchone()[0] == 0
    assert _states(tmp_path / "fast.sqlite") == before
