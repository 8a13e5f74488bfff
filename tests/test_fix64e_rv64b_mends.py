"""fix64e: rv64b's findings on fix63f and lead63a mended (issue 11).

Balance rows: orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000
received 03-02, the 尾款70% row 7,000 received 04-20 with the note. Hand: a note saying the
buyer has not paid (or will pay next week) leaves the 7,000 owed since 04-19, 72 days on 06-30,
black; a note of the firm's own business (its supplier's bill, its paying the factory) leaves
the row paid, nothing owed.

1. The firm's own supplier bill (工厂货款还没付, 我司还没付工厂尾款, 供应商货款未结, 货代运费还没付,
   船公司运费还没结): fix63f's guard took its 货款 / 尾款 for the buyer's money (only 工厂的钱 was
   taken out first): paid → 7,000, 72 days, black. Now the supplier's money, with or without 的
   or 那边的, is taken out (owed_said._SUPPLIERS_MONEY): nothing owed. The buyer's not-paid
   beside the supplier (工厂的钱客户还没付, 尾款因工厂问题还没付, 他们的工厂还没付, 客户还没付工厂
   货款) stays owed. Every reader of owed_said.still_owed meets it: the typed balance row (fix63b)
   and a shortfall's clause (还差2000的货，工厂货款还没付: goods short, nothing owed; 还差2000的
   货，货款还没付: 2,000 owed) are tested here.
   (Older, mended too: the buyer's side's supplier named by 那边 or as consignee or importer,
   他们那边工厂还没付, 收货人货代还没付: paid → 7,000, 72 days, black.)
2. A deduction still talked of (扣款500，差价在谈; 扣款500，该订单还在协商中): lead63a read the
   deduction's own price word (差价, 降价, 价格扣款, 索赔价格) and this order (本订单, 该订单, 这个
   订单) as talks elsewhere, the deduction taken: 500 owed, 71 days, black → nothing. Now
   undecided again; talks of another order or lot (新订单, 下批价格, 新单) stay taken.
3. The buyer's word, then the firm paying its supplier's money (客户说质量没问题，下周付工厂的钱;
   下周付给工厂的尾款; 月底付给货代的运费) or finishing paying it (客户说已付，等我们下周付完工厂再
   发货): lead63a's (?!的) and fix63f's clause-start rule read his plan, 7,000 black where paid.
   Now 的 stops only a bare 给 (客户说给工厂的款下周付: his plan, fix57c) or a 付 in his own
   clause (客户说下周付工厂的货款: his plan), and a clause paying the supplier and nothing else
   is no plan of his (客户说等我们付完工厂后再付: his). In English
   "so we" / "and we" after a comma is the firm speaking, as "but we" / "then we" were.
4. A deposit cell of 7,000 (YW25-0100, 06-05) beside the last batch's unpaid 4,000 (YW25-0010,
   B/L 04-20, OA 30天: due 05-20, 39 days late at the ledger's last day 06-28): the firm's own
   finance reporting 上批欠款4000已付 (财务说, 会计反馈) says the cell paid it: nothing owed, 3,000
   held (fix63f read it as the buyer's doubted word: 4,000 owed, 39 days, watch, 7,000 held). The
   buyer's finance, the buyer, or a doubt beside the report keep the debt owed.
5. Older misses rv64b listed (bad payers cleared on main and before): the firm the object of
   his owing or telling (他欠我们还没付, 邮件回复我们还没付) or in his words after his speaking
   (他说我们还没付, 客户回复，我们还没付: his "we"), and the firm opening the words he says
   (客户说，我们发错货了，下周付): nothing owed → 7,000, 72 days, black. The firm's own after a
   supplier's word or in its own clause (工厂说我们还没付, 客户说，我们下周付工厂, 客户已付，我们
   还没付) stays paid.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from account_cli import customers, ledger
from test_acct52d_noted_deductions import NORDHAUS, _customer, _months
from test_acct55a_three_payments import LAST, _order, _paid
from test_acct55a_three_payments import _accounts as _rows_accounts
from test_deduction_words_fix52m import JUNE, _short
from test_fix54h_payment_words import HEAD
from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances
from test_fix59d_part_sums import _late
from test_fix61j_deposit_beside_earlier_debt import _book, _santos, _seen
from test_fix62f_repeated_cells import _accounts, _typed
from test_fix62h_debt_said_owed import DEBT_OWED, DEBT_PAID

# 1. the firm's own supplier bill: nothing owed (main: 7,000, 72 days, black)
FIRMS_BILL = ["工厂货款还没付", "工厂货款未付", "工厂尾款还没付", "工厂的尾款还没付",
              "我司还没付工厂尾款", "还没付工厂货款", "供应商货款我们还没结", "供应商货款未结",
              "工厂尾款我司还未支付", "尾款到了，工厂余款还没结", "工厂那边的货款还没付",
              "工厂款还没付", "船公司运费还没结",
              # the firm's side's (as main)
              "我们那边工厂还没付", "工厂那边还没结"]
# ... the buyer's not-paid beside the supplier or its money: owed (as main)
BUYERS_DENIAL = ["工厂的钱客户还没付", "工厂的钱老外还没付", "货款还没付，工厂在催",
                 "尾款因工厂问题还没付", "因工厂延误还没付", "他们的工厂还没付",
                 "客户还没付工厂货款", "他们工厂货款还没付", "工厂尾款客户还没付",
                 "尾款和工厂货款都还没付", "工厂货款到了，尾款还没付", "客户的工厂货款还没付",
                 # his side's supplier named by 那边, as consignee or importer (main: paid)
                 "他们那边工厂还没付", "客户那边工厂还没结", "收货人货代还没付", "进口商货代还没结"]


def test_the_firms_supplier_bill_is_not_the_buyers_debt(tmp_path: Path) -> None:
    """Each bill: nothing owed (main: 7,000, 72 days, black); each denial of the buyer's beside
    a supplier or its money: 7,000, 72 days, black (as main)."""
    assert _balances(tmp_path, [*FIRMS_BILL, *BUYERS_DENIAL]) == {
        **dict.fromkeys(FIRMS_BILL, PAID), **dict.fromkeys(BUYERS_DENIAL, OWED)}


def test_the_forwarders_freight_is_the_firms_bill(tmp_path: Path) -> None:
    """货代运费还没付 (the firm's forwarder's freight unpaid): nothing owed (main: 7,000, 72 days,
    black); 货代运费客户还没付 stays owed, 7,000, 72 days, black. Imported once by the command
    line (the import reads 代…付 as a payer's name, the reference import not: tests.
    test_fix56b_balance_clause_ours_part leaves such notes apart from the two imports)."""
    cases = {"F 货代运费还没付": PAID, "F 货代运费客户还没付": OWED}
    assert by_command_line(tmp_path, cases) == cases


def by_command_line(tmp_path: Path, cases: dict[str, tuple[float, int, str | None]]
                    ) -> dict[str, tuple[float, int, str | None]]:
    """Each case's note (its name after two characters) on its own 尾款70% row (7,000 received
    04-20), imported once by the command line: (owed, days, list) by name."""
    rows: list[list[object]] = []
    for i, name in enumerate(cases):
        rows += [_order(f"2025-6{i:02d}", name), _paid("定金30%", 3_000, date(2025, 3, 2)),
                 _paid("尾款70%", 7_000, date(2025, 4, 20), note=name[2:])]
    found = customers(ledger(tmp_path, HEAD, [*rows, LAST]), date(2025, 6, 30))["by_name"]
    return {name: (round(found[name]["open_amount"] or 0), found[name]["max_days_overdue"],
                   found[name]["list"] if found[name]["list"] in ("black", "watch") else None)
            for name in cases}


def test_the_firms_supplier_bill_on_a_typed_balance_row(tmp_path: Path) -> None:
    """The balance row typing its order's number and buyer again (fix63b) reads its denial as
    the blank-buyer row does: the firm's bill paid (main: 7,000, 72 days, black), the buyer's
    denial beside the supplier's money owed (as main)."""
    cases = {"T 工厂货款还没付": PAID, "T 工厂尾款还没付": PAID, "T 我司还没付工厂尾款": PAID,
             "T 工厂的钱客户还没付": OWED, "T 工厂尾款客户还没付": OWED}
    assert typed_balances(tmp_path, cases) == {name: (*owed, 0.0) for name, owed in cases.items()}


