"""The ledger side of the customer account (issue 8): what `main.py import` stores and says for
ledgers booked the ways clerks really book them (tests/account_ledgers.py)."""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import date
from pathlib import Path

import account_ledgers as books
import pytest
from ledgers import write_xlsx

from core import backups
from core.cli.main import run
from core.cli.summary import summarise
from core.ledger.money_columns import ACCOUNTING_CURRENCY
from core.ledger.receipts import copied_wires
from core.rates import DEFAULT_RATES
from core.store import SCHEMA_VERSION, connect


def cli_import(db: Path, *files: Path, lang: str = "en", as_json: bool = True
               ) -> dict | str:
    """`main.py import` as a user runs it; the JSON report, or the text one."""
    out, err = io.StringIO(), io.StringIO()
    code = run(["import", "--db", str(db), "--lang", lang, *map(str, files),
                *(["--json"] if as_json else [])], out, err)
    assert code == 0, err.getvalue()
    return json.loads(out.getvalue()) if as_json else out.getvalue()


def only_file(report: dict) -> dict:
    [result] = report["files"]
    assert result["status"] == "imported", result["message"]
    return result


def rows(db: Path, sql: str, *args: object) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return [tuple(r) for r in conn.execute(sql, args)]
    finally:
        conn.close()


LINES = ("SELECT o.order_no, l.product, l.amount, l.received_amount, l.received_date, "
         "l.credit_note, l.credit_ref, l.status, o.status FROM order_lines l "
         "JOIN orders o ON o.id = l.order_id ORDER BY l.id")


def codes(result: dict) -> list[str]:
    return [w["code"] for w in result["warnings"]]


# --- wires -------------------------------------------------------------------------------------

def test_a_wire_booked_on_the_newest_row_is_stored_where_written(tmp_path, db_path):
    ledger = books.wire_on_newest_row(tmp_path)
    result = only_file(cli_import(db_path, ledger.path))
    assert result["wires_copied"] == [] and "wire_copied" not in codes(result)
    received = rows(db_path, "SELECT o.order_no, l.received_amount FROM order_lines l JOIN "
                             "orders o ON o.id = l.order_id WHERE l.received_amount IS NOT NULL")
    assert received == [(ledger.expect["stored_on"], ledger.expect["received_total"])]


def test_one_wire_written_on_three_rows_is_stored_once_and_reported(tmp_path, db_path):
    ledger = books.wire_on_every_row(tmp_path)
    result = only_file(cli_import(db_path, ledger.path))
    [wire] = result["wires_copied"]
    total = ledger.expect["received_total"]
    assert (wire["customer"], wire["amount"], wire["currency"], wire["day"]) == (
        books.WIRE_CUSTOMER, total, "USD", "2025-06-25")
    assert [r["row"] for r in wire["rows"]] == ledger.expect["rows"]
    note = next(w["text"] for w in result["warnings"] if w["code"] == "wire_copied")
    assert note == (f"{books.WIRE_CUSTOMER}: one wire of 25,000.00 USD dated 2025-06-25 "
                    "written on 3 rows (“6月” rows 2–4), counted once, on “6月” row 2.")
    stored = rows(db_path, "SELECT o.order_no, l.received_amount, l.received_date FROM "
                           "order_lines l JOIN orders o ON o.id = l.order_id ORDER BY l.id")
    assert stored == [("INV-101", total, "2025-06-25"), ("INV-102", None, None),
                      ("INV-103", None, None)]


def test_the_wire_note_in_chinese_and_in_the_text_report(tmp_path, db_path):
    ledger = books.wire_on_every_row(tmp_path)
    text = cli_import(db_path, ledger.path, lang="zh_CN", as_json=False)
    assert f"{books.WIRE_CUSTOMER}：2025-06-25 到账的一笔 25,000.00 USD 汇款写在了 3 行上" in text
    assert "（“6月”第 2–4 行），只计一次，记在工作表“6月”第 2 行。" in text


def test_the_same_file_next_month_keeps_the_wire_once(tmp_path, db_path):
    """May's file repeats the copies and adds a row: the wire is still counted once."""
    ledger = books.wire_on_every_row(tmp_path)
    cli_import(db_path, ledger.path)
    may = books._three_invoices([25_000, 25_000, 25_000])
    may.append(["INV-104", books.WIRE_CUSTOMER, date(2025, 6, 1), "LED panel", 4_000, "USD",
                "OA 30 days", None, None, None])
    result = only_file(cli_import(db_path, write_xlsx(tmp_path / "may.xlsx", {"6月": may})))
    assert (result["inserted"], result["unchanged"]) == (1, 3)
    assert rows(db_path, "SELECT SUM(received_amount) FROM order_lines") == [(25_000.0,)]


