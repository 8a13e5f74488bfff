"""fix66f (4): a day alone after a rest (尚欠2000，5/10到账, 尚欠2000（5/10收）) on a balance row
received whole is the rest come where the day is not after the last date received its sheet
holds (order_payments.OrderPayments.last → rest_came.came_later): a forecast past it, a hope, a
plan, something else received that day, a part, a doubt or a refund after it stays owed.
fix65c read every such day as come (clearing bad payers: 7/10到账 on a sheet ending 06-30,
希望5/10到账, 5/10收到投诉); fix65i read none (paid buyers 2,000 black).

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19), 定金30% 3,000 paid 03-02, the
尾款70% row received 7,000 on 04-20 with the note — typing the number and buyer (T), the number
only (N) or neither (B); the sheet's last row another buyer's 1,000 received 06-30. Hand count
as of 06-30: the rest come leaves 10,000 − 3,000 − 7,000 = 0; owed, 2,000 open since 04-19, 72
days, black. Each ledger is a real .xlsx imported into a real SQLite file by both imports.
(Beside a deduction, 佣金已扣，尚欠2000，5/10到账, and on a typed row on another tab or in a later
file, the sheet's last day does not reach the reader: 2,000 owed, as fix65i.)
"""

from __future__ import annotations

from pathlib import Path

from test_acct55a_three_payments import LAST
from test_fix62f_repeated_cells import PAID, _accounts
from test_fix66f_another_rest import REST, _rows

# the rest come on a day not after the sheet's last date received (06-30): nothing open
# (main: 2,000, 72 days, black)
CAME = ["尚欠2000，5/10到账", "尚欠2000（5/10收）", "尚欠2000，5月10日到账",
        "尚欠2000，5/10收到余款", "尚欠2000，6/30到账", "到账5000，尚欠2000，5/10到账",
        "尚欠2000，5/10到账了"]
# the opposites: after the sheet's last day, hoped or planned, something else or another's
# money received, a part, doubted, sent back, asked, no coming word: 2,000, 72 days, black
OWED = ["尚欠2000，7/10到账", "尚欠2000，12/10到账", "尚欠2000，7月10日到账",
        "尚欠2000，约5/10到账", "尚欠2000，争取5/10到账", "尚欠2000，希望5/10到账",
        "尚欠2000，预计5/10到账",
        "尚欠2000，客户说5/10到账", "尚欠2000，5/10应到账", "尚欠2000，5/10前付", "尚欠2000，5/10",
        "尚欠2000，5/10收到对账单", "尚欠2000，5/10收到投诉", "尚欠2000，5/10收到客户邮件",
        "尚欠2000，5/10收到上批货款", "尚欠2000，5/10收到另一单的钱", "尚欠2000，5/10到账的是定金",
        "尚欠2000，5/10收到一部分", "尚欠2000，5/10到账一半", "尚欠2000，5/10到账，待核实",
        "尚欠2000，5/10收到，待查", "尚欠2000，5/10到账，退回了", "尚欠2000，5/10到账吗？"]


def test_a_day_alone_not_after_the_sheet_s_last_is_the_rest_come(tmp_path: Path) -> None:
    """Each came note: nothing open on the three row shapes (main: 2,000, 72 days, black).
    Each opposite: 2,000, 72 days, black."""
    want = {**{f"C{i}": PAID for i in range(len(CAME))},
            **{f"O{i}": REST for i in range(len(OWED))}}
    rows, names = _rows(dict(zip(want, [*CAME, *OWED], strict=True)), 7_000)
    got = _accounts(tmp_path, [{"台账": [*rows, LAST]}], list(names))
    expected = {name: want[name[1:].split()[0]] for name in names}
    assert {name: (names[name], got[name]) for name in got if got[name] != expected[name]} == {}


def test_a_day_after_the_sheet_s_last_is_a_forecast(tmp_path: Path) -> None:
    """The sheet's last date received 04-20 (the balance rows; no later row): 5/10到账 was a
    forecast when the sheet was kept, the rest owed: 2,000 open on every shape (as main; the
    analysis counts its days to the ledger's last date, 04-20: 1 day late, not yet listed);
    4/20到账 (not after it) the rest come: nothing open."""
    owed = (2_000.0, 1, None, 0.0)
    want = {"F0": owed, "F1": owed, "C0": PAID}
    rows, names = _rows(dict(zip(want, ["尚欠2000，5/10到账", "尚欠2000（5/10收）",
                                        "尚欠2000，4/20到账"], strict=True)), 7_000)
    got = _accounts(tmp_path, [{"台账": rows}], list(names))
    expected = {name: want[name[1:].split()[0]] for name in names}
    assert {name: (names[name], got[name]) for name in got if got[name] != expected[name]} == {}
