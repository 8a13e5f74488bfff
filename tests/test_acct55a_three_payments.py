"""acct55a: an order's middle payment on a row of its own (二期款, 中期款, 第二笔款, 三期款), a
plan the buyer told, RMB a little over a dollar invoice (rv54e, unmended by fix54h).

Orders of 10,000 USD (03-01, shipped 03-20, OA 30天: due 04-19) booked as an order row and its
payment rows under it, no customer on those; as of 06-30 an unpaid sum is 72 days late, black.
Each ledger is imported by both imports (tests.test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_acct52j_shipped_rows import customer
from test_fast_import import _same_import
from test_fix54h_payment_words import HEAD, _balance_rows

END = date(2025, 6, 30)
LAST = ["2025-299", "Other Co", END, 1_000, "USD", "T/T", "LED灯", END, 1_000, END, "", ""]


def _order(number: str, buyer: str) -> list[object]:
    return [number, buyer, date(2025, 3, 1), 10_000, "USD", "OA 30天", "LED灯", date(2025, 3, 20),
            None, None, "", ""]


def _paid(word: str, received: float | None, day: date | None, status: str = "",
          note: str = "") -> list[object]:
    """A payment's row under its order: its order cells blank, its word in 品名."""
    return [None, None, None, None, None, None, word, None, received, day, status, note]


def _accounts(tmp_path: Path, rows: list[list[object]], names: list[str]
              ) -> dict[str, tuple[float, int, str | None]]:
    _same_import(tmp_path, [write_xlsx(tmp_path / "出口台账2025.xlsx",
                                       {"台账": [HEAD, *rows, LAST]})])
    found = {name: customer(tmp_path / "fast.sqlite", name, END) for name in names}
    return {name: (round(c.open_amount, 2), c.max_days_overdue, c.list)
            for name, c in found.items()}


MIDDLES = ["二期款", "中期款", "第二笔款", "第二期款", "三期款", "2nd payment"]


def test_a_middle_payment_row_pays_its_order(tmp_path: Path) -> None:
    """定金 3,000 paid 03-02, the middle payment 4,000 paid 04-01, 尾款 3,000 not paid (收款
    blank). Hand count: 3,000 open, 72 days, black (main: the middle row skipped as no customer,
    7,000 open). Four payments (定金 2,000, 二期款 3,000, 三期款 2,000 paid; 尾款 3,000 not):
    3,000 open (main: 8,000). Near: 进度款 was read already (3,000 both); a bare 二期 may be a
    project's second phase, no payment word: read as before (7,000 both)."""
    rows: list[list[object]] = []
    names = []
    for i, middle in enumerate([*MIDDLES, "进度款", "二期"]):
        names.append(f"B{i} {middle}")
        rows += [_order(f"2025-1{i:02d}", names[-1]), _paid("定金", 3_000, date(2025, 3, 2)),
                 _paid(middle, 4_000, date(2025, 4, 1)), _paid("尾款", None, None)]
    names.append("Four Payments Co")
    rows += [_order("2025-190", names[-1]), _paid("定金", 2_000, date(2025, 3, 2)),
             _paid("二期款", 3_000, date(2025, 4, 1)), _paid("三期款", 2_000, date(2025, 4, 15)),
             _paid("尾款", None, None, note="待收")]
    accounts = _accounts(tmp_path, rows, names)
    for name in names[:-2]:
        assert accounts[name] == (3_000, 72, "black"), name
    assert accounts[names[-2]] == (7_000, 72, "black")  # bare 二期: as main
    assert accounts[names[-1]] == (3_000, 72, "black")