@pytest.mark.parametrize(("tuples", "expected"), [
    # three rows, the figure above each: one wire, kept on the first
    ([("A", 10_000, 25_000, "d1", 1), ("A", 10_000, 25_000, "d1", 2),
      ("A", 10_000, 25_000, "d1", 3)], [("A", 25_000, "d1", 1, (2, 3))]),
    # a 30,000 row paid in full beside two 10,000 rows the same 30,000 was copied on
    ([("A", 30_000, 30_000, "d1", 7), ("A", 10_000, 30_000, "d1", 8),
      ("A", 10_000, 30_000, "d1", 9)], [("A", 30_000, "d1", 7, (8, 9))]),
    # an order's partial receipt copied on both its product rows (rows without a shipment
    # are each their own)
    ([("A", 6_000, 5_000, None, 1), ("A", 4_000, 5_000, None, 2)],
     [("A", 5_000, None, 1, (2,))]),
    # one shipment of 6,000 + 4,000: its 10,000 copied on both rows is one wire
    ([("A", 6_000, 10_000, "d1", 1, "S1"), ("A", 4_000, 10_000, "d1", 2, "S1")],
     [("A", 10_000, "d1", 1, (2,))]),
    # two such shipments, each paid its own 10,000 on one day, written on its first row
    ([("A", 6_000, 10_000, "d1", 1, "S1"), ("A", 4_000, None, None, 2, "S1"),
      ("A", 6_000, 10_000, "d1", 3, "S2"), ("A", 4_000, None, None, 4, "S2")], []),
    # two invoices each paid their own 10,000: the figure exceeds neither row
    ([("A", 10_000, 10_000, "d1", 1), ("A", 10_000, 10_000, "d1", 2)], []),
    # a few cents over by rounding is no wire
    ([("A", 9_999.8, 10_000, "d1", 1), ("A", 10_000, 10_000, "d1", 2)], []),
    # different dates, different customers, one row alone: separate receipts
    ([("A", 10_000, 25_000, "d1", 1), ("A", 10_000, 25_000, "d2", 2),
      ("B", 10_000, 25_000, "d1", 3)], []),
    # a row of unknown worth (no rate) proves nothing, but is a copy where another row proves
    # it; receipts of nothing are never wires
    ([("A", None, 25_000, "d1", 1), ("A", 30_000, 25_000, "d1", 2),
      ("A", 10_000, 0, "d1", 3), ("A", 10_000, 0, "d1", 4)], []),
    ([("A", None, 25_000, "d1", 1), ("A", 10_000, 25_000, "d1", 2)],
     [("A", 25_000, "d1", 1, (2,))]),
])
def test_copied_wires_on_plain_tuples(tuples, expected):
    """The rule as the analysis will run it over stored lines: (customer, amount, received,
    received date, id[, shipment])."""
    found = [(w.customer, w.amount, w.day, w.kept, w.copies) for w in copied_wires(tuples)]
    assert found == expected


def test_separate_wires_for_two_orders_of_two_lines_each_are_kept(tmp_path, db_path):
    """Each order's receipt written on its first product row exceeds that row, not the order:
    two identical orders paid the same day are two wires. A third order's figure copied on
    both its rows is one."""
    header = ["合同号", "客户", "下单日期", "产品", "金额", "已收金额", "收款日期"]
    paid = date(2025, 6, 3)
    sheet = [header]
    for no in ("R-1", "R-2", "R-3"):
        sheet += [[no, "Repeat Buyer", date(2025, 5, 2), "Chair", 6_000, 10_000, paid],
                  [no, "Repeat Buyer", date(2025, 5, 2), "Desk", 4_000,
                   10_000 if no == "R-3" else None, paid if no == "R-3" else None]]
    result = only_file(cli_import(db_path, write_xlsx(tmp_path / "r.xlsx", {"S": sheet})))
    assert [[r["row"] for r in w["rows"]] for w in result["wires_copied"]] == [[6, 7]]
    assert rows(db_path, "SELECT SUM(received_amount) FROM order_lines") == [(30_000,)]


