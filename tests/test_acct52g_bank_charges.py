"""acct52g (rv52b f4, f8): a bank's charge written beside a payment (a receipts register's
银行扣费, a 备注 "扣议付费 54.83") counts as paid by the buyer (core.ledger.charged_receipts);
an L/C invoice short by its negotiating bank's charge is paid (core.rules.letter_kept); a
收款登记's 付款单位 is its customer (core.ledger.payer_column).

An ERP's monthly order export (合同号, 发票号, 客户编码, 客户名称, …) and the finance clerk's
收款登记 (到账日期, 付款单位, 收款金额, 币种, 银行扣费, 发票号, 备注) imported apart, by the app's
import and the reference one. Before: Emilia Componenti's four L/C drawings, each net of
0.15 % + 45, left 250.93 EUR on its newest invoice, 75 days past due, black-listed; its first
invoice, paid 04-29, showed paid 07-23. The register was refused for "no column for Customer,
Order date, Amount" until mapped by hand, and its 银行扣费 was never read.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.analysis.model import CustomerMetrics
from core.ledger.import_result import FileResult
from core.ledger.importer import import_files
from core.ledger.report import import_report

ERP = ["合同号", "发票号", "客户编码", "客户名称", "国家", "订单日期", "出运日期", "产品名称",
       "数量", "单价", "金额", "币种", "付款方式", "状态"]
REGISTER = ["序号", "到账日期", "付款单位", "收款金额", "币种", "银行扣费", "发票号", "备注"]
EMILIA, SHARJAH, OTHER = "Emilia Componenti S.p.A.", "Sharjah Auto Parts LLC", "Other Buyer"
A = date(2025, 12, 31)
# Emilia's four drawings under L/C at sight: (n, amount EUR, ship date, day negotiated)
DRAWINGS = [("1", 6555.0, "2025-03-01", "2025-04-29"), ("2", 3456.0, "2025-05-20", "2025-07-20"),
            ("3", 15698.0, "2025-08-01", "2025-09-09"), ("4", 21579.0, "2025-09-10", "2025-10-17")]


def _d(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _erp(path: Path, rows: list[tuple[str, str, str, float, str, str, str]]) -> Path:
    """(n, customer, ship date, amount, currency, terms, order date) -> the ERP's export."""
    return write_xlsx(path, {"销售出运明细": [ERP, *(
        [f"HX-{n}", f"HXI-{n}", "C0019", buyer, "Italy", _d(od), _d(ship), "刹车片 Brake pad",
         1000, amount / 1000, amount, money, terms, "正常"]
        for n, buyer, ship, amount, money, terms, od in rows)]})


def _register(path: Path, rows: list[tuple[str, str, float, str, float | None, str, str]],
              head: list[str] = REGISTER) -> Path:
    """(day, payer, money received, currency, charge, invoice, note) -> the 收款登记."""
    return write_xlsx(path, {"收款登记": [["2025年收款登记"], head, *(
        [i, _d(day), payer, net, money, charge, invoice or None, note or None]
        for i, (day, payer, net, money, charge, invoice, note) in enumerate(rows, 1))]})


def _emilia(tmp_path: Path, written: bool) -> tuple[CustomerMetrics, FileResult]:
    """Emilia's export and register: each drawing credited net of 0.15 % + 45, the charge
    written in 银行扣费 and 备注 (`written`), or neither (备注 "L/C议付" alone)."""
    sales = _erp(tmp_path / "erp.xlsx", [(n, EMILIA, ship, amount, "EUR", "L/C at sight",
                                          "2025-01-15") for n, amount, ship, _ in DRAWINGS])
    wires = []
    for n, amount, _, day in DRAWINGS:
        charge = round(amount * 0.0015 + 45, 2)
        wires.append((day, EMILIA, round(amount - charge, 2), "EUR", charge if written else None,
                      f"HXI-{n}", f"L/C议付 扣议付费 {charge}" if written else "L/C议付"))
    wires.append(("2025-12-31", OTHER, 100.0, "EUR", None, "", "货款"))  # receipts to 12-31
    results = _same_import(tmp_path, [sales], [_register(tmp_path / "reg.xlsx", wires)])
    return by_name(at(tmp_path / "fast.sqlite", A))[EMILIA], results[-1]


