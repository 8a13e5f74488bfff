"""A payment in another currency that falls short only by the rate's move is paid: an exchange
loss, not debt, not overdue, on no list (fx26).

Before: a 10,000 EUR invoice paid in full with the booked 10,800 USD, EUR having moved from
1.08 to 1.10 by the payment day, read ~182 EUR open and 145 days overdue, and its buyer went on
the black list. A surplus the other way (EUR at 1.06) spilled 189 EUR onto the next invoice.
Ledgers written here with openpyxl (a received-currency column, 收款币种), rates set as the
settings dialog sets them (core.rates.set_rate), imported and analysed as the app does.
Worked by hand: OA 30 from the ship date; A = 2025-06-30, the receipts date A (Payer's wire);
the band 3 % (fx_band_pct), the tolerance max(50 USD, 0.5 %); the black list past 60 days with
an average order under 20,000 USD.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from PySide6.QtWidgets import QMessageBox
from test_account_audit import A, customer
from test_fast_analysis import _compare
from test_settings_dialog import SAVED, _open

from core import i18n, settings_store
from core.analysis.firm import report
from core.analysis.model import Analysis
from core.analysis.order_history import order_lines
from core.analysis.run import analyse
from core.analysis.serialise import customer_json
from core.ledger.importer import import_files
from core.rates import set_rate
from core.rules import load_rules
from core.store import connect

HEADER = ["订单号", "客户", "下单日期", "金额", "币种", "付款方式", "出货日期", "已收金额",
          "收款币种", "收款日期"]
PAID = date(2025, 2, 1)  # the wire's day; PO-1 falls due 2025-02-05: 145 days before A
PAYER = ["PO-90", "Payer", date(2025, 5, 1), 1_000, "USD", "OA 30 days", date(2025, 5, 2),
         1_000, "USD", A]


def invoice(number: str, ordered: date, amount: float, currency: str = "EUR",
            received: float | None = None, received_in: str | None = None,
            received_on: date | None = PAID) -> list[object]:
    return [number, "Euro Buyer", ordered, amount, currency, "OA 30 days",
            date(ordered.year, ordered.month, ordered.day + 1), received,
            received_in, received_on if received is not None else None]


def firm(tmp_path: Path, rows: list[list[object]], eur_on_paid: float | None = 1.10,
         band: float | None = None) -> Path:
    """The ledger imported, EUR moved from its 1.08 to `eur_on_paid` from 2025-01-20 (before
    the wire), the band stored where given."""
    path = write_xlsx(tmp_path / "ledger.xlsx", {"台账": [HEADER, *rows, PAYER]})
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [path])
    assert result.status == "imported", result.message
    with connect(db) as conn:
        if eur_on_paid is not None:
            set_rate(conn, "EUR", "2025-01-20", eur_on_paid)
        if band is not None:
            settings_store.put(conn, "fx_band_pct", band)
        conn.commit()
    return db


def analysed(db: Path) -> Analysis:
    with connect(db) as conn:
        return analyse(conn, as_of=A)


def reasons(analysis: Analysis, language: str) -> dict[str, str]:
    """Euro Buyer's reasons by code, in a language."""
    i18n.set_language(language)
    try:
        return {m.code: m.text for m in customer(analysis, "Euro Buyer").reasons}
    finally:
        i18n.set_language("en")


def said_in_both(analysis: Analysis, code: str) -> tuple[str, str]:
    return reasons(analysis, "en")[code], reasons(analysis, "zh_CN")[code]


