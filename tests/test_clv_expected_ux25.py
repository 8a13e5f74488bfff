"""The forecast count of orders says it is one: the clv command's column and the value card read
"Orders expected, next 12 months" (未来 12 个月预计订单数), one label in
core.analysis.value.EXPECTED_ORDERS.

Before, the command's column read "Orders next 12 months", as if the orders were already placed,
while the card said "Orders expected in the next 12 months" and, in Chinese, 未来 12 个月预计订单
beside the column's 未来12个月预计订单: three wordings of one figure. The JSON key stays
expected_orders_12m for scripts."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from test_cli import cli
from test_clv import _firm_ledger

from core import i18n
from core.analysis.run import analyse
from core.analysis.value import attach
from core.store import connect
from ui.customers.panel_cards import ValueCard

AS_OF = date(2024, 12, 31)
WORDS = [("en", "Orders expected, next 12 months", "Orders next 12 months"),
         ("zh_CN", "未来 12 个月预计订单数", "未来12个月预计订单")]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "firm.sqlite"
    assert cli("import", str(_firm_ledger(tmp_path / "l.xlsx")), "--db", str(path))[0] == 0
    return path


@pytest.mark.parametrize(("language", "label", "before"), WORDS)
def test_the_clv_column_says_the_orders_are_expected(db: Path, language, label, before):
    code, out, _ = cli("--lang", language, "clv", "--db", str(db), "--as-of", AS_OF.isoformat())
    header = next(line for line in out.splitlines() if line.lstrip().startswith("#"))
    assert code == 0 and label in header and before not in out
    payload = json.loads(cli("clv", "--db", str(db), "--as-of", AS_OF.isoformat(), "--json")[1])
    assert all("expected_orders_12m" in c for c in payload["customers"])


class Help(QObject):
    asked = Signal(str)


@pytest.mark.parametrize(("language", "label", "before"), WORDS)
def test_the_value_card_says_it_in_the_columns_words(qtbot, db: Path, language, label, before):
    conn = connect(db)
    try:
        analysis = analyse(conn, AS_OF)
        analysis.lifetime = attach(conn, AS_OF, analysis.rules, analysis.orders,
                                   analysis.customers)
    finally:
        conn.close()
    alpha = analysis.customer("Alpha Ltd")
    assert alpha is not None and alpha.expected_orders_12m is not None
    help_ = Help()
    i18n.set_language(language)
    try:
        card = ValueCard(help_.asked)
        qtbot.addWidget(card)
        card.show_customer(analysis, alpha)
        text = card.text.text()
    finally:
        i18n.set_language("en")
    separator = ": " if language == "en" else "："
    assert f"{label}{separator}{alpha.expected_orders_12m:.1f}" in text, text
