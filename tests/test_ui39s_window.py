"""The window's small faults of the ui39s pass, driven through the real window.

1. The English window showed the ledger's Chinese country names (波兰) in the customer table
   and the panel, while the English printed lists said "Poland"."""

from __future__ import annotations

from datetime import date

from ledgers import write_xlsx
from test_main_window import open_window

from core.ledger.importer import import_files
from ui.customers.table_model import COLUMN_INDEX

COUNTRY = COLUMN_INDEX["country"]


def _two_countries(tmp_path):  # type: ignore[no-untyped-def]
    """A firm whose two buyers sit in 波兰 and 德国 (Poland after Germany in English, 波兰 bō
    before 德国 dé in pinyin: the sort says which names it sorted by)."""
    header = ["合同号", "客户名称", "国家", "下单日期", "金额", "币种"]
    ledger = write_xlsx(tmp_path / "台账.xlsx", {"台账": [
        header,
        ["HT-1", "Warsaw Home", "波兰", date(2025, 4, 2), 20000, "USD"],
        ["HT-2", "Berlin Haus", "德国", date(2025, 4, 8), 15000, "USD"],
    ]})
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [ledger])
    assert result.status == "imported", result.message
    return db


def _countries(window) -> list[str]:  # type: ignore[no-untyped-def]
    proxy = window.proxy
    return [proxy.index(row, COUNTRY).data() for row in range(proxy.rowCount())]


def _select(window, name: str) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in range(window.proxy.rowCount())
               if window.proxy.customer_at(r).customer == name)
    window.browser.select_row(row)


def test_the_english_window_names_a_chinese_country_in_english(qtbot, tmp_path):
    window = open_window(qtbot, _two_countries(tmp_path))
    window.proxy.sort(COUNTRY)
    assert _countries(window) == ["Germany", "Poland"]  # was 波兰, 德国 (sorted by pinyin)
    _select(window, "Warsaw Home")
    assert "Poland" in window.panel.subtitle.text().split(" · ")  # was 波兰
    window.search.setText("poland")  # searched by the name shown
    assert [window.proxy.customer_at(r).customer
            for r in range(window.proxy.rowCount())] == ["Warsaw Home"]
    window.search.setText("")
    window.commands.set_language("zh_CN")  # in Chinese, as the ledger wrote it
    assert _countries(window) == ["波兰", "德国"]
    _select(window, "Warsaw Home")
    assert "波兰" in window.panel.subtitle.text().split(" · ")
    window.commands.set_language("en")
    assert _countries(window) == ["Germany", "Poland"]