def test_l_c_drawings_net_of_their_written_charges_are_paid_each_on_its_day(tmp_path: Path
                                                                              ) -> None:
    emilia, result = _emilia(tmp_path, written=True)
    assert emilia.open_amount == 0 and emilia.max_days_overdue == 0  # was 250.93 EUR, 75 days
    assert emilia.list is None  # was black
    paid = {r.invoice_no: (round(r.open, 2), r.paid_on) for r in emilia.receivables}
    assert paid == {"HXI-1": (0, date(2025, 4, 29)), "HXI-2": (0, date(2025, 7, 20)),
                    "HXI-3": (0, date(2025, 9, 9)), "HXI-4": (0, date(2025, 10, 17))}
    report = import_report(result)
    assert "Bank charges ← 银行扣费" in report and "Customer ← 付款单位" in report
    assert ("the bank charges written beside 4 payments (rows 3, 4, 5, 6; 250.93 EUR in all) are "
            "counted as "
            "paid by the buyer") in report
    said = in_chinese(lambda: import_report(result))
    assert "4 笔收款旁写明的银行扣费（第 3、4、5、6 行，共 250.93 EUR）按客户已付计算" in said


def test_an_l_c_drawing_short_by_its_bank_charge_unwritten_is_paid(tmp_path: Path) -> None:
    """The negotiating bank's 0.15 % + 45 is within what the banks keep of an L/C
    (rules.letter_kept), unwritten: each invoice paid on its own day, nothing piles up."""
    emilia, _ = _emilia(tmp_path, written=False)
    assert emilia.open_amount == 0 and emilia.list is None
    assert [r.paid_on for r in emilia.receivables] == [date.fromisoformat(d)
                                                       for *_, d in DRAWINGS]


def test_a_30_70_t_t_with_two_charges_written_is_paid(tmp_path: Path) -> None:
    """Sharjah: 30 % deposit and 70 % balance, each wire 25 USD short, the register writing
    the charges; the next order's wire pays the next order, nothing carried onto it."""
    sales = _erp(tmp_path / "erp.xlsx", [
        ("1", SHARJAH, "2025-03-10", 10000.0, "USD", "T/T 30% deposit, 70% before shipment",
         "2025-02-01"),
        ("2", SHARJAH, "2025-06-10", 10000.0, "USD", "T/T 30% deposit, 70% before shipment",
         "2025-05-01")])
    reg = _register(tmp_path / "reg.xlsx", [
        ("2025-02-05", SHARJAH, 2975.0, "USD", 25.0, "HXI-1", "30%定金"),
        ("2025-03-05", SHARJAH, 6975.0, "USD", 25.0, "HXI-1", "70%尾款"),
        ("2025-05-05", SHARJAH, 2975.0, "USD", 25.0, "HXI-2", "30%定金"),
        ("2025-06-05", SHARJAH, 6975.0, "USD", 25.0, "HXI-2", "bank charge 25"),
        ("2025-12-31", OTHER, 100.0, "USD", None, "", "货款")])
    results = _same_import(tmp_path, [sales], [reg])
    sharjah = by_name(at(tmp_path / "fast.sqlite", A))[SHARJAH]
    assert sharjah.open_amount == 0 and sharjah.max_days_overdue == 0 and sharjah.list is None
    assert sharjah.credit_on_account == 0  # each charge counted once (column and note alike)
    assert "beside 4 payments (rows 3, 4, 5, 6; 100.00 USD in all)" in import_report(results[-1])


def test_a_real_short_payment_with_no_charge_written_stays_open(tmp_path: Path) -> None:
    sales = _erp(tmp_path / "erp.xlsx", [("1", SHARJAH, "2025-03-10", 10000.0, "USD",
                                          "O/A 30 days", "2025-02-01")])
    reg = _register(tmp_path / "reg.xlsx", [
        ("2025-04-09", SHARJAH, 9000.0, "USD", None, "HXI-1", "货款"),
        ("2025-12-31", OTHER, 100.0, "USD", None, "", "货款")])
    results = _same_import(tmp_path, [sales], [reg])
    sharjah = by_name(at(tmp_path / "fast.sqlite", A))[SHARJAH]
    assert round(sharjah.open_amount) == 1000 and sharjah.max_days_overdue == 266
    assert "bank charges" not in import_report(results[-1])


