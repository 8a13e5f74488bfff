"""fix67h: rv67d's review of fix67b mended (issue 11): one reading of a note's figure, and a
grant whose figures are not the row's short read as the grant alone.

The rule (core.ledger.noted_figures.figure_readings, noted_money.grouped): full-width digits
plain first (３，０００ is 3，000); a thousands comma only within a figure grouped so, one to three
digits before its first comma and three in each group after, its commas of one kind — so 3，500
is 3,500 as 3,500 is (a clerk's IME types ， for both), 4,000,3,000 two figures, 3000,500 two,
6,500，500 two (the comma changes kind). A figure of two groups or more (1,500,500) reads a
second way, its last group apart (1,500 and 500): a reader whose figures must add up (a grant and
the figure put off after it to the short; a debt and a deposit to the cell) takes the way they do.

Hand counts (ledgers written here, real .xlsx into a real SQLite file by both imports): the
order 10,000 USD ordered 03-01, shipped 03-20, OA 30天 (due 04-19), 定金30% 3,000 received
03-02; the balance row received on 04-20 with the note. As of 06-30 an unpaid sum is 72 days
late, black. Received 5,000: 2,000 short; 4,000: 3,000 short.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_acct55a_three_payments import LAST, _paid
from test_fix56j_balance_and_deposit import _fze
from test_fix61j_deposit_beside_earlier_debt import _book, _santos, _seen
from test_fix62f_repeated_cells import PAID, _accounts
from test_fix65e_typed_apart import _black
from test_fix66a_rest_disowned import _read

from core.ledger.deposit_parts import deposit_part, earlier_debt
from core.ledger.forfeits import refunded
from core.ledger.noted_figures import figure_readings, plain_figures
from core.ledger.short_granted import rest_later


def test_one_reading_of_a_figure() -> None:
    """The rule's readings, and the second way a figure of two groups reads."""
    assert [plain_figures(text) for text in (
        "3，500", "３，０００", "4,000,3,000", "3000,500", "6,500，500", "1,0000", "2025-701,500",
        "12,50", "3,000.5", "30%,70%")] == [
        "3500", "3000", "4000,3000", "3000,500", "6500，500", "1,0000", "2025-701,500",
        "12,50", "3000.5", "30%,70%"]
    assert figure_readings("让1，500，500下周付") == ("让1500500下周付", "让1500，500下周付")
    assert figure_readings("让1,500,500下周付") == ("让1500500下周付", "让1500,500下周付")


def test_every_reader_reads_3_500_alike() -> None:
    """deposit_part and forfeits.refunded read 3，500 and ３，０００ as the figure (main: 3, 1),
    earlier_debt as one figure (main: two)."""
    found = refunded("订单取消，定金已退3，000给客户")
    assert found is not None and found.figure == 3_000
    found = refunded("订单取消，定金已退３，０００给客户")
    assert found is not None and found.figure == 3_000
    part = deposit_part("INV-1尾款5,000+PI-77定金１，５００")
    assert part is not None and (part.figure, part.balance) == (1_500, 5_000)
    part = deposit_part("X-1尾款USD5,000+PI-77定金USD975")  # USD5000 no paper's number
    assert part is not None and (part.figure, part.balance) == (975, 5_000)
    debt = lambda clause: "上批" in clause  # noqa: E731 (another order: the last batch)
    assert earlier_debt("定金3，500，加上批欠款4，000", 7_500, debt) == 4_000
    assert earlier_debt("上批欠款1，500，定金3，000", 4_500, debt) == 1_500


def test_rest_later_is_the_buyer_s_paying() -> None:
    """The figure put off is the buyer's to pay: not paid back or on by the firm, not paid,
    not asked (rv67d s1)."""
    assert rest_later("老板同意让2000，另1000下周付") == 1_000
    assert rest_later("老板同意让2000，1000下周付清") == 1_000
    for note in ("老板同意让2000，另1000下周退给客户", "老板同意让2000，另1000下周付给工厂",
                 "老板同意让2000，另1000下周汇给客户", "老板同意让2000，另1000下周已付",
                 "老板同意让2000，另1000下周付吗？", "老板同意让2000，另1000下周付?",
                 "老板同意让2000，另1000下周付给货代"):
        assert rest_later(note) is None, note


