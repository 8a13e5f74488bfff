"""An .xlsb is checked as an xlsx, .xls and .ods are (bad39): its Excel error cells and hidden
rows named, an entry far beyond its ledger named before calamine builds a grid to it."""

from __future__ import annotations

from xlsb_files import FormulaError, write_xlsb

from core.ledger.importer import import_files
from core.ledger.report import import_report

HEADERS = ["合同号", "客户名称", "下单日期", "金额", "币种", "已收金额"]


def _orders() -> dict[int, list[object]]:
    rows: dict[int, list[object]] = {1: HEADERS}
    for n in range(1, 6):
        rows[n + 1] = [f"PI-{n}", f"Buyer {n}", f"2025-03-0{n}", 1000 * n, "USD", 0]
    return rows


def test_an_xlsb_names_its_error_cells_and_hidden_rows(tmp_path) -> None:
    """B3 #N/A typed, F4 a formula's #DIV/0!, rows 5-6 hidden: the .xlsb skipped PI-2 as
    'no customer' and read PI-3's received figure as nothing, without a word why, and the
    hidden rows unsaid; now named as an .xls's are."""
    rows = _orders()
    rows[3][1] = "#N/A"
    rows[4][5] = FormulaError("#DIV/0!")
    path = write_xlsb(tmp_path / "errors.xlsb", {"3月": rows}, {"3月": {5, 6}})
    [result] = import_files(tmp_path / "db.sqlite", [path])
    assert result.status == "imported", result.message
    said = import_report(result)
    assert "2 cells show an Excel error instead of a value (B3 (#N/A), F4 (#DIV/0!))" in said, said
    assert "2 rows hidden in the workbook were read as any other (rows 5–6)" in said, said


def test_a_far_entry_in_an_xlsb_is_named_not_built(tmp_path) -> None:
    """"end" in HD100000 (100,000 × 212 cells) beside 3月's five orders: calamine built the
    grid, 21 million cells, and the file imported as if nothing were there (further out the
    allocator aborts the process). Now refused naming the cell and Ctrl+End, as an xlsx's;
    on a hidden spare tab or a notes tab the tab is passed over, named, the orders read."""
    far = {1: ["备用"], 100_000: [None] * 211 + ["end"]}
    shown = write_xlsb(tmp_path / "shown.xlsb", {"3月": _orders(), "备用": far})
    [refused] = import_files(tmp_path / "shown.sqlite", [shown])
    assert refused.refused and refused.message.code == "sheet_too_large"
    assert "“备用”" in refused.message.text and "HD100000" in refused.message.text
    for name, hidden in (("备用", ("备用",)), ("说明", ())):
        path = write_xlsb(tmp_path / f"{name}.xlsb", {"3月": _orders(), name: far},
                          hidden_tabs=hidden)
        [result] = import_files(tmp_path / f"{name}.sqlite", [path])
        assert result.status == "imported" and result.counts.inserted == 5, result.message
        [passed] = result.passed
        assert passed.name == name and "HD100000" in passed.reason.text


def test_a_month_typed_in_an_xlsb_is_read_and_named_as_a_month(tmp_path) -> None:
    """2025年4月 typed into Excel is stored as 04-01 shown as the month: an .xlsb's was read
    as the 1st without a word (PI-1's 1,000 in on 04-01), an xlsx's as the month (04-30) and
    named. Now as the xlsx's; a date of another day shown so (04-15) keeps its day."""
    from datetime import date

    from core.store import connect

    rows: dict[int, list[object]] = {1: [*HEADERS, "收款日期"]}
    for n, day in ((1, 1), (2, 15)):
        rows[n + 1] = [f"PI-{n}", f"Buyer {n}", date(2025, 3, day), 1000 * n, "USD", 1000 * n,
                       date(2025, 4, day)]
    path = write_xlsb(tmp_path / "months.xlsb", {"台账": rows}, dates='yyyy"年"m"月"')
    db = tmp_path / "db.sqlite"
    [result] = import_files(db, [path])
    assert result.status == "imported" and result.counts.inserted == 2, result.message
    said = import_report(result)
    assert ("column “收款日期”: 1 date gives a month without its day (row 2): read as the "
            "month's last day") in said, said
    conn = connect(db)
    dates = dict(conn.execute("SELECT o.order_no, o.order_date || ' ' || l.received_date "
                              "FROM orders o JOIN order_lines l ON l.order_id = o.id"))
    conn.close()
    assert dates == {"PI-1": "2025-03-01 2025-04-30", "PI-2": "2025-03-15 2025-04-15"}
