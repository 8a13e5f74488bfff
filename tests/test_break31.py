"""break31: the three rules merged by paydup31 and order31, tried on ledgers they were not
written for. Each test's docstring gives the hand count."""

from __future__ import annotations

from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import
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
