"""Importing ledgers as firms keep them: every messy feature, re-imports, refusals."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from ledgers import HEADER, titled, write_csv, write_html_xls, write_xlsx, write_xml2003

from core.cli.summary import summarise
from core.ledger.importer import import_file, import_files
from core.store import connect, dump


def _rows(conn: sqlite3.Connection, sql: str, *args: object) -> list[tuple]:
    return [tuple(r) for r in conn.execute(sql, args)]


def _order_totals(conn: sqlite3.Connection) -> dict[str, float]:
    return dict(_rows(conn, "SELECT o.order_no, ROUND(SUM(l.amount), 2) FROM orders o "
                            "JOIN order_lines l ON l.order_id = o.id GROUP BY o.id"))


MONTH_1 = [
    HEADER,
    ["PI-001", "Coastal Home Goods LLC", "USA", "张伟", date(2025, 1, 6), "Pot set", 12000, "USD",
     "FOB Ningbo", "T/T 30% deposit, balance before shipment", date(2025, 2, 1), 12000,
     date(2025, 1, 30), None, None],
    ["PI-002", "Hamburg Haushaltwaren GmbH", "Germany", "李娜", "2025/01/09", "Knife block",
     "€21,500.00", None, "CIF Hamburg", "OA 60 days", date(2025, 2, 10), None, None, None, None],
    ["PI-002", None, None, None, "2025/01/09", "Cutting board", "3,500.00", "EUR", None, None,
     date(2025, 2, 10), None, None, None, None],
    [None] * len(HEADER),
    ["PI-003", "coastal  home goods llc ", "USA", "张伟", "2025年1月20日", "Kettle", "$8,000.00",
     None, "C&F Los Angeles", "D/P at sight", None, None, None, "是", None],
    ["PI-004", "Al Noor Trading FZE", "UAE", "王芳", 45678, "Pan", 5000, "USD", "EXW",
     "L/C at sight", None, None, None, None, "已取消"],
    ["合计", None, None, None, None, None, 50000, None, None, None, None, None, None, None, None],
]


@pytest.fixture
def month_1(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "台账_2025-01.xlsx",
                      {"1月": titled(MONTH_1), "说明": [["本表由财务部维护"]],
                       "客户清单": [["客户名称", "信用额度"], ["Coastal", 1]]},
                      hidden=["客户清单"], merges={"1月": ["A1:O1", "B5:B6"]})


def test_messy_month_ledger_imports_whole(month_1: Path, db_path: Path):
    [result] = import_files(db_path, [month_1])
    assert result.status == "imported", result.message
    assert [s.name for s in result.sheets] == ["1月"]
    assert result.sheets[0].header_row == 3
    assert {p.name: p.reason.code for p in result.passed} == {
        "说明": "sheet_not_ledger", "客户清单": "sheet_hidden"}
    assert result.counts.inserted == 5 and len(result.skipped) == 1
    assert result.skipped[0].row == 10 and result.skipped[0].message.code == "totals_row"
    [check] = result.totals
    assert check.agrees and check.stated == 50000
    conn = connect(db_path)
    # merged customer cell B5:B6 fills the second product line of PI-002
    assert _rows(conn, "SELECT c.name FROM order_lines l JOIN orders o ON o.id = l.order_id "
                       "JOIN customers c ON c.id = o.customer_id WHERE l.product = "
                       "'Cutting board'") == [("Hamburg Haushaltwaren GmbH",)]
    assert _order_totals(conn) == {"PI-001": 12000, "PI-002": 25000, "PI-003": 8000,
                                   "PI-004": 5000}
    # spelling variants of one customer are one customer, shown with the latest spelling
    assert _rows(conn, "SELECT name FROM customers ORDER BY name") == [
        ("Al Noor Trading FZE",), ("Hamburg Haushaltwaren GmbH",), ("coastal home goods llc",)]
    pi2 = _rows(conn, "SELECT currency, incoterm, pay_rung, credit_days, order_date FROM orders "
                      "WHERE order_no = 'PI-002'")
    assert pi2 == [("EUR", "CIF", "oa", 60, "2025-01-09")]
    assert _rows(conn, "SELECT DISTINCT due_date, due_derived FROM order_lines l JOIN orders o "
                       "ON o.id = l.order_id WHERE o.order_no = 'PI-002'") == [("2025-04-11", 1)]
    assert _rows(conn, "SELECT order_date, trial, incoterm FROM orders WHERE order_no = "
                       "'PI-003'") == [("2025-01-20", 1, "CFR")]
    assert _rows(conn, "SELECT order_date, status FROM orders WHERE order_no = 'PI-004'") == [
        ("2025-01-21", "cancelled")]
    summary = summarise(conn)
    assert summary.orders == 3 and summary.customers == 3
    assert summary.amount_by_currency == {"EUR": 25000.0, "USD": 20000.0}


def test_same_file_twice_writes_nothing(month_1: Path, db_path: Path):
    import_files(db_path, [month_1])
    conn = connect(db_path)
    before = dump(conn)
    [again] = import_files(db_path, [month_1])
    assert again.status == "already_imported"
    assert dump(connect(db_path)) == before


def test_next_month_updates_payments_without_doubling(month_1: Path, db_path: Path,
                                                      tmp_path: Path):
    import_files(db_path, [month_1])
    later = [list(r) for r in MONTH_1]
    later[2][11], later[2][12] = 21480, date(2025, 2, 20)  # PI-002 paid, 20 short
    later.insert(7, ["PI-005", "Coastal Home Goods LLC", "USA", "张伟", date(2025, 2, 3),
                     "Pot set", 9000, "USD", "FOB", "OA 30 days", None, None, None, None, None])
    later[-1][6] = 59000
    path = write_xlsx(tmp_path / "台账_2025-02.xlsx", {"1月": titled(later)},
                      merges={"1月": ["B5:B6"]})
    [result] = import_files(db_path, [path])
    assert (result.counts.inserted, result.counts.updated, result.counts.unchanged) == (1, 1, 4)
    assert result.amount_changes == []
    conn = connect(db_path)
    assert _order_totals(conn)["PI-002"] == 25000
    assert _rows(conn, "SELECT received_amount, received_date FROM order_lines WHERE product = "
                       "'Knife block'") == [(21480.0, "2025-02-20")]
    # a blank never erases: PI-001's receipt is still there, the customer keeps its name
    assert _rows(conn, "SELECT received_amount FROM order_lines WHERE product = 'Pot set' "
                       "AND received_amount IS NOT NULL") == [(12000.0,)]
    assert summarise(conn).orders == 4


def test_refused_file_leaves_database_identical(month_1: Path, db_path: Path, tmp_path: Path):
    import_files(db_path, [month_1])
    before = dump(connect(db_path))
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(month_1.read_bytes()[:3000])
    no_customer = write_xlsx(tmp_path / "no_customer.xlsx", {"Sheet1": [
        ["订单号", "下单日期", "金额"], ["A1", date(2025, 3, 1), 100]]})
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    results = import_files(db_path, [broken, no_customer, empty])
    assert [r.status for r in results] == ["refused"] * 3
    assert [r.message.code for r in results] == ["workbook_damaged", "missing_required_field",
                                                 "file_empty"]
    assert "customer" in results[1].message.text and "“订单号”" in results[1].message.text
    assert dump(connect(db_path)) == before


def test_pi_shipped_in_three_lots_stays_one_order(db_path: Path, tmp_path: Path):
    rows = [["PI号", "发票号", "客户", "订单日期", "出货日期", "发票金额", "已收金额"],
            ["PI-9", "INV-1", "Big Buyer", "2025-03-01", "2025-03-20", 40000, 40000],
            ["PI-9", "INV-2", "Big Buyer", "2025-03-01", "2025-04-20", 30000, None],
            ["PI-9", "INV-3", "Big Buyer", "2025-03-01", "2025-05-20", 30000, None]]
    [result] = import_files(db_path, [write_xlsx(tmp_path / "pi.xlsx", {"S": rows})])
    assert result.sheets[0].mapping["order_no"] == "PI号"
    assert result.sheets[0].mapping["invoice_no"] == "发票号"
    conn = connect(db_path)
    assert _order_totals(conn) == {"PI-9": 100000}
    assert _rows(conn, "SELECT invoice_no, ship_date FROM order_lines ORDER BY id") == [
        ("INV-1", "2025-03-20"), ("INV-2", "2025-04-20"), ("INV-3", "2025-05-20")]


def test_invoice_number_is_the_order_without_pi_numbers(db_path: Path, tmp_path: Path):
    rows = [["Invoice No.", "Customer ID", "Invoice Date", "Stock Code", "Quantity",
             "Unit Price", "Country"],
            ["536365", 17850.0, "12/1/2010 8:26", "85123A", 6, 2.55, "United Kingdom"],
            ["536365", 17850.0, "12/1/2010 8:26", "71053", 6, 3.39, "United Kingdom"],
            ["C536379", 14527.0, "12/1/2010 9:41", "D", -1, 27.5, "United Kingdom"],
            ["536366", None, "12/1/2010 8:28", "22633", 6, 1.85, "United Kingdom"]]
    [result] = import_files(db_path, [write_xlsx(tmp_path / "retail.xlsx", {"Sheet1": rows})])
    sheet = result.sheets[0]
    assert sheet.mapping["order_no"] == "Invoice No." and sheet.amount_derived
    assert [(s.row, s.message.code) for s in result.skipped] == [(5, "missing_customer")]
    conn = connect(db_path)
    assert _rows(conn, "SELECT key FROM customers ORDER BY key") == [("14527",), ("17850",)]
    assert _order_totals(conn) == {"536365": round(6 * 2.55 + 6 * 3.39, 2), "C536379": -27.5}
    assert summarise(conn).amount_total_base == round(6 * 2.55 + 6 * 3.39 - 27.5, 2)


def test_deposit_and_balance_are_two_receipts_of_one_order(db_path: Path, tmp_path: Path):
    rows = [["合同号", "客户", "签约日期", "合同金额", "定金", "定金日期", "尾款", "尾款日期"],
            ["HT-1", "Lima Casa SAC", date(2025, 4, 2), 20000, 6000, date(2025, 4, 5), 14000,
             date(2025, 6, 1)]]
    import_files(db_path, [write_xlsx(tmp_path / "d.xlsx", {"S": rows})])
    assert _rows(connect(db_path), "SELECT deposit_amount, deposit_date, balance_amount, "
                                   "balance_date FROM order_lines") == [
        (6000.0, "2025-04-05", 14000.0, "2025-06-01")]


def test_carry_forward_row_updates_receipt_not_amount(db_path: Path, tmp_path: Path):
    december = [["合同号", "客户名称", "下单日期", "金额", "已收金额"],
                ["YF24-100", "Old Friend Ltd", date(2024, 12, 5), 10000, 3000]]
    january = [["合同号", "客户名称", "下单日期", "金额", "已收金额", "备注"],
               ["YF24-100", "Old Friend Ltd", date(2024, 12, 5), 7000, 2000, "上年结转"],
               ["YF25-001", "Old Friend Ltd", date(2025, 1, 8), 5000, None, None]]
    import_files(db_path, [write_xlsx(tmp_path / "dec.xlsx", {"12月": december})])
    [result] = import_files(db_path, [write_xlsx(tmp_path / "jan.xlsx", {"1月": january})])
    assert result.amount_changes == []
    conn = connect(db_path)
    assert _order_totals(conn) == {"YF24-100": 10000, "YF25-001": 5000}
    assert _rows(conn, "SELECT received_amount FROM order_lines l JOIN orders o ON o.id = "
                       "l.order_id WHERE o.order_no = 'YF24-100'") == [(5000.0,)]


def test_changed_amount_is_listed(db_path: Path, tmp_path: Path):
    first = [["订单号", "客户", "日期", "金额"], ["A-1", "Acme", "2025-05-01", 1000]]
    second = [["订单号", "客户", "日期", "金额"], ["A-1", "Acme", "2025-05-01", 1200]]
    import_files(db_path, [write_xlsx(tmp_path / "a.xlsx", {"S": first})])
    [result] = import_files(db_path, [write_xlsx(tmp_path / "b.xlsx", {"S": second})])
    [change] = result.amount_changes
    assert (change.order_no, change.old, change.new, change.row) == ("A-1", 1000, 1200, 2)


def test_totals_row_that_disagrees_is_reported_with_its_rows(db_path: Path, tmp_path: Path):
    rows = [["订单号", "客户", "日期", "金额"], ["A-1", "Acme", "2025-05-01", 1000],
            ["A-2", None, "2025-05-02", 250], ["A-3", "Acme", "2025-05-03", 400],
            ["合计", None, None, 1900]]
    [result] = import_files(db_path, [write_xlsx(tmp_path / "t.xlsx", {"5月": rows})])
    [check] = result.totals
    assert not check.agrees
    assert (check.stated, check.rows_sum, check.imported_sum) == (1900, 1650, 1400)
    assert check.skipped_rows == [3]
    assert [(s.row, s.message.code) for s in result.skipped] == [(3, "missing_customer"),
                                                                  (5, "totals_row")]


def test_unusable_required_values_are_skipped_with_reasons(db_path: Path, tmp_path: Path):
    rows = [["订单号", "客户", "日期", "金额"], ["A-1", "Acme", "2025-05-01", 1000],
            ["A-2", "Acme", "明天", 250], ["A-3", "Acme", "2025-05-03", "待定"],
            ["A-4", "Acme", None, 5], ["A-5", "Acme", "2025-05-04", None]]
    [result] = import_files(db_path, [write_xlsx(tmp_path / "u.xlsx", {"S": rows})])
    assert [(s.row, s.message.code) for s in result.skipped] == [
        (3, "bad_order_date"), (4, "bad_amount"), (5, "missing_order_date"),
        (6, "missing_amount")]
    assert "明天" in result.skipped[0].message.text


def test_text_keys_keep_leading_zeros_and_numeric_ids_lose_the_point(db_path, tmp_path):
    rows = [["订单号", "客户编号", "日期", "金额"], ["00123", 12346, "2025-05-01", 10]]
    path = write_xlsx(tmp_path / "z.xlsx", {"S": rows}, text_cells={"S": ["A2"]})
    import_files(db_path, [path])
    conn = connect(db_path)
    assert _rows(conn, "SELECT order_no FROM orders") == [("00123",)]
    assert _rows(conn, "SELECT name FROM customers") == [("12346",)]


def test_one_tab_per_month_imports_every_month(db_path: Path, tmp_path: Path):
    sheets = {f"{m}月": [["订单号", "客户", "日期", "金额"],
                         [f"M{m}", "Acme", date(2025, m, 3), 100 * m]] for m in range(1, 13)}
    [result] = import_files(db_path, [write_xlsx(tmp_path / "year.xlsx", sheets)])
    assert len(result.sheets) == 12 and result.counts.inserted == 12
    assert summarise(connect(db_path)).amount_total_base == 100 * sum(range(1, 13))


def test_sheet_option_limits_the_import(db_path: Path, tmp_path: Path):
    sheets = {f"{m}月": [["订单号", "客户", "日期", "金额"], [f"M{m}", "Acme", f"2025-0{m}-03",
                                                          10]] for m in (1, 2)}
    path = write_xlsx(tmp_path / "two.xlsx", sheets)
    [result] = import_files(db_path, [path], sheet="2月")
    assert [s.name for s in result.sheets] == ["2月"] and result.counts.inserted == 1
    [missing] = import_files(db_path, [path], sheet="3月")
    assert missing.message.code == "sheet_not_found"


def test_erp_exports_xml2003_html_and_gb18030_csv(db_path: Path, tmp_path: Path):
    header = ["订单编号", "客户名称", "订单日期", "订单金额", "币种"]
    xml = write_xml2003(tmp_path / "erp.xls", "订单", [["销售订单导出"], header,
                                                      ["X-1", "Kyiv Dom", date(2025, 6, 1),
                                                       1500.5, "USD"]])
    html = write_html_xls(tmp_path / "oa.xls", [header, ["H-1", "天津某贸易", "2025-06-02",
                                                         "￥8,800", "人民币"]])
    csv_file = write_csv(tmp_path / "crm.csv", [header, ["C-1", "Ｌｉｍａ Casa", "06/13/2025",
                                                         "2,000", "EUR"]], encoding="gb18030")
    results = import_files(db_path, [xml, html, csv_file])
    assert [r.file_format for r in results] == ["xml2003", "html", "csv"]
    assert all(r.status == "imported" for r in results), [r.message for r in results]
    conn = connect(db_path)
    assert sorted(_rows(conn, "SELECT o.order_no, o.currency, o.order_date, l.amount FROM orders"
                              " o JOIN order_lines l ON l.order_id = o.id")) == [
        ("C-1", "EUR", "2025-06-13", 2000.0), ("H-1", "CNY", "2025-06-02", 8800.0),
        ("X-1", "USD", "2025-06-01", 1500.5)]
    assert _rows(conn, "SELECT name FROM customers WHERE key = 'lima casa'") == [("Ｌｉｍａ Casa",)]


def test_map_override_is_remembered_for_the_layout(db_path: Path, tmp_path: Path):
    rows = [["Ref", "Cliente", "Fecha", "Importe"], ["R-1", "Casa Lima", "2025-07-01", 700]]
    first = write_xlsx(tmp_path / "es1.xlsx", {"S": rows})
    [refused] = import_files(db_path, [first])
    # "Ref" and "Cliente" are recognised (ref, customer), the date and amount are not
    assert refused.message.code == "missing_required_field"
    assert refused.message.params["missing"] == ["order_date", "amount"]
    overrides = {"order_no": "Ref", "customer": "Cliente", "order_date": "Fecha",
                 "amount": "Importe"}
    [done] = import_files(db_path, [first], overrides=overrides)
    assert done.status == "imported" and not done.sheets[0].remembered
    rows.append(["R-2", "Casa Lima", "2025-08-01", 300])
    [again] = import_files(db_path, [write_xlsx(tmp_path / "es2.xlsx", {"S": rows})])
    assert again.status == "imported" and again.sheets[0].remembered
    assert again.counts.inserted == 1 and again.counts.unchanged == 1


def test_map_naming_a_missing_header_is_refused(db_path: Path, tmp_path: Path):
    rows = [["订单号", "客户", "日期", "金额"], ["A-1", "Acme", "2025-05-01", 1000]]
    [result] = import_files(db_path, [write_xlsx(tmp_path / "m.xlsx", {"S": rows})],
                            overrides={"customer": "买家"})
    assert result.message.code == "header_not_found"
    assert "买家" in result.message.text and "“客户”" in result.message.text
    assert "(asked for Customer, customer)" in result.message.text  # its name, and the key


def test_cancel_writes_nothing(month_1: Path, db_path: Path):
    from core.messages import Cancelled

    connect(db_path).close()
    before = dump(connect(db_path))
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        import_files(db_path, [month_1], cancel=cancel)
    assert dump(connect(db_path)) == before


def test_owner_lock_file_is_skipped(db_path: Path, tmp_path: Path):
    lock = tmp_path / "~$台账.xlsx"
    lock.write_bytes(b"\x00" * 165)
    conn = connect(db_path)
    result = import_file(conn, lock)
    assert result.status == "skipped" and result.message.code == "owner_file"


def test_erp_style_headers_and_float_ids_from_a_csv(db_path: Path, tmp_path: Path):
    rows = [["单据编号", "单据日期", "客户编码", "商品编码", "数量", "单价", "币别", "国家/地区"],
            ["536365.0", "2010-12-01 08:26:00", "17850.0", "85123A", "6", "2.55", "GBP",
             "United Kingdom"],
            ["536366", "2010-12-01 08:28:00", "17850", "22633", "6", "1.85", "GBP",
             "United Kingdom"]]
    [result] = import_files(db_path, [write_csv(tmp_path / "erp.csv", rows, "utf-8-sig")])
    mapping = result.sheets[0].mapping
    assert (mapping["order_no"], mapping["order_date"], mapping["customer"],
            mapping["product"]) == ("单据编号", "单据日期", "客户编码", "商品编码")
    conn = connect(db_path)
    assert _rows(conn, "SELECT key FROM customers") == [("17850",)]
    assert _order_totals(conn) == {"536365": 15.3, "536366": 11.1}


def test_a_failure_late_in_the_import_rolls_everything_back(month_1: Path, db_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch):
    import core.ledger.importer as importer

    connect(db_path).close()
    before = dump(connect(db_path))
    original = importer.remember_layout

    def remember_then_fail(*args, **kwargs):
        original(*args, **kwargs)
        raise RuntimeError("disk full")

    monkeypatch.setattr(importer, "remember_layout", remember_then_fail)
    with pytest.raises(RuntimeError):
        import_files(db_path, [month_1])
    assert dump(connect(db_path)) == before


def test_preview_shows_what_the_import_will_do(month_1: Path, db_path: Path):
    from core.ledger.preview import preview_file

    conn = connect(db_path)
    found = preview_file(conn, month_1)
    [sheet] = found.sheets
    assert (sheet.name, sheet.header_row) == ("1月", 3)
    assert sheet.mapping["customer"] == "客户名称" and sheet.missing == []
    assert sheet.rows[0][:2] == ["PI-001", "Coastal Home Goods LLC"]
    assert sheet.rows[2][1] == ""  # preview shows the sheet as it is, merged cells blank
    moved = preview_file(conn, month_1, overrides={"customer": "国家"})
    assert moved.mapping["customer"] == "国家" and "country" not in moved.mapping
    assert preview_file(conn, month_1, sheet="9月").refusal.code == "sheet_not_found"


def test_the_collector_is_held_off_while_a_file_is_imported(tmp_path, monkeypatch):
    """A file's records, orders and keys are hundreds of thousands of objects in no cycle: the
    cyclic collector would only walk them again and again. It runs again afterwards."""
    import gc

    from core.ledger.writer import LedgerWriter

    seen: list[bool] = []
    real = LedgerWriter.write

    def write(self, ledger, steps):  # noqa: ANN001, ANN202
        seen.append(gc.isenabled())
        return real(self, ledger, steps)

    monkeypatch.setattr(LedgerWriter, "write", write)
    rows = [HEADER, ["PI-1", "Acme", "USA", "Tom", date(2025, 1, 6), "Pot", 100, "USD", "FOB",
                     "T/T", None, None, None, None, None]]
    ledger = write_xlsx(tmp_path / "ledger.xlsx", {"1月": rows})
    assert gc.isenabled()
    [result] = import_files(tmp_path / "firm.sqlite", [ledger])
    assert result.status == "imported" and seen == [False] and gc.isenabled()
