"""place40: a note naming a row of the file it is about names it as every note does, a place
in both languages (core.ledger.row_places), as the report names a totals row.

Before, the notes of a cancelled order still moving, an order dated later or known only from
carried rows, a carried row read as a balance or kept as a line, a row read as a new sale and a
date past the file's month wrote the sheet and row as "4月 2" after the order or date, in
English and in Chinese ("B-1（4月 2）"), and a refund beyond what was paid read
"（行号 3（10,000.00 + 10,000.00 > 15,000.00 USD））". Now: "B-1 (“4月” row 2)",
"B-1（“4月”第 2 行）", and "（第 3 行：10,000.00 + 10,000.00 > 15,000.00 USD）". Each test
imports openpyxl-written ledgers (both imports) and reads the note in English, in Chinese,
then in English again (a note is read in the language in force when it is shown).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_cancel_reinstate28 import cancelled_then, moving
from test_carried_balance_rows import HEADER as CARRIED_HEADER
from test_carried_balance_rows import MARCH, april
from test_carried_balance_rows import row as carried_row
from test_fast_import import _same_import
from test_late33 import PAYMENTS, RIO
from test_lists_audit30 import HEADER, row
from test_order_dates import files
from test_refunds34 import AGAIN, SENT

from core.ledger.import_result import FileResult
from core.ledger.report import import_report


def _said(result: FileResult, code: str, english: str, chinese: str) -> None:
    """The note `code` of `result` names its row as `english` and, in Chinese, `chinese`; the
    whole report says it too, and no bare "sheet row" is left in either language."""
    [note] = [w for w in result.warnings if w.code == code]
    assert english in note.text, note.text
    assert english in import_report(result)
    said = in_chinese(lambda: (note.text, import_report(result)))
    assert chinese in said[0] and chinese in said[1], said[0]
    assert english in note.text  # read again in English: the message kept, not its Chinese


def test_a_cancelled_order_still_moving(tmp_path: Path) -> None:
    """PO-1 cancelled in February, shipped on March's file's 台账 row 2: named at that row."""
    _db, result = cancelled_then(tmp_path, "file", moving(ship=date(2025, 3, 20)))
    _said(result, "cancelled_still_moving", "PO-1 (“台账” row 2)", "PO-1（“台账”第 2 行）")
    assert "(台账 2)" not in result.warnings[0].text


def test_an_order_dated_later_keeps_its_first_date(tmp_path: Path) -> None:
    """L-1 of 03-10 listed again on May's 5月 row 2 dated 05-02: the row, then both dates."""
    march, may = files(tmp_path)
    results = _same_import(tmp_path, [march], [may])
    _said(results[1], "later_order_dates", "L-1 (“5月” row 2: 2025-03-10 / 2025-05-02)",
          "L-1（“5月”第 2 行：2025-03-10 / 2025-05-02）")


def test_carried_rows_read_as_a_balance_or_kept_as_a_line(tmp_path: Path) -> None:
    """April's B-1 sums up March's order (its balance), or is worth 50,000, more than the
    order's 40,000 (a line of its own, both sums said)."""
    book = write_xlsx(tmp_path / "2025.xlsx", {"3月": MARCH, "4月": april()})
    [result] = _same_import(tmp_path, [book])
    _said(result, "carried_balance_rows", "B-1 (“4月” row 2)", "B-1（“4月”第 2 行）")
    more = write_xlsx(tmp_path / "more" / "2025.xlsx", {"3月": MARCH, "4月": april(50_000, None)})
    [kept] = _same_import(tmp_path / "more", [more])
    _said(kept, "carried_rows_kept", "B-1 (“4月” row 2: 50,000.00 / 40,000.00 USD)",
          "B-1（“4月”第 2 行：50,000.00 / 40,000.00 USD）")


def test_a_row_dated_in_its_tabs_month_read_as_a_sale(tmp_path: Path) -> None:
    """April's B-1 with no product, dated April: counted as a sale, its row named."""
    later = carried_row("B-1", None, 40_000, ordered="2025-04-02", received=20_000,
                        received_on="2025-04-20")
    book = write_xlsx(tmp_path / "2025.xlsx", {"3月": MARCH, "4月": [CARRIED_HEADER, later]})
    [result] = _same_import(tmp_path, [book])
    _said(result, "earlier_order_sale_rows", "B-1 (“4月” row 2)", "B-1（“4月”第 2 行）")


def test_dates_past_the_files_month(tmp_path: Path) -> None:
    """台账 2025-04.xlsx: L-2 ordered 2025-09-05 (five months past April, no typo read) and
    L-1 paid 2026-04-29 (April 2025's 04-29, a typo of the year): each named at its row, the
    templates' "(sheet and row)" gone as the places say so."""
    path = write_xlsx(tmp_path / "ledgers" / "台账 2025-04.xlsx", {"4月": [
        HEADER,
        row("L-1", "Lima Co", "2025-04-05", 3_000, "2025-04-08", 3_000, "2026-04-29"),
        row("L-2", "Lima Co", "2025-09-05", 1_000, None)]})
    [result] = _same_import(tmp_path, [path])
    _said(result, "date_beyond_month", "2025-09-05 (“4月” row 3).",
          "2025-09-05（“4月”第 3 行）。")
    _said(result, "date_year_typo", "2026-04-29 → 2025-04-29 (“4月” row 2) (as written → as "
          "read).", "2026-04-29 → 2025-04-29（“4月”第 2 行）（原写 → 读作）。")
    report = import_report(result)
    assert "sheet and row" not in report and "工作表和行" not in in_chinese(
        lambda: import_report(result))


def test_a_refund_beyond_what_was_paid(tmp_path: Path) -> None:
    """Rio paid 15,000; 10,000 went back on 03-20 and 10,000 on 05-20 (收款 rows 2 and 3):
    the second is named at its row with its sums, the Chinese row a place, not
    "行号 3（…）" or "第 3（…） 行"."""
    folder = tmp_path / "ledgers"
    book = write_xlsx(folder / "台账 2025-05.xlsx", {"台账": RIO, "收款": [PAYMENTS, SENT, AGAIN]})
    [result] = _same_import(tmp_path, [book])
    _said(result, "refund_beyond_paid",
          "less the refunds before it (row 3: 10,000.00 + 10,000.00 > 15,000.00 USD): the part",
          "此前退汇后的余额（第 3 行：10,000.00 + 10,000.00 > 15,000.00 USD）：超出部分")
