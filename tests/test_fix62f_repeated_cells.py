"""fix62f: a payment row is read the same whatever order cells the clerk typed again on it, and a
note naming another order in full pays that order (rv62a s521, s524–s526; reader 208).

- A balance row repeating its order's number and buyer (2025-701, Buyer X, 品名 尾款70%, 收款
  7,000 on 04-20) noted 尾款还没收到 read paid, where the same row with the buyer cell blank read
  7,000 owed: its denial was never asked (core.ledger.owed_rows). On the order's tab, a later
  tab or a later file alike (a plan or the buyer's word too, as on the blank-buyer row: fix65d).
  A deposit row whose note denies the balance stays money.
- A payment row under Buyer Y's 2025-702 noted 2025-701尾款另一半 is 701's money: Y's 3,500 was
  read paid where 7,000 is owed, X 3,500 black where paid (core.ledger.named_papers.noted_payee).

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19); as of 06-30 an unpaid sum is 72
days late, black. Each ledger is imported by both imports (tests.test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_acct55a_three_payments import END, LAST, _order, _paid
from test_fast_import import _same_import
from test_fix54h_payment_words import HEAD

X, Y = "Buyer X", "Buyer Y"
PAID = (0.0, 0, None, 0.0)
OWED = (7_000.0, 72, "black", 0.0)
APRIL = date(2025, 4, 20)
DEPOSIT = _paid("定金30%", 3_000, date(2025, 3, 2))


def _typed(number: str, buyer: str | None, word: str, received: float, day: date,
           note: str = "") -> list[object]:
    """A payment row typing its order's number (and its buyer, unless None) again."""
    return [number, buyer, None, None, "USD", None, word, None, received, day, "", note]


def _accounts(tmp_path: Path, files: list[dict[str, list[list[object]]]], names: list[str]
              ) -> dict[str, tuple[float, int, str | None, float]]:
    """Each file (tab name -> rows under the header) imported in turn, by both imports."""
    paths = [write_xlsx(tmp_path / f"出口台账2025-{i}.xlsx",
                        {tab: [HEAD, *rows] for tab, rows in tabs.items()})
             for i, tabs in enumerate(files)]
    _same_import(tmp_path, *[[path] for path in paths])
    found = {name: customer(tmp_path / "fast.sqlite", name, END) for name in names}
    return {name: (round(c.open_amount, 2), c.max_days_overdue,
                   c.list if c.list in ("black", "watch") else None,
                   round(c.credit_on_account, 2)) for name, c in found.items()}


def test_a_denied_balance_repeating_its_number_and_buyer_is_owed(tmp_path: Path) -> None:
    """Hand count: C4 and C5 are one row, the buyer cell typed or left blank: 7,000 owed, 72 days,
    black (main: C4 paid); so is a plan (客户说下周付: fix65d, as the blank-buyer row). Controls:
    no note, a deposit noted of the balance (尾款还没收到 on 定金30%, the balance typed paid):
    paid."""
    rows: list[list[object]] = []
    cases = {
        "C4 number and buyer": ("尾款70%", "尾款还没收到", X, OWED),
        "C5 number only": ("尾款70%", "尾款还没收到", None, OWED),
        "K no note": ("尾款70%", "", X, PAID),
        "C6 a plan told": ("尾款70%", "客户说下周付", X, OWED),
    }
    for i, (name, (word, note, buyer, _)) in enumerate(cases.items()):
        number = f"2025-7{i:02d}"
        rows += [_order(number, name), DEPOSIT,
                 _typed(number, buyer and name, word, 7_000, APRIL, note)]
    rows += [_order("2025-790", "K deposit noted"),
             _typed("2025-790", "K deposit noted", "定金30%", 3_000, date(2025, 3, 2),
                    "尾款还没收到"),
             _typed("2025-790", "K deposit noted", "尾款70%", 7_000, APRIL)]
    got = _accounts(tmp_path, [{"台账": [*rows, LAST]}], [*cases, "K deposit noted"])
    assert got == {**{name: case[3] for name, case in cases.items()}, "K deposit noted": PAID}


