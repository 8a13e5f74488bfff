"""fix55l (rv55f s71–s74, s76, s77): where fix55f's and fix55j's readings of a payment row narrowed.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19) booked as an order row, 定金30%
3,000 paid 03-02 and a 尾款70% row of 7,000 dated 04-20 noted as below; as of 06-30 an unpaid
balance is 72 days late, black. Each ledger is imported by both imports
(tests.test_fast_import._same_import).

- The buyer's word of a payment to come, in any words or in a clause after his (客户说已收到货，
  下周付款), and a future verb before "paid in full" (客户会付清余款): owed.
- 二期款未收 on a two-payment order its rows book short of: the row's own money is not in.
- A shipment or next order deferred (客户要求延期发货) does not undo the day the money came.
- An invoice's paper not received (发票未收, 工厂发票未收): the row's money came.
- A register's payment of the very figure an invoice has open is its balance, not a deposit
  held for the PO it names.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import _accounts, _order, _paid
from test_fix54h_payment_words import _balance_rows
from test_fix54m_number_deposits import LIMA, OLD, OLD_DEPOSIT, _imported, _lima

# the buyer's word of a payment to come (7,000 open, 72 days, black; main: 0)
TO_COME = ["客户说月底给钱", "客户说钱下周到", "客户说月底前会打过来", "客户说这周转",
           "客户说下周安排", "客户说已经确认订单，下周付款", "客户说已收到货，下周付款",
           "客户说款已备好，下周汇", "customer says goods received, will pay next week",
           "客户说质量没问题，尾款下周安排", "客户反馈已收到货，月底付清余款",
           "客户说已付定金，尾款下周付", "客户会付清余款", "客户将结清尾款", "客户准备汇出余款",
           "客户打算付清"]
# the money came: the deferral is of the goods or the next order, the missing paper an invoice's
# (0 open; main: 7,000, 72 days, black)
CAME = ["客户答应4月底付 4月20日到账，客户要求延期发货",
        "客户答应4月底付 4月20日到账，客户要求延期交货",
        "客户答应4月底付 4月20日到账，客户推迟了下批订单", "发票未收", "工厂发票未收",
        "进项发票未收", "增值税发票未收，退税待办", "发票未收到", "客户发票未收", "发票原件未收"]


def _balances(tmp_path: Path, notes: list[str]) -> dict[str, tuple[float, int, str | None]]:
    """Each note on the paid-dated balance row of an order of its own: its account."""
    names = [f"N{i:02d} {note}" for i, note in enumerate(notes)]
    rows: list[list[object]] = []
    for i, (name, note) in enumerate(zip(names, notes, strict=True)):
        rows += _balance_rows(f"2025-5{i:02d}", name, "", note)
    return _accounts(tmp_path, rows, names)


def test_the_buyer_s_word_of_paying_in_any_words_is_a_plan(tmp_path: Path) -> None:
    """Each TO_COME note: 7,000 open, 72 days, black (main: 0)."""
    accounts = _balances(tmp_path, TO_COME)
    assert accounts == dict.fromkeys(accounts, (7_000, 72, "black"))


def test_a_deferred_shipment_or_an_invoice_s_paper_leaves_the_money_come(tmp_path: Path
                                                                         ) -> None:
    """Each CAME note: nothing open (main: 7,000, 72 days, black)."""
    accounts = _balances(tmp_path, CAME)
    assert accounts == dict.fromkeys(accounts, (0, 0, None))


def test_a_middle_payment_said_not_in_is_the_row_s_own(tmp_path: Path) -> None:
    """An order of 11,500 (1,500 freight) with 定金 3,000 and 尾款 7,000 noted 二期款未收: 8,500
    open (main: 1,500); 10,000 with only 尾款 7,000 so noted: 10,000 (main: 3,000). The note
    saying it came (二期款已到账) leaves room for the payment booked elsewhere, as fix55f."""
    freight = _order("2025-601", "F1 Freight")
    freight[3] = 11_500
    rows = [freight, _paid("定金", 3_000, date(2025, 3, 2)),
            _paid("尾款", 7_000, date(2025, 4, 20), "", "二期款未收"),
            _order("2025-602", "M2 No Deposit"),
            _paid("尾款", 7_000, date(2025, 4, 20), "", "二期款未收"),
            _order("2025-603", "M3 Said Came"),
            _paid("尾款", 7_000, date(2025, 4, 20), "", "二期款已到账")]
    assert _accounts(tmp_path, rows, ["F1 Freight", "M2 No Deposit", "M3 Said Came"]) == {
        "F1 Freight": (8_500, 72, "black"), "M2 No Deposit": (10_000, 72, "black"),
        "M3 Said Came": (3_000, 72, "black")}


def test_a_balance_wired_in_full_on_a_register_is_no_deposit(tmp_path: Path) -> None:
    """test_fix54m's register: on 04-14 Lima pays 2,776.90, exactly INV2503-08's balance after
    its 1,190.10 deposit, naming his own PO-LIMA-77 no book sells, noted as a balance against
    the B/L with the deposit past: at 04-30 nothing open, nothing held, both ways the register
    is read (main: 2,776.90 open, 31 days, watch, all of it held). A deposit of another figure
    so noted (2,138.28, 已收定金30%，尾款见提单副本付) stays held, as fix55j."""
    notes = ["70% balance against B/L copy, 30% deposit paid", "定金已收，尾款凭提单副本付",
             "尾款发货前付清，定金已收", "余款见提单付 定金已付"]
    cases = [*((note, 2_776.9, (0, 0, None, 0, 0)) for note in notes),
             ("已收定金30%，尾款见提单副本付", 2_138.28, (2_776.9, 31, "watch", 0, 2_138.28))]
    for n, (note, amount, expected) in enumerate(cases):
        for mapped in (True, False):
            where = tmp_path / f"{n}{mapped}"
            _imported(where, [OLD], [OLD_DEPOSIT, ("2025-04-14", LIMA, amount, None, "PO-LIMA-77",
                                                   note)], mapped)
            assert (note, mapped, _lima(where, date(2025, 4, 30))) == (note, mapped, expected)
