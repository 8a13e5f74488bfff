"""fix62c: three rows whose money the import dropped, a buyer shown owing more than he does.

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 received 03-02
on its row; as of 06-30 an unpaid sum is 72 days late, black. Each ledger is imported by both
imports (tests.test_fast_import._same_import).

- a 到账 row of the deposit's sum within its value days noted 尾款第一笔 is the balance's first
  part, not the deposit's bank advice (rv61f s504 C2);
- a blank 尾款 row noted 佣金2000已扣 is the order's deduction (fix61c s320 D4);
- a later lot's row under a first lot noted 只发一批, money typed on it, is a lot called off: no
  sale, its money the buyer's (rv61c s444 M4).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, LAST, _order, _paid
from test_fast_import import _same_import
from test_fix54h_payment_words import HEAD as TAB_HEAD
from test_fix61i_came_rows import DEPOSIT, OWED, _read

from core.ledger.report import import_report

CAME = date(2025, 3, 4)


def test_a_came_row_naming_the_balance_s_first_part_is_money_of_its_own(tmp_path: Path
                                                                         ) -> None:
    """定金30% 3,000 on 03-02, then a 到账 3,000 row on 03-04 noted 尾款第一笔 (or 进度款第一笔):
    3,000 + 3,000 paid, 4,000 owed, 72 days, black (main: 7,000, the 3,000 read as the
    deposit's bank advice). Controls: the advice with no note, or noted 定金到账，尾款第一笔下周付
    (the deposit named), is counted once: 7,000 owed."""
    cases = {
        "P 尾款第一笔": [DEPOSIT, _paid("到账", 3_000, CAME, note="尾款第一笔")],
        "P 进度款第一笔": [DEPOSIT, _paid("收款", 3_000, CAME, note="进度款第一笔")],
        "C advice": [DEPOSIT, _paid("到账", 3_000, CAME)],
        "C 定金 named": [DEPOSIT, _paid("到账", 3_000, CAME, note="定金到账，尾款第一笔下周付")],
    }
    assert _read(tmp_path, cases) == {
        name: OWED if name.startswith("C ") else (4_000.0, 72, "black", 0.0) for name in cases}


def test_a_blank_balance_row_noting_a_deduction_taken_is_the_order_s(tmp_path: Path) -> None:
    """定金30% 3,000 received, the 尾款70% row's money blank noted 佣金2000已扣 (or 扣佣金2000):
    5,000 owed, 72 days, black (main: 7,000, the row a note no deduction rule read). Controls:
    a blank row naming a commission not taken (佣金2000, 佣金2000待扣, 佣金2000已付给代理) stays
    nothing: 7,000 owed."""
    taken = ("佣金2000已扣", "扣佣金2000")
    kept = ("佣金2000", "佣金2000待扣", "佣金2000已付给代理")
    cases = {f"{'T' if note in taken else 'C'} {note}": [
        DEPOSIT, _paid("尾款70%", None, None, note=note)] for note in (*taken, *kept)}
    assert _read(tmp_path, cases) == {
        name: OWED if name.startswith("C ") else (5_000.0, 72, "black", 0.0) for name in cases}


def test_a_blank_row_s_deduction_said_on_the_sale_row_too_is_one(tmp_path: Path) -> None:
    """The sale row noted 扣佣金2000 and the blank 尾款70% row 佣金2000已扣: one commission, one
    credit note of 2,000, 5,000 owed (main: 7,000, the sale row's note alone settling nothing)."""
    sale = _order("2025-701", "Buyer S")
    sale[11] = "扣佣金2000"
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "出口台账2025.xlsx", {"台账": [
        TAB_HEAD, sale, DEPOSIT, _paid("尾款70%", None, None, note="佣金2000已扣"), LAST]})])
    found = customer(tmp_path / "fast.sqlite", "Buyer S", END)
    assert (round(found.open_amount), found.list) == (5_000, "black")
    assert "Credit notes, lowering their customers' accounts: 1 (“台账” row 2)" in import_report(
        result)


HEAD = ["订单号", "客户名称", "下单日期", "品名", "数量", "单价", "金额", "币种", "付款方式",
        "出货日期", "提单日期", "收款金额", "收款日期", "备注"]
TERMS = "30%定金，70%见提单复印件付款"
OLDER = ["YW25-0137", None, date(2025, 3, 5), "五金工具套装", 200, 3.96, 792, "USD",
         "O/A 30 days", date(2025, 4, 12), date(2025, 4, 12), None, None, None]


def _lots(tmp_path: Path, buyer: str, first: str, lot2: tuple[float | None, str]
          ) -> list[list[object]]:
    """Dubai Pearl's older 792 (O/A 30, due 05-12) and YW25-0145's lot 1 of 3,960, B/L 06-19,
    4,752 received 06-21 (the PI's 1,980 deposit and the lot's 2,772 balance: 792 beyond it,
    paying the older invoice), its note `first`; lot 2's row of 2,640 not shipped."""
    paid, note = lot2
    return [[OLDER[0], buyer, *OLDER[2:]],
            ["YW25-0145", buyer, date(2025, 5, 16), "儿童玩具车", 1800, 2.2, 3960, "USD", TERMS,
             date(2025, 6, 19), date(2025, 6, 19), 4752, date(2025, 6, 21), first],
            ["YW25-0145", buyer, date(2025, 5, 16), "儿童玩具车", 1200, 2.2, 2640, "USD", TERMS,
             None, None, paid, date(2025, 6, 25) if paid else None, note]]


def test_money_on_a_lot_called_off_is_the_buyer_s(tmp_path: Path) -> None:
    """Lot 1 noted 只发一批 (or 余货客户不要了), lot 2's row 收款 1,848 on 06-25 noted 第二批货款
    (or 第二批): the lot called off, no sale, the 1,848 on account, nothing open (main: the lot
    a sale still to ship, 792 of it open; 余货客户不要了 held the 1,848 for it). Controls: a lot
    called off with no money holds nothing and owes nothing; lot 2 said to ship next month
    (第二批恢复，下月发) stays a sale, 792 open. The report names each lot called off."""
    cases = {"Buyer M4": ("只发一批", (1848.0, "第二批货款")),
             "Buyer M1": ("分批出货，第一批，余货客户不要了", (1848.0, "第二批")),
             "Buyer C none": ("只发一批", (None, "第二批")),
             "Buyer C revived": ("分批出货，第一批，第二批取消", (1848.0, "第二批恢复，下月发"))}
    rows = [row for buyer, (first, lot2) in cases.items() for row in _lots(
        tmp_path, buyer, first, lot2)]
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "台账.xlsx", {"台账": [HEAD, *rows]})])
    found = {name: customer(tmp_path / "fast.sqlite", name, date(2025, 6, 30))
             for name in cases}
    assert {name: (round(c.open_amount), round(c.credit_on_account), round(c.deposits_held))
            for name, c in found.items()} == {
        "Buyer M4": (0, 1848, 0), "Buyer M1": (0, 1848, 0), "Buyer C none": (0, 0, 0),
        "Buyer C revived": (792, 0, 0)}
    report = import_report(result)  # each lot called off named, with the note calling it off
    assert [line.split("row ")[1][:2] for line in report.splitlines()
            if "its order's rest called off" in line] == ["4:", "7:", "10"]
    assert "(备注 “只发一批”): read as a cancelled line, no sale" in report
