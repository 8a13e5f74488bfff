"""fix67i (rv67e's review of fix67d): a rest's words read only as far as they go.

- rest_came's English "paid …" after a rest: only a clause saying nothing but the money paid,
  received or settled (already, in full, on a day) reads the rest come; a plan, a part, papers,
  goods, customs, another order or account after "paid"/"received" no longer clears it.
- "still owes 2000" (noted_figures.REST_OWED_EN) is a rest deduction_rest.without_disowned
  cuts when it came: "still owes 2000, already paid" no longer reads the row unpaid.
- English "owed" of the firm's debt ("owed to the customer"), another order's ("owed on order
  2025-799") or withdrawn ("…, mistake") is no rest of the buyer's.
- The buyer's no beside a deduction with the firm's finding after it (…我们核对后确实不差) is
  answered no.
- The bank's part of a rest no more than bank_charges.CHARGE_MOST, nor a charge the buyer bears.
- 原…现… (restated) only surely, in the same money: hedged, his word, withdrawn or RMB: the
  first figure stands.
- English unsure words of a statement, not of a thing after them ("customer not confirmed
  receipt", "unconfirmed L/C").
- HEDGE's 应当/应该 before 付的 (上批应当付的4000): the sum due named, no guess.

Hand counts as tests.test_fix67d_rest_restated: a 10,000 USD order of 03-01, OA 30天 shipped
03-20 (due 04-19), 定金 3,000 in on 03-02; the balance row (7,000 or 5,000 typed) received 04-20
with the note. As of 06-30 an unpaid sum is 72 days late (11 + 31 + 30), black. Of 7,000 a rest
R said owed and not come is R open; come, nothing. Of 5,000, 10,000 − 3,000 − 5,000 = 2,000 open
unless the bank's part of the rest came with the row (其中200是银行手续费: 1,800). Every ledger a
real .xlsx imported into a real SQLite file, under the order, typed on its tab, on a 收款 tab and
in a later file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_fix57i_cancel_went_ahead import BLACK, NONE, _po, _state, _tabs
from test_fix61j_deposit_beside_earlier_debt import _book, _santos, _seen
from test_fix62f_repeated_cells import PAID
from test_fix62h_debt_said_owed import DEBT_OWED, DEBT_PAID
from test_fix65e_typed_apart import _black
from test_fix66a_rest_disowned import Account, _read
from test_fix67d_rest_restated import _check

from core import i18n
from core.ledger.typed_apart import again_message, part_message

OWES = _black(2_000)
AWAY = ("other tab", "later file")

# note (a " (…)" suffix only tells two cases apart; {own}/{other}: this order's / 2025-799)
# -> (收款, hand account); main's (fix67d's) reading in the comments
MENDED: dict[str, tuple[float, Account]] = {
    # 1. an English "paid"/"received" not of this money (main: nothing owed)
    "Balance USD2000 unpaid, received TT copy": (7_000, OWES),
    "Balance USD2000 unpaid, received complaint": (7_000, OWES),
    "Balance USD2000 unpaid, received L/C": (7_000, OWES),
    "Balance USD2000 unpaid, received PO for next order": (7_000, OWES),
    "Balance USD2000 still owed, received bank slip": (7_000, OWES),
    "尚欠2000，received TT copy": (7_000, OWES),
    "余款2000未付，received TT copy": (7_000, OWES),
    # 2. "still owes 2000" then paid (main: 7,000 black)
    "still owes 2000, already paid": (7_000, PAID),
    "still owes 2000, paid on 5/10": (7_000, PAID),
    "still owes 2000, paid next week": (7_000, OWES),
    # 3. English "owed" the firm's, another order's or withdrawn (main: 2,000 black)
    "Balance USD2000 owed to the customer": (7_000, PAID),
    "Balance USD2000 owed to customer as commission": (7_000, PAID),
    "Balance USD2000 owed on order {other}": (7_000, PAID),
    "Balance USD2000 owed, for order {other}": (7_000, PAID),
    "Balance USD2000 owed, mistake": (7_000, PAID),
    "Balance USD2000 owed, wrong, fully paid": (7_000, PAID),
    # 5. the bank's part beyond a bank's charge, or borne by the buyer (main: less owed)
    "尚欠2000，其中1900是银行手续费": (5_000, OWES),  # main: nothing
    "尚欠2000，其中1500是中转行手续费": (5_000, OWES),  # main: 500
    "尚欠2000，其中1000是银行手续费": (5_000, OWES),  # main: 1,000
    "尚欠2000，其中500是银行手续费": (5_000, OWES),  # main: 1,500 (above CHARGE_MOST 300)
    "尚欠2000，其中200是手续费客户承担": (5_000, OWES),  # main: 1,800
    "尚欠2000，其中200是手续费，客户承担": (5_000, OWES),
    "尚欠2000，其中200是银行手续费，由客户承担": (5_000, OWES),
    "still owed 2000, of which 200 bank charges": (5_000, _black(1_800)),  # main: 2,000
    # 6. a later figure not sure, his word, withdrawn, another money (main: 1,000; RMB 7,000)
    "原尚欠2000，现尚欠1000，好像": (7_000, OWES),
    "原尚欠2000，现尚欠1000，估计": (7_000, OWES),
    "原尚欠2000，现尚欠1000，可能": (7_000, OWES),
    "原尚欠2000，现尚欠1000，客户说": (7_000, OWES),
    "原尚欠2000，现尚欠1000，客户说的": (7_000, OWES),
    "原尚欠2000，现尚欠1000，已撤回": (7_000, OWES),
    "原尚欠2000，现尚欠1000，财务核实不对": (7_000, OWES),
    "原尚欠2000，现尚欠RMB1000": (7_000, OWES),
}

# 1. ... an English plan, part or other payment after "paid": under the order the rest, 2,000
# black (main: nothing); away from it never cleared (the row's "unpaid" read whole there, as
# before fix67d: see test_away_never_cleared)
PLANS = ["Balance USD2000 unpaid, paid next week",
         "Balance USD2000 unpaid, paid when goods arrive",
         "Balance USD2000 unpaid, paid after delivery",
         "Balance USD2000 unpaid, paid by end of May",
         "Balance USD2000 unpaid, paid against B/L copy", "Balance USD2000 unpaid, paid 500",
         "Balance USD2000 unpaid, paid partially", "Balance USD2000 unpaid, paid other invoices",
         "Balance USD2000 unpaid, paid commission to agent",
         "Balance USD2000 unpaid, settled with next order",
         "Balance USD2000 unpaid, paid to wrong account",
         "Balance USD2000 unpaid, paid on 5/10 per customer",
         "Balance USD2000 unpaid, cleared customs", "尚欠2000，paid next week"]

# the opposite wordings: their account kept
KEPT: dict[str, tuple[float, Account]] = {
    # a sure English payment of the rest, nothing after it but a day
    "Balance USD2000 unpaid, already paid": (7_000, PAID),
    "Balance USD2000 unpaid, has been paid": (7_000, PAID),
    "Balance USD2000 unpaid, fully paid": (7_000, PAID),
    "Balance USD2000 unpaid, paid on 5/10": (7_000, PAID),
    "Balance USD2000 still owed, paid on 5/10": (7_000, PAID),
    "尚欠2000，5/10已付": (7_000, PAID),
    "still owes 2000": (7_000, OWES),
    "still owes 2000, customer says already paid": (7_000, OWES),
    # this order's, the buyer's, not withdrawn surely
    "Balance USD2000 owed on order {own}": (7_000, OWES),
    "Balance USD2000 owed by the customer": (7_000, OWES),
    "Balance USD2000 owed, customer says mistake": (7_000, OWES),
    "Balance USD2000 owed, not a mistake": (7_000, OWES),
    "Balance USD2000 owed, mistake?": (7_000, OWES),
    # a bank's charge within CHARGE_MOST, borne by the firm
    "尚欠2000，其中200是银行手续费": (5_000, _black(1_800)),
    "尚欠2000，其中300是银行手续费": (5_000, _black(1_700)),
    "尚欠2000，其中200是银行手续费，我司承担": (5_000, _black(1_800)),
    # the later figure sure, found by the firm
    "原尚欠2000，现尚欠1000": (7_000, _black(1_000)),
    "原尚欠2000，现尚欠1000，财务核实": (7_000, _black(1_000)),
}

# 4. under the order (beside a deduction with no figure, away from it the commission is not
# read and 2,000 stays open whatever the answer, as main): the buyer's no, the firm agreeing
# (main: 2,000 black) -> nothing; not agreeing, doubted, hedged -> 2,000 black
UNDER: dict[str, tuple[float, Account]] = {
    "佣金已扣，尚欠2000吗？客户说不差，我们核对后确实不差": (5_000, PAID),
    "佣金已扣，尚欠2000吗？客户说不差，财务核实不差": (5_000, PAID),
    "佣金已扣，尚欠2000吗？客户说不差，已核实": (5_000, PAID),
    "佣金已扣，尚欠2000吗？客户说不差，是的": (5_000, PAID),
    "佣金已扣，尚欠2000吗？客户说不差": (5_000, OWES),
    "佣金已扣，尚欠2000吗？客户说不差，我们核对后还差": (5_000, OWES),
    "佣金已扣，尚欠2000吗？客户说不差，待核实": (5_000, OWES),
    "佣金已扣，尚欠2000吗？客户说不差，好像不差": (5_000, OWES),
    "佣金已扣，尚欠2000吗？客户说不差，财务核实还差2000": (5_000, OWES),
    **{note: (7_000, OWES) for note in PLANS},
    "Balance USD2000 unpaid, paid?": (7_000, OWES),
}


def test_rests_read_as_far_as_their_words_go(tmp_path: Path) -> None:
    """Each wording's account by hand, under its order, typed on the order's tab, on a 收款 tab
    and in April's file alike."""
    _check(tmp_path, MENDED)


