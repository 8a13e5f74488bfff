"""fix56b (rv56a s120, s124-s126, s128): fix55p's told rules narrowed.

- After the buyer's word that he paid, a clause naming this order's balance (尾款提货后付, 余款下批
  一起付, 剩下的下批货一起付, 本单尾款下单时一起付) is this money to come, not the next order's.
- 到了 before 再付 / 付款 (客户说船到了再付款, 单据到了付款) is his condition, not money come.
- What we pay (工厂货款, 货代运费, 付工厂) after his word that he paid is not his money.
- A register's wire noted as the rest after a deposit (扣除定金后剩余70%, 定金之后的二期款) pays
  the old invoice it matches; it is no new order's deposit.
- 实收 and a figure short of the row's 收款 is what came: the rest stays open.
- 发票未收尾款已付 (no comma): the invoice's paper is not in, the balance is paid.
- A deferral of the payment with no speaker (延期付款, 同意延期付款) is money not come.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19) booked as an order row, 定金30%
3,000 paid 03-02 and a 尾款70% row of 7,000 received 04-20; as of 06-30 an unpaid balance is 72
days late, black. Each ledger is imported by both imports (tests.test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import _accounts, _order, _paid
from test_fix54m_number_deposits import LIMA, OLD, OLD_DEPOSIT, _imported, _lima

OWED = (7_000, 72, "black")
PAID = (0, 0, None)


def _balances(tmp_path: Path, notes: list[str], received: float = 7_000
              ) -> dict[str, tuple[float, int, str | None]]:
    """Each note on the 尾款70% row (`received` 04-20) of an order of its own, by note."""
    names = [f"N{i:02d} {note}" for i, note in enumerate(notes)]
    rows: list[list[object]] = []
    for i, (name, note) in enumerate(zip(names, notes, strict=True)):
        rows += [_order(f"2025-6{i:02d}", name), _paid("定金30%", 3_000, date(2025, 3, 2),
                                                        note="已收"),
                 _paid("尾款70%", received, date(2025, 4, 20), note=note)]
    return {name[4:]: got for name, got in _accounts(tmp_path, rows, names).items()}


def test_a_clause_of_this_balance_after_his_paid_word_is_owed(tmp_path: Path) -> None:
    """Each note: 7,000 open, 72 days, black (main: 0). Another order's or a fee's clause after
    his paid word stays none (下批货款月底付, 下单定金下周付: 0, as main)."""
    owed = ["客户说定金已付，尾款提货后付", "客户说定金已付，尾款清关后付",
            "客户说已付部分，余款下批一起付", "客户说已付清上单，本单尾款下单时一起付",
            "客户说已转定金，尾款等生产完再付", "客户说已付一半，余款下单时付",
            "客户说首款已付，尾款清关后再付", "客户说已付定金，尾款生产完付",
            "客户说已付一部分，剩下的下批货一起付"]
    paid = ["客户说已付清，下批货款月底付", "客户说尾款已付，下单定金下周付",
            "客户说已付清，样品费下周付"]
    got = _balances(tmp_path, owed + paid)
    assert got == {**dict.fromkeys(owed, OWED), **dict.fromkeys(paid, PAID)}


def test_arrived_before_paying_is_his_condition(tmp_path: Path) -> None:
    """到了 before 再付 / 付款: 7,000 open, 72 days, black (main: 0); 客户说钱到了 stays paid."""
    owed = ["客户说到了港口再付", "客户说船到了再付款", "客户说柜子到了再付尾款",
            "客户说等到了目的港再付", "客户说提单到了再付", "客户说单据到了付款"]
    paid = ["客户说钱到了", "客户说货到了，已付清"]
    got = _balances(tmp_path, owed + paid)
    assert got == {**dict.fromkeys(owed, OWED), **dict.fromkeys(paid, PAID)}


def test_what_we_pay_after_his_paid_word_is_not_his(tmp_path: Path) -> None:
    """Our factory's or forwarder's money after his word that he paid: nothing open (main:
    7,000, 72 days, black); his own factory's or finance's word stays his (owed, as main).
    (货代运费下周付 reads «运费下周» as a payer named by 代付 in the import, not in the reference:
    left apart here.)"""
    paid = ["客户说已付清，工厂货款下周付", "客户说已付清，运费下周付给货代",
            "客户说钱已到，财务下周付工厂", "客户说已付款，下周付工厂"]
    owed = ["客户说他们工厂已收到货，下周付款", "客户说已给财务，下周付", "客户说工厂验货后付尾款"]
    got = _balances(tmp_path, paid + owed)
    assert got == {**dict.fromkeys(paid, PAID), **dict.fromkeys(owed, OWED)}


def test_a_part_received_leaves_the_rest_open(tmp_path: Path) -> None:
    """实收 a part of the 7,000: the rest open, 72 days, black (main: 0 open); 实收 a charge
    short or the whole stays paid."""
    got = _balances(tmp_path, ["实收3000，余款未付", "应收7000，实收5000",
                               "客户说月底付清，实收2000", "客户说下周付，实收3000", "实收6970",
                               "实收USD7000"])
    assert list(got.values()) == [(4_000, 72, "black"), (2_000, 72, "black"),
                                  (5_000, 72, "black"), (4_000, 72, "black"), PAID, PAID]


def test_an_invoice_not_in_beside_the_balance_paid(tmp_path: Path) -> None:
    """发票未收尾款已付: nothing open (main: 7,000, 72 days, black); 发票未收款 stays owed."""
    got = _balances(tmp_path, ["发票未收尾款已付", "发票未收款"])
    assert list(got.values()) == [PAID, OWED]


def test_the_rest_after_a_deposit_pays_the_old_invoice(tmp_path: Path) -> None:
    """test_fix54m's register: on 04-14 Lima wires 2,776.90, INV2503-08's open figure, naming
    PO-LIMA-77, noted as the rest after the deposit: at 04-30 nothing is open or held (main:
    2,776.90 open, 31 days, watch, 2,776.90 held). A new order's deposit stays held."""
    rest = (0, 0, None, 0, 0)
    held = (2_776.9, 31, "watch", 0, 2_776.9)
    cases = [("扣除定金后剩余70%", rest), ("定金外的70%，见提单副本付", rest),
             ("70% after deposit, against B/L copy", rest), ("扣定金后全款", rest),
             ("定金之后的二期款", rest), ("70%（30%定金前已付）", rest),
             ("新订单PO-LIMA-77定金30%", held), ("已收定金30%，尾款见提单副本付", held)]
    for n, (note, expected) in enumerate(cases):
        where = tmp_path / str(n)
        _imported(where, [OLD], [OLD_DEPOSIT, ("2025-04-14", LIMA, 2_776.9, None, "PO-LIMA-77",
                                               note)], n % 2 == 0)
        assert (note, _lima(where, date(2025, 4, 30))) == (note, expected)