def test_the_register_reads_without_a_map_its_payer_the_customer(tmp_path: Path) -> None:
    reg = _register(tmp_path / "2025年1月收款登记.xlsx", [
        ("2025-01-20", "Santiago Frenos Ltda", 9975.0, "USD", 25.0, "HXI-1", "")])
    result = import_files(tmp_path / "t.sqlite", [reg])[0]
    assert result.status == "imported"
    report = import_report(result)
    assert "Customer ← 付款单位" in report
    assert "beside 1 payment (row 3; 25.00 USD) is counted as paid by the buyer" in report
    with __import__("sqlite3").connect(tmp_path / "t.sqlite") as conn:
        assert conn.execute("SELECT received_amount FROM order_lines").fetchall() == [(10000.0,)]


def test_a_payments_sheet_without_a_payer_is_refused_for_its_customer_alone(tmp_path: Path
                                                                              ) -> None:
    head = [h if h != "付款单位" else "对方户名" for h in REGISTER]
    reg = _register(tmp_path / "r.xlsx", [("2025-01-20", "Santiago", 9975.0, "USD", 25.0,
                                          "HXI-1", "")], head)
    result = import_files(tmp_path / "t.sqlite", [reg])[0]
    said = import_report(result)
    assert "no column for Customer (customer)." in said and "Order date" not in said
    zh = in_chinese(lambda: import_report(result))
    assert "缺少 客户（customer） 列" in zh and "下单日期" not in zh


def test_a_sales_sheet_keeps_its_buyer_beside_a_payer_column(tmp_path: Path) -> None:
    """客户 and 付款单位 on a sheet of sales: the buyer is 客户; a received figure already the
    whole invoice beside its 手续费 (the firm's cost) is not raised by it."""
    head = ["订单号", "客户", "付款单位", "订单日期", "金额", "收款金额", "收款日期", "手续费"]
    book = write_xlsx(tmp_path / "s.xlsx", {"台账": [head, [
        "P-1", "Buyer GmbH", "Buyer Holding AG", _d("2025-01-05"), 10000, 10000,
        _d("2025-02-05"), 25]]})
    result = import_files(tmp_path / "t.sqlite", [book])[0]
    assert "Customer ← 客户" in import_report(result)
    c = by_name(at(tmp_path / "t.sqlite", A))
    assert list(c) == ["Buyer GmbH"] and c["Buyer GmbH"].credit_on_account == 0


def test_wires_short_within_the_tolerance_settle_their_own_invoices(tmp_path: Path) -> None:
    """Three T/T wires, each naming its invoice and 40 USD short, no charge written: each
    invoice is paid on its own day, the next wire fills no older gap (120 never piles up)."""
    days = ["2025-03-01", "2025-05-01", "2025-07-01"]
    sales = _erp(tmp_path / "erp.xlsx", [(str(n), SHARJAH, day, 5000.0, "USD", "T/T 30 days",
                                          "2025-01-10") for n, day in enumerate(days, 1)])
    reg = _register(tmp_path / "reg.xlsx", [
        *((f"{day[:8]}25", SHARJAH, 4960.0, "USD", None, f"HXI-{n}", "货款")
          for n, day in enumerate(days, 1)),
        ("2025-12-31", OTHER, 100.0, "USD", None, "", "货款")])
    _same_import(tmp_path, [sales], [reg])
    sharjah = by_name(at(tmp_path / "fast.sqlite", A))[SHARJAH]
    assert sharjah.open_amount == 0 and sharjah.list is None
    assert [r.paid_on for r in sharjah.receivables] == [
        date(2025, 3, 25), date(2025, 5, 25), date(2025, 7, 25)]


def test_the_sum_a_note_names_as_the_bank_charge() -> None:
    from core.ledger.charged_receipts import noted_charge
    said = {note: noted_charge(note) for note in (
        "L/C议付 扣议付费 54.83", "bank charge 25", "扣手续费15", "USD 25 bank charges",
        "TT-881 手续费", "扣手续费", "freight charges 300", "货款 HXI-1")}
    assert said == {"L/C议付 扣议付费 54.83": 54.83, "bank charge 25": 25.0, "扣手续费15": 15.0,
                    "USD 25 bank charges": 25.0, "TT-881 手续费": None, "扣手续费": None,
                    "freight charges 300": None, "货款 HXI-1": None}