def test_the_opposite_wordings_keep_their_account(tmp_path: Path) -> None:
    """The opposites (KEPT) by hand in every shape; UNDER under the order."""
    _check(tmp_path, KEPT)
    _check(tmp_path / "under", UNDER, ("blank row", "own tab"))


def test_away_never_cleared(tmp_path: Path) -> None:
    """A plan or other payment after an English "paid" typed on a 收款 tab or in a later file:
    the buyer is never cleared (the row's "unpaid" there reads at least the 2,000, black)."""
    cases = {note: (7_000.0, OWES) for note in PLANS}
    for shape in AWAY:
        place = tmp_path / shape.replace(" ", "_")
        place.mkdir()
        for note, (owed, days, listed, _) in _read(place, shape, cases).items():
            assert owed >= 2_000 and days == 72 and listed == "black", (shape, note)


# 7. English unsure words of a thing after them: a cancelled order's later note says its goods
# went (main: nothing, the doubt read as the shipment's); the statement's own doubt kept
REVIVED = {"shipped but customer not confirmed receipt": BLACK,
           "shipped under unconfirmed L/C": BLACK,
           "shipped, customer has not confirmed receipt": BLACK,
           "shipped, to be confirmed": NONE, "shipped, to be confirmed by customer": NONE,
           "shipped, not confirmed yet": NONE, "shipped, pending confirmation": NONE}


