"""Bad input the .xls and .ods readers let through (bad39): a far entry on a hidden spare tab,
a month typed as a date shown without its day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ods_files import ods_row, write_ods
from test_hostile_readers38c import xls_far

from core.ledger.importer import import_files
from core.ledger.report import import_report

HEADERS = ["合同号", "客户名称", "下单日期", "金额", "币种", "已收金额"]


def _ods(path: Path, spare: str, hidden: bool = False) -> Path:
    """Five orders on 3月 and a tab `spare` (`hidden` or not) with an entry at CV81000 (8.1
    million cells' grid), as test_hostile_readers38c.xls_far's .xls."""
    rows = ods_row(HEADERS) + "".join(
        ods_row([f"PI-{n}", f"Buyer {n}", f"2025-03-0{n}", 1000 * n, "USD", 0])
        for n in range(1, 6))
    far = (ods_row(["备用"]) + '<table:table-row table:number-rows-repeated="80998">'
           '<table:table-cell/></table:table-row><table:table-row>'
           '<table:table-cell table:number-columns-repeated="99"/>'
           '<table:table-cell office:value-type="string"><text:p>end</text:p>'
           "</table:table-cell></table:table-row>")
    return write_ods(path, {"3月": rows, spare: far}, (spare,) if hidden else ())


def test_a_far_entry_on_a_hidden_spare_tab_passes_the_tab_over(tmp_path) -> None:
    """A hidden tab 备用 (no month in its name, no notes word) with "end" far below beside
    3月's five orders: the .xls and the .ods were refused whole (sheet_too_large), while the
    same workbook as .xlsx imported its orders, the hidden tab passed over. Now they import
    them, the tab named as left unread; the same tab shown, or a hidden 4月 (a month folded
    away may hold orders), still refuses the file."""
    for write, cell in ((xls_far, "IV65536"), (_ods, "CV81000")):
        suffix = "xls" if write is xls_far else "ods"
        good = write(tmp_path / f"hidden.{suffix}", "备用", True)
        [result] = import_files(tmp_path / f"{suffix}.sqlite", [good])
        assert result.status == "imported" and result.counts.inserted == 5, result.message
        [passed] = result.passed
        assert passed.name == "备用" and cell in passed.reason.text
        assert "hidden" in passed.reason.text
        for name, hidden in (("备用", False), ("4月", True)):
            bad = write(tmp_path / f"{name}{hidden}.{suffix}", name, hidden)
            [refused] = import_files(tmp_path / f"{name}{hidden}{suffix}.sqlite", [bad])
            assert refused.refused and refused.message.code == "sheet_too_large"
            assert f"“{name}”" in refused.message.text and cell in refused.message.text


def _months_xls(path: Path) -> Path:
    """PI-1 received on 2025-04-01 and PI-2 on 2025-04-15, both shown as 2025年4月."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("台账")
    for column, header in enumerate([*HEADERS, "收款日期"]):
        sheet.write(0, column, header)
    month = xlwt.easyxf(num_format_str='yyyy"年"m"月"')
    for n, day in ((1, 1), (2, 15)):
        for column, value in enumerate([f"PI-{n}", f"Buyer {n}", None, 1000 * n, "USD",
                                        1000 * n]):
            if value is not None:
                sheet.write(n, column, value)
        sheet.write(n, 2, date(2025, 3, day), month)
        sheet.write(n, 6, date(2025, 4, day), month)
    book.save(str(path))
    return path


def _months_ods(path: Path) -> Path:
    """The same as an .ods: its cells styled with a date style of year and month alone."""
    styles = ('<number:date-style style:name="N_month"><number:year number:style="long"/>'
              "<number:text>年</number:text><number:month/><number:text>月</number:text>"
              '</number:date-style><style:style style:name="ce_month" style:family="table-cell"'
              ' style:data-style-name="N_month"/>')

    def dated(day: date) -> str:
        return (f'<table:table-cell table:style-name="ce_month" office:value-type="date" '
                f'office:date-value="{day.isoformat()}"><text:p>{day.year}年{day.month}月'
                "</text:p></table:table-cell>")

    rows = ods_row([*HEADERS, "收款日期"])
    for n, day in ((1, 1), (2, 15)):
        head = ods_row([f"PI-{n}", f"Buyer {n}"]).removesuffix("</table:table-row>")
        rest = ods_row([1000 * n, "USD", 1000 * n]).removeprefix("<table:table-row>")
        rows += (head + dated(date(2025, 3, day)) + rest.removesuffix("</table:table-row>")
                 + dated(date(2025, 4, day)) + "</table:table-row>")
    return write_ods(path, {"台账": rows}, styles=styles)


def test_a_month_typed_in_an_xls_or_ods_is_read_and_named_as_a_month(tmp_path) -> None:
    """2025年4月 typed into Excel or LibreOffice is stored as 04-01 shown as the month: an
    .xlsx's was read as the month (04-30) and named, an .xls's and an .ods's as the 1st
    without a word (PI-1's 1,000 in on 04-01). Now as the xlsx's: the received date 04-30, the
    order date the 1st, both named; a date of another day shown so (04-15) keeps its day."""
    from core.store import connect

    for write in (_months_xls, _months_ods):
        suffix = "xls" if write is _months_xls else "ods"
        path = write(tmp_path / f"months.{suffix}")
        db = tmp_path / f"{suffix}.sqlite"
        [result] = import_files(db, [path])
        assert result.status == "imported" and result.counts.inserted == 2, result.message
        said = import_report(result)
        assert ("column “收款日期”: 1 date gives a month without its day (row 2): read as the "
                "month's last day") in said, said
        assert "column “下单日期”: 1 date gives a month without its day (row 2)" in said, said
        conn = connect(db)
        dates = dict(conn.execute("SELECT o.order_no, o.order_date || ' ' || l.received_date "
                                  "FROM orders o JOIN order_lines l ON l.order_id = o.id"))
        conn.close()
        assert dates == {"PI-1": "2025-03-01 2025-04-30", "PI-2": "2025-03-15 2025-04-15"}
