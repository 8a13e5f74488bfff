"""fix68g (rv68a's review of fix67i): a rest's English "paid", the firm's finding, "owed to
us", a later figure in the order's money, a part of another order's or the firm's charge.

Hand counts: each order 10,000 USD ordered 03-01, shipped 03-20, OA 30天 (due 04-19), 定金30%
3,000 received 03-02; the balance row (7,000, or 5,000 where marked) received 04-20 with the
note. As of 06-30 an unpaid sum is 72 days late (11 + 31 + 30), black. Of 7,000, a rest R said
owed and not come is R open; come, nothing. Of 5,000, 10,000 − 3,000 − 5,000 = 2,000 open,
less the bank's part of the rest that came with the row (其中50是银行手续费: 1,950). Every
ledger a real .xlsx imported into a real SQLite file by the fast and the reference import
(compared), the row under the order, typed on the order's tab, on a 收款 tab and in a later
file (tests.test_fix66a_rest_disowned's shapes), unless said.

1. rv68a B1: a rest said paid with its own figure, a day with its year, the means, who paid or
   was paid, a past day ("Balance USD2000 unpaid, paid 2000 / paid USD2000 on 5/10 / paid on
   2025-05-10 / paid on 10 May 2025 / paid by TT / paid last week / paid to us on 5/10 / paid by
   customer on 5/10 / received on 2025/5/10"; "still owes 2000, paid 2000 on 5/10"): main 2,000,
   72 days, black under the order and on its tab, 7,000 black on a 收款 tab or in a later file →
   nothing (rest_came._EN_CAME). "paid 2,000" (a thousands comma): 7,000 → nothing
   (deduction_rest.without_disowned reads plain figures). Kept owed (fix67i's refusals and
   their neighbours): paid next week / when goods arrive / 500 / partially / other invoices /
   to wrong account / on 5/10 per customer, settled with next order, paid 2000 next week, paid
   RMB2000, paid by end of May, paid to agent, customer says paid by TT, paid by TT?: 2,000
   black (paid RMB2000 away from the order at least 2,000 black, two moneys written).
2. rv68a A1: 佣金已扣，尚欠2000吗？客户说不差，then the firm's finding with the rest said owed
   after it (财务核对，还差2000 / 已核实，还差2000 / 我们核对后，还差 / 对，还差2000 / 财务核实，
   不对，还差) or a check with no result (我们核对了): nothing → 2,000, 72 days, black (5,000 row,
   under the order and on its tab: deduction_rest._agreed); 还差2000吗？客户说没有，我们核对了 on
   7,000: nothing → 2,000 black in every shape. Kept nothing: 我们核对后确实不差, 财务核实不差,
   已核实, 是的, 财务核对无误, 已确认; kept 2,000: 财务核实：还差2000, 我们核对后发现还差2000.
3. rv68a A3: "Balance USD2000 owed to us / owed to our company / owed by him / owed by them":
   nothing → 2,000 black (part_words.RESTS). C2 "…owed to us, not paid yet": 7,000 → 2,000;
   "Balance USD2000 unpaid" (and fix67i's refusals above) typed on a 收款 tab or in a later
   file: 7,000 → 2,000 (owed_rows.told_part reads the figures in the one currency the note
   writes). Kept nothing: owed to the customer / to the bank / by us.
   "still owed 2000" (noted_figures.REST_OWED_EN read "owe" and a figure "d 2000"): nothing →
   2,000 black; "still owed 2000, not paid": 7,000 → 2,000.
4. rv68a C1: 原尚欠2000，现尚欠USD1000 on a USD order: 2,000 → 1,000 (rest_restated: the order's
   money written is the same money); kept 现尚欠RMB1000: 2,000. C3: "still owed 2000, of which
   500 for previous order" on 7,000: nothing → 1,500. C4: 尚欠2000，其中50是银行手续费，不用客户
   承担 (无需 / 不由 / 客户不承担) on 5,000: 2,000 → 1,950; kept 2,000: 客户承担, 需要客户承担,
   由客户承担.
"""

