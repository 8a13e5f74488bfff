"""What the fourteenth review of the screens found in what pass 14 changed, each seen as the
clerk meets it: the tier movement table's columns cut once another month is chosen (the new
ranking "Why" beside "Lo…"), the prospects sheet's empty "Value package" cells, a base
currency without a rate blaming the currencies that have one, English commas in Chinese
notes, and "no data" for the top 20 %'s share of a firm losing money."""

from __future__ import annotations

from datetime import date

import pytest
from ledgers import PLAIN_HEADER, build, order, write_xlsx
from PySide6.QtCore import Qt
from test_movements import _ledger
from test_movements_view import _open_movements

from core import i18n
from core.actions import restructuring
from core.analysis.names import sheet_name
from core.analysis.notes import NAMES_SHOWN, TEXTS_SHOWN
from core.analysis.run import analyse
from core.i18n import tr
from core.ledger.importer import import_files
from core.rates import DEFAULT_RATES
from ui.movements.model import COLUMN_INDEX as MOVE_COLUMN
from ui.movements.model import NARROWED


def _cut_columns(page) -> list[str]:
    """The columns (but "Why", whose whole sentence is its tooltip, and the words a window
    too narrow for them all may cut, each whole in its tooltip: ux15) narrower than a row
    shown in them: their cells read "Lo…"."""
    table = page.table
    kept = {MOVE_COLUMN["why"], *(MOVE_COLUMN[key] for key in NARROWED)}
    return [page.model.headerData(n, Qt.Orientation.Horizontal)
            for n in range(page.model.columnCount())
            if n not in kept and not table.isColumnHidden(n)  # Month, one month chosen
            and table.sizeHintForColumn(n) > table.columnWidth(n)]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_movement_columns_fit_every_month_the_clerk_chooses(qtbot, tmp_path, language):
    """The columns were fitted to the rows of the month first shown, the latest, which may
    have no move at all: choosing "All months" or another month then read "2025…" for the
    month, "Lo…" for Long tail and "(not a …" beside the ranking reasons. They are fitted
    again to what each choice shows."""
    i18n.set_language(language)
    build(tmp_path, _ledger()).close()
    window, page = _open_movements(qtbot, tmp_path / "firm.sqlite")
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    for index in range(page.month.count()):
        page.month.setCurrentIndex(index)
        assert _cut_columns(page) == [], page.month.currentText()
    page.month.setCurrentIndex(0)
    for index in range(page.kind.count()):
        page.kind.setCurrentIndex(index)
        assert _cut_columns(page) == [], page.kind.currentText()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_prospect_s_value_package_cell_says_something(tmp_path, language):
    """The prospects sheet's printed "Value package" column (价值验证套餐) was blank for every
    prospect offered the package and said only where the offer waits: on paper a blank under
    the package's name reads as "no package". Each row now says it: to offer, or why it
    waits, in the owner's copy and a salesperson's."""
    i18n.set_language(language)
    rows = [order("T1", "Trial Fine", "2025-05-01", 2_000, trial="是", ship="2025-05-03",
                  due="2025-06-01", received=2_000, received_on="2025-06-01"),
            order("T2", "Trial Late", "2025-01-05", 2_500, trial="是", ship="2025-01-10",
                  due="2025-02-10"),
            order("B1", "Buyer", "2025-06-01", 30_000, cost=20_000)]
    conn = build(tmp_path, rows)
    analysis = analyse(conn, as_of=date(2025, 6, 30))
    conn.close()
    late = next(c for c in analysis.customers if c.customer == "Trial Late")
    assert late.tier == "prospect" and late.suspended  # the one whose offer waits
    [table] = [t for t in restructuring.document(analysis).tables
               if t.sheet == sheet_name("prospect")]
    assert "plan" in {c.key for c in table.printed()}
    for sales in (False, True):  # the owner's copy and a salesperson's
        plan = {r["customer"]: r["plan"] for r in restructuring.prospect_rows(analysis, sales)}
        assert plan["Trial Fine"] == tr(restructuring.VALUE_PACKAGE_OFFERED)
        assert plan["Trial Late"] and plan["Trial Late"] != plan["Trial Fine"]


