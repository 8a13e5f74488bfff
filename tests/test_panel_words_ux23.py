"""The customer panel's stop-loss card, as a screen review read it.

Before, the English reason said "(limit 60)" and "(watch from 30)" where the Chinese said
上限 60 天 and 超过 30 天: 60 what? And the action under it said "collect USD 10,000.08
overdue" where the reason above said "5,000 USD open": one card, money written two ways. Now
every limit says its days, and money in prose reads one way, the amount in whole units then
its currency (core.i18n.money_text), while the workbook's figure cells keep the exact amount.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from ledgers import titled, write_xlsx
from test_lists_by_hand import HEADER, OA30, row
from test_main_window import open_window
from test_stop_loss_panel_ux22 import ROWS as UX22_ROWS
from test_stop_loss_panel_ux22 import list_text

from core import i18n, settings_store
from core.actions import stop_loss
from core.actions.export import write_documents
from core.analysis import clv_models
from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.store import connect

AMOUNT = HEADER.index("金额")


def _with_cents(cells: list[object]) -> list[object]:
    """Small Late's two invoices at 5,000.04: the card's sentence rounds, the cell must not."""
    return [5_000.04 if i == AMOUNT else v for i, v in enumerate(cells)] if cells[2] == (
        "Small Late Co") else cells


# ux22's customers but Big Late: Small Late black, Big Watch watched, Anchor paid
ROWS = [_with_cents(r) for r in UX22_ROWS if r[2] != "Big Late Co"]


def _firm(tmp_path: Path) -> Path:
    ledger = write_xlsx(tmp_path / "2025年台账.xlsx", {"2025": titled([HEADER, *ROWS])})
    [result] = import_files(tmp_path / "firm.sqlite", [ledger])
    assert result.status == "imported", result.message
    return tmp_path / "firm.sqlite"


@pytest.mark.parametrize(("language", "black", "action", "watch"), [
    ("en", "past due (limit 60 days) and an average order of 5,000 USD",
     "collect 10,000 USD overdue.", "174 days past due (on watch after 30 days)"),
    ("zh_CN", "逾期 205 天（上限 60 天），平均订单 5,000 USD", "催收逾期 10,000 USD。",
     "逾期 174 天（超过 30 天即观察）"),
])
def test_the_stop_loss_card_says_days_and_writes_money_one_way(
        qtbot, tmp_path: Path, language: str, black: str, action: str, watch: str):
    db = _firm(tmp_path)
    i18n.set_language(language)
    try:
        window = open_window(qtbot, db)
        card = list_text(qtbot, window, "small late")
        assert black in card and action in card, card
        assert "USD 10,000" not in card and "10,000.08" not in card
        assert watch in list_text(qtbot, window, "big watch")
    finally:
        i18n.set_language("en")


def test_a_limit_of_one_day_is_singular_in_english(tmp_path: Path):
    db = _firm(tmp_path)
    conn = connect(db)
    try:
        conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('watch_days', '1')")
        conn.commit()
        analysis = analyse(conn, None)
    finally:
        conn.close()
    [big] = [c for c in analysis.customers if c.customer == "Big Watch Co"]
    assert "(on watch after 1 day)" in big.list_reason.text


def test_the_workbook_keeps_the_exact_amount_where_it_is_a_figure(tmp_path: Path):
    """Only the prose rounds: the overdue column still holds 10,000.08 as a number."""
    conn = connect(_firm(tmp_path))
    try:
        analysis = analyse(conn, None)
    finally:
        conn.close()
    [path] = write_documents([(tmp_path / "stop-loss.xlsx", stop_loss.document(analysis))])
    rows = [values for sheet in openpyxl.load_workbook(path).worksheets
            for values in sheet.iter_rows(values_only=True)
            if values and values[0] == "Small Late Co"]
    assert rows
    for values in rows:
        assert 10_000.08 in values
        assert any(isinstance(v, str) and "collect 10,000 USD overdue" in v for v in values)


JARGON = ("likelihood", "parameter", "BG/NBD", "Gamma", "似然", "参数", "边界", "拟合")


def _repeat_buyers(tmp_path: Path) -> Path:
    """Six customers, each with three paid orders: enough repeat buyers to try the fit."""
    rows = [row(f"R{n}-{m}", f"Repeat {n} Co", f"2025-0{m}-1{n}", 1_000 * (n + m), terms=OA30,
                ship=f"2025-0{m}-1{n}", due=f"2025-0{m + 1}-1{n}", got=1_000 * (n + m),
                got_on=f"2025-0{m + 1}-1{n}")
            for n in range(6) for m in (2, 4, 6)]
    ledger = write_xlsx(tmp_path / "台账.xlsx", {"2025": titled([HEADER, *rows])})
    [result] = import_files(tmp_path / "firm.sqlite", [ledger])
    assert result.status == "imported", result.message
    conn = connect(tmp_path / "firm.sqlite")
    try:
        settings_store.put(conn, "clv_min_repeat_buyers", "5")
        conn.commit()
    finally:
        conn.close()
    return tmp_path / "firm.sqlite"


@pytest.mark.parametrize(("language", "plain", "model"), [
    ("en", "show no pattern clear enough to estimate lifetime values reliably. The lifetime "
           "values are a rough guide", "a parameter ran to its bound: the likelihood is flat"),
    ("zh_CN", "无法可靠地估算终身价值。因此终身价值只是粗略参考",
     "有参数跑到了边界：似然函数过于平坦"),
])
def test_the_value_card_says_what_a_failed_fit_means_not_why_it_failed(
        qtbot, monkeypatch, tmp_path: Path, language: str, plain: str, model: str):
    """Before: "Model: simple retention model. 有参数跑到了边界：似然函数过于平坦…" on a sales
    manager's card. Now the card says the figure is a rough guide; the statistics are in the
    line's tooltip."""
    def flat(*_args: object) -> None:
        raise clv_models.FitFailed("BG/NBD", "a parameter ran to its bound: the likelihood is flat")

    monkeypatch.setattr("core.analysis.clv.fit_bg_nbd", flat)
    db = _repeat_buyers(tmp_path)
    i18n.set_language(language)
    try:
        window = open_window(qtbot, db)
        qtbot.waitUntil(lambda: window.analysis is not None
                        and window.analysis.lifetime is not None, timeout=30000)
        assert window.analysis.lifetime.reason.code == "fit_failed"
        list_text(qtbot, window, "repeat 3")
        card = window.panel.value_card.model
        assert plain in card.text()
        assert not [word for word in JARGON if word in card.text()], card.text()
        assert model in card.toolTip()
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize(("language", "plain"), [
    ("en", "Only 2 customers have ordered more than once, and at least 30 are needed"),
    ("zh_CN", "下过不止一单的客户只有 2 个，至少要 30 个"),
])
def test_the_value_card_with_too_few_repeat_buyers_speaks_plainly(
        qtbot, tmp_path: Path, language: str, plain: str):
    db = _firm(tmp_path)  # Small Late and Big Watch have a second order day
    i18n.set_language(language)
    try:
        window = open_window(qtbot, db)
        qtbot.waitUntil(lambda: window.analysis is not None
                        and window.analysis.lifetime is not None, timeout=30000)
        list_text(qtbot, window, "big watch")
        card = window.panel.value_card.model
        assert plain in card.text(), card.text()
        assert not [word for word in JARGON if word in card.text()], card.text()
        assert "30" in card.toolTip()
    finally:
        i18n.set_language("en")