from __future__ import annotations

from pathlib import Path

from test_fix62f_repeated_cells import PAID
from test_fix65e_typed_apart import _black
from test_fix66a_rest_disowned import Account, _read
from test_fix67d_rest_restated import _check

OWES = _black(2_000)
AWAY = ("other tab", "later file")
UNDER_SHAPES = ("blank row", "own tab")

# note -> (收款, hand account), every shape; main's reading in the comments
MENDED: dict[str, tuple[float, Account]] = {
    # 1. the rest said come in more words (main: 2,000 black; 7,000 away)
    "Balance USD2000 unpaid, paid 2000": (7_000, PAID),
    "Balance USD2000 unpaid, paid USD2000 on 5/10": (7_000, PAID),
    "Balance USD2000 unpaid, paid on 2025-05-10": (7_000, PAID),
    "Balance USD2000 unpaid, paid on 10 May 2025": (7_000, PAID),
    "Balance USD2000 unpaid, paid on May 10, 2025": (7_000, PAID),
    "Balance USD2000 unpaid, paid by TT": (7_000, PAID),
    "Balance USD2000 unpaid, paid by wire": (7_000, PAID),
    "Balance USD2000 unpaid, paid last week": (7_000, PAID),
    "Balance USD2000 unpaid, paid yesterday": (7_000, PAID),
    "Balance USD2000 unpaid, paid to us on 5/10": (7_000, PAID),
    "Balance USD2000 unpaid, paid by customer on 5/10": (7_000, PAID),
    "Balance USD2000 unpaid, paid USD 2000 by TT on 2025-05-10": (7_000, PAID),
    "Balance USD2000 unpaid, received on 2025/5/10": (7_000, PAID),  # main 2,000 everywhere
    "Balance USD2000 unpaid, paid 2,000": (7_000, PAID),  # main 2,000 (7,000 away)
    "still owes 2000, paid 2000 on 5/10": (7_000, PAID),  # main 2,000
    "尚欠2000，paid 2000": (7_000, PAID),
    # 3. ... an English rest in US dollars typed away from its order (main: 7,000 away)
    "Balance USD2000 unpaid": (7_000, OWES),
    "Ｂａｌａｎｃｅ ＵＳＤ２０００ unpaid": (7_000, OWES),
    "Balance USD2000 owed to us, not paid yet": (7_000, OWES),  # main 7,000 everywhere
    # 2. the buyer's no, the firm's check with no verdict (main: nothing)
    "还差2000吗？客户说没有，我们核对了": (7_000, OWES),
    # 3. the buyer's debt owed to us or by him (main: nothing), "still owed" (main: nothing)
    "Balance USD2000 owed to us": (7_000, OWES),
    "Balance USD2000 owed to our company": (7_000, OWES),
    "Balance USD2000 owed by him": (7_000, OWES),
    "Balance USD2000 owed by them": (7_000, OWES),
    "still owed 2000": (7_000, OWES),
    "still owed 2000, not paid": (7_000, OWES),  # main 7,000
    # 4. the later figure in the order's money (main: 2,000), a part another order's (main:
    # nothing), the bank's part the buyer does not bear (main: 2,000)
    "原尚欠2000，现尚欠USD1000": (7_000, _black(1_000)),
    "still owed 2000, of which 500 for previous order": (7_000, _black(1_500)),
    "尚欠2000，其中50是银行手续费，不用客户承担": (5_000, _black(1_950)),
    "尚欠2000，其中50是银行手续费，无需客户承担": (5_000, _black(1_950)),
    "尚欠2000，其中50是银行手续费，不由客户承担": (5_000, _black(1_950)),
    "尚欠2000，其中50是银行手续费，客户不承担": (5_000, _black(1_950)),
    "still owed 2000, of which 50 bank charges, not borne by customer": (5_000, _black(1_950)),
}