# note -> (收款 on the balance row, the account by hand); main's in the comment
GRANTS = {
    # a grant covering the whole 2,000 short, another 1,000 named: the figures not the row's,
    # the grant alone (main: 2,000, 72 days, black; start67 nothing)
    "老板同意让2000，另1000下周付 (5000)": (5_000.0, PAID),
    "老板同意让2000，1000下周付 (5000)": (5_000.0, PAID),
    "老板同意让2000，另1000下周退给客户 (5000)": (5_000.0, PAID),
    "老板同意让2000，另1000下周付给工厂 (5000)": (5_000.0, PAID),
    # 3,000 short: 2,000 let go, 1,000 to pay (as main, fix67b)
    "老板同意让2000，另1000下周付": (4_000.0, _black(1_000)),
    # ... the opposites: the 1,000 the firm's to pay back or on, or asked: the grant settles
    # nothing, all 3,000 owed (as main)
    "老板同意让2000，另1000下周退给客户": (4_000.0, _black(3_000)),
    "老板同意让2000，另1000下周付给工厂": (4_000.0, _black(3_000)),
    "老板同意让2000，另1000下周付吗？": (4_000.0, _black(3_000)),
    "老板不同意让2000，另1000下周付": (4_000.0, _black(3_000)),
    # two readings of 1，500，500: 1,500 let go of the 2,000 short and 500 to pay adds up (main:
    # 2,000, 72 days, black)
    "客户少付2，000，老板同意让1，500，500下周付": (5_000.0, _black(500)),
    "客户少付2,000,老板同意让1,500,500下周付": (5_000.0, _black(500)),
    "客户少付２，０００，老板同意让１，５００，５００下周付": (5_000.0, _black(500)),
    # as main
    "客户少付2,000，老板同意让1,500，500下周付": (5_000.0, _black(500)),
    "客户少付2,000，老板同意让1,500": (5_000.0, _black(500)),
    "客户少付2，000，老板同意让2，000": (5_000.0, PAID),
    # a commission with a thousands comma read as its figure, 2,000 (main: 2, the 2,000 owed,
    # 72 days, black), as 扣佣金2000 is
    "扣佣金2,000": (5_000.0, PAID),
    "佣金2,000已扣": (5_000.0, PAID),
    "扣佣金２，０００": (5_000.0, PAID),
    "扣佣金2000": (5_000.0, PAID),  # as main
    # ... the opposite: not taken yet, the 2,000 owed (as main)
    "佣金2,000还没扣": (5_000.0, _black(2_000)),
}


@pytest.mark.parametrize("shape", ["blank row", "own tab"])
def test_grants_and_their_figures(tmp_path: Path, shape: str) -> None:
    """Each grant's account by hand (GRANTS), the balance row under its order or typed on the
    order's tab."""
    got = _read(tmp_path, shape, dict(GRANTS))
    assert got == {note: hand for note, (_, hand) in GRANTS.items()}


@pytest.mark.parametrize(("paid", "note", "hand"), [
    # the deposit and the last batch's 4,000 in one cell (main: 4,000 owed 39 days, watch,
    # the cell all deposit)
    (7_500, "定金3，500，加上批欠款4，000", (0, 0, None, 3500)),
    (7_000, "定金３，０００，加上批欠款４，０００", (0, 0, None, 3000)),
    (7_000, "上批欠款4,000,3,000定金", (0, 0, None, 3000)),
    (7_000, "定金3,000,4,000是上批欠款", (0, 0, None, 3000)),
    # 4,000,500 read as 4,000 and 500, the way summing to the cell (fix67b: one figure)
    (4_500, "上批欠款4,000,500定金", (0, 0, None, 500)),
    # ... the opposites: the debt still owed, or figures summing to no cell: the cell the
    # order's deposit
    (3_000, "定金3，000，上批欠款4，000还没付", (4000, 39, "watch", 3000)),
    (5_000, "上批欠款4,000,500定金", (4000, 39, "watch", 5000)),
    (7_000, "定金3，500，加上批欠款4，000", (4000, 39, "watch", 7000)),
])
def test_a_deposit_cell_beside_the_last_batch_s_debt(tmp_path: Path, paid: float, note: str,
                                                     hand: tuple) -> None:
    """Santos' YW25-0010 4,000 (B/L 04-20, OA 30天: 39 days late at 06-30) unpaid; YW25-0100's
    cell `paid` on 06-05 noted: (owed, days, list, deposits held) by hand."""
    assert _seen(_santos(_book(tmp_path, paid, note))) == hand


