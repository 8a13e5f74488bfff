"""fx43i: a line corrected so that it now looks like its order's other line keeps its own place.

MT-1's line A, 10,000 (100 pieces) paid 10,000, at #0 and line B, 20,000 (200 pieces) unpaid,
at #1. March's file re-sent with A's quantity corrected to 200 (20,000, now alike B): the rows
were matched by likeness first, so the corrected A took B's place #1 and B fell to A's #0,
keeping A's 10,000 received: 20,000 open where 30,000 is (40,000 sold, 10,000 received). A row
now keeps its own place where the stored line there is alike it; only the other rows are
matched by likeness, then to the places left. The reference import shares the matching
(core.ledger.alike_lines.places), so the figures themselves are asserted.
"""

from __future__ import annotations

from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import
from test_line_order43 import HEADER, _lines, _open, line

from core.ledger.alike_lines import places


def test_a_line_corrected_to_look_like_the_other_keeps_its_place(tmp_path: Path) -> None:
    """Before: 20,000 open, B's line #0 holding A's 10,000 received; now 30,000 open."""
    a, b = line(10_000, 10_000, 100), line(20_000, None, 200)
    first = write_xlsx(tmp_path / "a" / "台账 2025-03.xlsx", {"3月": [HEADER, a, b]})
    again = write_xlsx(tmp_path / "b" / "台账 2025-03.xlsx", {"3月": [
        HEADER, line(20_000, 10_000, 200), b]})
    _same_import(tmp_path, [first], [again])
    assert _open(tmp_path / "fast.sqlite") == 30_000
    assert _lines(tmp_path / "fast.sqlite") == [("o:mt-1|#0", 20_000, 10_000),
                                                ("o:mt-1|#1", 20_000, None)]


# each (its likeness, what it holds received): nothing received, so fx43g's nearness of a
# row alike no line goes by the figures alone
A, B, C = (((100, 100.0, 10_000.0, None), None), ((200, 100.0, 20_000.0, None), None),
           ((80, 100.0, 8_000.0, None), None))


def test_places() -> None:
    """A row at a place whose line is alike stays; the others by likeness, then the first
    places left; rows alike one another keep their sheet order."""
    assert places([B, B], {0: A, 1: B}) == [0, 1]  # A corrected to B's figures (was [1, 0])
    assert places([B, A], {0: A, 1: B}) == [1, 0]  # swapped: by likeness
    assert places([A, C, B], {0: A, 1: B}) == [0, 2, 1]  # C added between: a new line
    assert places([B, B], {0: A, 1: B, 2: B}) == [1, 2]  # A gone: B's in their order
    assert places([C, B], {0: A, 1: B}) == [0, 1]  # A corrected to none alike
