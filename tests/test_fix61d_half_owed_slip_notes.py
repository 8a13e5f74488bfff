"""fix61d (rv59e s282, s282b, s283; rv59g s295): bad payers read as paid by a balance row's
note saying half of it has not come (尾款还差一半, 还差一半尾款, 一半货款已到，另一半出货前付),
by the buyer's word that he paid after the clerk's denial (尾款还没有，货已到港，客户说已付: no
money seen), or by a bank slip taken for the money promised next week on a row dated (尾款已收
（水单），钱下周到).

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 paid 03-02 and
a 尾款70% row of 7,000 received 04-20 (its date typed); as of 06-30 an unpaid sum is 72 days
late, black. Each ledger is imported by both imports (tests.test_fast_import._same_import).
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances

HALF = (3_500, 72, "black")


def test_half_of_the_balance_said_still_owed(tmp_path: Path) -> None:
    """Each note: 3,500 open, 72 days, black (main: 0, paid). Controls, as main: half said of
    the freight, the goods or samples with the balance come, the buyer's receiving of half
    (ambiguous: left as it reads), the half owed said made up after it: paid."""
    half = ["付了一半运费，尾款还差一半", "货已到，还差一半尾款", "一半货款已到，另一半出货前付",
            "尾款还差一半", "尾款还欠一半，客户说下周付"]
    paid = ["已付一半运费，尾款已到", "运费还差一半，尾款已收", "还差一半的货下月发，尾款已收齐",
            "客户已收到一半货款", "尾款还差一半，4/30已补齐", "一半样品已到，尾款已收",
            "一半已到港，一半下月到，尾款已收"]
    got = _balances(tmp_path, [*half, *paid])
    assert got == {**dict.fromkeys(half, HALF), **dict.fromkeys(paid, PAID)}


def test_the_buyers_word_after_a_denial_is_no_money(tmp_path: Path) -> None:
    """The balance said not come and the buyer saying he paid: 7,000 open, 72 days, black
    (main: 0). Controls, as main: his word alone on a row received, the money said come after
    the denial by the clerk, an earlier balance's denial with this one paid: paid."""
    owed = ["尾款还没有，货已到港，客户说已付", "尾款还没有，客户说已付", "款还没有，客户称已汇"]
    paid = ["客户说已付", "尾款还没有，4/20到了", "上次尾款还没有，这次已付清"]
    got = _balances(tmp_path, [*owed, *paid])
    assert got == {**dict.fromkeys(owed, OWED), **dict.fromkeys(paid, PAID)}


def test_a_slip_beside_the_money_put_off_on_a_dated_row(tmp_path: Path) -> None:
    """Only the slip come, the money next week, on a row whose date received is typed: 7,000
    open, 72 days, black (main: 0). Controls, as main: the slip as the money's proof, the slip
    and the money come, a slip put off beside the money come: paid."""
    owed = ["尾款已收（水单），钱下周到", "已收(水单)，款下周到账", "水单已收，钱下周到"]
    paid = ["尾款已付（见水单）", "水单已收，款已到账", "尾款已到账，水单下周给",
            "尾款已收（水单）"]
    got = _balances(tmp_path, [*owed, *paid])
    assert got == {**dict.fromkeys(owed, OWED), **dict.fromkeys(paid, PAID)}