@pytest.mark.parametrize("note", list(REVIVED))
def test_unsure_words_of_the_statement_only(tmp_path: Path, note: str) -> None:
    """tests.test_fix58e_cancel_shares' order: 10,000 USD, cancelled in March, April's note
    (OA 30 shipped 03-01, due 03-31: 91 days at 06-30)."""
    _tabs(tmp_path, {"3月": _po("已取消"), "4月": _po(note)})
    assert _state(tmp_path) == REVIVED[note]


# 9. 应当/应该 before 付的: the sum due named (main: a guess, the old 4,000 owed 39 days, watch)
DUE = {"定金3000，上批应当付的4000已付": DEBT_PAID, "定金3000，上批应该付的4000已付": DEBT_PAID,
       "定金3000，上批应当付的4000还没付": DEBT_OWED, "定金3000，上批欠款4000应当已付": DEBT_OWED,
       "定金3000，上批欠款4000应该已付": DEBT_OWED}


@pytest.mark.parametrize("note", list(DUE))
def test_a_sum_due_is_no_hedge(tmp_path: Path, note: str) -> None:
    """tests.test_fix61j_deposit_beside_earlier_debt's deposit cell of 7,000."""
    assert _seen(_santos(_book(tmp_path, 7000, note))) == DUE[note]


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_bank_part_message_names_each_sum(language: str, english_after: None) -> None:
    """8. The bank kept 200 of a row typing the 5,000 that reached it: 5,200 counted. fix67d's
    said "that part, 5,200" (the total) as the bank's."""
    i18n.set_language(language)
    told = part_message("收款", 4, "2025-700", 5_200, 5_000, "USD").text
    again = again_message("台账4月.xlsx", "4月", 2, "2025-700", 5_200, 5_000, "USD").text
    for text in (told, again):
        assert "200.00 USD" in text and "5,000.00 USD" in text and "5,200.00 USD" in text
        assert text.index("5,000.00 USD") < text.index("5,200.00 USD")
    if language == "en":
        assert "the bank kept 200.00 USD" in told and "5,200.00 USD in all" in again
    else:
        assert "有 200.00 USD 被银行扣" in told and "共 5,200.00 USD" in again
