"""An ERP's shipment export of orders placed the month before, and a ledger's 汇率 column (acct52j).

rv52b f7: July's export (sheet 销售出运明细_202507) lists HX-1 of Ricambi Torino, ordered 06-16,
shipped 07-18, 800 × 3.13 = 2,504 EUR on O/A 60 days. Before, the row was "carried forward" (dated
before the sheet's month): the import said the order was "known only from carried-forward rows",
its shipment "estimated", and asked for the file that first listed it (none exists). By hand:
a sale of its own, shipped 07-18, due 09-16, 2,504 open at 07-31, and no such note. A row
carried by its words, by a ship date before the month, or writing less than its goods' worth
(what is left of an order) is still carried, and a note naming such rows with their ship dates
says nothing estimated.

rv52a: a 汇率 column (7.75 on EUR rows, 7.10 on USD rows) was neither read nor named. The import
now names it once for the database, with the rates the rows are converted at (Settings).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import

from core.analysis.model import CustomerMetrics
from core.analysis.run import analyse
from core.ledger.import_result import FileResult
from core.ledger.report import import_report
from core.store import connect

ERP = ["合同号", "发票号", "客户编码", "客户", "国家", "订单日期", "发货日期", "产品名称", "数量",
       "单价", "金额", "币种", "付款方式", "状态", "备注"]


def shipped(number: str, ordered: str, ship: str | None, quantity: int, price: float,
            amount: float, notes: str | None = None, customer: str = "Ricambi Torino S.r.l."
            ) -> list[object]:
    return [number, f"I{number}", "C0004", customer, "Italy", date.fromisoformat(ordered),
            ship and date.fromisoformat(ship), "球头 Ball joint", quantity, price, amount, "EUR",
            "O/A 60 days", "正常", notes]


def customer(db: Path, name: str, as_of: date) -> CustomerMetrics:
    with connect(db) as conn:
        [found] = [c for c in analyse(conn, as_of=as_of).customers if c.customer == name]
    return found


def codes(result: FileResult) -> list[str]:
    return [w.code for w in result.warnings]


def test_a_shipment_export_of_last_months_order_is_a_sale_of_its_own(tmp_path: Path) -> None:
    july = write_xlsx(tmp_path / "销售出运明细_202507.xlsx", {"销售出运明细_202507": [
        ERP, shipped("HX-1", "2025-06-16", "2025-07-18", 800, 3.13, 2504),
        shipped("HX-2", "2025-07-03", "2025-07-21", 1000, 2.5, 2500)]})
    [result] = _same_import(tmp_path, [july])
    assert "carried_only_orders" not in codes(result)
    english, chinese = import_report(result), in_chinese(lambda: import_report(result))
    assert "carried-forward" not in english and "estimated" not in english
    assert "结转" not in chinese and "估算" not in chinese
    owed = customer(tmp_path / "fast.sqlite", "Ricambi Torino S.r.l.", date(2025, 7, 31))
    [hx1] = [r for r in owed.receivables if r.order.order_no == "HX-1"]
    assert (hx1.ship_date, hx1.ship_date_estimated, hx1.due_date) == (
        date(2025, 7, 18), False, date(2025, 9, 16))
    assert (hx1.amount, hx1.open) == (2504, 2504)
    assert owed.open_amount == round(5004 * 1.08, 2)
    with connect(tmp_path / "fast.sqlite") as conn:
        [carried] = conn.execute("SELECT sum(carried_forward) FROM order_lines").fetchone()
    assert carried == 0


def test_rows_still_carried_are_named_without_an_estimate(tmp_path: Path) -> None:
    """On the same July sheet: HX-3 shipped 06-20 (before the month), HX-4 shipped 07-05 but
    noted 上月结转, HX-5 shipped 07-08 writing 3,000 of its 100 × 50 (what is left): all carried,
    named, and their shipments (each row has its date) not said to be estimated."""
    july = write_xlsx(tmp_path / "销售出运明细_202507.xlsx", {"销售出运明细_202507": [
        ERP, shipped("HX-3", "2025-06-10", "2025-06-20", 100, 20.0, 2000),
        shipped("HX-4", "2025-06-12", "2025-07-05", 100, 30.0, 3000, "上月结转"),
        shipped("HX-5", "2025-06-14", "2025-07-08", 100, 50.0, 3000),
        shipped("HX-6", "2025-07-02", "2025-07-09", 100, 10.0, 1000)]})
    [result] = _same_import(tmp_path, [july])
    assert "carried_only_orders" in codes(result)
    english, chinese = import_report(result), in_chinese(lambda: import_report(result))
    assert "3 orders not in the ledger before are known only from carried-forward rows" in english
    assert all(f"{n} (“销售出运明细_202507” row" in english for n in ("HX-3", "HX-4", "HX-5"))
    assert "HX-6 (" not in english
    assert "with the money and the ship date the row says" in english
    assert "estimated" not in english
    assert "3 个台账中原先没有的订单只出现在结转行中" in chinese and "估算" not in chinese
    owed = customer(tmp_path / "fast.sqlite", "Ricambi Torino S.r.l.", date(2025, 7, 31))
    assert owed.open_amount == round(9000 * 1.08, 2)


def test_a_carried_row_without_a_ship_date_still_says_estimated(tmp_path: Path) -> None:
    july = write_xlsx(tmp_path / "2025-07.xlsx", {"7月": [
        ERP, shipped("HX-7", "2025-06-10", None, 100, 20.0, 2000),
        shipped("HX-8", "2025-07-02", "2025-07-09", 100, 10.0, 1000)]})
    [result] = _same_import(tmp_path, [july])
    english = import_report(result)
    assert "1 order not in the ledger before is known only from carried-forward rows" in english
    assert "with no ship date on the row, its shipment is estimated" in english
    assert "估算" in in_chinese(lambda: import_report(result))


def test_a_clerks_copied_row_shipped_this_month_reads_as_before(tmp_path: Path) -> None:
    """June's tab lists HX-9 (06-16, not shipped); July's copy of the workbook lists it again on
    7月, shipped 07-18, 1,000 received: the line keeps its date and amount, takes the ship date
    and the money: 1,504 EUR open, due 09-16 (as when the row was read as carried)."""
    june = [ERP, shipped("HX-9", "2025-06-16", None, 800, 3.13, 2504)]
    header = [*ERP, "实收金额", "收款日期"]
    first = write_xlsx(tmp_path / "a" / "2025台账.xlsx", {"6月": [
        header, [*june[1], None, None]]})
    second = write_xlsx(tmp_path / "b" / "2025台账.xlsx", {"6月": [
        header, [*june[1], None, None]], "7月": [
        header, [*shipped("HX-9", "2025-06-16", "2025-07-18", 800, 3.13, 2504), 1000,
                 date(2025, 7, 25)]]})
    _same_import(tmp_path, [first], [second])
    owed = customer(tmp_path / "fast.sqlite", "Ricambi Torino S.r.l.", date(2025, 7, 31))
    [hx9] = owed.receivables
    assert (hx9.order.order_date, hx9.ship_date, hx9.due_date) == (
        date(2025, 6, 16), date(2025, 7, 18), date(2025, 9, 16))
    assert (hx9.amount, hx9.open) == (2504, 1504)


RATED = ["订单号", "客户", "下单日期", "出货日期", "金额", "币种", "汇率", "付款方式"]


def rated(number: str, name: str, day: str, amount: float, code: str, rate: float
          ) -> list[object]:
    return [number, name, date.fromisoformat(day), date.fromisoformat(day), amount, code, rate,
            "T/T 30 days"]


def test_a_rate_column_is_named_once_as_not_read(tmp_path: Path) -> None:
    """January's book: Oakwood 10,000 EUR at 7.75, Bella Casa 20,000 USD at 7.10. The note
    names 汇率 as not read, with EUR at the table's 1.08 USD; February's copy says it no more.
    Oakwood's 10,000 EUR count 10,800 USD (the cross rate 7.75 / 7.10 would make 10,915)."""
    january = {"1月": [RATED, rated("A-1", "Oakwood Ltd", "2025-01-05", 10_000, "EUR", 7.75),
                      rated("A-2", "Bella Casa", "2025-01-09", 20_000, "USD", 7.10)]}
    first = write_xlsx(tmp_path / "a" / "2025台账.xlsx", january)
    second = write_xlsx(tmp_path / "b" / "2025台账.xlsx", {**january, "2月": [
        RATED, rated("B-1", "Oakwood Ltd", "2025-02-03", 5_000, "EUR", 7.80)]})
    results = _same_import(tmp_path, [first], [second])
    assert [codes(r).count("rate_column_unread") for r in results] == [1, 0]
    english, chinese = import_report(results[0]), in_chinese(lambda: import_report(results[0]))
    assert ("Sheet “1月”: the exchange-rate column “汇率” is not read: amounts are converted at "
            "the rates in Settings (Currency rates), one rate a currency and day (1 EUR = 1.08 "
            "USD for this file's latest rows)") in english
    assert "工作表“1月”：汇率列“汇率”不会被读取" in chinese and "1 EUR = 1.08 USD" in chinese
    oakwood = customer(tmp_path / "fast.sqlite", "Oakwood Ltd", date(2025, 2, 28))
    assert oakwood.revenue_12m == round(15_000 * 1.08, 2)