def test_paid_in_full_in_dollars_after_the_euro_rose_is_paid_with_an_exchange_loss(tmp_path):
    """10,800 USD at 1.10 pays 9,818.18 EUR: 181.82 EUR short (1.8 %), within the band."""
    db = firm(tmp_path, [invoice("PO-1", date(2025, 1, 5), 10_000, received=10_800,
                                 received_in="USD")])
    analysis = analysed(db)
    buyer = customer(analysis, "Euro Buyer")
    [po1] = buyer.receivables
    assert po1.received == pytest.approx(10_000 / 1.10 * 1.08)
    assert (po1.open, po1.days_overdue, po1.small) == (0, 0, False)
    assert po1.fx_difference == pytest.approx(-10_000 + 10_800 / 1.10)
    assert (buyer.open_amount, buyer.overdue_amount, buyer.max_days_overdue) == (0, 0, 0)
    assert buyer.list != "black" and not buyer.stop_loss and buyer.risk_grade == "A"
    assert buyer.exchange_loss == pytest.approx(200.0, abs=0.01)  # 181.82 EUR at 1.10
    assert buyer.exchange_gain == 0 and buyer.credit_on_account == 0
    assert buyer.settled_count == 1 and buyer.on_time_share == 1  # paid before it fell due
    said = customer_json(buyer)
    assert said["exchange_loss"] == 200.0
    assert said["receivables"][0]["exchange_difference"] == pytest.approx(-181.82)
    firm_report = report(analysis)
    assert firm_report.exchange_loss == pytest.approx(200.0) and firm_report.overdue_amount == 0
    assert said_in_both(analysis, "exchange_loss") == (
        "200.00 USD exchange loss on PO-1, paid in another currency: short by no more than the "
        "exchange band (3%), counted as paid",
        "PO-1 以其他币种收款，少收部分在汇差范围（3%）内，计为汇兑损失 200.00 USD，视为已付清")
    [line] = order_lines(analysis, buyer)
    assert line.status == "paid_fx_loss" and line.status_text == "paid, exchange loss"
    i18n.set_language("zh_CN")
    try:
        assert line.status_text == "已付清（有汇兑损失）"
    finally:
        i18n.set_language("en")


def test_beyond_the_band_the_shortfall_is_debt_as_before(tmp_path):
    """10,300 USD at 1.10 is 9,363.64 EUR: 636 EUR short (6.4 %), past the 3 % band: open,
    145 days overdue, black-listed. With the band set to 1 %, the 1.8 % of the first test is
    debt too: the stored setting rules."""
    db = firm(tmp_path, [invoice("PO-1", date(2025, 1, 5), 10_000, received=10_300,
                                 received_in="USD")])
    buyer = customer(analysed(db), "Euro Buyer")
    [po1] = buyer.receivables
    assert po1.open == pytest.approx(10_000 - 10_300 / 1.10)
    assert (po1.days_overdue, po1.fx_difference, buyer.exchange_loss) == (145, 0, 0)
    assert buyer.list == "black"
    narrow = firm(tmp_path / "narrow", [invoice("PO-1", date(2025, 1, 5), 10_000,
                                                received=10_800, received_in="USD")], band=1)
    with connect(narrow) as conn:
        assert load_rules(conn).fx_band_pct == 1
    buyer = customer(analysed(narrow), "Euro Buyer")
    assert buyer.receivables[0].open == pytest.approx(10_000 - 10_800 / 1.10)
    assert (buyer.max_days_overdue, buyer.list, buyer.exchange_loss) == (145, "black", 0)


def test_a_short_payment_in_the_invoice_s_own_currency_stays_debt(tmp_path):
    """9,800 EUR for 10,000 EUR: 200 EUR short (2 %, inside the band's width), but no other
    currency paid it: debt past the tolerance (54 EUR), overdue, black as before."""
    db = firm(tmp_path, [invoice("PO-1", date(2025, 1, 5), 10_000, received=9_800,
                                 received_in="EUR")])
    analysis = analysed(db)
    buyer = customer(analysis, "Euro Buyer")
    assert buyer.receivables[0].open == pytest.approx(200)
    assert buyer.max_days_overdue == 145 and buyer.list == "black"
    assert (buyer.exchange_loss, buyer.receivables[0].fx_difference) == (0, 0)
    assert "exchange_loss" not in reasons(analysis, "en")
    assert order_lines(analysis, buyer)[0].status == "overdue"