def test_a_cancelled_line_is_worth_nothing_to_the_wire_rule(tmp_path, db_path):
    """8,000 received written on both rows of an order whose 32,000 line was cancelled: the
    order is worth 8,000, so the figure is there once."""
    sheet = [["合同号", "客户", "下单日期", "产品", "金额", "已收金额", "收款日期", "状态"],
             ["PI-7", "Half Order", date(2025, 4, 1), "Pot", 8_000, 8_000, date(2025, 5, 2),
              None],
             ["PI-7", "Half Order", date(2025, 4, 1), "Kettle", 32_000, 8_000,
              date(2025, 5, 2), "取消"]]
    result = only_file(cli_import(db_path, write_xlsx(tmp_path / "h.xlsx", {"S": sheet})))
    assert len(result["wires_copied"]) == 1
    assert rows(db_path, "SELECT received_amount FROM order_lines ORDER BY id") == [
        (8_000,), (None,)]


def test_a_wire_in_rmb_is_judged_against_the_rows_worth_in_rmb(tmp_path, db_path):
    """72,000 RMB on two 10,000 USD rows: each row is worth about 72,000 RMB, so the figure
    exceeds neither: two receipts. 100,000 RMB copied on two rows exceeds both: one wire."""
    header = ["发票号", "客户", "下单日期", "金额", "已收金额(人民币)", "收款日期"]
    rows_ = [header, *[[f"X-{n}", "Rmb Payer", date(2025, 5, n), 10_000, 72_000,
                        date(2025, 6, 1)] for n in (1, 2)],
             *[[f"Y-{n}", "Rmb Payer", date(2025, 5, n), 10_000, 100_000, date(2025, 6, 2)]
               for n in (3, 4)]]
    result = only_file(cli_import(db_path, write_xlsx(tmp_path / "rmb.xlsx", {"S": rows_})))
    [wire] = result["wires_copied"]
    assert (wire["amount"], wire["currency"], [r["row"] for r in wire["rows"]]) == (
        100_000, "CNY", [4, 5])
    assert rows(db_path, "SELECT received_amount, received_currency FROM order_lines "
                         "ORDER BY id") == [(72_000, "CNY"), (72_000, "CNY"), (100_000, "CNY"),
                                           (None, "CNY")]


# --- credit notes ------------------------------------------------------------------------------

def test_a_credit_note_on_its_own_row_is_a_credit_not_an_order(tmp_path, db_path):
    ledger = books.credit_note_negative_row(tmp_path)
    result = only_file(cli_import(db_path, ledger.path))
    assert rows(db_path, LINES) == [
        ("INV-201", None, 10_000, 8_000, "2025-04-10", 0, None, None, None),
        ("CN-201", None, -2_000, None, None, 1, ledger.expect["credit_ref"], None,
         "credit_note")]
    [credit] = result["credit_notes"]
    assert (credit["row"], credit["amount"], credit["written_positive"]) == (3, -2_000, False)
    assert "credit_notes" in codes(result)
    summary = summarise(connect(db_path))
    assert summary.orders == ledger.expect["orders"]
    assert summary.amount_by_currency == {"USD": ledger.expect["revenue"]}


def test_a_typed_credit_note_written_positive_is_stored_negative(tmp_path, db_path):
    ledger = books.credit_note_typed_positive(tmp_path)
    result = only_file(cli_import(db_path, ledger.path))
    assert result["sheets"][0]["mapping"]["doc_type"] == "类型"
    assert rows(db_path, LINES)[1] == ("ZR-301", None, ledger.expect["stored_amount"], None,
                                       None, 1, None, None, "credit_note")
    [credit] = result["credit_notes"]
    assert credit["written_positive"] is True
    note = next(w["text"] for w in result["warnings"] if w["code"] == "credit_notes")
    assert "stored negative: 1" in note
    assert summarise(connect(db_path)).amount_by_currency == {"USD": ledger.expect["revenue"]}


def test_a_credit_note_names_the_invoice_of_its_reference_column(tmp_path, db_path):
    ledger = books.credit_note_with_ref(tmp_path)
    result = only_file(cli_import(db_path, ledger.path))
    assert result["sheets"][0]["mapping"]["ref"] == "原发票号"
    # the reference is stored as the invoice spells it ("inv-402" was typed)
    assert rows(db_path, "SELECT credit_ref, amount FROM order_lines WHERE credit_note = 1"
                ) == [(ledger.expect["credit_ref"], -2_000)]
    assert rows(db_path, "SELECT order_no FROM orders WHERE status = 'credit_note'") == [
        ("CN-401",)]


