"""fix63b: a payment row typing its order's number and buyer again on the order's own tab is
read as the same row with those cells blank is (core.ledger.filled_down.typed_payments, read by
core.ledger.order_payments), so every note rule a payment row of its order reaches reaches it
(the last pass's "Left": rv62b s544, rv62d s582, rv62a s524).

Read as money received (core.ledger.received_only), only its denials were asked (fix62f,
core.ledger.owed_rows): the part its note said came (还差2000, 实收5000, 余款2000未付, 款已到一半,
还差2000的货，款下周付), a came row naming a part of the balance (到账 3,000 noted 尾款第一笔), a
blank row's deduction (佣金2000已扣) and a noted balance's rest or repeat (水单已收，钱下周到 then
尾款 7,000) were never read. Its plan or the buyer's word is asked too since fix65d, as on the
blank-buyer row.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 received 03-02
on its blank-buyer row; as of 06-30 an unpaid sum is 72 days late, black. Each case is written
twice, the test row's buyer cell typed (T) and left blank with its number cell (B: the
reference, its account as before); each ledger is imported by both imports
(tests.test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import LAST, _order, _paid
from test_fix62f_repeated_cells import _accounts, _typed

APRIL, MAY, CAME = date(2025, 4, 20), date(2025, 5, 10), date(2025, 3, 4)
DEPOSIT = _paid("定金30%", 3_000, date(2025, 3, 2))
SLIP = "水单已收，钱下周到"
PAID = (0.0, 0, None, 0.0)
OWED = (7_000.0, 72, "black", 0.0)


def _black(owed: float) -> tuple[float, int, str | None, float]:
    return (owed, 72, "black", 0.0)


def _credit(extra: float) -> tuple[float, int, str | None, float]:
    return (0.0, 0, None, extra)


# name: (the rows under the order before the test row, the test row's 品名, 收款, day, note,
# the account by hand: owed, days, list, credit)
CASES: dict[str, tuple[list[list[object]], str, float | None, date | None, str,
                       tuple[float, int, str | None, float]]] = {
    # part said came (core.ledger.part_said): main, typed, 0 (the 7,000 paid) or 7,000
    "P 货短款下周付": ([DEPOSIT], "尾款70%", 7_000, APRIL, "还差2000的货，款下周付", _black(2_000)),
    "P 还差2000": ([DEPOSIT], "尾款70%", 7_000, APRIL, "还差2000", _black(2_000)),
    "P 余款2000未付": ([DEPOSIT], "尾款70%", 7_000, APRIL, "余款2000未付", _black(2_000)),
    "P 实收5000": ([DEPOSIT], "尾款70%", 7_000, APRIL, "实收5000", _black(2_000)),
    "P 款已到一半": ([DEPOSIT], "尾款70%", 7_000, APRIL, "款已到一半", _black(3_500)),
    "P 5000 货短款下周付": ([DEPOSIT], "尾款70%", 5_000, APRIL, "还差2000的货，款下周付",
                      _black(2_000)),
    # opposite wordings: the money said fine, the goods given by the factory, the short
    # payment granted, only asked, or denied whole
    "O 货款没问题": ([DEPOSIT], "尾款70%", 7_000, APRIL, "还差2000的货，货款没问题", PAID),
    "O 工厂说下周给": ([DEPOSIT], "尾款70%", 7_000, APRIL, "还差2000的货，工厂说下周给", PAID),
    "O 我们同意了": ([DEPOSIT], "尾款70%", 7_000, APRIL, "客户少付2000，我们同意了", PAID),
    "O 同意吗": ([DEPOSIT], "尾款70%", 7_000, APRIL, "客户少付2000，同意吗？", _black(2_000)),
    "O 还没收到": ([DEPOSIT], "尾款70%", 7_000, APRIL, "尾款还没收到", OWED),
    "O 我们的佣金": ([DEPOSIT], "尾款70%", 7_000, APRIL, "佣金还差2000没付给代理", PAID),
    "O 上单还差2000": ([DEPOSIT], "尾款70%", 7_000, APRIL, "上单还差2000", PAID),
    # a rest said of another thing before it is none (part_of.other_before); of the money,
    # or after another clause, it is owed
    "O 运费还差2000": ([DEPOSIT], "尾款70%", 7_000, APRIL, "运费还差2000", PAID),
    "O 代理费我们还差2000": ([DEPOSIT], "尾款70%", 7_000, APRIL, "代理费我们还差2000", PAID),
    "P 货款还差2000": ([DEPOSIT], "尾款70%", 7_000, APRIL, "货款还差2000", _black(2_000)),
    "P 客户还差2000": ([DEPOSIT], "尾款70%", 7_000, APRIL, "客户还差2000", _black(2_000)),
    "P 货已到，还差2000": ([DEPOSIT], "尾款70%", 7_000, APRIL, "货已到，还差2000", _black(2_000)),
    "O 无备注": ([DEPOSIT], "尾款70%", 7_000, APRIL, "", PAID),
    # a came row naming a part of the balance (core.ledger.came_rows): main, typed, 7,000
    "C 尾款第一笔": ([DEPOSIT], "到账", 3_000, CAME, "尾款第一笔", _black(4_000)),
    "O 尾款第一笔还没到": ([DEPOSIT], "到账", 3_000, CAME, "尾款第一笔还没到", OWED),
    "O 到账 advice": ([DEPOSIT], "到账", 3_000, CAME, "", OWED),
    # a blank row's deduction (core.ledger.own_row_deductions): main, typed, 7,000
    "D 佣金2000已扣": ([DEPOSIT], "尾款70%", None, None, "佣金2000已扣", _black(5_000)),
    "O 2025-799的佣金": ([DEPOSIT], "尾款70%", None, None, "2025-799的佣金2000已扣", OWED),
    "O 佣金现取消": ([DEPOSIT], "尾款70%", None, None, "佣金2000已扣，现取消", OWED),
    "O 佣金2000待扣": ([DEPOSIT], "尾款70%", None, None, "佣金2000待扣", OWED),
    # a noted balance's rest or repeat (core.ledger.rest_rows): main, typed, its sum credit
    "R 水单 + 尾款": ([DEPOSIT, _paid("尾款70%", 7_000, APRIL, note=SLIP)], "尾款", 7_000, MAY,
                  "", PAID),
    "R 还差一半 + 余款": ([DEPOSIT, _paid("尾款70%", 7_000, APRIL, note="尾款还差一半")], "余款",
                     3_500, MAY, "", PAID),
    "R 不是重复付款": ([DEPOSIT, _paid("尾款70%", 7_000, APRIL, note=SLIP)], "尾款", 7_000, MAY,
                   "不是重复付款", PAID),
    "O 重复付款": ([DEPOSIT, _paid("尾款70%", 7_000, APRIL, note=SLIP)], "尾款", 7_000, MAY,
                "重复付款", _credit(7_000)),
    "O 无备注 + 尾款": ([DEPOSIT, _paid("尾款70%", 7_000, APRIL)], "尾款", 7_000, MAY, "",
                   _credit(7_000)),
}


def test_a_typed_row_on_its_order_s_tab_reads_as_the_blank_buyer_row(tmp_path: Path) -> None:
    """Hand count, each case T (buyer typed) and B (buyer blank) alike: a part said came pays
    it, the rest owed (3,000 + 5,000 of 10,000: 2,000, 72 days, black; 款已到一半: 3,500 of the
    7,000 due); 到账 3,000 noted 尾款第一笔 is money (4,000); 佣金2000已扣 takes 2,000 off
    (5,000); a later 尾款 repeating the slip's balance or the half's rest is counted once
    (nothing open, no credit). main read each T row's 收款 whole: 0 (P), 7,000 (余款2000未付,
    C, D), 7,000 or 3,500 credit (R). Opposites: the same rows' words meaning the other thing
    keep main's and the reference's account."""
    rows: list[list[object]] = []
    want: dict[str, tuple[float, int, str | None, float]] = {}
    for i, (case, (before, word, received, day, note, account)) in enumerate(CASES.items()):
        for j, buyer in enumerate(("T", "B")):
            number, name = f"2025-{i:02d}{j}", f"{buyer} {case}"
            rows += [_order(number, name), *before,
                     _typed(number, name if buyer == "T" else None, word, received, day, note)]
            want[name] = account
    rows.append(_order("2025-799", "Other 799"))
    got = _accounts(tmp_path, [{"台账": [*rows, _paid("尾款70%", 10_000, APRIL), LAST]}], [*want])
    assert got == want


def test_a_plan_on_a_typed_row_is_asked_as_on_the_blank_buyer_row(tmp_path: Path) -> None:
    """A typed, dated 收款 noted with the buyer's word (客户说下周付) is asked, as on the
    blank-buyer row: 7,000 owed, 72 days, black on both (fix65d; fix62f read the typed row's
    denials only, paid)."""
    rows = [_order("2025-701", "T plan"), DEPOSIT,
            _typed("2025-701", "T plan", "尾款70%", 7_000, APRIL, "客户说下周付"),
            _order("2025-702", "B plan"), DEPOSIT,
            _typed("2025-702", None, "尾款70%", 7_000, APRIL, "客户说下周付"),
            _order("2025-799", "Other 799"), _paid("尾款70%", 10_000, APRIL), LAST]
    assert _accounts(tmp_path, [{"台账": rows}], ["T plan", "B plan"]) == {
        "T plan": OWED, "B plan": OWED}


def test_a_typed_row_is_its_own_order_s_not_the_one_above(tmp_path: Path) -> None:
    """Hand count: Buyer W's 2025-801 and 2025-802, 3,000 deposit each; 802's 尾款 7,000 noted
    还差2000 typed under 801's rows is 802's 5,000: 801 owes 7,000, 802 2,000, together 9,000,
    72 days, black (main: 802 read 7,000 paid, 7,000). A row typing 801's number with another
    buyer (V) is not 801's: W still owes 801's 7,000 and 802's 7,000 (14,000, black)."""
    rows = [_order("2025-802", "Buyer W"), DEPOSIT, _order("2025-801", "Buyer W"), DEPOSIT,
            _typed("2025-802", "Buyer W", "尾款70%", 7_000, APRIL, "还差2000"),
            _order("2025-803", "Buyer U"), DEPOSIT, _order("2025-804", "Buyer U"), DEPOSIT,
            _typed("2025-803", "Buyer V", "尾款70%", 7_000, APRIL, "还差2000"),
            _order("2025-799", "Other 799"), _paid("尾款70%", 10_000, APRIL), LAST]
    got = _accounts(tmp_path, [{"台账": rows}], ["Buyer W", "Buyer U"])
    assert got == {"Buyer W": _black(9_000), "Buyer U": _black(14_000)}
