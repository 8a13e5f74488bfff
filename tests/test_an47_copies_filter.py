"""Only customers whose lines can hold a copied wire are judged by the check, and
`customers --json` writes plain values at once (an47, issue 11).

The copied-wire check (core.analysis.wires.clear_copies) judged every line of every customer
whose money came from two files: after an update month, 12,823 of the 20k store's 13,985
money lines, a tenth of its analysis, clearing none. A copy needs a payment's own row, a total
another file raised, or two figures of one kind of one sum and day; a customer with none of
these is not judged, and the analysis must be what judging it gave. Writing the JSON took
about as long as the analysis at 20k lines: a block of invoices is written from their values by
one call of the C encoder, and so is each run of a customer's plain values; the text must stay
json.dumps's.
"""

from __future__ import annotations

import io
import json
from array import array
from dataclasses import replace
from datetime import date
from typing import Any

from account_cli import customers
from hypothesis import given
from hypothesis import strategies as st
from test_mem42_wires_batched import AS_OF, two_files
from test_perf44a_wire_verdicts import _judged as spied

import core.analysis.wires as wires
from core.analysis import run, serialise
from core.analysis.serialise import analysis_json, write_analysis_json, write_json
from core.analysis.wire_batches import may_hold_copies
from core.store import connect

DAY = date(2025, 6, 10)


def written(line: int, received: float | None, on: date | None = DAY, *, deposit: float | None
            = None, deposit_on: date | None = None, payment: bool = False,
            history: str | None = None) -> tuple[Any, ...]:
    """A money line as the reading keeps it (core.analysis.wires.Written), customer 7."""
    return (line, 7, None, "USD", "april.xlsx", received, on, deposit, deposit_on, None, None,
            10_000.0, payment, history, None)


def ask(*lines: tuple[Any, ...]) -> bool:
    return may_hold_copies(list(lines), array("l", range(len(lines))))


def test_figures_each_of_their_own_sum_or_day_hold_no_copy():
    assert not ask(written(1, 10_000.0), written(2, 10_000.0, date(2025, 6, 11)),
                   written(3, 9_000.0), written(4, None, None))
    # a deposit and a received total of one sum and day are two kinds: never one wire
    assert not ask(written(1, 3_000.0, deposit=3_000.0, deposit_on=DAY))


def test_a_figure_twice_a_payment_row_or_a_raised_total_may():
    assert ask(written(1, 10_000.0), written(2, 10_000.0))
    assert ask(written(1, 10_000.004), written(2, 10_000.0))  # the check's rounding to cents
    assert ask(written(1, 3_000.0, None), written(2, 3_000.0, None))  # undated, both
    assert ask(written(1, None, None, deposit=3_000.0, deposit_on=DAY),
               written(2, None, None, deposit=3_000.0, deposit_on=DAY))
    assert ask(written(1, 10_000.0), written(2, 4_000.0, payment=True))
    assert ask(written(1, 9_000.0, history='[["2025-03-25", 4000.0, "march.xlsx"]]'))


def test_a_customer_that_cannot_hold_a_copy_is_not_judged_and_nothing_moves(
        tmp_path, monkeypatch):
    """Gamma Co's money is in both files, none of it twice: not judged (main judged it with
    Alpha Co and Beta Co, whose copies it cleared); every figure and the notes' order as
    when every customer of two files is judged."""
    db = two_files(tmp_path)
    judged = spied(monkeypatch)
    filtered = customers(db, AS_OF)
    assert len(judged) == 1 and len(judged[0]) == 2  # Alpha Co and Beta Co
    judged.clear()
    monkeypatch.setattr(wires, "may_hold_copies", lambda money, places: True)
    assert customers(db, AS_OF) == filtered
    assert len(judged) == 1 and len(judged[0]) == 3  # main's: Gamma Co too


# --- `customers --json`'s writing (an47) ------------------------------------------------------

class _Text(str):
    """A str of another type: its invoice takes the longer way, to the same text."""


def test_invoices_written_a_block_at_once_are_json_dumps_text(sample_db, monkeypatch):
    """A block of invoices is written from their values by one call of the C encoder (main
    made a dict of each and wrote it by a call of its own): the text is still json.dumps's,
    whatever an invoice number holds (a line break, quotes, a backslash, %s, Chinese, none),
    and an invoice holding a value of another type than a plain one takes the longer way."""
    conn = connect(sample_db)
    analysis = run.analyse(conn)
    conn.close()
    biggest = max(analysis.customers, key=lambda c: len(c.receivables))
    assert len(biggest.receivables) > 5
    odd = ["PI-1\n2", 'say "paid"', "a\\b", "%s %d %%", "发票-３", None, "\t\u2028"]
    biggest.receivables = [replace(r, invoice_no=odd[n % len(odd)])
                           for n, r in enumerate(biggest.receivables)]
    monkeypatch.setattr(serialise, "RECEIVABLES_AT_ONCE", 3, raising=False)
    expected = json.dumps(analysis_json(analysis, analysis.customers), ensure_ascii=False,
                          indent=2)
    made = serialise.receivable_json
    monkeypatch.setattr(serialise, "receivable_json", _no_dict)  # the fast way makes none
    out = io.StringIO()
    write_analysis_json(analysis, analysis.customers, out)
    assert out.getvalue() == expected
    # a block holding a value of another type: that block the longer way (a dict each)
    biggest.receivables[4] = replace(biggest.receivables[4], invoice_no=_Text("PI-9"))
    monkeypatch.setattr(serialise, "receivable_json", made)
    out = io.StringIO()
    write_analysis_json(analysis, analysis.customers, out)
    assert out.getvalue() == json.dumps(analysis_json(analysis, analysis.customers),
                                        ensure_ascii=False, indent=2)


def _no_dict(_receivable):
    raise AssertionError("an invoice made into a dict")


PLAIN = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text())
KEYS = st.one_of(st.text(), st.integers(), st.booleans(), st.none(),
                 st.floats(allow_nan=False))
NESTED = st.one_of(st.lists(PLAIN, max_size=3), st.dictionaries(KEYS, PLAIN, max_size=3))


@given(st.dictionaries(KEYS, st.one_of(PLAIN, NESTED), max_size=16), st.integers(1, 4))
def test_a_dicts_runs_of_plain_values_are_written_as_json_dumps_writes(value, level):
    """A dict of plain values with containers between them (a customer's part): each run of
    plain values written at once, the text json.dumps's at any level."""
    out = io.StringIO()
    write_json(value, out)
    assert out.getvalue() == json.dumps(value, ensure_ascii=False, indent=2)
    parts: list[str] = []
    serialise._put(value, level, parts)
    assert "".join(parts) == json.dumps(value, ensure_ascii=False, indent=2).replace(
        "\n", "\n" + "  " * (level - 1))