def test_a_note_names_the_middle_payment_where_the_order_has_one(tmp_path: Path) -> None:
    """Three payments, the middle its own row (定金 3,000 03-02, 二期款 4,000 04-01), the 尾款 row
    3,000 dated 04-20 under status 未收 noted 二期款已到账 (or 第二笔已收; or 二期款已到账 where the
    middle row is 中期款 after a 首付款): the note speaks of the middle row; the balance is 3,000
    open, 72 days, black (main: read paid, the middle row lost: 4,000 open). The other way: the
    二期款 row noted 尾款未收 beside a 尾款 row paid 04-20 is paid: 0 open (main: 3,000 open,
    black). Near, as fix54h: of 定金 + 尾款 only, the 尾款 row noted 二期款已到账 is paid (0
    open); 定金 3,000 + a 二期款 row 7,000 paid 04-20 as the balance: 0 open (main: 7,000,
    black, the row skipped)."""
    cases = {"Three Noted Co": ("二期款已到账", "未收", ""),
             "Three Second Co": ("第二笔已收", "未收", ""),
             "Middle Noted Co": ("", "", "尾款未收")}
    rows: list[list[object]] = []
    for i, (name, (note, status, middle_note)) in enumerate(cases.items()):
        rows += [_order(f"2025-1{i:02d}", name), _paid("定金", 3_000, date(2025, 3, 2)),
                 _paid("二期款", 4_000, date(2025, 4, 1), note=middle_note),
                 _paid("尾款", 3_000, date(2025, 4, 20), status, note)]
    rows += [_order("2025-140", "Interim Noted Co"), _paid("首付款", 3_000, date(2025, 3, 2)),
             _paid("中期款", 4_000, date(2025, 4, 1)),
             _paid("尾款", 3_000, date(2025, 4, 20), "未收", "二期款已到账")]
    rows += _balance_rows("2025-150", "Two Noted Co", "未收", "二期款已到账")
    rows += [_order("2025-160", "Two Named Co"), _paid("定金30%", 3_000, date(2025, 3, 2)),
             _paid("二期款", 7_000, date(2025, 4, 20))]
    accounts = _accounts(tmp_path, rows,
                         [*cases, "Interim Noted Co", "Two Noted Co", "Two Named Co"])
    assert accounts["Three Noted Co"] == (3_000, 72, "black")
    assert accounts["Interim Noted Co"] == (3_000, 72, "black")
    assert accounts["Three Second Co"] == (3_000, 72, "black")
    assert accounts["Middle Noted Co"] == (0, 0, None)
    assert accounts["Two Noted Co"] == (0, 0, None)
    assert accounts["Two Named Co"] == (0, 0, None)


# the balance row's note: the buyer's word of a payment to come (a day he promised), owed
TOLD = ["客户说下月付款 7月10日到账", "据客户说已安排付款", "客户说7月10日到账", "客户表示下月付款",
        "客户会在7月10日付款", "customer says will pay on 7/10",
        # near: read owed already on main
        "客户承诺7月10日前付款", "客户答应下周付"]
# ... and the firm's word that it came, or what the buyer says he paid (as before): paid
CAME = ["客户已付款，7月10日到账", "客户说已付", "客户说明：4月20日到账", "customer said paid"]


def test_the_buyer_s_word_of_a_day_to_come_is_a_plan(tmp_path: Path) -> None:
    """定金30% 3,000 paid 03-02, 尾款70% 7,000 dated 04-20 noted as TOLD: 7,000 open, 72 days,
    black (main: the first six paid, nothing open). Noted as CAME: nothing open (as main)."""
    rows: list[list[object]] = []
    names = [f"T{i} {note}" for i, note in enumerate([*TOLD, *CAME])]
    for i, (name, note) in enumerate(zip(names, [*TOLD, *CAME], strict=True)):
        rows += _balance_rows(f"2025-2{i:02d}", name, "", note)
    accounts = _accounts(tmp_path, rows, names)
    for name in names[:len(TOLD)]:
        assert accounts[name] == (7_000, 72, "black"), name
    for name in names[len(TOLD):]:
        assert accounts[name] == (0, 0, None), name


RMB_HEAD = ["客户名称", "合同号", "订单日期", "金额", "币种", "付款方式", "到期日", "收款",
            "收款日期"]
A, B, G, D = "Alpha Trading LLC", "Beta Imports Ltd", "Gamma Cuisine SAS", "Delta Foods BV"
RMB_LAST = ["Other Co", "O-1", date(2025, 6, 1), 1000, "USD", "T/T", END, 1000, END]