def test_a_credit_row_under_the_sales_number_names_that_sale(tmp_path, db_path):
    """Written under the invoice it reduces (退款 in the status column), it belongs to that
    order and names it; a 索赔 status still means a disputed order, not a credit."""
    header = ["发票号", "客户", "下单日期", "产品", "金额", "状态"]
    sheet = [header, ["INV-9", "Refund Co", date(2025, 5, 1), "Chair", 4_000, None],
             ["INV-9", "Refund Co", date(2025, 5, 20), "Chair", 500, "退款"],
             ["INV-10", "Refund Co", date(2025, 5, 21), "Desk", 3_000, "索赔"]]
    cli_import(db_path, write_xlsx(tmp_path / "refund.xlsx", {"S": sheet}))
    assert rows(db_path, LINES) == [
        ("INV-9", "Chair", 4_000, None, None, 0, None, None, None),
        ("INV-9", "Chair", -500, None, None, 1, "INV-9", None, None),
        ("INV-10", "Desk", 3_000, None, None, 0, None, "disputed", "disputed")]


# --- cancelled lines ---------------------------------------------------------------------------

def test_cancelled_lines_and_a_merged_status_cell(tmp_path, db_path):
    ledger = books.cancelled_lines(tmp_path)
    result = only_file(cli_import(db_path, ledger.path))
    stored = rows(db_path, "SELECT o.order_no, l.product, l.status, o.status FROM order_lines "
                           "l JOIN orders o ON o.id = l.order_id ORDER BY l.id")
    assert stored == [("PI-502", "Pan", None, None), ("PI-502", "Lid", "cancelled", None),
                      ("PI-502", "Rack", "cancelled", None),  # merged J3:J4 covers Rack
                      ("PI-501", "Pot set", None, None), ("PI-501", "Kettle", "cancelled", None),
                      ("PI-503", "Tray", "cancelled", "cancelled"),
                      ("PI-503", "Cup", "cancelled", "cancelled")]
    assert [line["row"] for line in result["cancelled_lines"]] == [3, 4, 6]
    cancelled = {r[1] for r in stored if r[2] == "cancelled" and r[3] is None}
    assert cancelled == set(ledger.expect["cancelled_lines"])
    summary = summarise(connect(db_path))
    assert (summary.orders, summary.cancelled_orders) == (ledger.expect["orders"], 1)
    assert summary.amount_by_currency == {"USD": ledger.expect["avg_order"] * 2}


# --- a ledger without order numbers ------------------------------------------------------------

def test_a_corrected_row_without_order_number_updates_not_doubles(tmp_path, db_path):
    ledger = books.corrected_without_order_numbers(tmp_path)
    april, may = ledger.files
    only_file(cli_import(db_path, april))
    result = only_file(cli_import(db_path, may))
    assert (result["inserted"], result["updated"], result["unchanged"]) == (1, 1, 2)
    [change] = result["amount_changes"]
    assert (change["customer"], change["old"], change["new"]) == ledger.expect["amount_change"]
    assert (change["order_no"], change["order_date"], change["row"]) == (None, "2025-03-05", 2)
    stored = rows(db_path, "SELECT c.name, l.amount, l.received_amount FROM order_lines l "
                           "JOIN orders o ON o.id = l.order_id JOIN customers c ON "
                           "c.id = o.customer_id ORDER BY l.id")
    assert len(stored) == ledger.expect["lines"]
    assert stored[:2] == [("Bolt & Nut GmbH", 10_500, 10_500), ("Bolt & Nut GmbH", 3_000, None)]
    revenue: dict[str, float] = {}
    for name, amount, _ in stored:
        revenue[name] = revenue.get(name, 0) + amount
    assert revenue == ledger.expect["revenue"]


def test_the_amount_change_of_a_row_without_number_reads_in_both_languages(tmp_path, db_path):
    april, may = books.corrected_without_order_numbers(tmp_path).files
    cli_import(db_path, april)
    text = cli_import(db_path, may, lang="zh_CN", as_json=False)
    assert ("金额有变动：Bolt & Nut GmbH，2025-03-05 的订单 Widget：10,000.00 → 10,500.00 USD"
            "（工作表“台账”第 2 行）") in text
    db2 = db_path.with_name("en.sqlite")
    cli_import(db2, april)
    text = cli_import(db2, may, as_json=False)
    assert ("Amount changed: Bolt & Nut GmbH, order of 2025-03-05 Widget: 10,000.00 → "
            "10,500.00 USD (sheet “台账” row 2)") in text


