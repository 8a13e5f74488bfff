"""fix55p (rv55i s101–s109): where fix55l's readings of a payment row were narrowed.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天) with 定金30% 3,000 paid 03-02 and a 尾款70%
row of 7,000 dated 04-20 noted as below; as of 06-30 an unpaid balance is 72 days late, black.
Each ledger is imported by both imports (tests.test_fast_import._same_import).

- The buyer's own finance, bank or factory, and our paper in his sentence, keep his word a plan.
- Once he says this money is paid, his clauses of the next order, goods or a fee plan nothing;
  his 到了 / 已给 is paid, and a 实收 figure is received.
- An invoice's 未收 with a money word (发票未收尾款) is the money's, not the paper's.
- A deferral naming goods and payment (延后发货及付款) undoes the day the money came.
- A register's deposit said to be a new order's is held even at an old invoice's open figure.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_fix54m_number_deposits import LIMA, OLD, OLD_DEPOSIT, _imported, _lima
from test_fix55l_told_clauses_middle_paper import _balances

# his word, his finance, bank or factory, our paper in it: 7,000 open, 72 days, black (main: 0)
HIS = ["客户说他们财务下周付款", "客户说公司财务月底安排付款", "客户说财务下周付",
       "客户说银行下周汇出", "客户说等银行放款后下周付", "客户说工厂验货后付尾款",
       "客户表示我们的发票有误，下周付",
       "customer said our invoice was wrong, will pay next week"]
# paid, then other things; 到了 / 已给; 实收 with a figure: nothing open (main: 7,000, 72, black)
PAID = ["客户说已付清，安排下一单", "客户说尾款已付，转下一单生产", "客户说已付清，下月安排新订单",
        "客户说款已付，安排提货", "客户说已付，货到港后安排清关", "客户说尾款已付，下周安排验厂",
        "客户说已付，请转财务核对", "客户说尾款已付，下单定金下周付",
        "客户说这批已付清，下批款月底付",
        "客户说已付清，样品费下周付", "客户说款到了", "客户说钱应该到了", "客户说款项到你们账上了",
        "客户说已给钱", "客户说下周付，实收7000"]
# an invoice's 未收 with a money word; a deferral of goods and money: owed (main: 0)
_CAME = "客户答应4月底付 4月20日到账，"
OWED = ["发票未收尾款", "发票未收余款", "发票未收到钱", "发票未收到款", "发票未收回",
        "发票未收美金", "发票未收回款", "发票未收全款",
        *(_CAME + then for then in ("延后发货及付款", "延期发货和付款", "推迟发货及尾款",
                                    "延期发货，付款也延期", "发货和付款都推迟", "延期出货与收款"))]


def test_his_finance_bank_or_factory_keep_his_word(tmp_path: Path) -> None:
    """Each HIS note: 7,000 open, 72 days, black (main: 0)."""
    accounts = _balances(tmp_path, HIS)
    assert accounts == dict.fromkeys(accounts, (7_000, 72, "black"))


def test_what_he_says_after_paying_and_his_money_come_are_paid(tmp_path: Path) -> None:
    """Each PAID note: nothing open (main: 7,000, 72 days, black)."""
    accounts = _balances(tmp_path, PAID)
    assert accounts == dict.fromkeys(accounts, (0, 0, None))


def test_an_invoice_s_money_not_in_or_money_deferred_is_owed(tmp_path: Path) -> None:
    """Each OWED note: 7,000 open, 72 days, black (main: 0)."""
    accounts = _balances(tmp_path, OWED)
    assert accounts == dict.fromkeys(accounts, (7_000, 72, "black"))


def test_a_new_order_s_deposit_at_the_old_open_figure_is_held(tmp_path: Path) -> None:
    """test_fix54m's register: on 04-14 Lima pays a deposit naming PO-LIMA-77, noted a new
    order's, of INV2503-08's open 2,776.90 (or near it): at 04-30 the invoice stays 2,776.90
    open, 31 days, watch, the deposit held (main: nothing open, nothing held)."""
    notes = ["新订单PO-LIMA-77定金30%", "deposit 30% for new order PO-LIMA-77", "预付款"]
    cases = [*((note, 2_776.9) for note in notes), (notes[0], 2_746.9)]
    for n, (note, amount) in enumerate(cases):
        for mapped in (True, False):
            where = tmp_path / f"{n}{mapped}"
            _imported(where, [OLD], [OLD_DEPOSIT, ("2025-04-14", LIMA, amount, None, "PO-LIMA-77",
                                                   note)], mapped)
            assert (note, mapped, _lima(where, date(2025, 4, 30))) == (
                note, mapped, (2_776.9, 31, "watch", 0, amount))