def _row(buyer: str, number: str, month: int, amount: float, paid: float | None = None
         ) -> list[object]:
    return [buyer, number, date(2025, month, 1), amount, "USD", "T/T 30 days",
            date(2025, month, 28), paid, date(2025, month, 25) if paid else None]


def _alpha(tmp_path: Path, name: str, head: list[str], rows: list[list[object]]
           ) -> tuple[float, float, int]:
    """Alpha's open, credit and days late, its sheet imported by both imports."""
    book = write_xlsx(tmp_path / name / "出口台账2025.xlsx", {"台账": [*head, *rows, RMB_LAST]})
    _same_import(tmp_path / name, [book])
    found = customer(tmp_path / name / "fast.sqlite", A, END)
    return round(found.open_amount), round(found.credit_on_account), found.max_days_overdue


def test_rmb_a_little_over_a_dollar_invoice_is_rmb_where_the_column_is(tmp_path: Path) -> None:
    """Alpha's A-1 33,000 USD (due 02-28) received 35,500 (1.08 times) 02-25, A-2 9,000 (due
    03-28) unpaid. Where the column is RMB, 35,500 RMB is about 4,931 USD at the rate in
    Settings (7.2): about 28,069 of A-1 and all of A-2 open, 37,069, 122 days late (main: read
    as 35,500 USD, A-1 paid and 2,500 over, 6,500 open, 94 days). RMB said by a units row (人民币
    under 收款, USD under 金额), or by the tab's other figures (71,000 on 10,000; 35,500 on
    5,000; 56,800 on 8,000: 7.1 times)."""
    units = ["", "", "", "USD", "", "", "", "人民币", ""]
    alpha = [_row(A, "A-1", 2, 33_000, 35_500), _row(A, "A-2", 3, 9_000)]
    others = [_row(B, "B-1", 2, 10_000, 71_000), _row(G, "G-1", 2, 5_000, 35_500),
              _row(D, "D-1", 2, 8_000, 56_800)]
    assert _alpha(tmp_path, "units", [RMB_HEAD, units], alpha) == (37_069, 0, 122)
    assert _alpha(tmp_path, "others", [RMB_HEAD], [*alpha, *others]) == (37_069, 0, 122)


def test_a_dollar_overpayment_stays_dollars_where_nothing_says_rmb(tmp_path: Path) -> None:
    """Near cases, as main reads them: 33,500 on 33,000 in a 收款(USD) column, or in a column of
    dollars (B-1, G-1 paid in full): 500 over pays A-2, 8,500 open, 94 days; 35,500 in a column
    nothing says is RMB: 6,500 open; in a column of RMB, 33,000 paid in full stays dollars (the
    one buyer paying dollars among RMB payers: acct54c): 9,000 open."""
    usd = [h if h != "收款" else "收款(USD)" for h in RMB_HEAD]
    dollars = [_row(B, "B-1", 2, 10_000, 10_000), _row(G, "G-1", 2, 5_000, 5_000)]
    rmb = [_row(B, "B-1", 2, 10_000, 71_000), _row(G, "G-1", 2, 5_000, 35_500),
           _row(D, "D-1", 2, 8_000, 56_800)]
    over = [_row(A, "A-1", 2, 33_000, 33_500), _row(A, "A-2", 3, 9_000)]
    assert _alpha(tmp_path, "usd", [usd], over) == (8_500, 0, 94)
    assert _alpha(tmp_path, "dollars", [RMB_HEAD], [*over, *dollars]) == (8_500, 0, 94)
    assert _alpha(tmp_path, "plain", [RMB_HEAD],
                  [_row(A, "A-1", 2, 33_000, 35_500), _row(A, "A-2", 3, 9_000)]) == (6_500, 0, 94)
    assert _alpha(tmp_path, "full", [RMB_HEAD],
                  [_row(A, "A-1", 2, 33_000, 33_000), _row(A, "A-2", 3, 9_000), *rmb]
                  ) == (9_000, 0, 94)