def test_a_surplus_the_rate_s_move_explains_is_a_gain_not_credit_for_the_next_invoice(tmp_path):
    """EUR fell to 1.06: 10,800 USD pays PO-1's 10,000 EUR with 200 USD (188.68 EUR) over,
    all of it the move (at 1.08 PO-1 took 10,800). Before, the 188.68 EUR paid part of PO-2."""
    db = firm(tmp_path, [invoice("PO-1", date(2025, 1, 5), 10_000, received=10_800,
                                 received_in="USD"),
                         invoice("PO-2", date(2025, 6, 1), 10_000)], eur_on_paid=1.06)
    analysis = analysed(db)
    buyer = customer(analysis, "Euro Buyer")
    po1, po2 = buyer.receivables
    assert (po1.open, po2.received, po2.open) == (0, 0, 10_000)
    assert po1.fx_difference == pytest.approx(200 / 1.06)
    assert buyer.exchange_gain == pytest.approx(200.0) and buyer.credit_on_account == 0
    assert report(analysis).exchange_gain == pytest.approx(200.0)
    assert said_in_both(analysis, "exchange_gain") == (
        "200.00 USD exchange gain on PO-1, paid in another currency: what the rate's move since "
        "the order left over, not credit on account",
        "PO-1 以其他币种收款，因下单以来汇率变动多出 200.00 USD，计为汇兑收益，不作预收余额")
    assert [line.status for line in order_lines(analysis, buyer)] == ["open", "paid_fx_gain"]


def test_money_over_what_the_move_explains_is_the_buyer_s_and_pays_on(tmp_path):
    """11,000 USD at 1.06: PO-1 takes 10,600 USD; 400 USD is left, the move explains 200: it
    is the buyer's money, all of it paid on to PO-2 (no gain taken)."""
    db = firm(tmp_path, [invoice("PO-1", date(2025, 1, 5), 10_000, received=11_000,
                                 received_in="USD"),
                         invoice("PO-2", date(2025, 6, 1), 10_000)], eur_on_paid=1.06)
    buyer = customer(analysed(db), "Euro Buyer")
    assert buyer.receivables[1].received == pytest.approx(400 / 1.06)
    assert buyer.exchange_gain == 0 and buyer.receivables[0].fx_difference == 0


def test_a_lump_wire_short_by_the_move_pays_both_invoices(tmp_path):
    """21,600 USD, the booked value of two 10,000 EUR invoices, at 1.10 is 19,636.36 EUR: the
    whole 363.64 EUR shortfall (3.6 % of PO-2 alone, 1.8 % of the wire) lands on PO-2, which
    is paid: the band is measured against the whole wire."""
    db = firm(tmp_path, [invoice("PO-1", date(2025, 1, 5), 10_000, received=21_600,
                                 received_in="USD"),
                         invoice("PO-2", date(2025, 1, 8), 10_000)])
    buyer = customer(analysed(db), "Euro Buyer")
    assert [r.open for r in buyer.receivables] == [0, 0]
    assert [round(r.fx_difference, 2) for r in buyer.receivables] == [0, -363.64]
    assert buyer.list != "black" and buyer.exchange_loss == pytest.approx(400.0)


def mixed_firm(tmp_path: Path) -> Path:
    """A lump wire short by the move (a loss on PO-2), a surplus the move explains (a gain
    on PO-3), a same-currency payment, a USD invoice short 5.5 % in euros (debt)."""
    db = firm(tmp_path, [invoice("PO-1", date(2025, 1, 5), 10_000, received=21_600,
                                 received_in="USD"),
                         invoice("PO-2", date(2025, 1, 8), 10_000),
                         invoice("PO-3", date(2025, 2, 5), 5_000, received=5_500,
                                 received_in="USD", received_on=date(2025, 3, 1)),
                         invoice("PO-4", date(2025, 3, 5), 5_000, received=5_000,
                                 received_in="EUR", received_on=date(2025, 4, 1)),
                         invoice("PO-5", date(2025, 5, 5), 8_000, currency="USD",
                                 received=7_000, received_in="EUR",
                                 received_on=date(2025, 6, 1))])
    with connect(db) as conn:
        set_rate(conn, "EUR", "2025-02-20", 1.08)
        conn.commit()
    return db


