"""The payer rules after the write are handed only the orders whose payment rows name a customer
(perf65a): the 1M first import's peak was the writer's dict of every order's key with its
payers (None for nearly all) and payers_paid's copy of it, two dicts of 770,000 keys. The
file's own orders, which paid_revivals asks whether an order is the file's, are the book's
dict as it is held. The rules answer as before, each account checked by hand at 06-30.

Rio Casa's PO-R1 10,000 OA 30, shipped 03-01 (due 03-31: 91 days at 06-30); Kobe Trading's
PO-K1 10,000 likewise; the 收款明细 tab books each wire under its payer and the slip's number.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ledgers import write_xlsx
from test_acct56c_note_cancel_deduction_apart import _said
from test_fix57i_cancel_went_ahead import HEAD, OTHER
from test_fix59f_paid_revival_elsewhere import KOBE, NONE, PAYMENTS, RIO, _book, _line, _wire
from test_fix59k_payer_own_first import _states

from core.ledger import writer
from core.ledger.importer import import_files


def test_the_buyers_own_wire_brings_back_the_files_cancelled_order(tmp_path: Path) -> None:
    """PO-R1 cancelled, Rio's own wire of 10,000 on 05-10 names it: the order went ahead,
    paid; Rio owes nothing and has no credit. The order has no payer of another name, so it
    is not among those handed over by name: it is found the file's among its orders (asked
    only by name, it stayed cancelled: Rio's 10,000 on account)."""
    states, back = _book(tmp_path, [_line("PO-R1", 10_000, "已取消")], [_wire("PO-R1", 10_000)])
    assert (states, len(back)) == ({RIO: NONE}, 1)


def test_another_buyers_wire_still_pays_his_own_order(tmp_path: Path) -> None:
    """Kobe's 10,000 names Rio's cancelled PO-R1: his money pays his open PO-K1 (fix59k);
    PO-R1 is not brought back (before fix59k: Rio 10,000 on account, Kobe 10,000, 91 days,
    black)."""
    states, back = _book(tmp_path, [_line("PO-R1", 10_000, "已取消"),
                                    _line("PO-K1", 10_000, buyer=KOBE, product="灯罩")],
                         [_wire("PO-R1", 10_000, payer=KOBE)])
    assert (states, back) == ({RIO: NONE, KOBE: NONE}, [])


def test_both_in_one_file_and_a_wire_in_a_later_file(tmp_path: Path) -> None:
    """One book: Rio's PO-R1 cancelled and paid by his own wire (brought back), Rio's PO-R3
    cancelled and named by Kobe's wire (Kobe's PO-K1 paid), Rio's PO-R5 cancelled with no
    wire (stays cancelled). Then May's receipts file: Rio's own wire of 10,000 naming PO-R5,
    an order that file writes only as a payment: PO-R5 brought back, paid. At 06-30 nobody
    owes anything, after each file."""
    book = write_xlsx(tmp_path / "3月" / "2025外贸台账.xlsx", {
        "3月": [HEAD, _line("PO-R1", 10_000, "已取消"), _line("PO-R3", 8_000, "已取消"),
               _line("PO-R5", 6_000, "已取消"),
               _line("PO-K1", 8_000, buyer=KOBE, product="灯罩")],
        "收款明细": [PAYMENTS, _wire("PO-R1", 10_000), _wire("PO-R3", 8_000, payer=KOBE)],
        "6月": [HEAD, OTHER]})
    later = write_xlsx(tmp_path / "5月" / "2025年5月收款明细.xlsx",
                       {"收款明细": [PAYMENTS, _wire("PO-R5", 6_000, on="2025-05-20")]})
    db = tmp_path / "db.sqlite"
    [first] = import_files(db, [book])
    assert first.status == "imported", first.message
    assert len(_said(first, "cancelled_paid_back")) == 1  # PO-R1
    assert len(_said(first, "payer_own_first")) == 1  # Kobe's wire on PO-R3
    assert _states(db) == {RIO: NONE, KOBE: NONE}
    [second] = import_files(db, [later])
    assert second.status == "imported", second.message
    assert len(_said(second, "cancelled_paid_back")) == 1  # PO-R5
    assert _states(db) == {RIO: NONE, KOBE: NONE}


def test_the_rules_are_handed_only_the_named_orders(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Of the book's five orders (PO-R1, PO-R3, PO-K1, PO-O1 and Kobe's payment on PO-R3 is
    PO-R3's), only PO-R3, whose payment row names Kobe, is handed over by name; the file's
    orders are the book's own dict, every order in it (main: one dict of every order's key,
    None for all but PO-R3, copied again inside)."""
    handed: list[Any] = []
    real = writer.payers_paid

    def spy(conn: Any, payers: Any, *rest: Any) -> Any:
        handed.append(payers)
        return real(conn, payers, *rest)

    monkeypatch.setattr(writer, "payers_paid", spy)
    book = write_xlsx(tmp_path / "2025外贸台账.xlsx", {
        "3月": [HEAD, _line("PO-R1", 10_000, "已取消"), _line("PO-R3", 8_000, "已取消"),
               _line("PO-K1", 8_000, buyer=KOBE, product="灯罩")],
        "收款明细": [PAYMENTS, _wire("PO-R1", 10_000), _wire("PO-R3", 8_000, payer=KOBE)],
        "6月": [HEAD, OTHER]})
    [result] = import_files(tmp_path / "db.sqlite", [book])
    assert result.status == "imported", result.message
    [(orders, named)] = handed
    assert isinstance(orders, dict) and len(orders) == 4  # PO-R1, PO-R3, PO-K1, PO-O1
    assert list(named) == [key for key, order in orders.items() if order.payers]
    [(key, payers)] = named.items()
    assert orders[key].order_no == "PO-R3" and {n for _, n in payers} == {KOBE}
    assert _states(tmp_path / "db.sqlite") == {RIO: NONE, KOBE: NONE}


def test_the_copied_wires_first_sort_finds_every_fingerprint_met_twice() -> None:
    """The review's first sort of the fingerprints counts a bucket in two bits (met once, met
    again), not a byte: it still finds exactly the fingerprints met twice or more, on one
    sheet or two, and none that only shares a bucket (p and p + BUCKETS) or is met once."""
    from array import array
    from random import Random

    from core.ledger.record import RECEIPTS
    from core.ledger.wire_review import BUCKETS, WireCandidates

    rng = Random(65)
    alone = [rng.getrandbits(64) for _ in range(3_000)]
    twice = alone[:40]  # met again on another sheet or the same
    neighbours = [(p + BUCKETS) % (1 << 64) for p in alone[40:80]]  # a shared bucket only
    sheets = [alone[:1_500] + twice[:20], alone[1_500:] + twice[20:] + neighbours]
    candidates = WireCandidates()
    for prints in sheets:
        candidates.fingerprints.append([array("Q", prints)] + [array("Q") for _ in RECEIPTS[1:]])
    found, wanted = candidates.hot()
    assert found[0] == set(twice) and all(not field for field in found[1:])
    assert wanted == {0, 1}