def test_a_row_repeated_on_a_later_tab_is_the_same_row(tmp_path, db_path):
    """One file, a tab per month: March's unpaid row carried into April's tab with its
    receipt is one line, paid, not a second order."""
    march = [books.NO_NUMBER_HEADER,
             ["Tab Buyer", date(2025, 3, 5), "Widget", 2_000, "USD", None, None, None]]
    april = [books.NO_NUMBER_HEADER,
             ["Tab Buyer", date(2025, 3, 5), "Widget", 2_000, "USD", None, 2_000,
              date(2025, 4, 9)],
             ["Tab Buyer", date(2025, 4, 2), "Widget", 1_000, "USD", None, None, None]]
    path = write_xlsx(tmp_path / "tabs.xlsx", {"3月": march, "4月": april})
    only_file(cli_import(db_path, path))
    assert rows(db_path, "SELECT amount, received_amount FROM order_lines ORDER BY id") == [
        (2_000, 2_000), (1_000, None)]


# --- currencies of cost and receipt columns ----------------------------------------------------

def test_cost_kept_in_rmb_beside_usd_sales(tmp_path, db_path):
    ledger = books.cost_in_rmb(tmp_path)
    result = only_file(cli_import(db_path, ledger.path))
    stored = rows(db_path, "SELECT source_sheet, cost, cost_currency, received_currency, "
                           "currency FROM order_lines ORDER BY id")
    assert {sheet: cost_currency for sheet, _, cost_currency, _, _ in stored} == \
        ledger.expect["cost_currency"]
    assert {cost for _, cost, _, _, _ in stored} == {books.RMB_COST, 7_500}
    assert {(s, r) for s, _, _, r, _ in stored} == {
        ("表头人民币", "CNY"), ("单元格人民币", None), ("未标币种", None), ("美元成本", None)}
    notes = {(n["sheet"], n["column"]): n for n in result["column_currencies"]}
    assert {sheet: notes[(sheet, "cost")]["how"] for sheet in ledger.expect["how"]} == \
        ledger.expect["how"]
    assert ("美元成本", "cost") not in notes
    assert notes[("表头人民币", "received")]["header"] == "已收金额(人民币)"
    guessed = notes[("未标币种", "cost")]
    assert (guessed["impossible"], guessed["judged"], guessed["row_currency"]) == (3, 3, "USD")
    # read as CNY at the default rate, the margins are the ledger's 25 %
    margin = 1 - books.RMB_COST * DEFAULT_RATES[ACCOUNTING_CURRENCY] / 10_000
    assert margin == pytest.approx(ledger.expect["margin"], abs=0.001)
    assert codes(result).count("cost_currency_guessed") == 1
    texts = [w["text"] for w in result["warnings"]]
    assert ("Sheet “表头人民币”: cost column “成本(人民币)” read as CNY (3 rows), converted at "
            "the rates in Settings (Currency rates) for their dates.") in texts


def test_cost_column_notes_in_chinese(tmp_path, db_path):
    text = cli_import(db_path, books.cost_in_rmb(tmp_path).path, lang="zh_CN", as_json=False)
    assert ("工作表“表头人民币”：成本列“成本(人民币)”按 CNY 读取（3 行），"
            "并按设置中“汇率”页各行日期适用的汇率换算。") in text
    assert ("工作表“未标币种”：成本列“成本”未写明币种，但若按 USD 读取，3 行中有 3 行毛利率"
            "低于") in text


def test_a_cost_column_named_in_english_with_its_currency_maps(tmp_path, db_path):
    sheet = [["Order No.", "Customer", "Order Date", "Amount", "Cost (RMB)"],
             ["E-1", "English Books", "2025-05-01", 1_000, 5_400]]
    result = only_file(cli_import(db_path, write_xlsx(tmp_path / "en.xlsx", {"S": sheet})))
    assert result["sheets"][0]["mapping"]["cost"] == "Cost (RMB)"
    assert rows(db_path, "SELECT cost, cost_currency FROM order_lines") == [(5_400, "CNY")]


def test_a_few_odd_margins_are_no_reason_to_guess(tmp_path, db_path):
    """One row of four with an impossible margin is a typing error, not an RMB column."""
    sheet = [["合同号", "客户", "下单日期", "金额", "成本"],
             *[[f"K-{n}", "Kappa", date(2025, 5, n), 10_000, 7_500] for n in (1, 2, 3)],
             ["K-4", "Kappa", date(2025, 5, 4), 10_000, 75_000]]
    result = only_file(cli_import(db_path, write_xlsx(tmp_path / "k.xlsx", {"S": sheet})))
    assert result["column_currencies"] == []
    assert rows(db_path, "SELECT DISTINCT cost_currency FROM order_lines") == [(None,)]


