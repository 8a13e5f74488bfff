"""fix67j (rv67f's review of fix67c): bad payers cleared, good buyers listed by fix67c's words.

1. Goods released without the wait, then arrears told (没等到账就放单了，客户拖欠 / 坏账 / 已报信保
   / 一直在催 …): the money never came (owed_said._released_in_arrears), not "nothing said".
2. The deposit row's own wait named by its share, figure or "this one" (等客户付30%, 等客户付3000,
   这笔等客户付款, 本笔等到账, "waiting on deposit payment"): the deposit awaited.
3. A fee named before his plan (客户说运费到港后付, 样品费客户说收到样品后付, 运费客户说下周付):
   the fee's plan (plan_of.fee_a_condition, buyer_word's topic).
4. 客户付款中 where 中 is "in" (客户付款中含运费200): what came held, no wait.
5. 等收款 of the payee's details (等收款人信息, 等收款账户确认, 等收款水单): no money awaited.
6. The wait, then the money come in words it did not know (…，4/20收, …，4/20收妥) or a checklist
   ticked (待客户付款（已完成）, ✓, OK, -done).
7. A rest after another order's deduction, or said a fee (X99-1扣除运费后尚欠2000, 扣除运费后尚欠
   2000是佣金): no rest of the buyer's (deduction_rest._taken_else).
8. A slip awaited where the money is typed received (等客户转账截图, 等客户付款凭证, "waiting on
   payment slip"): paid; a wait with a day (等到账 5/10) stays owed.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 paid 03-02, the
尾款70% row 7,000 received 04-20 with the note, on three shapes of balance row (typed number and
buyer, number only, neither: test_fix65k_plan_of_other_money._shapes; numbers 2025-5000…, whose
series 2025-4999 is another order of), and typed on April's tab or in April's file
(test_fix65k_plan_of_other_money._later). Hand count as of 06-30: the 7,000 not in is open since
04-19, 72 days, black; where it came, 10,000 − 3,000 − 7,000 = 0; a rest of 2,000: 2,000 open, 72
days, black; the deposit's 3,000 not in: 3,000 open, 72 days, black. Each ledger a real .xlsx
imported into a real SQLite file by both imports (tests.test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_acct55a_three_payments import LAST, _order, _paid
from test_fix62f_repeated_cells import APRIL, PAID, _accounts
from test_fix65k_plan_of_other_money import _later, _read, _shapes

REST = (2_000.0, 72, "black", 0.0)
_RELEASED = "没等到账就放单了，"

# (1) released unpaid, then arrears: 7,000, 72 days, black (main: nothing owed)
ARREARS = [_RELEASED + words for words in (
    "客户拖欠", "客户欠款", "客户赖账", "结果客户跑了", "被骗了", "现在联系不上客户",
    "客户一直拖着", "现在要不回来", "坏账", "已报信保", "损失7000", "一直在催")]
# ... the opposites: the release alone, the arrears denied, feared or asked, the money come after
# them, the insurer paying, another order's, the firm's own, another thing put off: nothing owed
# (as main)
NO_ARREARS = ["没等到账就放单了", "没等付款就发货", _RELEASED + "客户没拖欠",
              _RELEASED + "担心客户拖欠", _RELEASED + "怕成坏账",
              _RELEASED + "客户拖欠两个月后付清", _RELEASED + "4/20已到账",
              _RELEASED + "信保赔付", _RELEASED + "客户会不会拖欠？", _RELEASED + "上批客户拖欠",
              _RELEASED + "我们欠工厂款", _RELEASED + "发票等通知"]


def test_released_unpaid_then_arrears_is_owed(tmp_path: Path) -> None:
    """没等到账就放单了 then 客户拖欠 / 客户欠款 / 客户赖账 / 结果客户跑了 / 被骗了 / 现在联系不上
    客户 / 客户一直拖着 / 现在要不回来 / 坏账 / 已报信保 / 损失7000 / 一直在催: 7,000, 72 days,
    black on the typed, number-only and blank-buyer rows (main: nothing owed, the release read
    as nothing said of the money). The opposites: nothing owed, as main."""
    _read(tmp_path, ARREARS, NO_ARREARS)


def test_released_unpaid_then_arrears_typed_later(tmp_path: Path) -> None:
    """Typed on April's tab or in April's file: …，客户拖欠 and …，坏账 7,000, 72 days, black
    (main: nothing owed); …，客户没拖欠 and the release alone nothing owed, as main."""
    _later(tmp_path, {"dragged": _RELEASED + "客户拖欠", "bad": _RELEASED + "坏账",
                      "denied": _RELEASED + "客户没拖欠", "alone": "没等到账就放单了"},
           ("dragged", "bad"))


def test_the_deposits_own_wait_in_its_share_figure_or_this_one(tmp_path: Path) -> None:
    """定金30% 3,000 received 03-02 noted 等客户付30% / 等客户付3000 / 这笔等客户付款 / 本笔等到账 /
    "waiting on deposit payment", the balance's 7,000 come: 3,000, 72 days, black (main:
    nothing owed, the wait read as the balance's). A bare wait (等客户付款, 等到账, 4/20等客户
    付款): nothing owed, as main; the deposit named (等客户付定金): 3,000 black, as main."""
    own = (3_000.0, 72, "black", 0.0)
    cases = [("等客户付30%", own), ("等客户付3000", own), ("这笔等客户付款", own),
             ("本笔等到账", own), ("waiting on deposit payment", own), ("等客户付定金", own),
             ("等客户付款", PAID), ("等到账", PAID), ("4/20等客户付款", PAID),
             ("waiting on payment", PAID)]
    rows: list[list[object]] = []
    want: dict[str, tuple[float, int, str | None, float]] = {}
    for i, (note, hand) in enumerate(cases):
        name = f"Deposit {i} buyer"
        rows += [_order(f"2025-9{i:02d}", name),
                 _paid("定金30%", 3_000, date(2025, 3, 2), note=note),
                 _paid("尾款70%", 7_000, APRIL)]
        want[name] = hand
    assert _accounts(tmp_path, [{"台账": [*rows, LAST]}], [*want]) == want


def test_a_fee_named_before_his_plan_is_the_fees(tmp_path: Path) -> None:
    """客户说运费到港后付, 样品费客户说收到样品后付, 客户答应运费等货到了再付,
    样品费客户答应到货后付, 运费客户说下周付, 运费客户说收到发票后付, 佣金客户说收到货后付,
    样品费客户说收到货后付: nothing owed (main: 7,000, 72 days, black). His plan upon the sample or
    another order's goods, or of the balance with a fee beside (客户说收到样品后付,
    客户说样品到了就付, 客户说收到2025-4999 的样品后付, 尾款客户说下周付, 运费和尾款客户说下周付):
    7,000, 72 days, black, as main."""
    _read(tmp_path, ["客户说收到样品后付", "客户说样品到了就付", "客户说收到2025-4999的样品后付",
                     "尾款客户说下周付", "运费和尾款客户说下周付"],
          ["客户说运费到港后付", "样品费客户说收到样品后付", "客户答应运费等货到了再付",
           "样品费客户答应到货后付", "运费客户说下周付", "运费客户说收到发票后付",
           "佣金客户说收到货后付", "样品费客户说收到货后付"])


def test_in_his_payment_and_the_payees_details_are_no_wait(tmp_path: Path) -> None:
    """客户付款中含运费200 / 扣了手续费 / 已扣银行费 / 有200是运费 / 包括佣金, 客户转账中包含运费,
    等收款人信息, 等收款账户确认, 等收款水单: nothing owed (main: 7,000, 72 days, black). His paying
    under way (客户付款中, 客户付款中，下周到), the money collected awaited (等收款,
    等客户付款到收款账户) or still out beside the details (等收款人信息，款未到): 7,000, 72 days,
    black, as main."""
    _read(tmp_path, ["客户付款中", "客户付款中，下周到", "等收款", "等客户付款到收款账户",
                     "等收款人信息，款未到"],
          ["客户付款中含运费200", "客户付款中扣了手续费", "客户付款中已扣银行费",
           "客户付款中有200是运费", "客户付款中包括佣金", "客户转账中包含运费", "等收款人信息",
           "等收款账户确认", "等收款水单"])


def test_the_wait_then_the_money_come_or_ticked(tmp_path: Path) -> None:
    """待客户付款，4/20收 / 等收款，4/20收妥 / 待客户付款（已完成） / 待客户付款：已完成 /
    待客户付款（完成） / 待客户付款✓ / 待客户付款 OK / 待客户付款-done: nothing owed (main: 7,000,
    72 days, black). A later day's 收 (待客户付款，5/10收: a plan on 04-20's row), the tick denied
    (（未完成）), the wait for completion (等客户付款完成), asked (待客户付款 ok吗): 7,000, 72 days,
    black, as main."""
    _read(tmp_path, ["待客户付款，5/10收", "待客户付款（未完成）", "等客户付款完成",
                     "待客户付款 ok吗"],
          ["待客户付款，4/20收", "等收款，4/20收妥", "待客户付款（已完成）", "待客户付款：已完成",
           "待客户付款（完成）", "待客户付款✓", "待客户付款 OK", "待客户付款-done"])


def test_a_rest_after_another_orders_deduction_or_said_a_fee(tmp_path: Path) -> None:
    """2025-4999扣除运费后尚欠2000, 另一单扣除运费后尚欠2000, 扣除运费后尚欠2000是佣金: nothing owed
    (main: 2,000, 72 days, black). The buyer's rest after a deduction (扣除运费后尚欠2000, the
    row's own number before it, another order's freight taken, 样品费已扣尚欠2000, the rest said
    the balance): 2,000, 72 days, black, as main."""
    owed = ["扣除运费后尚欠2000", "{own}扣除运费后尚欠2000", "扣除2025-4999的运费后尚欠2000",
            "样品费已扣尚欠2000", "扣除运费后尚欠2000是尾款"]
    paid = ["2025-4999扣除运费后尚欠2000", "另一单扣除运费后尚欠2000", "扣除运费后尚欠2000是佣金"]
    owed_rows, want = _shapes(owed, REST)
    paid_rows, paid_want = _shapes(paid, PAID, len(owed))
    want.update(paid_want)
    got = _accounts(tmp_path, [{"台账": [*owed_rows, *paid_rows, LAST]}], [*want])
    assert {name: got[name] for name in got if got[name] != want[name]} == {}


def test_a_rest_after_another_orders_deduction_typed_later(tmp_path: Path) -> None:
    """Typed on April's tab or in April's file: 2025-4999扣除运费后尚欠2000 and 扣除运费后尚欠2000
    是佣金 nothing owed (main: 2,000, 72 days, black); 扣除运费后尚欠2000 2,000 black, as main
    (_later's owing kinds 7,000: the rest's 2,000 checked by the order's-tab test above; here
    only the paid ones)."""
    _later(tmp_path, {"other": "2025-4999扣除运费后尚欠2000", "fee": "扣除运费后尚欠2000是佣金",
                      "wait": "等客户付款", "paid": "已收"}, ("wait",))


def test_a_slip_awaited_is_no_money_awaited(tmp_path: Path) -> None:
    """等客户转账截图, 等客户转账水单, 等客户结款单, 等客户付款凭证, "waiting on payment slip": the
    money typed received, nothing owed (main: 7,000, 72 days, black). A wait with its day
    (等到账 5/10, 5/10等到账), the slip awaited beside the money out (等客户付款凭证，款还没到):
    7,000, 72 days, black, as main."""
    _read(tmp_path, ["等到账 5/10", "5/10等到账", "等客户付款凭证，款还没到"],
          ["等客户转账截图", "等客户转账水单", "等客户结款单", "等客户付款凭证",
           "waiting on payment slip"])
