"""fix56k (rv56e s150, s156): fix56b's rules narrowed where they read paid balances as owed.

- 实收 is this row's part only when it is this row's money alone: not the deposit's or an
  earlier wire's (定金实收3000, 首付实收3000, 上次实收3000), not one of several wires adding up
  to the row (实收3000+4000), and not where a later clause says the balance came (尾款已收).
- A deferral denied (没有延期付款, 客户未申请延期付款, 无需延期付款) defers nothing.
- Money come before 再 (客户说钱到了再发货): 再 is about the goods, the money came.
- After his word that he paid, a later order's balance or the rest of a fee (下一批尾款,
  新订单尾款, 剩下的样品费) is not this order's balance.

The ledger of test_fix56b_balance_clause_ours_part: a 10,000 USD order shipped 03-20, OA 30,
定金 3,000 paid 03-02, its 尾款70% row 7,000 received 04-20 with the note; at 06-30 an unpaid
balance is 72 days late, black. Each ledger is imported by both imports.
"""

from __future__ import annotations

from pathlib import Path

from test_fix56b_balance_clause_ours_part import OWED, PAID, _balances


def _read(tmp_path: Path, paid: list[str], owed: dict[str, tuple[float, int, str | None]]
          ) -> None:
    got = _balances(tmp_path, paid + list(owed))
    assert got == {**dict.fromkeys(paid, PAID), **owed}


def test_the_deposits_or_several_wires_got_is_no_part(tmp_path: Path) -> None:
    """The deposit's 实收, several wires adding up to the row, or the balance said to have come
    after it: nothing open (main: 4,000, 72 days, black). A 实收 of this row alone stays a part
    (实收3000，余款未付: 4,000 open, as main)."""
    paid = ["定金实收3000，尾款已收", "定金实收3000", "实收3000+4000",
            "分两笔到账：实收3000，实收4000", "首付实收3000，尾款4/20收",
            "上次实收3000，本次尾款已收", "实收3000（定金），尾款7000已到", "实收6970",
            "实收USD7000"]
    owed = {"实收3000，余款未付": (4_000, 72, "black"), "应收7000，实收5000": (2_000, 72, "black"),
            "客户说月底付清，实收2000": (5_000, 72, "black"), "实收3000": (4_000, 72, "black")}
    _read(tmp_path, paid, owed)


def test_a_deferral_denied_defers_nothing(tmp_path: Path) -> None:
    """没有延期付款, 客户未申请延期付款, 无需延期付款: nothing open (main: 7,000, 72 days, black);
    a deferral said stays owed."""
    paid = ["没有延期付款", "客户未申请延期付款", "无需延期付款", "不同意延期付款，客户已付清"]
    _read(tmp_path, paid, dict.fromkeys(["延期付款", "同意延期付款"], OWED))


def test_money_come_before_shipping_again_is_paid(tmp_path: Path) -> None:
    """客户说钱到了再发货: nothing open (main: 7,000, 72 days, black); 到了 as his condition of
    paying stays owed."""
    paid = ["客户说钱到了再发货", "客户说钱到了再安排下批货", "客户说款到了再发下一批",
            "客户说尾款到了再出货"]
    owed = ["客户说船到了再付款", "客户说单据到了付款", "客户说到了港口再付"]
    _read(tmp_path, paid, dict.fromkeys(owed, OWED))


def test_a_later_orders_balance_after_his_paid_word_is_none(tmp_path: Path) -> None:
    """After his word that he paid, a later order's balance or a fee's rest: nothing open (main:
    7,000, 72 days, black, or 0 where both sides read it so). This order's rest stays owed."""
    paid = ["客户说已付，下一批尾款下周付", "客户说已付清，新订单尾款月底付",
            "客户说已付，剩下的样品费下周付", "客户说已付，下个订单的尾款月底付",
            "客户说已付款，剩下的配件款下周付"]
    owed = ["客户说已付一部分，剩下的下批货一起付", "客户说已付部分，余款下批一起付"]
    _read(tmp_path, paid, dict.fromkeys(owed, OWED))
