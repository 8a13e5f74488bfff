"""fix65h: rv65a s4, s8's findings on buyer_word.on_its_way (the buyer's money said on its way).

Balance rows: orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000
received 03-02, the 尾款70% row 7,000 received 04-20 with the note. Hand: a note saying the
buyer paid and the money is on its way (not in) was written before the money came: the 7,000
owed since 04-19, 72 days on 06-30 (11 + 31 + 30), black; the money said in, or the words of
goods, papers or another wire, leave the row paid, nothing owed.

Good buyers listed by fix65b, 7,000, 72 days, black → nothing owed:
- the thing on the way named after 在路上 (在路上的是货, 在路上的货也快到了): goods, not the
  money the clause before named — unless it names this sum (在路上的是这笔: owed);
- another wire named after the bank's day (明天到另一笔, 下周再到一笔), a due date (下周到期,
  银行说下周到期: 到期 is no arrival, as payment_row_money's 已到(?!港|期) already reads it) —
  not another wire denied (钱在路上不是另一笔: read as another's by main, now owed);
- asked, then answered that it came (我问是不是钱在路上，银行说已到) — not answered yes or not
  come (…？是的, …，银行说还没到: owed).
Bad payers missed, nothing owed → 7,000, 72 days, black: words of when or how sure before a
bare 在路上 (目前在路上, 现在还在路上, 应该在路上, 估计还在路上, 可能在路上), or asked
(是不是在路上？) — not after goods, a refund or a fee (货已发，目前在路上; 已退款，估计还在路上;
客户已付运费，现在在路上), nor denied (应该不在路上).
"""

from __future__ import annotations

from pathlib import Path

from test_acct55a_three_payments import LAST, _order
from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances
from test_fix62f_repeated_cells import APRIL, DEPOSIT, _accounts, _typed
from test_fix62f_repeated_cells import OWED as OWED4
from test_fix62f_repeated_cells import PAID as PAID4

# 7,000, 72 days, black (main) → nothing owed
NEWLY_PAID = ["客户已付，在路上的是货", "客户已付，在路上的货也快到了",
              "客户已付，银行说已到，下周再到一笔", "客户已付，银行说已到账，明天到另一笔",
              "客户已付，银行说已到账，下周到期", "客户已付，我问是不是钱在路上，银行说已到",
              "客户已付，是不是钱在路上？银行说已到", "客户已付，钱是不是在路上？财务说到账了"]
# (客户已付，银行说下周到期, read paid here: the bill accepted and not matured is not in, the
# lead's call on rv65d s4 — 7,000, 72 days, black again, tests/test_fix66c_bill_not_matured.py)
# nothing owed (main) → 7,000, 72 days, black
NEWLY_OWED = ["客户已付，目前在路上", "客户已付，现在还在路上", "客户已付，应该在路上",
              "客户已付，估计还在路上", "客户已付，可能在路上", "客户已付，是不是在路上？",
              "客户已付，银行说另一笔已到，这笔估计下周到", "客户已付，钱在路上不是另一笔",
              "客户已付，是否在路上"]
# 7,000, 72 days, black as main: this money on its way, asked and not answered come
STILL_OWED = ["客户已付，在路上的是这笔", "客户已付，在路上了", "客户已付，是不是钱在路上？是的",
              "客户已付，我问是不是钱在路上，银行说还没到", "客户已付，钱在路上吗",
              "客户已付，银行说下周到一笔", "客户已付，银行说另一笔已到，这笔下周到",
              "客户已付，在路上的", "客户已付，我问是不是钱在路上，银行说已到的是另一笔"]
# nothing owed as main: goods, papers, a refund's, a fee's, another wire, denied
STILL_PAID = ["客户已付，目前在路上的是货", "客户已付，货已发，目前在路上",
              "客户已付，已退款，估计还在路上", "客户已付运费，现在在路上",
              "客户已付，应该不在路上",
              "客户已付，在路上的是样品", "客户已付，钱已到，在路上的是另一笔",
              "客户已付，银行说已到账，下周再来一笔", "客户已付，银行说已到，还有一笔下周到",
              "客户已付，另一笔订单的钱，目前在路上", "客户已付，提单已寄，估计还在路上",
              "客户已付，银行说已到账，下周到港", "客户已付，不是钱在路上",
              "客户已付，银行说钱已到，估计下周到货", "客户已付，是否在路上？已到账"]

def test_money_on_its_way_named_after_asked_or_guessed(tmp_path: Path) -> None:
    """Each on its way: 7,000 owed, 72 days, black (main: the first nine nothing owed); each
    of goods, another wire, a due date or answered come: nothing owed (main: the first eight
    7,000, 72 days, black)."""
    owed, paid = [*NEWLY_OWED, *STILL_OWED], [*NEWLY_PAID, *STILL_PAID]
    assert _balances(tmp_path, [*owed, *paid]) == {**dict.fromkeys(owed, OWED),
                                                  **dict.fromkeys(paid, PAID)}


# the typed row (its order's number and buyer typed again) reads its note as the blank-buyer
# row does (fix65d): the same wordings, on the order's tab and in a later file
TYPED_OWED = ["客户已付，目前在路上", "客户已付，应该在路上", "客户已付，是不是在路上？"]
TYPED_PAID = ["客户已付，在路上的是货", "客户已付，银行说已到账，下周到期",
              "客户已付，我问是不是钱在路上，银行说已到", "客户已付，银行说已到账，明天到另一笔",
              "客户已付，货已发，目前在路上"]


def test_a_typed_balance_reads_the_way_as_the_blank_buyer_row(tmp_path: Path) -> None:
    """Hand count as above, on a balance row typing its order's number and buyer (7,000
    received 04-20): on its way 7,000 owed, 72 days, black; of goods, a due date, another wire
    or answered come, nothing owed — on the order's tab (T) and in April's file (F)."""
    got, hand = typed_ways(tmp_path, TYPED_OWED, TYPED_PAID)
    assert got == hand


def typed_ways(tmp_path: Path, owed: list[str], paid: list[str]
               ) -> tuple[dict[str, tuple[float, int, str | None, float]],
                          dict[str, tuple[float, int, str | None, float]]]:
    """Each note on a balance row typing its order's number and buyer (7,000 received 04-20),
    on the order's tab (T) and in April's file (F): the accounts by name, and the hand's
    (the `owed` notes 7,000, 72 days, black; the `paid` nothing owed)."""
    notes = [*owed, *paid]
    names = [f"{where} {note}" for where in ("T", "F") for note in notes]
    march = [row for i, name in enumerate(names) for row in (_order(f"2025-8{i:02d}", name),
                                                               DEPOSIT)]
    typed = [_typed(f"2025-8{i:02d}", name, "尾款70%", 7_000, APRIL, name[2:])
             for i, name in enumerate(names)]
    files = [{"3月": [*march, *typed[:len(notes)], LAST]}, {"4月": [*typed[len(notes):], LAST]}]
    return _accounts(tmp_path, files, names), {
        name: OWED4 if name[2:] in owed else PAID4 for name in names}
