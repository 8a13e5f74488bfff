"""The lead's mends at the pass's end, of what the last reviews (rv68l, rv68m, rv68n) found the
last mends reach: each a good buyer listed or a bad payer cleared.

Hand counts, the standard case: order 10,000 USD ordered 03-01, shipped 03-20, OA 30天 (due
04-19), 定金 3,000 of 03-02; the balance row received 04-20 with the note; as of 06-30 an unpaid
sum is 72 days late (11+31+30), black. Every ledger a real .xlsx through both imports.

- A sum named like "nothing" (尚欠零头200, 尚欠零散货款2000, 尚欠无票货款2000) or his
  own money named after him (尚欠客户尾款2000): owed, 72 days, black (fix68o: paid,
  rv68m #1–4; the whole 7,000, as before fix68o: the sum itself not read, left).
  Kept: 尚欠0 / 尚欠为零 / 尚欠无 / 尚欠零元 / "outstanding: none" paid;
  尚欠无法确认，等客户付款 7,000 black; 我司尚欠客户2000, 尚欠客户2000件货 paid.
- A rest row below whose 品名 names the balance beside the deposit (余款(扣除定金),
  尾款（扣除定金后）, 定金+尾款) or a deposit's 品名 whose note says the balance (定金30%
  noted 补尾款): the rest, paid (fix68q read them a deposit's: 2,000, 72 days, black,
  rv68n #1, #6). Kept: the next order's 定金30% 3,000 below → 2,000 black.
- 还差2000，是另一单的 and a doubt of another matter (价格 / 发票 / 质量 / 运费 /
  地址待确认): nothing owed (fix68l: 2,000 black, rv68l #1); 单号待确认 still 2,000 black.
  询问 asks as 问 does: 运费询问了客户，客户说下周 nothing owed (fix68l: 7,000 black, rv68l
  #3). "Ali still owes 2000", "customer still owes 2000 to our bank account": 2,000 black
  (fix68m: nothing, rv68l #5, #6).
- A wire's 上次欠款，财务说已付，账期待确认 (credit terms, no proof): paid (fix68l: X-1
  5,000, 84 days, black, rv68l #2); 账待核对 still black.
"""

from __future__ import annotations

from pathlib import Path

from test_acct55a_three_payments import _order, _paid
from test_fix62f_repeated_cells import APRIL, DEPOSIT, OWED
from test_fix62f_repeated_cells import PAID as NONE
from test_fix65b_finance_report import OLD_BLACK, PAID_OLD, _wires
from test_fix65e_typed_apart import _black
from test_fix66a_rest_disowned import Account
from test_fix67f_rest_reviewed import _check
from test_fix67k_rest_line import _account
from test_fix68a_register_notes import _registered
from test_fix68i_rows_below import _ledger
from test_fix68l_rv68e_mends import DEBT, _four
from test_fix68q_rows_below import MAY, MAY10

SUMS: dict[str, tuple[float, Account]] = {
    # owed, black, as before fix68o: the sum after 零头 / 零散 / 无票 / 客户 not read as the rest
    # (the whole row read unpaid: left, the note's Left list)
    "尚欠零头200": (7_000, OWED), "尚欠零头款500": (7_000, OWED),
    "尚欠零散货款2000": (7_000, OWED), "尚欠无票货款2000": (7_000, OWED),
    "尚欠客户尾款2000": (7_000, OWED), "尚欠客户货款2000": (7_000, OWED),
    "尚欠0": (7_000, NONE), "尚欠为零": (7_000, NONE), "尚欠无": (7_000, NONE),
    "尚欠零元": (7_000, NONE), "outstanding: none": (7_000, NONE),
    "尚欠无法确认，等客户付款": (7_000, OWED),
    "我司尚欠客户2000": (7_000, NONE), "尚欠客户2000件货": (7_000, NONE)}


def test_a_sum_named_like_nothing_or_his_own_money_is_owed(tmp_path: Path) -> None:
    """SUMS by hand on a register tab, a later register file and a 品名 收款 tab."""
    _registered(tmp_path, SUMS)


# the rows below 5,000 noted 还差2000 (品名, 收款, day, note) -> hand
BELOW: list[tuple[tuple[str, float, object, str], Account]] = [
    (("余款(扣除定金)", 2_000, MAY10, ""), NONE), (("尾款（扣除定金后）", 2_000, MAY10, ""), NONE),
    (("定金+尾款", 2_000, MAY10, ""), NONE), (("定金30%", 2_000, MAY10, "补尾款"), NONE),
    (("定金30%", 3_000, MAY, ""), _black(2_000))]


def test_a_row_below_naming_the_balance_is_the_rest(tmp_path: Path) -> None:
    """BELOW by hand, each under its own order on one 台账 tab."""
    rows: list[list[object]] = []
    for i, ((word, money, day, said), _) in enumerate(BELOW):
        rows += [_order(f"2025-8{i:02d}", f"B{i} buyer"), DEPOSIT,
                 _paid("尾款", 5_000, APRIL, note="还差2000"), _paid(word, money, day, note=said)]
    db = _ledger(tmp_path, rows)
    assert {i: _account(db, f"B{i} buyer") for i in range(len(BELOW))} == {
        i: hand for i, (_, hand) in enumerate(BELOW)}


DISOWNED: dict[str, tuple[float, Account]] = {
    f"还差2000，是另一单的，{thing}待确认": (7_000, NONE)
    for thing in ("价格", "发票", "质量", "运费", "客户的新地址")}
DISOWNED.update({"还差2000，是另一单的，单号待确认": (7_000, _black(2_000)),
                 "Balance USD2000, Ali still owes 2000": (7_000, _black(2_000)),
                 "customer still owes 2000 to our bank account": (7_000, _black(2_000))})


def test_a_doubt_of_another_matter_and_his_english_debt(tmp_path: Path) -> None:
    """DISOWNED by hand under the order, typed on its tab, on a 收款 tab, in April's file."""
    _check(tmp_path, DISOWNED)


def test_asking_in_other_words_and_credit_terms(tmp_path: Path) -> None:
    """运费询问了客户，客户说下周 (a fee's plan) nothing owed, 询问了客户，客户说下周 (his) 7,000,
    72 days, black, in the four places; a wire's 账期待确认 paid, 账待核对 black."""
    _four(tmp_path, {"运费询问了客户，客户说下周": (0.0, 0, None),
                     "询问了客户，客户说下周": (7_000.0, 72, "black")})
    (tmp_path / "w").mkdir()
    wires = [f"{DEBT}账期待确认", f"{DEBT}账待核对"]
    assert _wires(tmp_path / "w", wires) == {wires[0]: PAID_OLD, wires[1]: OLD_BLACK}