def typed_balances(tmp_path: Path, cases: dict[str, tuple[float, int, str | None]]
                   ) -> dict[str, tuple]:
    """Each case's note (its name after two characters) on its own 尾款70% row typing its
    order's number and buyer again (7,000 received 04-20): (owed, days, list, held) by name."""
    rows: list[list[object]] = []
    for i, name in enumerate(cases):
        number = f"2025-7{i:02d}"
        rows += [_order(number, name), _paid("定金30%", 3_000, date(2025, 3, 2)),
                 _typed(number, name, "尾款70%", 7_000, date(2025, 4, 20), name[2:])]
    rows += [_order("2025-799", "Other 799"), _paid("尾款70%", 10_000, date(2025, 4, 20)), LAST]
    return _accounts(tmp_path, [{"台账": rows}], list(cases))


def test_a_shortfall_beside_the_firms_supplier_bill(tmp_path: Path) -> None:
    """Goods short 2,000 (还差2000的货) beside the firm's factory bill: no rest of the buyer's,
    nothing owed (main: 2,000, 72 days, black); beside his money not paid: 2,000 owed (as main)."""
    firms = ["还差2000的货，工厂货款还没付", "还差2000的货，工厂尾款还没结"]
    his = ["还差2000的货，货款还没付", "还差2000的货，工厂的钱客户还没付",
           "还差2000的货，工厂货款客户还没付"]
    assert _balances(tmp_path, [*firms, *his]) == {**dict.fromkeys(firms, PAID),
                                                   **dict.fromkeys(his, _late(2_000))}


