"""break31: the three rules merged by paydup31 and order31, tried on ledgers they were not
written for. Each test's docstring gives the hand count."""

from __future__ import annotations

from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_corrected_payments_paydup31 import NUMBERED_HEADER
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit29 import HEADER as PLAIN
from test_lists_audit29 import RECEIPTS_HEADER
from test_lists_audit29 import row as plain
from test_lists_audit30 import HEADER, _verdicts, row

from core.ledger.report import import_report

T1 = row("T-1", "Tunis Trade", "2025-02-03", 6_000, "2025-02-10")


def test_a_planned_ship_date_does_not_date_an_older_file_after_a_newer_one(tmp_path: Path):
    """April's file cancels T-2 and plans Riga's R-1 to ship on 06-15; May's restores T-2
    (shipped 05-03) and ships R-1 on 05-28 after all. Imported in order, April then May. Hand
    count at May's last date (05-20): T-1 6,000 due 03-12, 69 days; T-2 5,000 due 06-02:
    11,000 open. Before: April dated 06-15 by its planned ship date, May (05-28) older, its
    已恢复 kept out: 6,000 open, and the report told the clerk to write 已恢复 in April's file."""
    april = [HEADER, T1, row("T-2", "Tunis Trade", "2025-03-10", 5_000, None, status="已取消"),
             row("R-1", "Riga Goods", "2025-04-10", 3_000, "2025-06-15")]
    may = [HEADER, row("T-1", "Tunis Trade", "2025-02-03", 6_000, "2025-02-10", status="上月结转"),
           row("T-2", "Tunis Trade", "2025-03-10", 5_000, "2025-05-03", status="已恢复"),
           row("R-1", "Riga Goods", "2025-04-10", 3_000, "2025-05-28"),
           row("P-1", "Payer", "2025-05-01", 1_000, "2025-05-02", 1_000, "2025-05-20")]
    folder = tmp_path / "ledgers"
    folder.mkdir()
    results = _same_import(tmp_path, [write_xlsx(folder / "台账 2025-04.xlsx", {"台账": april})],
                           [write_xlsx(folder / "台账 2025-05.xlsx", {"台账": may})])
    assert "later status is kept" not in import_report(results[-1])
    assert _verdicts(tmp_path / "fast.sqlite")["Tunis Trade"] == (
        11_000, "black", {"T-1": (6_000, 69), "T-2": (5_000, 0)})


# Nairobi's ledger, April's and May's alike but for their 收款 tabs; the late payer paid in April,
# so April's file's last order or received date is 04-25.
ORDERS = [PLAIN, plain("N-1", "Nairobi Deco", "2025-03-01", 10_000, "2025-03-10"),
          plain("N-2", "Nairobi Deco", "2025-03-02", 3_000, "2025-03-10"),
          plain("P-1", "Payer", "2025-04-01", 1_000, "2025-04-02", 1_000, "2025-04-25")]
NAIROBI = "Nairobi Deco"


def _paid(tmp_path: Path, april: list[list[object]], may: list[list[object]]):
    folder = tmp_path / "files"
    folder.mkdir()
    results = _same_import(
        tmp_path, [write_xlsx(folder / "台账 2025-04.xlsx", {"台账": ORDERS, "收款": april})],
        [write_xlsx(folder / "台账 2025-05.xlsx", {"台账": ORDERS, "收款": may})])
    assert [r.status for r in results] == ["imported"] * 2
    return by_name(at(tmp_path / "fast.sqlite"))[NAIROBI], results[-1]


@pytest.mark.parametrize("case", ["instalments", "slips"])
def test_a_payment_dated_after_the_earlier_file_is_not_its_date_corrected(tmp_path, case):
    """instalments: N-1 paid in two equal instalments, 5,000 on 04-20 in April's 收款 tab,
    5,000 on 05-20 in May's (the tab started anew). Hand count: 13,000 sold, 10,000 paid:
    3,000 open. slips: April's slips 1,000 (04-05) and 6,000 (04-20); May's re-send the 1,000
    and list 6,000 of 05-20 where the 04-20 stood. Hand count: 13,000 paid, nothing open.
    Before: the later payment taken for the earlier one with its date corrected and that one
    dropped: 8,000 and 6,000 open. Now both counted, the pair named in both languages."""
    if case == "instalments":
        april = [NUMBERED_HEADER, ["N-1", NAIROBI, d("2025-04-20"), 5_000]]
        may = [NUMBERED_HEADER, ["N-1", NAIROBI, d("2025-05-20"), 5_000]]
        hand, said = 3_000, "5,000.00 2025-04-20 → 5,000.00 2025-05-20"
    else:
        april = [RECEIPTS_HEADER, [NAIROBI, d("2025-04-05"), 1_000, None],
                 [NAIROBI, d("2025-04-20"), 6_000, None]]
        may = [april[0], april[1], [NAIROBI, d("2025-05-20"), 6_000, None]]
        hand, said = 0, "6,000.00 2025-04-20 → 6,000.00 2025-05-20"
    nairobi, result = _paid(tmp_path, april, may)
    assert (nairobi.open_amount, nairobi.credit_on_account) == (hand, 0)
    report = import_report(result)
    assert "corrected replaces" not in report
    assert "is dated after every order and receipt of that file" in report and said in report
    chinese = in_chinese(lambda: import_report(result))
    assert "视为之后的另一笔收款，两笔都已计入" in chinese and said in chinese

