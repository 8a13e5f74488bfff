"""The import's result page says how many rows imported before this file updated (clerk33).

Before: December's ledger after November's (the bundled sample) read "1055 rows taken — new
orders: 44, orders updated: 0, new customers: 3. 872 of the rows were already in the database
as they are." The 81 rows of earlier months that December gave a payment, a ship date or a due
date were updated, yet nothing on the page said so, and "orders updated: 0" read as if the
month's receipts had not been taken. The details tree and the command line count them; the
page now does too, in both languages.
"""

from __future__ import annotations

from pathlib import Path

from conftest import SHIPPED_SAMPLE

from core import i18n
from core.ledger.importer import import_files
from ui.importing.summary import file_lines


def _december_after_november(tmp_path: Path):
    db = tmp_path / "firm.sqlite"
    [november] = import_files(db, [SHIPPED_SAMPLE / "订单台账_2025-11.xlsx"])
    assert november.status == "imported"
    [december] = import_files(db, [SHIPPED_SAMPLE / "订单台账_2025-12.xlsx"])
    return december


def _page(result) -> str:
    return " ".join(text for text, _ in file_lines(result)[0])


def test_the_rows_a_later_month_updated_are_counted_on_the_page(tmp_path):
    december = _december_after_november(tmp_path)
    assert december.counts.updated == 81 and december.counts.orders_updated == 0
    page = _page(december)
    assert "81 rows imported before were updated with what this file says now" in page
    i18n.set_language("zh_CN")
    assert "81 行以前导入过，已按本文件更新（收款、日期或状态）" in _page(december)