# 2. a deduction still talked of: 500 owed, 71 days, black (main: taken, nothing owed)
TALKED_OF = ["扣款500，差价在谈", "扣差价500在谈", "价格扣款500在谈", "降价扣款500还在谈",
             "扣索赔500，索赔价格在谈", "扣款500，该订单还在协商中", "扣索赔500，本订单索赔还在谈",
             "扣索赔500，这个订单的扣款在商量中", "扣款500，减价在谈"]
# ... beside talks of another order, lot or price: taken, nothing owed (as main)
ELSEWHERE = ["扣索赔500，新订单还在谈", "扣款500，价格在商量，新单下月下",
             "客户扣索赔500，下批价格在商量", "扣款500，其他订单还在谈", "扣款500，下个订单还在谈",
             "扣款500，单价在谈"]


@pytest.mark.parametrize("note", [*TALKED_OF, *ELSEWHERE])
def test_a_deduction_talked_of_on_this_order_is_not_taken(tmp_path: Path, note: str) -> None:
    """FS-1 10,000 (OA 45 days, shipped 03-05: due 04-19) paid 9,500 on 04-15 with the note:
    the deduction's own talks leave 500 owed, 71 days on 06-29, black (main: nothing); talks of
    another order or lot leave it taken, nothing owed (as main)."""
    _months(tmp_path, _short(note), 6)
    nordhaus = _customer(tmp_path, NORDHAUS, JUNE)
    assert (round(nordhaus.open_amount), nordhaus.max_days_overdue, nordhaus.list) == (
        (500, 71, "black") if note in TALKED_OF else (0, 0, None))


def test_a_deduction_talked_of_on_a_balance_row(tmp_path: Path) -> None:
    """The 尾款70% row received 6,500 of 7,000 on 04-20 with the note: talks of the deduction
    itself leave 500 owed since 04-19, 72 days on 06-30, black (main: nothing); talks of a new
    order leave it taken, nothing owed (as main)."""
    cases: dict[str, tuple[float, int, str | None]] = {
        "D 扣款500，差价在谈": (500, 72, "black"),
        "D 扣款500，该订单还在协商中": (500, 72, "black"),
        "D 扣索赔500，新订单还在谈": (0, 0, None)}
    rows: list[list[object]] = []
    for i, name in enumerate(cases):
        rows += [_order(f"2025-6{i:02d}", name), _paid("定金30%", 3_000, date(2025, 3, 2)),
                 _paid("尾款70%", 6_500, date(2025, 4, 20), note=name[2:])]
    assert _rows_accounts(tmp_path, rows, list(cases)) == cases


