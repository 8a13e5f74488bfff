"""fix61i: four paid buyers shown owed, black (rv61b s427c, s427, s422, s421b).

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 received 03-02
on its row; as of 06-30 an unpaid balance is 72 days late, black. Each ledger is imported by both
imports (tests.test_fast_import._same_import).

- a row under the order whose 品名 says the money came (到账, 尾款到账, 收款, 回款, 已收) or is the
  balance's rest (补尾款) is a payment row: read as a totals row, its 7,000 (or 3,500) was lost;
  where it repeats a balance row's very receipt (7,000 on 04-20, 到账 7,000 on 04-27) it is
  that receipt, counted once (not 7,000 of credit);
- 银行已入账 after a denial is the bank's booking: the money came; 佣金…没付给代理 denies what
  the firm owes its agent, not the buyer's money.
Controls stay owed: a 未到账 / 尾款未到 row with no money, a 待入账 / 银行未入账 row with money.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, LAST, _order, _paid
from test_fast_import import _same_import
from test_fix54h_payment_words import HEAD

PAID = (0.0, 0, None, 0.0)
OWED = (7_000.0, 72, "black", 0.0)
DEPOSIT = _paid("定金30%", 3_000, date(2025, 3, 2))


def _read(tmp_path: Path, cases: dict[str, list[list[object]]]
          ) -> dict[str, tuple[float, int, str | None, float]]:
    rows: list[list[object]] = []
    for i, (name, below) in enumerate(cases.items()):
        rows += [_order(f"2025-7{i:02d}", name), *below]
    _same_import(tmp_path, [write_xlsx(tmp_path / "出口台账2025.xlsx",
                                       {"台账": [HEAD, *rows, LAST]})])
    found = {name: customer(tmp_path / "fast.sqlite", name, END) for name in cases}
    return {name: (round(c.open_amount, 2), c.max_days_overdue,
                   c.list if c.list in ("black", "watch") else None,
                   round(c.credit_on_account, 2)) for name, c in found.items()}


def test_a_row_saying_the_money_came_is_the_order_s_payment(tmp_path: Path) -> None:
    """Hand count at 06-30: each buyer paid 3,000 + 7,000 (or 3,500 + 3,500) of 10,000, nothing
    open (main: 7,000 or 3,500 open, 72 days, black; the 定金50% one 5,000); each control owes
    the balance, 7,000, 72 days, black."""
    blank = _paid("尾款70%", None, None)
    came = {f"K {word}": [DEPOSIT, blank, _paid(word, 7_000, date(2025, 4, 27))]
            for word in ("到账", "尾款到账", "收款", "回款", "已收", "尾款已到账")}
    cases = {
        **came,
        "G2 补尾款": [DEPOSIT, _paid("尾款70%", 3_500, date(2025, 4, 20), note="尾款还差一半"),
                    _paid("补尾款", 3_500, date(2025, 5, 10))],
        # the second half's wire, no repeat of the first: the order paid once, not twice
        "H 定金50% + 到账": [_paid("定金50%", 5_000, date(2025, 3, 2)),
                          _paid("到账", 5_000, date(2025, 4, 27))],
        "C 未到账 row": [DEPOSIT, blank, _paid("未到账", None, None)],
        "C 尾款未到 row": [DEPOSIT, blank, _paid("尾款未到", None, None)],
        "C 待入账 row": [DEPOSIT, blank, _paid("待入账", 7_000, date(2025, 4, 27))],
        "C 银行未入账 row": [DEPOSIT, blank, _paid("银行未入账", 7_000, date(2025, 4, 27))],
    }
    read = _read(tmp_path, cases)
    assert read == {name: OWED if name.startswith("C ") else PAID for name in cases}


def test_a_came_row_repeating_the_balance_s_receipt_is_counted_once(tmp_path: Path) -> None:
    """The balance row received 7,000 on 04-20 (its note the buyer's word after a denial, or a
    slip), then a 到账 / 尾款到账 row 7,000 on 04-27: 3,000 + 7,000 paid, no credit (read as a
    second 7,000, 7,000 of credit would pay the buyer's next invoice). Main: paid, the 到账 row
    lost as a total; the test holds the repeat to that."""
    cases = {
        f"R {word} {note}".strip(): [
            DEPOSIT, _paid("尾款70%", 7_000, date(2025, 4, 20), note=note),
            _paid(word, 7_000, date(2025, 4, 27))]
        for word, note in (("到账", ""), ("到账", "尾款还没有，客户说已付"),
                           ("尾款到账", "水单已收，钱下周到"))}
    assert _read(tmp_path, cases) == dict.fromkeys(cases, PAID)


def test_a_note_saying_the_bank_booked_it_or_denying_the_agent_s_money_is_paid(
        tmp_path: Path) -> None:
    """The balance row received 7,000 on 04-20 noted: hand count 0 open (main: 7,000, 72 days,
    black); controls saying the money is not booked, or denying the balance itself, owe it."""
    notes = {"尾款还没到，客户说已付，银行已入账": PAID, "佣金还差一半没付给代理": PAID,
             "尾款还没到，银行入账了": PAID,
             "尾款还没到，客户说已付，银行未入账": OWED, "尾款还没到，客户说已付，待入账": OWED,
             "尾款还没到，入账手续费已扣": OWED, "尾款还没付，佣金已付给代理": OWED}
    cases = {f"N {note}": [DEPOSIT, _paid("尾款70%", 7_000, date(2025, 4, 20), note=note)]
             for note in notes}
    assert _read(tmp_path, cases) == {f"N {note}": want for note, want in notes.items()}
