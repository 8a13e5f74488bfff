"""perf57a: a clerk's book's sale rows looked up by number, once a tab, not once a tab each.

The payer steps read each tab's payments naming an order number against the file's sale rows
so far (core.ledger.paid_numbers.for_numbers): every row of every earlier tab was asked its
numbers again for each tab (a clerk's 100k book: 3.4 million asks, 18 of 130 profiled s).
Each tab's rows are now looked up by number (core.ledger.sold_so_far); these tests hold the
rare case the look-up must still find (a parent paying its subsidiary's order, on a later
tab, or on a register tab read before the months that sell it) and count the asks. And the
bank's row weighed against one customer's lists of its day and money alone
(core.ledger.lump_wires._paired).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_lists_audit28 import at, by_name

import core.ledger.lump_wires as lump_wires
import core.ledger.paid_numbers as paid_numbers
from core.ledger.importer import import_files
from core.ledger.record import ROW, SHEET, Record

HEAD = ["订单号", "发票号", "客户名称", "下单日期", "金额", "币种", "付款方式", "出货日期",
        "实收金额", "收款日期", "备注", "类型"]
REGISTER = ["日期", "付款人", "金额", "币种", "发票号", "备注"]
BUYERS = 30
MONTHS = 8
SUBSIDIARY, PARENT = "Meyer Autoteile GmbH", "MEYER HOLDING AG"


def _month(month: int, paid_for: str | None = None) -> list[list[object]]:
    """A month's 30 sales, each buyer's own order and invoice, paid on its row but Meyer's;
    `paid_for`: the parent's wire for that invoice of Meyer's, on a row of its own."""
    rows: list[list[object]] = [HEAD]
    for i in range(BUYERS):
        buyer = SUBSIDIARY if i == 0 else f"Buyer {i} Trading Ltd"
        amount = 10_000.0 + 100 * i + month
        ordered, shipped = date(2025, month, 2), date(2025, month, 5)
        paid = i != 0
        rows.append([f"PO-{month:02d}{i:03d}", f"INV-{month:02d}{i:03d}", buyer, ordered,
                     amount, "USD", "T/T 30 days", shipped, amount if paid else None,
                     date(2025, month, 20) if paid else None, None, "销售"])
    if paid_for is not None:
        number, amount = paid_for
        rows.append([None, number, PARENT, date(2025, month, 25), None, "USD", None, None,
                     amount, date(2025, month, 25), "母公司代付", "收款"])
    return rows


def _asked(monkeypatch) -> Counter[tuple[str, int]]:  # type: ignore[no-untyped-def]
    """How often each row is asked whether it is a sale with a sum open (sale_answers)."""
    asked: Counter[tuple[str, int]] = Counter()
    selling = paid_numbers._selling

    def counted(r: Record) -> bool:
        asked[(r[SHEET], r[ROW])] += 1
        return selling(r)

    monkeypatch.setattr(paid_numbers, "_selling", counted)
    return asked


def _meyer(db: Path) -> tuple[float, float]:
    """Meyer's open sum and the parent's money on account (none: no customer) at 2025-12-31."""
    found = by_name(at(db, date(2025, 12, 31)))
    parent = found.get(PARENT)
    return (round(found[SUBSIDIARY].open_amount, 2),
            round(parent.credit_on_account, 2) if parent is not None else 0.0)


def test_a_parents_wire_on_each_later_tab_is_its_subsidiarys_each_row_asked_a_few_times(
        tmp_path: Path, monkeypatch) -> None:
    """Eight month tabs of 30 buyers each; February to July the parent MEYER HOLDING AG wires
    Meyer Autoteile's invoice of the month before (INV-0n000, its sum). Each wire is Meyer's
    money: Meyer owes only July's and August's; the parent is no customer. Every sale row
    is asked its numbers at most three times (its own tab's reading, its tab looked up, again
    once its payers are settled; Meyer's, found and weighed, once more), not once a tab after
    it (up to 8 before)."""
    sheets = {f"2025年{m}月": _month(m, (f"INV-{m - 1:02d}000", 10_000.0 + m - 1)
                                    if 1 < m < MONTHS else None) for m in range(1, MONTHS + 1)}
    path = write_xlsx(tmp_path / "2025外贸台账.xlsx", sheets)
    asked = _asked(monkeypatch)
    db = tmp_path / "fast.sqlite"
    [result] = import_files(db, [path])
    assert result.status == "imported"
    assert _meyer(db) == (2 * 10_000.0 + MONTHS - 1 + MONTHS, 0.0)
    sales = {key: n for key, n in asked.items() if key[1] <= BUYERS + 1}
    assert len(sales) == MONTHS * BUYERS
    others = [n for (_, row), n in sales.items() if row != 2]  # row 2: Meyer's, weighed too
    assert max(others) <= 3, sorted(sales.items(), key=lambda kv: -kv[1])[:3]
    assert max(n for (_, row), n in sales.items() if row == 2) <= 4


def test_a_register_tab_before_the_months_finds_the_order_on_a_month_read_after_it(
        tmp_path: Path, monkeypatch) -> None:
    """The clerk's 收款登记 tabs come first, each with the parent's wire for one of Meyer's
    invoices (INV-03000 in the first, INV-06000 in the second) sold on month tabs read after them:
    both tabs wait for the file, and each wire is found Meyer's (its rows looked up among the
    months' 240). Meyer owes the other six orders; the parent is no customer. Each month's sale
    row is asked its numbers once (the two wires' invoices twice: found, then weighed), not
    once per register tab (all 240 twice before)."""
    registers = {
        f"{year}年收款登记": [REGISTER, [date(2025, 12, 1), PARENT, 10_000.0 + month, "USD",
                                    f"INV-{month:02d}000", "代付"]]
        for year, month in ((2024, 3), (2025, 6))}
    months = {f"2025年{m}月": _month(m) for m in range(1, MONTHS + 1)}
    path = write_xlsx(tmp_path / "2025外贸台账.xlsx", {**registers, **months})
    asked = _asked(monkeypatch)
    db = tmp_path / "fast.sqlite"
    [result] = import_files(db, [path])
    assert result.status == "imported"
    owed = sum(10_000.0 + m for m in range(1, MONTHS + 1) if m not in (3, 6))
    assert _meyer(db) == (owed, 0.0)
    month_rows = {key: n for key, n in asked.items() if key[0].endswith("月")}
    assert len(month_rows) == MONTHS * BUYERS
    again = sorted(key for key, n in month_rows.items() if n > 1)
    assert again == [("2025年3月", 2), ("2025年6月", 2)]  # looked up, then weighed


# --- the bank's row and one customer's lists of its near days (lump_wires._paired) ------------

SALE = ["合同号", "客户名称", "下单日期", "金额", "币种", "付款方式", "出货日期", "实收",
        "收款日期", "备注"]
SLIP = ["客户", "收款日期", "收款金额", "发票号", "币种", "备注"]
KOBE = "Kobe Trading"


def test_the_bank_s_value_day_wire_is_found_among_a_big_buyer_s_other_days(
        tmp_path: Path, monkeypatch) -> None:
    """Kobe's 台账: K-7 5,000 received Sunday 04-20 "TT-881", K-8 3,000 open, and 200 other
    orders of Kobe's each received on its own day of the year before. The bank's list: K-7's
    wire on its value day, Monday 04-21, 4,985 (a 15 charge off) under TT-881, and 20 slips
    without a reference on other days. One wire: Kobe owes K-8's 3,000, nothing on account.
    The bank's rows are weighed against Kobe's lists of the days near their own alone, and
    one without a reference against none (each was handed all 201 of Kobe's lists of its
    money: 4,221 in all)."""
    others = [[f"K-{100 + i}", KOBE, date(2024, 1, 1), 1_000.0 + i, "USD", "T/T 30 days",
               date(2024, 1, 2), 1_000.0 + i, date.fromordinal(date(2024, 1, 3).toordinal() + i),
               None] for i in range(200)]
    sales = [SALE, ["K-7", KOBE, date(2025, 4, 1), 5_000, "USD", "T/T 30 days",
                    date(2025, 4, 5), 5_000, date(2025, 4, 20), "TT-881"],
             ["K-8", KOBE, date(2025, 4, 2), 3_000, "USD", "T/T 30 days", date(2025, 4, 6),
              None, None, None], *others]
    slips = [SLIP, [KOBE, date(2025, 4, 21), 4_985, "K-7", "USD", "TT-881"],
             *([KOBE, date.fromordinal(date(2024, 1, 3).toordinal() + i), 1_000.0 + i, None,
                "USD", None]
               for i in range(0, 200, 10))]
    handed: list[int] = []
    near = lump_wires._near

    def counted(bank, rows, lists, exchange):  # type: ignore[no-untyped-def]
        handed.append(len(rows))
        return near(bank, rows, lists, exchange)

    monkeypatch.setattr(lump_wires, "_near", counted)
    db = tmp_path / "fast.sqlite"
    for name, sheets in (("台账 2025-04.xlsx", {"台账": sales}),
                         ("银行水单 2025-04.xlsx", {"收款": slips})):
        [result] = import_files(db, [write_xlsx(tmp_path / name, sheets)])
        assert result.status == "imported"
    kobe = by_name(at(db, date(2025, 6, 30)))[KOBE]
    assert (round(kobe.open_amount, 2), round(kobe.credit_on_account, 2)) == (3_000.0, 0.0)
    assert handed and sum(handed) <= 3, handed