# the neighbours: their account kept in every shape (rv68a's "checked and right" among them)
KEPT: dict[str, tuple[float, Account]] = {
    "Balance USD2000 unpaid, paid in full on 5/10": (7_000, PAID),
    "Balance USD2000 unpaid, paid on ５/１０": (7_000, PAID),
    "Balance USD2000 unpaid, paid 5/10": (7_000, PAID),
    "Balance USD2000 unpaid, received": (7_000, PAID),
    "Balance USD2000 unpaid, already paid": (7_000, PAID),
    "still owes 2000, not paid": (7_000, OWES),
    "still owes 2000, already paid?": (7_000, OWES),
    "still owes 2000, customer says paid on 5/10": (7_000, OWES),
    "still owes 2000, paid 500 on 5/10": (7_000, OWES),
    "still owes 2000 for freight, already paid": (7_000, PAID),
    "尚欠2000，paid 500": (7_000, OWES),
    "Balance USD2000 owed on PO 4500123": (7_000, OWES),
    "Balance USD2000 owed, wrong account": (7_000, OWES),
    "Balance USD2000 owed by customer, mistake": (7_000, PAID),
    "Balance USD2000 owed by the customer": (7_000, OWES),
    "Balance USD2000 owed to the customer": (7_000, PAID),
    "Balance USD2000 owed to the bank": (7_000, PAID),
    "Balance USD2000 owed by us": (7_000, PAID),
    "Balance USD2000 owed to us, paid on 5/10": (7_000, PAID),
    "还差2000吗？客户说不差，已核实": (7_000, PAID),
    "还差2000吗？客户说不差，我们核对后确实不差": (7_000, PAID),
    "还差2000吗？客户说不差，已核实，还差2000": (7_000, OWES),
    "还差2000吗？客户说不差，是的，但还差2000": (7_000, OWES),
    "还差2000吗？客户说不差": (7_000, OWES),
    "原尚欠2000，现尚欠1000": (7_000, _black(1_000)),
    "原尚欠2000，现尚欠1000美金": (7_000, _black(1_000)),
    "原尚欠2000，现尚欠1000，财务核实无误": (7_000, _black(1_000)),
    "原尚欠2000，现尚欠1000，待核实": (7_000, OWES),
    "原尚欠2000，现尚欠RMB1000": (7_000, OWES),
    "原尚欠2000，现尚欠USD1000，好像": (7_000, OWES),
    "still owed 2000, of which 500 for previous order?": (7_000, OWES),
    "still owed 2000, of which 500 for previous order, to be confirmed": (7_000, OWES),
    "still owed 2000, of which 500 for this order (5)": (5_000, OWES),
    "still owed 2000, including 200 bank charges": (5_000, _black(1_800)),
    "尚欠2000，其中300是银行手续费，100是中转行手续费": (5_000, _black(1_700)),
    "尚欠2000，其中200是银行手续费，我们承担": (5_000, _black(1_800)),
    "尚欠2000，其中200是银行手续费，由我们承担": (5_000, _black(1_800)),
    "尚欠2000，其中200是银行手续费，让客户下次补": (5_000, OWES),
    "尚欠2000，其中50是银行手续费，客户承担": (5_000, OWES),
    "尚欠2000，其中50是银行手续费，需要客户承担": (5_000, OWES),
    "尚欠2000，其中50是银行手续费，由客户承担": (5_000, OWES),
    "尚欠2000，其中500是银行手续费，不用客户承担": (5_000, OWES),  # beyond CHARGE_MOST
    "still owed 2000, of which 50 bank charges, borne by customer": (5_000, OWES),
}