# --- ship-date column --------------------------------------------------------------------------

def test_a_sheet_without_ship_date_column_is_recorded(tmp_path, db_path):
    ledger = books.no_ship_date_column(tmp_path)
    result = only_file(cli_import(db_path, ledger.path))
    assert result["sheets"][0]["ship_date_column"] is False
    assert "no_ship_date_column" in codes(result)
    # a second ledger with the column: the database holds both kinds, line by line
    other = write_xlsx(tmp_path / "shipped.xlsx", {"S": [
        ["合同号", "客户", "下单日期", "金额", "出货日期"],
        ["S-1", "Shipper", date(2025, 5, 1), 1_000, None],
        ["S-2", "Shipper", date(2025, 5, 2), 1_000, date(2025, 5, 20)]]})
    second = only_file(cli_import(db_path, other))
    assert second["sheets"][0]["ship_date_column"] is True
    assert "no_ship_date_column" not in codes(second)
    assert rows(db_path, "SELECT o.order_no, l.ship_date_known FROM order_lines l JOIN orders "
                         "o ON o.id = l.order_id ORDER BY l.id") == [
        ("QH-1", 0), ("QH-2", 0), ("S-1", 1), ("S-2", 1)]


def test_every_builder_imports(tmp_path, db_path):
    """The builders the analysis tests reuse all import cleanly, each saying what it holds."""
    for number, build in enumerate(books.BUILDERS):
        folder = tmp_path / str(number)
        ledger = build(folder)
        assert ledger.account and ledger.as_of == books.AS_OF
        report = cli_import(folder / "firm.sqlite", *ledger.files)
        assert [f["status"] for f in report["files"]] == ["imported"] * len(ledger.files)


# --- migration 4: rows stored by the old keys --------------------------------------------------

def _old_described_key(customer: str, day: str, amount: float, product: str, occurrence: int
                       ) -> str:
    """The key schema 2 gave a row without an order number: its amount and currency in it."""
    import hashlib

    basis = "|".join((customer.casefold(), day, repr(amount), "USD", product.casefold()))
    return "r:" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:20] + f"#{occurrence}"