def test_a_base_currency_without_a_rate_does_not_blame_the_currencies_that_have_one(tmp_path):
    """Base KZT, without a rate, and a USD ledger: beside the note on KZT the overview said
    "No rate for USD: … Add the rates in the settings", sending the clerk to add a USD rate
    that stands in the rate table. It now says the USD amounts cannot be converted to KZT."""
    conn = build(tmp_path, [order("P1", "Buyer", "2025-05-01", 10_000, cost=8_000)],
                 base_currency="KZT")
    analysis = analyse(conn, as_of=date(2025, 6, 30))
    assert "USD" in DEFAULT_RATES and "KZT" not in DEFAULT_RATES
    conn.close()
    said = [n for n in analysis.notes if n.code == "missing_rates"]
    assert len(said) == 2 and "KZT" in said[0].text  # the base's own note, first
    [usd] = [n for n in said if "USD" in n.params.get("currencies", "")]
    assert "No rate for USD" not in usd.text and tr("base currency") in usd.text


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_notes_and_the_import_list_names_as_each_language_does(tmp_path, language):
    """The new notes read "缺少的客户 6 个：A, B, C, D, E, …" and "付款方式无法识别（“As
    agreed”, “见合同”, …）", and the import "1001 (Alpha, Beta)": English commas and brackets
    in Chinese sentences. Chinese lists with 、 and ends with 等, as the action lists do."""
    i18n.set_language(language)
    sep, more = ("、", "等") if language == "zh_CN" else (", ", ", …")
    rows = [order(f"N{n}", f"No Cost {n}", "2025-05-01", 1_000) for n in range(7)]
    rows += [order(f"S{n}", "Shared Two", "2025-05-01", 1_000, cost=800) for n in range(7)]
    rows += [order(f"U{n}", "Vague", "2025-04-01", 1_000, cost=800, terms=text,
                   ship="2025-04-05")
             for n, text in enumerate(("As agreed", "见合同", "老规矩", "按惯例"))]
    conn = build(tmp_path, rows)
    analysis = analyse(conn, as_of=date(2025, 6, 30))
    conn.close()
    notes = {n.code: n for n in analysis.notes}
    names = notes["ranked_by_revenue"].params["names"]
    assert names.count(sep) == NAMES_SHOWN - 1 + (sep in more) and names.endswith(more)
    texts = notes["terms_assumed"].params["texts"]
    assert texts.count(sep) == TEXTS_SHOWN - 1 + (sep in more) and texts.endswith(more)
    shared = write_xlsx(tmp_path / "shared.xlsx", {"台账": [PLAIN_HEADER, [
        "1001", "Alpha", date(2025, 3, 1), 5_000, "USD"], ["1001", "Beta", date(2025, 3, 5),
                                                       7_000, "USD"]]})
    [result] = import_files(tmp_path / "other.sqlite", [shared])
    [warning] = [w for w in result.warnings if w.code == "order_number_buyers"]
    assert warning.params["customers"] == f"Alpha{sep}Beta"
    if language == "zh_CN":
        assert "Alpha、Beta。" in warning.text and "," not in warning.text


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_firm_losing_money_reads_why_its_top_20_share_is_none(qtbot, tmp_path, language):
    """Win earns 100 and Lose loses 150: the firm's profit is −50 and the top 20 %'s share of
    it none. The overview said "no data" (无数据) under a heading giving that profit, and the
    Pareto chart "no customer with a positive total" beside Win's 100. Both now say the total
    is what is not positive."""
    from test_main_window import open_window

    i18n.set_language(language)
    build(tmp_path, [order("P1", "Win", "2025-03-01", 1_000, cost=900),
                     order("P2", "Lose", "2025-03-02", 1_000, cost=1_150)],
          m_benchmark_usd=500).close()
    window = open_window(qtbot, tmp_path / "firm.sqlite")
    overview = window.overview
    overview.set_data(window.analysis)
    assert window.analysis.ranked_by == "gross_profit"
    [top20] = [n for n, row in enumerate(overview.benchmark_rows())
               if row.label == tr("Top 20% of customers: their share of gross profit")]
    assert overview.benchmark_rows()[top20].value is None
    shown = overview.benchmarks.row_texts(top20)[1]
    assert shown == tr("– (total ≤ 0)") != tr("no data")
    assert overview.pareto.annotation() == [
        tr("nothing to show: the customers' total is not positive")]
