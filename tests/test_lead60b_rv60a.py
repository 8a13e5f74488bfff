"""rv60a's findings on the lead's 168, 170 and 171, narrowed (reader 173).

- An order's number after a bank word (电汇PO-R2, T/T PO-R2, MT103 PO-R2, REF: PO-R2, 水单号
  PO-R2), one letter and a digit (付R2货款, PO R2, po#R2, 实付A-101) or the buyer's name written
  as one word (RioCasa货款) names an order or the buyer: 168 read them as the bank's, Kobe's
  wire on Rio's cancelled order moved to Kobe's own and Rio's open PO-R2 black (10,000, 91
  days; hand Kobe 10,000 black). A bank's own reference (five digits or more), a sum or a
  quarter (Q2货款) still names none.
- On a 尾款 row the deposit said come (尾款还没有，定金已到, 首付款已到, 预付已到账) is not the
  balance come: 170 read it so for every row (7,000, 72 days, black read paid); on the
  deposit's own row it is its money (170's cases stand).
- A shortfall of a cost still to be paid (差2000运费未付, 差2000运费客户下周补, 差2000（运费）下周
  付, 差2000运费，已催) or named bare (差2000运费) is owed: 171 read every shortfall named with a
  cost as borne (2,000, 72 days, black read paid); one borne (客户承担, 手续费) counts with the
  money come, a rest beside it still owed (实收4000，差2000运费客户承担，另1000下周付: 1,000).
- A container or ship arrived (柜子到了一半, 集装箱到了一半, 尾款未收，柜子已到) is the goods';
  the buyer receiving half in other words (买家已收到一半, 客户那边已收到一半) too; the deposit
  said received apart with a word between (实收4000（定金已另收）, （定金3000另收）) is apart.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fix56b_balance_clause_ours_part import PAID, _balances
from test_fix59f_paid_revival_elsewhere import KOBE, _line, _wire
from test_lead59f_payer_own_first_narrowed import KOBE_BLACK, _kobe

OWED = (7_000, 72, "black")


@pytest.mark.parametrize("note", ["电汇PO-R2", "T/T PO-R2", "MT103 PO-R2", "REF: PO-R2",
                                  "水单号 PO-R2", "付R2货款", "PO R2", "po#R2", "实付A-101",
                                  "RioCasa货款"])
def test_an_order_after_a_bank_word_or_the_name_as_one_word_names_it(tmp_path: Path,
                                                                      note: str) -> None:
    rio = _line("PO-R1", 10_000, "已取消")
    assert _kobe(tmp_path, rio, [_wire("PO-R1", 10_000, note, payer=KOBE)]) == KOBE_BLACK


@pytest.mark.parametrize("note", ["TT REF FT25130XK7", "USD 10000", "Q2货款"])
def test_a_bank_reference_a_sum_or_a_quarter_still_names_none(tmp_path: Path,
                                                              note: str) -> None:
    rio = _line("PO-R1", 10_000, "已取消")
    assert _kobe(tmp_path, rio, [_wire("PO-R1", 10_000, note, payer=KOBE)])[0] == 0


def test_the_deposit_come_on_the_balance_row_is_not_the_balance(tmp_path: Path) -> None:
    notes = {"尾款还没有，定金已到": OWED, "尾款还没有，首付款已到": OWED,
             "尾款还没收，预付已到账": OWED, "尾款未收，柜子已到": OWED, "定金已收，尾款已收": PAID}
    assert _balances(tmp_path, list(notes)) == notes


def test_a_shortfall_of_a_cost_still_to_pay_is_owed(tmp_path: Path) -> None:
    short = (2_000, 72, "black")
    notes = {"到账5000，差2000运费未付": short, "到账5000，差2000运费客户下周补": short,
             "到账5000，差2000（运费）下周付": short, "到账5000，差2000运费，已催": short,
             "到账5000，差2000运费": short, "到账5000，差2000佣金下月付": short,
             "到账5000，少2000，运费客户承担": PAID, "到账5000，少2000手续费": PAID,
             "实收4000，差2000运费客户承担，另1000下周付": (1_000, 72, "black")}
    assert _balances(tmp_path, list(notes)) == notes


def test_a_container_or_the_buyer_receiving_half_is_the_goods(tmp_path: Path) -> None:
    part = (3_000, 72, "black")
    notes = {"柜子到了一半，另一半下月发": PAID, "集装箱到了一半，另一半下月出": PAID,
             "买家已收到一半，另一半货下月出": PAID, "客户那边已收到一半，另一半货下月出": PAID,
             "实收4000（定金已另收）": part, "实收4000（定金3000另收）": part,
             "收到一半，另一半下月付": (3_500, 72, "black")}
    assert _balances(tmp_path, list(notes)) == notes


def test_freight_half_paid_beside_the_goods_rest_is_no_part(tmp_path: Path) -> None:
    """lead60b's 另收 rule read the comma before 另一半 as a figure: 付了一半运费，另一半货下月发
    read half the balance come (3,500, 72 days, black; the all-reviewers rerun, rv59g s295)."""
    notes = {"付了一半运费，另一半货下月发": PAID, "实收4000（定金3000另收）": (3_000, 72, "black")}
    assert _balances(tmp_path, list(notes)) == notes
