"""fix62e: rv62a's findings on lead61g and lead61i, narrowed (reader 208).

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 received 03-02;
尾款70% 7,000 typed on 04-20 and noted. As of 06-30 an unpaid balance is 72 days late, black.
Each ledger is imported by both imports (tests.test_fast_import).

- The buyer's balance not yet paid to the agent is owed, whatever a later clause says of the
  commission (代理佣金已付, （含佣金）, 中介费另算), however the money is named (尾款到期，客户还没
  付给代理): main read seven of them paid (rv62a s520, s526 K4). A commission that is the
  denial's own object (还没给代理佣金), or the balance said come or paid before it, is the firm's
  debt to its agent: paid.
- A later row's 重复付款 denied, feared, the firm's own or paid back (不是重复付款, 怕重复付款,
  我司付工厂付重了, 重复付款，已退回客户) is no second payment of the buyer's: main booked 7,000 of
  credit, and with a second unpaid order hid a bad payer from the black list (s522, s526 E4).
- A came row (尾款到账) repeating a slip-noted balance spends it: a third row of the sum is the
  buyer's money again, credit (s523 T5: main 0); a repeat noted as its row was (客户说已付
  copied down) is that row's repeat and the noted row of the one under it (s523 T6: main 7,000
  credit where none).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, LAST, _order, _paid
from test_fast_import import _same_import
from test_fix54h_payment_words import HEAD
from test_fix61i_came_rows import DEPOSIT, OWED, PAID, _read

APRIL = date(2025, 4, 20)
MAY = date(2025, 5, 2)
JUNE = date(2025, 6, 1)
SLIP = "水单已收，钱下周到"
SAID = "尾款还没有，客户说已付"
CREDIT = (0.0, 0, None, 7_000.0)


def _noted(notes: dict[str, tuple[float, int, str | None, float]], tmp_path: Path) -> None:
    cases = {f"N {note}": [DEPOSIT, _paid("尾款70%", 7_000, APRIL, note=note)] for note in notes}
    assert _read(tmp_path, cases) == {f"N {note}": want for note, want in notes.items()}


def test_the_buyers_balance_not_paid_to_the_agent_is_owed_whatever_follows(
        tmp_path: Path) -> None:
    """Hand count: each buyer paid 3,000 of 10,000, 7,000 open, 72 days, black (main: 0, each
    read as the firm's commission unpaid); the controls' commission is the firm's: paid."""
    owed = ("尾款到期，客户还没付给代理", "尾款到期了还没付给代理",
            "客户尾款还没付给代理，代理佣金已付", "尾款还没付给代理（含佣金）",
            "货款收不回来，客户还没付给代理", "尾款来不及，客户还没付给代理",
            "客户尾款还没付给代理，代理说扣佣金后再给", "客户尾款未付给代理，佣金也没付",
            "货款还没给代理 佣金我们另付", "尾款还没付给代理 中介费另算", "尾款到月底还没付给代理",
            "尾款逾期，买家还未付给代理")
    paid = ("货款来了还没给代理佣金", "尾款收到，代理佣金还没付给代理", "尾款已到，佣金还没给代理",
            "尾款到账了 代理佣金未付给代理", "客户还没付给代理佣金", "尾款客户已付，还没给代理佣金")
    _noted({**dict.fromkeys(owed, OWED), **dict.fromkeys(paid, PAID)}, tmp_path)


def test_the_balance_said_come_or_paid_before_the_agents_denial_is_paid(tmp_path: Path) -> None:
    """Hand count: 3,000 + 7,000 paid, nothing open (main: 7,000, 72 days, black: the balance
    read unpaid to the agent); the control, never said paid, owes 7,000."""
    _noted({"尾款已经到了还没付给代理": PAID, "客户付了尾款还没付给代理": PAID,
            "客户尾款还没付给代理": OWED}, tmp_path)


def _repeat(note: str) -> list[list[object]]:
    return [DEPOSIT, _paid("尾款70%", 7_000, APRIL, note=SLIP),
            _paid("尾款到账", 7_000, MAY, note=note)]


def _third(note: str) -> list[list[object]]:
    return [DEPOSIT, _paid("尾款70%", 7_000, APRIL, note=SLIP), _paid("尾款到账", 7_000, MAY),
            _paid("尾款", 7_000, JUNE, note=note)]


def test_a_paid_twice_word_denied_feared_ours_or_paid_back_is_no_credit(tmp_path: Path) -> None:
    """Hand count: 3,000 + 7,000 paid once, no credit (main: 7,000 credit on each); the
    controls, a second payment the firm keeps (or has not sent back), 7,000 credit on both."""
    cases = {
        "N1 不是重复付款": _repeat("不是重复付款"),
        "N2 非重复付款": [DEPOSIT, _paid("尾款70%", 7_000, APRIL, note=SAID),
                      _paid("尾款", 7_000, MAY, note="已核实，非重复付款")],
        "N3 没有重复汇款": _repeat("银行确认没有重复汇款"),
        "N4 我司付工厂付重了": _repeat("我司付工厂付重了，工厂退回"),
        "N5 重复付款已退回": _repeat("重复付款已退回"),
        "N6 怕重复付款": _repeat("客户怕重复付款，等我们确认"),
        "N9 重复付款，已退回客户": _third("重复付款，已退回客户"),
        "W 客户付重了，已退款": _third("客户付重了，已退款"),
        "W 以免重复付款": _repeat("客户先发水单，以免重复付款"),
        "W 无水单 重复付款，已退回客户": [DEPOSIT, _paid("尾款70%", 7_000, APRIL),
                               _paid("尾款", 7_000, JUNE, note="重复付款，已退回客户")],
        # controls: the buyer's money paid twice and kept
        "C 客户重复付款": _third("客户重复付款"),
        "C 要求退回客户": _third("客户重复付款，要求退回客户"),
        "C 客户确认是重复付款": _third("客户确认是重复付款"),
        "C 已退货": _third("客户重复付款，已退货"),
    }
    assert _read(tmp_path, cases) == {name: CREDIT if name.startswith("C ") else PAID
                                      for name in cases}


def test_a_bad_payers_next_order_is_not_paid_by_a_repeat_denied(tmp_path: Path) -> None:
    """rv62a s526 E4, hand count: 2025-701 paid once; 2025-702's balance 7,000 open, 72 days,
    black (main: the 到账 row's 7,000 read as credit paid it, off every list)."""
    rows = [_order("2025-701", "E4 Bad Payer"), *_repeat("不是重复付款"),
            _order("2025-702", "E4 Bad Payer"), DEPOSIT, _paid("尾款70%", None, None)]
    _same_import(tmp_path, [write_xlsx(tmp_path / "出口台账2025.xlsx",
                                       {"台账": [HEAD, *rows, LAST]})])
    c = customer(tmp_path / "fast.sqlite", "E4 Bad Payer", END)
    assert (round(c.open_amount, 2), c.max_days_overdue, c.list,
            round(c.credit_on_account, 2)) == (7_000.0, 72, "black", 0.0)


def test_a_came_row_spends_the_noted_balance_and_a_copied_note_is_a_repeat(
        tmp_path: Path) -> None:
    """Hand count: T5, the slip's balance came (到账) and a third 7,000 came: 7,000 credit
    (main 0); T6, 客户说已付 copied onto the retyped balance, then the money: paid once, no
    credit (main 7,000); T6b, one more row of 7,000 after: 7,000 credit (main 14,000); T5b,
    two more: 14,000 (main 7,000). Controls as on main: the slip's note copied onto the third
    row is its repeat (0); 客户说已付, 尾款, 尾款: the third is credit (7,000)."""
    said = [DEPOSIT, _paid("尾款70%", 7_000, APRIL, note=SAID),
            _paid("尾款", 7_000, MAY, note=SAID), _paid("尾款", 7_000, JUNE)]
    cases = {
        "T5 水单 + 到账 + 尾款": _third(""),
        "T5b 水单 + 到账 + 尾款 + 尾款": [*_third(""), _paid("尾款", 7_000, date(2025, 6, 15))],
        "T6 说已付 + 说已付 + 尾款": said,
        "T6b 说已付 + 说已付 + 尾款 + 尾款": [*said, _paid("尾款", 7_000, date(2025, 6, 15))],
        "C 水单 + 到账 + 尾款 水单": _third(SLIP),
        "C 说已付 + 尾款 + 尾款": [DEPOSIT, _paid("尾款70%", 7_000, APRIL, note=SAID),
                             _paid("尾款", 7_000, MAY), _paid("尾款", 7_000, JUNE)],
    }
    assert _read(tmp_path, cases) == {
        "T5 水单 + 到账 + 尾款": CREDIT, "T5b 水单 + 到账 + 尾款 + 尾款": (0.0, 0, None, 14_000.0),
        "T6 说已付 + 说已付 + 尾款": PAID, "T6b 说已付 + 说已付 + 尾款 + 尾款": CREDIT,
        "C 水单 + 到账 + 尾款 水单": PAID, "C 说已付 + 尾款 + 尾款": CREDIT}