def _schema_2_database(path: Path, *, ambiguous: bool = False) -> None:
    """What the old import left after April's file of books.corrected_without_order_numbers
    (two Widget lots of one day for Bolt & Nut), a Chair row of Solo Buyer corrected by a later
    file (5,000 → 5,200, stored as a second order by the old key), and a numbered order, a
    credit note and a cancelled order from a sheet without ship dates. `ambiguous`: May's
    file was imported by the old code too, storing Bolt & Nut's corrected 10,500 row again."""
    from core.store import MIGRATIONS

    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:2]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 2")
    mapping = {"customer": "客户", "order_date": "下单日期", "product": "产品", "amount": "金额",
               "currency": "币种", "ship_date": "出货日期"}
    no_ship = {k: v for k, v in mapping.items() if k != "ship_date"}
    files = {1: "台账_2025-04.xlsx", 2: "solo.xlsx", 3: "old.xlsx", 4: "台账_2025-05.xlsx"}
    for number, name in files.items():
        conn.execute("INSERT INTO imports VALUES (?, ?, NULL, ?, 'xlsx', '2025-05-01', 0, 0, 0, "
                     "0, ?)", (number, name, f"hash{number}", json.dumps(
                         {"sheets": [{"name": "台账",
                                      "mapping": no_ship if number == 3 else mapping}]})))
    names = ("Bolt & Nut GmbH", "Pacific Traders", "Old Friend", "Solo Buyer")
    for number, name in enumerate(names, 1):
        conn.execute("INSERT INTO customers(id, key, name) VALUES (?, ?, ?)",
                     (number, name.casefold(), name))
    # (order id, key, order_no, customer, date, status, first import, [lines])
    # line: (line id, product, amount, ship date, received, received date)
    orders = [
        (1, _old_described_key("Bolt & Nut GmbH", "2025-03-05", 10_000.0, "Widget", 0), None,
         1, "2025-03-05", None, 1, [(1, "Widget", 10_000, "2025-03-20", None, None)]),
        (2, _old_described_key("Bolt & Nut GmbH", "2025-03-05", 3_000.0, "Widget", 0), None,
         1, "2025-03-05", None, 1, [(2, "Widget", 3_000, "2025-03-20", None, None)]),
        (3, _old_described_key("Pacific Traders", "2025-03-12", 6_000.0, "Gadget", 0), None,
         2, "2025-03-12", None, 1, [(3, "Gadget", 6_000, "2025-03-25", 6_000, "2025-04-15")]),
        (4, _old_described_key("Solo Buyer", "2025-02-01", 5_000.0, "Chair", 0), None,
         4, "2025-02-01", None, 1, [(4, "Chair", 5_000, "2025-02-15", None, None)]),
        (5, _old_described_key("Solo Buyer", "2025-02-01", 5_200.0, "Chair", 0), None,
         4, "2025-02-01", None, 2, [(5, "Chair", 5_200, None, 5_200, "2025-04-01")]),
        (6, "o:pi-1", "PI-1", 3, "2025-01-10", None, 3, [(6, "Lamp", 4_000, None, None, None)]),
        (7, "o:cn-1", "CN-1", 3, "2025-02-10", None, 3, [(7, None, -500, None, None, None)]),
        (8, "o:pi-2", "PI-2", 3, "2025-02-11", "cancelled", 3,
         [(8, "Lamp", 900, None, None, None), (9, "Shade", 100, None, None, None)]),
    ]
    if ambiguous:
        orders.append((9, _old_described_key("Bolt & Nut GmbH", "2025-03-05", 10_500.0,
                                             "Widget", 0), None, 1, "2025-03-05", None, 4,
                       [(10, "Widget", 10_500, "2025-03-20", 10_500, "2025-05-10")]))
    for order_id, key, order_no, customer, day, status, first, lines in orders:
        conn.execute("INSERT INTO orders(id, order_key, order_no, customer_id, order_date, "
                     "currency, status, first_import_id, last_import_id) VALUES "
                     "(?, ?, ?, ?, ?, 'USD', ?, ?, ?)",
                     (order_id, key, order_no, customer, day, status, first, first))
        for line_id, product, amount, ship, received, received_on in lines:
            conn.execute("INSERT INTO order_lines(id, order_id, line_key, product, amount, "
                         "currency, ship_date, received_amount, received_date, source_file, "
                         "source_sheet, source_row) VALUES (?, ?, ?, ?, ?, 'USD', ?, ?, ?, ?, "
                         "'台账', ?)", (line_id, order_id,
                                      f"{key}|{(product or '').casefold()}#0", product, amount,
                                      ship, received, received_on, files[first], line_id + 1))
    conn.commit()
    conn.close()


def _lines(conn: sqlite3.Connection) -> list[tuple]:
    return [tuple(r) for r in conn.execute(
        "SELECT l.id, o.id, o.order_key, l.line_key, l.amount, l.ship_date, l.received_amount "
        "FROM order_lines l JOIN orders o ON o.id = l.order_id ORDER BY l.id")]


def test_migration_rekeys_old_rows_and_merges_a_row_stored_twice(db_path, caplog):
    _schema_2_database(db_path)
    with caplog.at_level("WARNING", logger="tradetier"):
        conn = connect(db_path)
    assert [c.reason for c in backups.listing(db_path)] == ["migration"]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    # Solo Buyer's 5,000 and its correction 5,200 were one row stored twice: the later one
    # is kept, the older one's ship date filling its blank, and the log says so
    [merge] = [r.getMessage() for r in caplog.records if "one ledger row" in r.getMessage()]
    assert "(4,)" in merge and "kept order 5" in merge
    stored = _lines(conn)
    assert [r[:2] for r in stored] == [(1, 1), (2, 2), (3, 3), (5, 5), (6, 6), (7, 7), (8, 8),
                                       (9, 8)]
    assert stored[3][4:] == (5_200, "2025-02-15", 5_200)
    described = [r for r in stored if r[0] <= 5]
    assert all(r[2].startswith("d:") and r[3].startswith(r[2] + "|") for r in described)
    # the two Widget lots of one import stay two rows, numbered in line order
    assert [r[2].rsplit("#", 1)[1] for r in stored[:2]] == ["0", "1"]
    assert stored[4][2:4] == ("o:pi-1", "o:pi-1|lamp#0")  # numbered orders keep their keys
    assert conn.execute("SELECT COUNT(*) FROM orders WHERE id = 4").fetchone()[0] == 0
    # negative lines are credit notes, cancelled orders' lines are cancelled, and each line
    # knows whether its sheet had a ship-date column (old.xlsx had none)
    assert [tuple(r) for r in conn.execute(
        "SELECT l.id, l.credit_note, l.status, o.status, l.ship_date_known FROM order_lines l "
        "JOIN orders o ON o.id = l.order_id WHERE l.id >= 5 ORDER BY l.id")] == [
        (5, 0, None, None, 1), (6, 0, None, None, 0), (7, 1, None, "credit_note", 0),
        (8, 0, "cancelled", "cancelled", 0), (9, 0, "cancelled", "cancelled", 0)]
    conn.close()