def test_the_reference_analysis_agrees(tmp_path, monkeypatch):
    """tests/reference_analysis.py models the band too: a lump short by the move (a loss on
    PO-2), a surplus the move explains (EUR back at 1.08 from 20 February: PO-3, booked at
    1.10, paid with its booked 5,500 USD, a gain of 92.59 EUR), a same-currency payment, a
    USD invoice short 5.5 % in euros (debt)."""
    db = mixed_firm(tmp_path)
    buyer = customer(analysed(db), "Euro Buyer")
    assert [round(r.fx_difference, 2) for r in buyer.receivables] == [0, -363.64, 92.59, 0, 0]
    assert buyer.receivables[4].open == pytest.approx(8_000 - 7_000 * 1.08)
    _compare(db, tmp_path, monkeypatch, [None, A, date(2025, 3, 31)], ("en", "zh_CN"))


def test_the_band_is_a_setting_with_its_unit_range_and_default(qtbot, db_path, monkeypatch):
    """The dialog shows it on the risk page as a percent with its range, both languages;
    Save stores it, Restore Defaults puts 3 back."""
    dialog = _open(qtbot, db_path)
    field = dialog.fields["fx_band_pct"]
    assert field.editor.lineEdit().text() == "3%"
    assert field.default.text() == "Default: 3% (allowed: 0–20%)"
    assert field.label.text().startswith("Exchange difference counted as paid")
    field.set_value(5)
    with qtbot.waitSignal(dialog.settingsChanged, timeout=SAVED):
        assert dialog.save()
    with connect(db_path) as conn:
        assert settings_store.load(conn)["fx_band_pct"] == 5 and load_rules(conn).fx_band_pct == 5
    i18n.set_language("zh_CN")
    try:
        dialog.retranslate()
        assert field.label.text().startswith("视同已付的汇差")
        assert field.default.text() == "默认：3%（可填 0–20%）"
    finally:
        i18n.set_language("en")
        dialog.retranslate()
    again = _open(qtbot, db_path)
    assert again.fields["fx_band_pct"].raw() == 5
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    again.restore_button.click()
    assert again.fields["fx_band_pct"].raw() == 3
    with qtbot.waitSignal(again.settingsChanged, timeout=SAVED):
        assert again.save()
    with connect(db_path) as conn:
        assert load_rules(conn).fx_band_pct == 3


def test_the_customer_panel_says_the_exchange_loss_in_both_languages(qtbot, tmp_path):
    """The panel's reasons and its orders table, as the clerk opens the customer."""
    from PySide6.QtCore import Qt
    from test_main_window import open_window

    from core.analysis.names import list_heading

    window = open_window(qtbot, firm(tmp_path, [invoice("PO-1", date(2025, 1, 5), 10_000,
                                                        received=10_800, received_in="USD")]))
    row = next(r for r in range(window.proxy.rowCount())
               if window.proxy.customer_at(r).customer == "Euro Buyer")
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.table.visualRect(window.proxy.index(row, 1)).center())
    panel = window.panel
    assert panel.customer.customer == "Euro Buyer"
    assert "200.00 USD exchange loss on PO-1" in panel.reasons.text()
    assert list_heading("black") not in panel.list_text.text()
    status = panel.orders_model.index(0, panel.orders_model.columnCount() - 1)
    assert panel.orders_model.data(status) == "paid, exchange loss"
    caption = window.overview.cards["aging"].caption  # the firm's figures, by the late money's
    assert caption.text().endswith("\nExchange differences on invoices paid in another "
                                   "currency: 200 USD lost, 0 USD gained")
    i18n.set_language("zh_CN")
    try:
        window.retranslate()
        assert "计为汇兑损失 200.00 USD" in panel.reasons.text()
        assert panel.orders_model.data(status) == "已付清（有汇兑损失）"
        assert caption.text().endswith("以其他币种收款的发票汇兑损益：损失 200 USD，收益 0 USD")
    finally:
        i18n.set_language("en")
        window.retranslate()
