"""fix54g (rv54b f11): a bad debt written off (坏账核销) is no credit note. The goods stay sold,
the debt closes from the write-off's day.

Kano Brothers bought three times (9,000 + 8,540 + 9,500 = 27,040 USD, OA 30天) and paid
nothing; in December the firm wrote the 27,040 off (a row 坏账核销 of -27,040 on 12-20, noted
客户失联，经批准坏账核销). Before: read as a credit note, revenue 27,040 → 0 at every date and
its orders out of the pyramid, from the first sale's date. Now: revenue, orders and the
pyramid keep the sales; up to 12-19 the 27,040 is open and overdue (black: 200+ days, orders
under 20k), from 12-20 nothing is open, `written_off` 27,040, on no list.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, owed

from core.analysis.model import CustomerMetrics
from core.analysis.serialise import customer_json
from core.ledger.import_result import FileResult
from core.ledger.report import import_report
from core.ledger.write_off_words import says_written_off

HEAD = ["合同号", "客户名称", "订单日期", "品名", "原币币种", "原币金额", "付款方式", "出货日期",
        "收款金额", "收款日期", "备注"]
KANO, OTHER = "Kano Brothers Enterprises", "Other Buyer Ltd"
NOTE = "客户失联，经批准坏账核销"
Row = list[object]


def _d(day: str | None) -> datetime | None:
    return datetime.fromisoformat(day) if day else None


def _row(no: str, day: str, amount: float, ship: str | None, paid: float | None = None,
         on: str | None = None, note: str | None = None, buyer: str = KANO,
         product: str = "五金工具") -> Row:
    return [no, buyer, _d(day), product, "USD", amount, "OA 30天", _d(ship), paid, _d(on), note]


def _others() -> list[Row]:
    """Another buyer paying each month end: receipts are recorded up to 12-31."""
    return [_row(f"OB-{m:02}", f"2025-{m:02}-01", 1000, f"2025-{m:02}-02", 1000,
                 f"2025-{m:02}-{28 if m != 12 else 31}", buyer=OTHER) for m in range(1, 13)]


def _sales() -> list[Row]:
    return [_row("KB-301", "2025-03-01", 9000, "2025-03-05"),
            _row("KB-401", "2025-04-01", 8540, "2025-04-05"),
            _row("KB-501", "2025-05-01", 9500, "2025-05-05")]


def _kano(tmp_path: Path, rows: list[Row], as_of: date) -> CustomerMetrics:
    if not (tmp_path / "fast.sqlite").exists():
        _import(tmp_path, rows)
    return by_name(at(tmp_path / "fast.sqlite", as_of))[KANO]


def _import(tmp_path: Path, rows: list[Row]) -> FileResult:
    file = write_xlsx(tmp_path / "2025年12月出口台账.xlsx", {"出口台账": [HEAD, *_others(), *rows]})
    return _same_import(tmp_path, [file])[0]


def test_written_off_sales_stay_sold_and_the_debt_closes(tmp_path: Path):
    """A write-off of its own (KB-WO, naming no sale) closes the oldest open, all of it; the
    revenue stays 27,040 and the 3 orders stay (before: revenue 0, 0 orders); watched, the
    reason saying the write-off in both languages, never white (a key customer with nothing
    overdue was white). At 12-19 (the receipts date 11-28): 238 days, black."""
    rows = [*_sales(), _row("KB-WO", "2025-12-20", -27040, "2025-12-20", note=NOTE,
                            product="坏账核销")]
    before = _kano(tmp_path, rows, date(2025, 12, 19))
    assert (round(before.open_amount), before.max_days_overdue, before.list) == (27040, 238,
                                                                                "black")
    assert (before.written_off, before.revenue_12m, before.orders_12m) == (0.0, 27040, 3)
    kano = _kano(tmp_path, rows, date(2025, 12, 31))
    assert (kano.open_amount, kano.overdue_amount, kano.max_days_overdue) == (0, 0, 0)
    assert (kano.revenue_12m, kano.orders_12m, kano.list) == (27040, 3, "watch")
    assert kano.list_reason is not None and kano.list_reason.text == (
        "written off 27,040 USD on 2025-12-20 (bad debt, 坏账核销): supply only against payment")
    assert in_chinese(lambda: kano.list_reason.text if kano.list_reason else "") == (
        "2025-12-20 坏账核销 27,040 USD：只做款到发货")
    assert kano.tier != "prospect" and kano.credit_on_account == 0
    shown = customer_json(kano)
    assert (shown["written_off"], shown["written_off_on"]) == (27040, "2025-12-20")


def test_a_write_off_naming_its_order_closes_that_invoice(tmp_path: Path):
    """A write-off on KB-401's own number closes KB-401 alone: KB-301 and KB-501 stay open
    and overdue (before: KB-401's order gone, revenue 18,500)."""
    rows = [*_sales(), _row("KB-401", "2025-12-20", -8540, "2025-12-20", note="坏账核销")]
    kano = _kano(tmp_path, rows, date(2025, 12, 31))
    assert owed(kano) == {"KB-301": (9000, 271), "KB-401": (0, 0), "KB-501": (9500, 210)}
    assert (kano.revenue_12m, kano.orders_12m, kano.written_off) == (27040, 3, 8540)
    assert kano.list == "black"


def test_more_written_off_than_open_is_no_credit(tmp_path: Path):
    """A write-off beyond what is open (30,000 of 27,040) leaves no credit on account."""
    rows = [*_sales(), _row("KB-WO", "2025-12-20", -30000, "2025-12-20",
                            note="bad debt written off")]
    kano = _kano(tmp_path, rows, date(2025, 12, 31))
    assert (kano.open_amount, kano.credit_on_account, kano.revenue_12m) == (0, 0, 27040)


def test_a_discount_and_a_matched_receipt_stay_as_they_were(tmp_path: Path):
    """A 折让 noted 已核销 is still a credit note (revenue 27,040 - 500), and money noted
    收款核销 is still money received (the pool pays the oldest first): neither is a write-off;
    the figures are main's."""
    rows = [*_sales()[:2], _row("KB-301", "2025-06-01", -500, "2025-06-01", note="折让 已核销"),
            _row("KB-501", "2025-05-01", 9500, "2025-05-05", 9500, "2025-07-01", note="收款核销")]
    kano = _kano(tmp_path, rows, date(2025, 12, 31))
    assert (kano.revenue_12m, kano.written_off) == (26540, 0)
    assert owed(kano) == {"KB-301": (0, 0), "KB-401": (7540, 240), "KB-501": (9500, 210)}
    assert kano.list == "black"  # as on main: the receipt pays the oldest first


def test_the_words_of_a_write_off():
    for text in ("坏账核销", "客户失联，经批准坏账核销", "核销坏账", "Bad debt", "written off",
                 "write-off approved", "WRITE OFF"):
        assert says_written_off(text), text
    for text in ("核销", "收款核销", "已核销", "折让", "退货", "not written off", None, "",
                 # a credit note avoiding or denying one, a provision, a recovery (rv54e)
                 "质量折让，避免坏账", "退货，不是坏账", "return, not a bad debt", "折让 防止坏账",
                 "价格折让（非坏账核销）", "坏账准备", "计提坏账", "收回已核销坏账", "no bad debt"):
        assert not says_written_off(text), text


def test_a_credit_note_avoiding_a_bad_debt_is_a_credit_note(tmp_path: Path):
    """rv54e: a 1,000 折让 noted 质量折让，避免坏账 was read as a write-off (revenue back to
    27,040, the customer watched as written off); it lowers the sale as any credit note."""
    rows = [*_sales(), _row("KB-301", "2025-06-01", -1000, "2025-06-01", note="质量折让，避免坏账")]
    kano = _kano(tmp_path, rows, date(2025, 12, 31))
    assert (kano.revenue_12m, kano.written_off) == (26040, 0)


def test_the_import_report_names_the_write_off(tmp_path: Path):
    """The import report says the write-off in both languages, apart from the credit notes
    (before: "Credit notes, lowering their customers' accounts: 1 (...)", 贷项（折让、退款等）)."""
    rows = [*_sales(), _row("KB-WO", "2025-12-20", -27040, "2025-12-20", note=NOTE,
                            product="坏账核销"),
            _row("KB-301", "2025-06-01", -500, "2025-06-01", note="折让")]
    result = _import(tmp_path, rows)
    text = import_report(result)
    assert ("Bad debts written off (坏账核销), closing their invoices; the sales stand: "
            "Kano Brothers Enterprises written off 27,040 USD on 2025-12-20 (“出口台账” row 17)."
            ) in text
    assert "Credit notes, lowering their customers' accounts: 1 (“出口台账” row 18)." in text
    zh = in_chinese(lambda: import_report(result))
    assert ("坏账核销（冲掉所欠发票，销售照常计入）：Kano Brothers Enterprises 2025-12-20 "
            "坏账核销 27,040 USD（“出口台账”第 17 行）。") in zh