def test_a_deferral_of_the_payment_with_no_speaker_is_owed(tmp_path: Path) -> None:
    """延期付款, 同意延期付款, 推迟发货及付款: 7,000 open, 72 days, black (main: 0); a deferral
    beside the money come (延期付款已到账) or of the goods only (客户要求延期发货，付款已到) is
    paid."""
    owed = ["延期付款", "同意延期付款", "推迟发货及付款"]
    paid = ["延期付款已到账", "客户要求延期发货，付款已到", "款已收，下批延期发货和付款"]
    got = _balances(tmp_path, owed + paid)
    assert got == {**dict.fromkeys(owed, OWED), **dict.fromkeys(paid, PAID)}


def test_money_he_says_comes_next_week_or_before_pickup_is_owed(tmp_path: Path) -> None:
    """客户说财务已安排，下周到账 and 客户说已付30%，余款提货前付清: 7,000 open, 72 days, black
    (main: 0); the money come on the row's own day or before pickup stays paid."""
    owed = ["客户说财务已安排，下周到账", "客户说已付30%，余款提货前付清"]
    paid = ["客户答应下月付 4月20日到账", "客户说提货前已付清", "客户说已安排，4月20日到账"]
    got = _balances(tmp_path, owed + paid)
    assert got == {**dict.fromkeys(owed, OWED), **dict.fromkeys(paid, PAID)}