# 3. the firm paying its supplier after the buyer's word: nothing owed (main: 7,000 black)
FIRM_PAYS = ["客户说质量没问题，下周付工厂的钱", "客户说没问题，下周付给工厂的尾款",
             "客户说收到货了，月底付给货代的运费", "客户说已付，等我们下周付完工厂再发货",
             "客户说质量没问题，下周付工厂的货款",
             "customer said paid, so we will pay the factory next week",
             "customer said paid, and we will pay supplier next week"]
# ... his plan, whoever else his words name: 7,000, 72 days, black (as main)
HIS_PLAN = ["客户说给工厂的款下周付", "客户说我公司发错货了，下周付", "客户说等我们付完工厂后再付",
            "客户说已收到货，等我们开票后下周付", "客户说工厂的钱下周付",
            "客户说下周付工厂的货款", "客户说下周付给工厂的尾款",
            "customer says we sent wrong goods, will pay next week",
            "customer said goods ok, and will pay next week",
            "customer said he will pay next week, so we wait"]


def test_the_firm_paying_its_supplier_after_the_buyers_word(tmp_path: Path) -> None:
    """Each of the firm's: nothing owed (main: 7,000, 72 days, black); each of his plan: 7,000,
    72 days, black (as main)."""
    assert _balances(tmp_path, [*FIRM_PAYS, *HIS_PLAN]) == {
        **dict.fromkeys(FIRM_PAYS, PAID), **dict.fromkeys(HIS_PLAN, OWED)}


# 4. the firm's finance reporting the debt paid: the cell pays it (main: 4,000 watch)
REPORTED = ["定金3000，财务说上批欠款4000已付", "定金3000，会计反馈上批欠款4000已付",
            "定金3000，我司财务确认上批欠款4000已付"]
# ... the buyer's word, his finance's, or a doubt beside the report: owed (as main)
DOUBTED = ["定金3000，客户说上批欠款4000已付", "定金3000，客户财务说上批欠款4000已付",
           "定金3000，对方会计说上批欠款4000已付", "定金3000，他们财务说上批欠款4000已付",
           "定金3000，财务说上批欠款4000可能已付", "定金3000，财务说客户说上批欠款4000已付"]


@pytest.mark.parametrize("note", [*REPORTED, *DOUBTED])
def test_the_firms_finance_reporting_the_debt_paid(tmp_path: Path, note: str) -> None:
    """Reported by the firm's finance: nothing owed, 3,000 held (main: 4,000 owed, 39 days,
    watch, 7,000 held); the buyer's or doubted: 4,000 owed, 39 days, watch, 7,000 held (as
    main)."""
    assert _seen(_santos(_book(tmp_path, 7000, note))) == (
        DEBT_PAID if note in REPORTED else DEBT_OWED)


# 5. his "we" or the firm his object: 7,000, 72 days, black (main: nothing owed)
HIS_WE = ["他欠我们还没付", "一直拖欠我们还没结", "他告诉我们还没付", "邮件回复我们还没付",
          "他说我们还没付", "客户回复，我们还没付", "老外邮件说，我们还没付", "他回复：我们还没付",
          "客户说，我们还没结", "客户说，我们发错货了，下周付", "客户反馈，我司发错货，下周付",
          "客户说 我公司发错货了，下周付", "customer said, we will pay next week"]
# ... the firm's own: nothing owed (as main)
FIRMS_WE = ["工厂说我们还没付", "工厂说，我们还没付", "客户说，我们下周付工厂",
            "客户说货已收到，我方下周付工厂", "客户已付，我们还没付", "他说已付，我们还没付工厂",
            "我们还没付工厂", "我司还没结"]


def test_his_we_and_the_firm_as_his_object(tmp_path: Path) -> None:
    """Each of his: 7,000 owed, 72 days, black (main: nothing); each of the firm's: nothing
    owed (as main)."""
    assert _balances(tmp_path, [*HIS_WE, *FIRMS_WE]) == {**dict.fromkeys(HIS_WE, OWED),
                                                         **dict.fromkeys(FIRMS_WE, PAID)}
