"""recvorder32: a line's receipts read alike in every import order (本月收款 monthly files), and
a bank slip matched against the steps a day raised, not the totals."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_break32 import PAYMENTS, _owed
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit30 import HEADER, PAYER, row

from core.ledger.report import import_report

MONTHLY = [*HEADER[:7], "本月收款", *HEADER[8:]]
MARCH = [MONTHLY,
         row("C-1", "Cairo Bazaar", "2025-03-05", 12_000, "2025-03-20", 4_000, "2025-03-25"),
         row("B-1", "Bravo Bikes", "2025-03-02", 10_000, "2025-03-10", 2_000, "2025-03-15")]
APRIL = [MONTHLY,
         row("C-1", "Cairo Bazaar", "2025-03-05", 12_000, "2025-03-20", 5_000, "2025-04-20",
             status="上月结转"),
         row("B-1", "Bravo Bikes", "2025-03-02", 10_000, "2025-03-10", 3_000, "2025-04-10",
             status="上月结转")]
MAY = [MONTHLY,
       row("C-1", "Cairo Bazaar", "2025-03-05", 12_000, "2025-03-20", 3_000, "2025-05-10",
           status="上月结转"),
       row("B-1", "Bravo Bikes", "2025-03-02", 10_000, "2025-03-10", None, None,
           status="上月结转"), PAYER]


def _months(folder: Path) -> list[Path]:
    return [write_xlsx(folder / f"台账 2025-0{m}.xlsx", {f"{m}月": sheet})
            for m, sheet in ((3, MARCH), (4, APRIL), (5, MAY))]


@pytest.mark.parametrize("order", list(permutations(range(3))))
def test_monthly_files_in_any_order(tmp_path: Path, order: tuple[int, ...]) -> None:
    """Hand count: Cairo's C-1 12,000 (shipped 03-20, OA 30): 4,000 on 03-25 (March's file),
    5,000 on 04-20 (April's, the row carried on, 上月结转), 3,000 on 05-10 (May's): all 12,000
    paid, on no list. Bravo's B-1 10,000: 2,000 on 03-15, 3,000 on 04-10, nothing in May:
    5,000 open. The header 本月收款 says each figure is that month's receipt. Before: right
    only March, April, May; May, March, April left Cairo 5,000 open and black-listed, the
    other orders 3,000 to 9,000. Each file imported again changes nothing."""
    files = _months(tmp_path / "ledgers")
    results = _same_import(tmp_path, *[[files[i]] for i in order], [files[order[1]]])
    customers = by_name(at(tmp_path / "fast.sqlite"))
    assert _owed(customers["Cairo Bazaar"]) == (0, None, {})
    assert _owed(customers["Bravo Bikes"])[0] == 5_000
    if order == (2, 0, 1):  # May, March, April: both earlier receipts named as counted
        for result in results[1:3]:
            assert "an earlier month's file imported late" in import_report(result)
            assert "较早月份的文件晚导入" in in_chinese(lambda r=result: import_report(r))


def test_a_receipt_on_the_same_day_from_another_file_is_named(tmp_path: Path) -> None:
    """April's file sent again under another name with C-1's 04-20 receipt written 4,500: the
    app cannot tell a correction from a second receipt that day; read as the correction
    (11,500 received) and named in the report."""
    files = _months(tmp_path / "ledgers")
    again = [APRIL[0], [*APRIL[1][:7], 4_500, *APRIL[1][8:]], APRIL[2]]
    other = write_xlsx(tmp_path / "ledgers" / "台账 2025-04 改.xlsx", {"4月": again})
    results = _same_import(tmp_path, *[[f] for f in files], [other])
    assert round(by_name(at(tmp_path / "fast.sqlite"))["Cairo Bazaar"].open_amount) == 500
    report = import_report(results[-1])
    assert "on the day of a receipt another file recorded" in report and "C-1" in report
    assert "同一天、金额不同" in in_chinese(lambda: import_report(results[-1]))


PLAIN_MARCH = [HEADER, MARCH[1]]
PLAIN_APRIL = [HEADER,
               row("C-1", "Cairo Bazaar", "2025-03-05", 12_000, "2025-03-20", 9_000, "2025-04-20"),
               row("C-2", "Cairo Bazaar", "2025-04-01", 11_000, "2025-04-05", 3_000, "2025-04-20"),
               PAYER]
SLIPS = [PAYMENTS, ["Cairo Bazaar", d("2025-04-20"), 8_000, None]]


@pytest.mark.parametrize("order", list(permutations(range(3))))
def test_a_bank_slip_for_the_steps_a_day_raised(tmp_path: Path, order: tuple[int, ...]) -> None:
    """Hand count: C-1 12,000 (shipped 03-20, OA 30, due 04-19) and C-2 11,000 (shipped 04-05,
    due 05-05). March's file: C-1 4,000 received by 03-25. April's file (running totals): C-1
    9,000 by 04-20, that is 5,000 more on 04-20, and C-2 3,000 on 04-20. The bank's file: one
    slip of 8,000 on 04-20, which is 5,000 + 3,000, the money those two rows record on that
    day, not a wire of its own (the day's totals, 9,000 + 3,000 = 12,000, are not it; neither
    is C-1's step alone). Received 4,000 + 8,000 = 12,000, paying the oldest due first: C-1
    3,000 open (72 days at 06-30), C-2 8,000 open (56 days): 11,000 open. Before: the slip was
    counted beside the rows, 20,000 received, 3,000 open, in every order."""
    folder = tmp_path / "ledgers"
    files = [write_xlsx(folder / "台账 2025-03.xlsx", {"3月": PLAIN_MARCH}),
             write_xlsx(folder / "台账 2025-04.xlsx", {"4月": PLAIN_APRIL}),
             write_xlsx(folder / "银行水单 2025-04.xlsx", {"收款": SLIPS})]
    _same_import(tmp_path, *[[files[i]] for i in order])
    cairo = by_name(at(tmp_path / "fast.sqlite"))["Cairo Bazaar"]
    assert (round(cairo.open_amount, 2), cairo.credit_on_account) == (11_000, 0)


@pytest.mark.parametrize("first", ["may", "workbook"])
def test_a_workbook_of_months_beside_mays_file(tmp_path: Path, first: str) -> None:
    """One workbook with the 3月 and 4月 tabs (本月收款) and May's file, either first: C-1's
    4,000 on 03-25, 5,000 on 04-20 and 3,000 on 05-10, all 12,000 in; at 04-30 3,000 open
    (due 04-19). Before: May's file first left 3,000 open at 06-30 and Cairo black."""
    folder = tmp_path / "ledgers"
    may = write_xlsx(folder / "台账 2025-05.xlsx", {"5月": MAY})
    book = write_xlsx(folder / "台账 2025.xlsx", {"3月": MARCH, "4月": APRIL})
    _same_import(tmp_path, *([may], [book]) if first == "may" else ([book], [may]))
    db = tmp_path / "fast.sqlite"
    assert _owed(by_name(at(db))["Cairo Bazaar"]) == (0, None, {})
    assert round(by_name(at(db, d("2025-04-30")))["Cairo Bazaar"].open_amount) == 3_000