def test_a_denied_balance_on_a_later_tab_or_file_is_owed(tmp_path: Path) -> None:
    """Hand count: the balance row on April's tab (C1) or in April's file (G), noted 尾款还没收到,
    or the buyer's balance not yet paid to his agent (A: the agent rule, owed_said), owes its
    7,000, 72 days, black, as the order's March rows leave it (main: paid). Controls: the same
    row unnoted in April's file, or noted 货款到了还没给代理佣金 (the firm's commission), pays."""
    march = [_order("2025-701", "C1 tab"), DEPOSIT, _order("2025-702", "G file"), DEPOSIT,
             _order("2025-703", "K file"), DEPOSIT, _order("2025-704", "A tab"), DEPOSIT,
             _order("2025-705", "K agent"), DEPOSIT]
    april = {"4月": [_typed("2025-701", "C1 tab", "尾款70%", 7_000, APRIL, "尾款还没收到"),
                    _typed("2025-704", "A tab", "尾款70%", 7_000, APRIL, "客户尾款还没付给代理"),
                    _typed("2025-705", "K agent", "尾款70%", 7_000, APRIL,
                           "货款到了还没给代理佣金"), LAST]}
    later = [_typed("2025-702", "G file", "尾款70%", 7_000, APRIL, "尾款还没收到"),
             _typed("2025-703", "K file", "尾款70%", 7_000, APRIL), LAST]
    got = _accounts(tmp_path, [{"3月": march, **april}, {"4月": later}],
                    ["C1 tab", "G file", "K file", "A tab", "K agent"])
    assert got == {"C1 tab": OWED, "G file": OWED, "K file": PAID, "A tab": OWED,
                   "K agent": PAID}


def test_a_half_noted_with_another_orders_number_pays_that_order(tmp_path: Path) -> None:
    """Hand count: X's 701 is paid 3,000 + 3,500 + the 3,500 noted 2025-701尾款另一半 under Y's
    702, which owes its 7,000 (main: X 3,500 black, Y 3,500). Controls: a note naming the row's
    own order (2025-704尾款另一半), an order of no row (2025-799尾款) or this order beside another
    (2025-707尾款已付，本单尾款) leaves it under its row: each of Z, W, V paid 3,000 + 3,500 and
    owes 3,500."""
    rows = [_order("2025-701", X), DEPOSIT, _paid("尾款一半", 3_500, APRIL),
            _order("2025-702", Y), DEPOSIT,
            _paid("另一半", 3_500, date(2025, 5, 20), note="2025-701尾款另一半"),
            _order("2025-703", "Z1"), DEPOSIT, _paid("尾款一半", 3_500, APRIL),
            _order("2025-704", "Z2"), DEPOSIT,
            _paid("另一半", 3_500, date(2025, 5, 20), note="2025-704尾款另一半"),
            _order("2025-705", "W1"), DEPOSIT, _paid("尾款一半", 3_500, APRIL),
            _order("2025-706", "W2"), DEPOSIT,
            _paid("尾款", 3_500, date(2025, 5, 20), note="2025-799尾款"),
            _order("2025-707", "V1"), DEPOSIT, _paid("尾款一半", 3_500, APRIL),
            _order("2025-708", "V2"), DEPOSIT,
            _paid("尾款", 3_500, date(2025, 5, 20), note="2025-707尾款已付，本单尾款"), LAST]
    names = [X, Y, "Z1", "Z2", "W1", "W2", "V1", "V2"]
    got = _accounts(tmp_path, [{"台账": rows}], names)
    half = (3_500.0, 72, "black", 0.0)
    assert got == {X: PAID, Y: OWED, **dict.fromkeys(names[2:], half)}
