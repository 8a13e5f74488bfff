"""perf41a: a packed sheet's facts (core.ledger.ledger_file._facts) worked out in one pass over
its records, not one per fact: every pass asking only them finds exactly what the loose
records say, the credit note noted 第二次退货 (a return after another: note_rows) too."""

from __future__ import annotations

import pytest
import test_lin38_packed_facts as lin38

from core.ledger.ledger_file import FIGURES, LedgerFile

# lin38's month (sales, credit notes, noted and keyed-apart lines, a typed receipt, returns of
# their own) and a credit note whose note says its return came after another
FURTHER_NOTE = (-700.0, True, "第二次退货", "#7", None, None, None, None, True)


def _asked(ledger: LedgerFile) -> tuple[object, ...]:
    return (*lin38._asked(ledger), sorted(ledger.note_rows()[0]),
            sorted(ledger.unsaid_payments()))  # pay44


@pytest.fixture
def rows(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    rows = [*lin38.ROWS, FURTHER_NOTE]
    monkeypatch.setattr(lin38, "ROWS", rows)
    return rows


def test_packed_facts_say_what_the_loose_records_say(monkeypatch, rows):
    """Two tabs of twelve rows: the six passes over packed sheets give what they give over the
    same sheets loose, record by record, and each fact is there: the further credit note is
    the only key note_rows names, each tab's credit notes' figures are -3,000, -500 and -700,
    its typed receipts' 4,000 and 1,500."""
    loose = _asked(lin38._ledger(monkeypatch, 1_000))
    assert loose[5] == [lin38._key(m, len(rows) - 1) for m in lin38.MONTHS]
    assert loose[6] == [(m, 8) for m in lin38.MONTHS]  # MT-5's payment row, no currency said
    packed = lin38._ledger(monkeypatch, 0)
    lights = [sheet.light() for sheet in packed.held.sheets]
    for light in lights:
        assert light is not None
        figures = dict(zip(FIGURES, light.facts[1], strict=True))
        assert [figures[f] for f in FIGURES[:2]] == [[-3_000.0, -500.0, -700.0],
                                                     [4_000.0, 1_500.0]]
    lin38._no_unpacking(monkeypatch)
    assert _asked(packed) == loose
