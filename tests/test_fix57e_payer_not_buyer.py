"""fix57e (rv57b s6): a sister firm's wire naming the buyer's invoice is no second buyer.

Almaty Trade LLP buys YW25-0200 (11,385) and YW25-0251 (665); its sister firm Kiev Toys LLC
buys YW25-0252 and wires both of Almaty's invoices, booked on 收款登记 under 付款人 Kiev Toys
LLC with 对应发票 naming Almaty's invoice. The import said "2 order numbers are written for
more than one customer … the others lose those orders" (23 of rv57b's 32 oracle imports), though
no order is lost: a payment is no sale, and the sale rows say whose an order is.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_payer_named_fix54e import _account

from core.ledger.importer import import_files
from core.ledger.report import import_report

HEAD = ["订单号", "客户名称", "下单日期", "品名", "数量", "单价", "金额", "币种", "付款方式",
        "出货日期", "提单日期", "收款金额", "收款日期", "备注"]
REGISTER = ["日期", "付款人", "金额", "币种", "银行扣费", "对应发票", "备注"]
ALMATY, KIEV, OA = "Almaty Trade LLP", "Kiev Toys LLC", "O/A 60 days"
AS_OF = date(2025, 12, 31)


def _sale(number: str, customer: str, amount: float, ordered: str, paid: float | None = None
          ) -> list[object]:
    """A row shipped 24 days and on board 28 days after its order."""
    day = date.fromisoformat(ordered)
    return [number, customer, day, "五金工具套装", 100, amount / 100, amount, "USD", OA,
            day + timedelta(24), day + timedelta(28), paid, date(2025, 12, 31) if paid else None,
            None]


def _import(tmp_path: Path, july: list[list[object]]) -> tuple[list[str], str, str]:
    """The year's book: 7月's rows, 8月's (Almaty's YW25-0251 665, Kiev's own YW25-0252
    paid), and 收款登记: Kiev's 6,000 towards Almaty's YW25-0200 (a part: no 代付 of a sum open)
    and its 665 for YW25-0251."""
    book = write_xlsx(tmp_path / "2025外贸台账.xlsx", {
        "7月": [HEAD, *july],
        "8月": [HEAD, _sale("YW25-0251", ALMATY, 665, "2025-08-30"),
               _sale("YW25-0252", KIEV, 3_000, "2025-08-30", 3_000)],
        "收款登记": [REGISTER,
                 [date(2025, 9, 30), KIEV, 6_000, "USD", None, "YW25-0200", "对应发票YW25-0200"],
                 [date(2025, 11, 28), KIEV, 665, "USD", None, "YW25-0251", "对应发票YW25-0251"]]})
    [result] = import_files(tmp_path / "fast.sqlite", [book])
    assert result.status == "imported"
    return ([w.code for w in result.warnings], import_report(result),
            in_chinese(lambda: import_report(result)))


def test_a_sister_firms_wire_naming_the_buyers_invoice_loses_no_order(tmp_path: Path):
    """No note that an order number is written for more than one customer, in either language
    (before: "YW25-0200 (Almaty Trade LLP, Kiev Toys LLC) … the others lose those orders"):
    Kiev's 6,000 pays Almaty's YW25-0200, 5,385 left open; Kiev owes nothing."""
    codes, english, chinese = _import(tmp_path, [_sale("YW25-0200", ALMATY, 11_385, "2025-07-03")])
    assert "order_number_shared" not in codes
    assert "more than one customer" not in english and "同时写在多个客户名下" not in chinese
    almaty, kiev = _account(tmp_path, ALMATY, AS_OF), _account(tmp_path, KIEV, AS_OF)
    assert almaty is not None and almaty[0] == 5_385
    assert kiev is not None and kiev[:4] == (0, 0, 0, 0)


def test_two_sale_rows_giving_one_number_to_two_names_still_warn(tmp_path: Path):
    """Two sale rows of YW25-0200, one under "Almaty Trade" (a name alike, another customer),
    still say so, naming the two sale rows' customers only, not Kiev, who paid it."""
    codes, english, _ = _import(tmp_path, [_sale("YW25-0200", ALMATY, 11_000, "2025-07-03"),
                                           _sale("YW25-0200", "Almaty Trade", 385, "2025-07-03")])
    assert codes.count("order_number_shared") == 1
    assert "YW25-0200 (Almaty Trade LLP, Almaty Trade)" in english
    assert "YW25-0251 (Almaty" not in english