def test_after_the_migration_next_months_ledger_updates_instead_of_doubling(tmp_path,
                                                                            db_path):
    _schema_2_database(db_path)
    may = books.corrected_without_order_numbers(tmp_path).files[1]
    result = only_file(cli_import(db_path, may))
    assert (result["inserted"], result["updated"], result["unchanged"]) == (1, 1, 2)
    [change] = result["amount_changes"]
    assert (change["customer"], change["old"], change["new"]) == (
        "Bolt & Nut GmbH", 10_000, 10_500)
    assert rows(db_path, "SELECT c.name, SUM(l.amount) FROM order_lines l JOIN orders o ON "
                         "o.id = l.order_id JOIN customers c ON c.id = o.customer_id "
                         "WHERE c.id < 3 GROUP BY c.name ORDER BY c.name") == [
        ("Bolt & Nut GmbH", 13_500), ("Pacific Traders", 13_000)]


def test_migration_leaves_apart_what_it_cannot_tell(db_path, caplog):
    """Bolt & Nut's corrected row stored again beside two lots of one day: which lot it
    corrects cannot be told, so nothing is merged (and the log says so)."""
    _schema_2_database(db_path, ambiguous=True)
    with caplog.at_level("WARNING", logger="tradetier"):
        conn = connect(db_path)
    assert any("(1, 2, 9)" in r.getMessage() and "left apart" in r.getMessage()
               for r in caplog.records)
    stored = [r for r in _lines(conn) if r[1] in (1, 2, 9)]
    assert [(r[0], r[2].rsplit("#", 1)[1]) for r in stored] == [(1, "0"), (2, "1"), (10, "2")]
    conn.close()


# --- the words ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("header", "currency", "bare"), [
    ("成本(人民币)", "CNY", "成本"), ("成本（元）", "CNY", "成本"), ("成本/元", "CNY", "成本"),
    ("Cost (RMB)", "CNY", "Cost"), ("Cost RMB", "CNY", "Cost"), ("RMB cost", "CNY", "cost"),
    ("已收金额(¥)", "CNY", "已收金额"), ("¥成本", "CNY", "¥成本"),
    ("人民币成本", "CNY", "人民币成本"), ("美元金额", "USD", "美元金额"),
    ("Cost - EUR", "EUR", "Cost"), ("Amount (KZT)", "KZT", "Amount"),
    # none: two currencies, a unit, a word that only looks like a code, no currency at all
    ("美元/人民币汇率", None, "美元/人民币汇率"), ("金额(万元)", None, "金额(万元)"),
    ("Amount (net)", None, "Amount (net)"), ("Total Amt", None, "Total Amt"),
    ("Qty/pcs", None, "Qty/pcs"), ("成本", None, "成本"), (None, None, None),
])
def test_currency_named_in_a_header(header, currency, bare):
    from core.ledger.normalise import header_currency, strip_header_currency

    assert header_currency(header) == currency
    if header is not None:
        assert strip_header_currency(header) == bare


@pytest.mark.parametrize(("text", "typed", "status"), [
    ("折让", True, True), ("退款", True, True), ("红字发票", True, True),
    ("贷项通知单", True, True),
    ("Credit Note", True, True), ("credit memo", True, True), ("CN", True, True),
    ("C/N", True, True), ("rebate", True, True), ("Refund", True, True),
    # a claim is a credit note as a document type, a dispute as an order's status
    ("索赔", True, False), ("claim", True, False),
    ("无折让", False, False), ("未退款", False, False), ("no refund", False, False),
    ("tax rebate", False, False), ("发票", False, False), ("Invoice", False, False),
    ("CNY", False, False), ("已出货", False, False), (None, False, False),
])
def test_credit_note_words(text, typed, status):
    from core.ledger.normalise import is_credit_note

    assert is_credit_note(text, claims=True) is typed
    assert is_credit_note(text, claims=False) is status