@pytest.mark.parametrize(("paid", "note", "held"), [
    (6000, "INV-1尾款5,000+PI-77定金１，０００", 1000),  # main: 5,000, 84 days, black, 1 held
    (6500, "INV-1尾款5000+PI-77定金1，500", 1500),  # main: 1 held
    (5975, "INV-1尾款USD5,000+PI-77定金USD975", 975),  # main: 5,000, 84 days, black
])
def test_a_balance_and_a_deposit_in_one_wire(tmp_path: Path, paid: int, note: str,
                                            held: float) -> None:
    """The register's wire pays INV-1's 5,000 and holds the rest for PI-77 (hand)."""
    assert _fze(tmp_path, [("2025-05-01", paid, note)]) == (0, 0, None, 0, held)


# a one-row sale of 10,000 (OA 30天, shipped 03-20, due 04-19) received 8,000 on 04-20 with the
# note: (owed, days, list, credit) by hand
SALES = {
    # the grant covers the 2,000 short, another 1,000 named: the grant alone (main: 2,000, 72
    # days, black; start67 nothing)
    "老板同意让2000，另1000下周付": (0, 0, None, 0),
    "老板同意让2000，另1000下周退给客户": (0, 0, None, 0),
    # 2,000 short: 1,000 let go, 1,000 to pay (as main)
    "老板同意让1000，另1000下周付": (1000, 72, "black", 0),
    # ... asked, or the firm's: the grant of 1,000 settles nothing, 2,000 owed (as main)
    "老板同意让1000，另1000下周付吗？": (2000, 72, "black", 0),
    "老板同意让1000，另1000下周付给工厂": (2000, 72, "black", 0),
}


def test_a_one_row_sale_granted(tmp_path: Path) -> None:
    """Each sale's account by hand (SALES)."""
    rows: list[list[object]] = []
    names = [f"Sale {i:02d}" for i in range(len(SALES))]
    for buyer, note in zip(names, SALES, strict=True):
        rows.append([f"2025-8{len(rows):02d}", buyer, date(2025, 3, 1), 10_000, "USD", "OA 30天",
                     "LED灯", date(2025, 3, 20), 8_000, date(2025, 4, 20), "", note])
    got = _accounts(tmp_path, [{"台账": [*rows, LAST]}], names)
    assert got == dict(zip(names, SALES.values(), strict=True))


@pytest.mark.parametrize(("note", "hand"), [
    # the cancelled order's 3,000 deposit went back: the buyer's other order of 2,500 unpaid,
    # 72 days, black (main: read as 3 gone back, 2,997 offset the 2,500: nothing)
    ("订单取消，定金已退3，000给客户", (2500, 72, "black", 0)),
    ("订单取消，定金已退３，０００给客户", (2500, 72, "black", 0)),
    ("订单取消，定金已退3,000给客户", (2500, 72, "black", 0)),  # as main
    # ... the opposite: the deposit kept (as main): it pays nothing of the other order either
    ("订单取消，定金不退", (2500, 72, "black", 0)),
])
def test_a_cancelled_order_s_refund(tmp_path: Path, note: str, hand: tuple) -> None:
    """2025-900 10,000 cancelled (状态 取消), its 定金 3,000 received 03-02 noted; the buyer's
    2025-950 of 2,500 shipped 03-20, OA 30天 (due 04-19), unpaid."""
    rows = [["2025-900", "Refund Co", date(2025, 3, 1), 10_000, "USD", "T/T", "LED灯", None,
             None, None, "取消", note],
            _paid("定金30%", 3_000, date(2025, 3, 2), note="已收"),
            ["2025-950", "Refund Co", date(2025, 3, 1), 2_500, "USD", "OA 30天", "LED灯",
             date(2025, 3, 20), None, None, "", ""], LAST]
    assert _accounts(tmp_path, [{"台账": rows}], ["Refund Co"]) == {"Refund Co": hand}
