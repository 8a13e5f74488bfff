"""fix67b: a note's figures read one way (core.ledger.noted_figures.plain_figures, noted_money.
NOTE_FIGURE), and rv66e's grant wordings left (issue 11).

A thousands comma is one only within a figure grouped so: 2,000, 12,500.50, 3,000,500 and
USD 2,000 one figure each; 3000,500 two (3,000 and 500); 2.000 two as a spreadsheet reads it
(left as it was). A full-width comma (，) is Chinese punctuation between clauses: a thousands
comma only where the three digits after it can begin no figure (3，000); 让1,500，500下周付 is
1,500 then 500. Before, deposit_parts read 定金2,000 as 2 (its comma split the clause) and
3000,500 joined into 3,000,500 in revived_lines and deposit_parts' cells; short_granted read
让1,500，500 folded as the one figure 1,500,500.

Hand counts (ledgers written here, real .xlsx into a real SQLite file by both imports): the
order 10,000 USD ordered 03-01, shipped 03-20, OA 30天 (due 04-19), 定金30% 3,000 received
03-02; the balance row received on 04-20 with the note. As of 06-30 an unpaid sum is 72 days
late, black. Received 5,000: 2,000 short; 4,000: 3,000 short; 7,000: paid in full.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fix56j_balance_and_deposit import _fze
from test_fix61j_deposit_beside_earlier_debt import _book, _santos, _seen
from test_fix62f_repeated_cells import PAID
from test_fix65e_typed_apart import _black
from test_fix66a_rest_disowned import SHAPES, _read

from core.ledger.deposit_parts import deposit_part, earlier_debt
from core.ledger.noted_figures import plain_figures, said_got
from core.ledger.part_said import granted_short
from core.ledger.revived_lines import moved_said

# the spellings of a figure and how each is read (3000,500: its first figure, the comma ending it)
FORMS = {"2,000": 2_000.0, "12,500.50": 12_500.5, "3,000,500": 3_000_500.0, "3，000": 3_000.0,
         "USD 2,000": 2_000.0, "2.000": 2.0, "3000,500": 3_000.0}


def test_plain_figures_takes_out_only_thousands_commas() -> None:
    """The one reading: grouped figures lose their commas, two figures keep theirs."""
    assert [plain_figures(text) for text in (
        "2,000", "12,500.50", "3000,500", "3,000,500", "3，000", "USD 2,000", "2.000",
        "让1,500，500下周付", "让1500，500下周付", "2025-701,500", "3，500")] == [
        "2000", "12500.50", "3000,500", "3000500", "3000", "USD 2000", "2.000",
        "让1500，500下周付", "让1500，500下周付", "2025-701,500", "3500"]  # 3，500: fix67h


@pytest.mark.parametrize(("form", "value"), FORMS.items())
def test_every_reader_reads_a_figure_alike(form: str, value: float) -> None:
    """实收 (noted_figures), a grant (short_granted), a deposit beside a balance (deposit_parts;
    main: 定金2,000 read 2, 12,500.50 read 12, 3,000,500 read 3), money moved in
    (revived_lines; main: 3000,500 read 3,000,500, 3，000 none): each the figure of FORMS;
    3000,500 its first figure, the comma ending it (main: 3,000,500 in revived_lines, the
    grant's shortfall and 实收)."""
    assert said_got(f"实收{form}") == value
    assert granted_short((f"客户少付{form}，老板同意让{form}",), "USD") == (value, value)
    part = deposit_part(f"付清PI-77定金{form}及INV-1余款")
    assert part is not None and part.figure == value
    moved = moved_said(f"PO-R2的款{form}转入本单", "PO-R1", None)
    assert moved == (None if form == "3000,500" else f"po-r2 {value}" + (
        " USD" if form.startswith("USD") else ""))


def test_a_debt_beside_a_deposit_read_by_its_figures() -> None:
    """deposit_parts.earlier_debt: the debt's figure with a thousands or a full-width comma, and
    two figures joined by a comma (main: 4000,500 read as 4,000,500, no pair summing the cell)."""
    debt = lambda clause: "上批" in clause  # noqa: E731 (another order: the last batch)
    assert earlier_debt("定金3,000，加上批欠款4,000", 7_000, debt) == 4_000
    assert earlier_debt("定金3，000，加上批欠款4，000", 7_000, debt) == 4_000
    assert earlier_debt("上批欠款4000,500定金", 4_500, debt) == 4_000
    # 4,000,500 two ways (fix67h): 4,000 and 500 sum to the cell; to no cell none
    assert earlier_debt("上批欠款4,000,500定金", 4_500, debt) == 4_000
    assert earlier_debt("上批欠款4,000,500定金", 5_000, debt) is None


# note -> (收款 on the balance row, the account by hand); main's in the comment
GRANTS = {
    # rv66e b): 1,500 let go of the 2,000 short, 500 to pay (main: 2,000, 72 days, black)
    "客户少付2,000，老板同意让1,500，500下周付": (5_000.0, _black(500)),
    "客户少付2000，老板同意让1500，500下周付": (5_000.0, _black(500)),  # as main
    "客户少付2000，老板同意让1000，另1,000下周付": (5_000.0, _black(1_000)),  # as main
    "客户少付2,000，老板同意让2,000": (5_000.0, PAID),  # as main
    "客户少付3，000，老板同意让3，000": (4_000.0, PAID),  # as main: 3，000 one figure
    "short 2,000, boss agreed": (5_000.0, PAID),  # as main
    # European 2.000: two as today, the short of 2 granted settles nothing: 2,000 owed
    "客户少付2.000，老板同意了": (5_000.0, _black(2_000)),
    # rv66e c): no short said, 3,000 typed short: 2,000 let go, 1,000 to pay next week (main:
    # 3,000, 72 days, black)
    "老板同意让2000，另1000下周付": (4_000.0, _black(1_000)),
    "老板同意让2,000，另1,000下周付": (4_000.0, _black(1_000)),
    "老板同意让2000，另1000下周付清": (4_000.0, _black(1_000)),
    # ... the opposites: the 1,000 another thing's or order's (freight, goods shipped, 另一单):
    # all 3,000 owed; the figures not the row's short (2,000 typed short, 2,000 + 1,000 named):
    # the grant read alone, nothing owed (start67; fix67b's 2,000, 72 days, black, rv67d s1, fix67h)
    "老板同意让2000，另1000运费下周付": (4_000.0, _black(3_000)),
    "老板同意让2000，另1000下周发货": (4_000.0, _black(3_000)),
    "老板同意让2000，另一单1000下周付": (4_000.0, _black(3_000)),  # another order's 1,000
    "老板同意让2000，另1000下周付 (5000)": (5_000.0, PAID),
}


def _cases(cases: dict[str, tuple[float, tuple]]) -> dict[str, tuple[float, tuple]]:
    return {note: (received, None) for note, (received, _) in cases.items()}


@pytest.mark.parametrize("shape", ["blank row", "own tab"])
def test_grant_figures_with_commas_and_a_rest_put_off(tmp_path: Path, shape: str) -> None:
    """Each grant's account by hand (GRANTS), the balance row under its order or typed on the
    order's tab. (Typed on a 收款 tab or in a later file no grant nor any deduction a payment
    row's note names is read, in main as here: the typed short stays owed.)"""
    got = _read(tmp_path, shape, {note: (received, hand) for note, (received, hand)
                                  in GRANTS.items()})
    assert got == {note: hand for note, (_, hand) in GRANTS.items()}


# rv66a): freight inside the money received (含运费500) and said not paid: on a 7,000 row that
# came whole the freight's 500 came with it, so its 未付 is the firm's own bill to its carrier,
# no money of the buyer's owed (rv66e's hand: 500, 72 days, black — a buyer who paid in full
# listed); on a row 500 short the freight is the buyer's 500 owed
FREIGHT = {
    "含运费500，运费500还没付": (7_000.0, PAID),
    "尾款含运费500，运费还没付": (7_000.0, PAID),
    "含运费500，运费500我们还没付给货代": (7_000.0, PAID),
    "含运费500，还没付": (6_500.0, _black(500)),
    "运费500还没付": (6_500.0, _black(500)),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_freight_inside_the_money_received_in_every_shape(tmp_path: Path, shape: str) -> None:
    """Each freight wording's account by hand (FREIGHT), on the order's tab, typed on it, on a
    收款 tab and in a later file alike (as main)."""
    assert _read(tmp_path, shape, dict(FREIGHT)) == {
        note: hand for note, (_, hand) in FREIGHT.items()}


@pytest.mark.parametrize("note", ["INV-1尾款5,000+PI-77定金1,000", "付清PI-77定金1,000及INV-1余款"])
def test_a_balance_and_a_deposit_with_thousands_commas(tmp_path: Path, note: str) -> None:
    """The register's 6,000 wire pays INV-1's 5,000 and holds 1,000 for PI-77 (hand: nothing
    open, 1,000 held), its figures written with thousands commas."""
    assert _fze(tmp_path, [("2025-05-01", 6000, note)]) == (0, 0, None, 0, 1000)


@pytest.mark.parametrize(("paid", "note", "hand"), [
    # two figures joined by a comma: the last batch's 4,000 and the order's 500 deposit (main:
    # joined as 4,000,500, the 4,500 all deposit, 4,000 owed 39 days, watch)
    (4_500, "上批欠款4000,500定金", (0, 0, None, 500)),
    (7_000, "定金3，000，加上批欠款4，000", (0, 0, None, 3000)),
    (7_000, "定金3,000加上批欠款4,000", (0, 0, None, 3000)),  # as main (fix61j)
    # ... read as 4,000 and 500, the way summing to the cell (fix67h; fix67b: one figure, the
    # cell the order's deposit, 4,000 owed 39 days, watch)
    (4_500, "上批欠款4,000,500定金", (0, 0, None, 500)),
])
def test_a_deposit_cell_beside_the_last_batch_s_debt(tmp_path: Path, paid: float, note: str,
                                                     hand: tuple) -> None:
    """Santos' YW25-0010 4,000 (B/L 04-20, OA 30天: 39 days late at 06-30) unpaid; YW25-0100's
    cell `paid` on 06-05 noted: (owed, days, list, deposits held) by hand."""
    assert _seen(_santos(_book(tmp_path, paid, note))) == hand