# under the order and on its tab (beside a deduction with no figure; away from it the
# commission is not read and 2,000 stays open whatever the answer)
UNDER: dict[str, tuple[float, Account]] = {
    # 2. mended (main: nothing)
    "佣金已扣，尚欠2000吗？客户说不差，财务核对，还差2000": (5_000, OWES),
    "佣金已扣，尚欠2000吗？客户说不差，已核实，还差2000": (5_000, OWES),
    "佣金已扣，尚欠2000吗？客户说不差，我们核对后，还差": (5_000, OWES),
    "佣金已扣，尚欠2000吗？客户说不差，对，还差2000": (5_000, OWES),
    "佣金已扣，尚欠2000吗？客户说不差，财务核实，不对，还差": (5_000, OWES),
    "佣金已扣，尚欠2000吗？客户说不差，我们核对了": (5_000, OWES),
    # kept
    "佣金已扣，尚欠2000吗？客户说不差，我们核对后确实不差": (5_000, PAID),
    "佣金已扣，尚欠2000吗？客户说不差，财务核实不差": (5_000, PAID),
    "佣金已扣，尚欠2000吗？客户说不差，已核实": (5_000, PAID),
    "佣金已扣，尚欠2000吗？客户说不差，是的": (5_000, PAID),
    "佣金已扣，尚欠2000吗？客户说不差，财务核对无误": (5_000, PAID),
    "佣金已扣，尚欠2000吗？客户说不差，已确认": (5_000, PAID),
    "佣金已扣，尚欠2000吗？客户说不差，财务核实：还差2000": (5_000, OWES),
    "佣金已扣，尚欠2000吗？客户说不差，我们核对后发现还差2000": (5_000, OWES),
    "佣金已扣，尚欠2000吗？客户说不差，待核实": (5_000, OWES),
}

# 1. ... fix67i's refusals and their neighbours: the rest owed (2,000 black under the order;
# away from it the row's "unpaid" is read whole, never cleared)
NOT_OF_IT = ["Balance USD2000 unpaid, paid next week",
             "Balance USD2000 unpaid, paid when goods arrive",
             "Balance USD2000 unpaid, paid 500", "Balance USD2000 unpaid, paid partially",
             "Balance USD2000 unpaid, paid other invoices",
             "Balance USD2000 unpaid, paid to wrong account",
             "Balance USD2000 unpaid, paid on 5/10 per customer",
             "Balance USD2000 unpaid, settled with next order",
             "Balance USD2000 unpaid, paid 2000 next week",
             "Balance USD2000 unpaid, paid 2000 when goods arrive",
             "Balance USD2000 unpaid, paid by end of May",
             "Balance USD2000 unpaid, paid by customer's agent",
             "Balance USD2000 unpaid, paid to agent",
             "Balance USD2000 unpaid, paid to our old account",
             "Balance USD2000 unpaid, customer says paid by TT",
             "Balance USD2000 unpaid, will be paid by TT",
             "Balance USD2000 unpaid, not paid by TT", "Balance USD2000 unpaid, paid by TT?",
             "Balance USD2000 unpaid, paid 2000?"]


def test_rests_mended_in_every_shape(tmp_path: Path) -> None:
    """Each mended wording's account by hand (MENDED), under its order, typed on the order's
    tab, on a 收款 tab and in April's file alike."""
    _check(tmp_path, MENDED)


def test_the_neighbours_keep_their_account(tmp_path: Path) -> None:
    """The neighbouring wordings (KEPT) by hand in every shape; UNDER under the order."""
    _check(tmp_path, KEPT)
    _check(tmp_path / "under", UNDER, UNDER_SHAPES)


def test_a_paid_not_of_the_rest_never_clears(tmp_path: Path) -> None:
    """NOT_OF_IT: 2,000 black in every shape (main: 7,000 on a 收款 tab or in a later file)."""
    _check(tmp_path, {note: (7_000.0, OWES) for note in NOT_OF_IT})


def test_a_paid_in_another_money_never_clears(tmp_path: Path) -> None:
    """"Balance USD2000 unpaid, paid RMB2000": 2,000 black under the order and on its tab; on a
    收款 tab or in a later file at least 2,000 black (two currencies written, the row's "unpaid"
    read whole there, as main)."""
    cases = {"Balance USD2000 unpaid, paid RMB2000": (7_000.0, OWES)}
    _check(tmp_path, cases, UNDER_SHAPES)
    for shape in AWAY:
        place = tmp_path / shape.replace(" ", "_")
        place.mkdir()
        for note, (owed, days, listed, _) in _read(place, shape, cases).items():
            assert owed >= 2_000 and days == 72 and listed == "black", (shape, note)
