"""Money received before any order, on a row of its own, is a payment (acct52e, rv52a).

Lumière Design SARL wired a 30,000 USD advance on 2025-02-18 before it ordered: the 2月 tab's
row names it, 收款 "USD 30,000", 金额 blank, 品名 预付款, 备注 "客户预付款，订单未下" — the sheet
has no 类型 or 状态 column. Its April order of 100,000 had its 70,000 balance paid on 05-16,
备注 "预付款USD30,000抵扣". The row was skipped ("no amount ... if the row is a payment type it
“收款” (or write 收款 in its status)": columns the sheet lacks) and the order showed 30,000
open and overdue, 40 days at 06-30, watched; now the advance is credit on account and pays the
order: 0 open, on no list. Every ledger goes through both imports (test_fast_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import

from core.analysis.model import CustomerMetrics
from core.analysis.run import analyse
from core.ledger.report import import_report
from core.store import connect

HEADER = ["发票号", "客户", "日期", "品名", "金额", "币种", "付款方式", "出货日期", "收款金额",
          "收款日期", "备注"]
WHO = "Lumière Design SARL"
ADVANCE = [None, WHO, "2025/2/18", "预付款", None, "USD", None, None, "USD 30,000",
           "2025/2/18", "客户预付款，订单未下，后续订单抵扣"]
ORDER = ["FS-1", WHO, "2025/4/9", "酒店家具套装", 100_000, "USD",
         "T/T 30% deposit, 70% before shipment", "2025/5/20", "USD 70,000", "2025/5/16",
         "预付款USD30,000抵扣"]
# another buyer paid in December: the ledger's receipts run to the days analysed
OTHER = ["FS-9", "Oakwood Interiors Ltd", "2025/6/2", "壁灯", 5_000, "USD", "T/T",
         "2025/6/10", "USD 5,000", "2025/12/29", None]


def imported(tmp_path: Path, tabs: dict[str, list[list[object]]]) -> tuple[Path, str, str]:
    """One workbook, a tab a month, through both imports: the database, the report in English
    and in Chinese."""
    path = write_xlsx(tmp_path / "2025年订单台账.xlsx",
                      {name: [HEADER, *rows] for name, rows in tabs.items()})
    [result] = _same_import(tmp_path, [path])
    assert result.status == "imported"
    return tmp_path / "fast.sqlite", import_report(result), in_chinese(
        lambda: import_report(result))


def account(db: Path, as_of: date, who: str = WHO) -> CustomerMetrics:
    with connect(db) as conn:
        [found] = [c for c in analyse(conn, as_of=as_of).customers if c.customer == who]
    return found


def test_an_advance_before_any_order_pays_the_later_order(tmp_path: Path) -> None:
    db, report, zh = imported(tmp_path, {"2月": [ADVANCE], "3月": [], "4月": [ORDER],
                                         "6月": [OTHER]})
    # the advance alone: nothing owed; held for the order to come (fix52o changed this from
    # 30,000 credit on account: a deposit before its order pays no older invoice)
    february = account(db, date(2025, 2, 28))
    assert (february.open_amount, february.credit_on_account, february.deposits_held,
            february.list) == (0, 0, 30_000, None)
    for as_of in (date(2025, 6, 30), date(2025, 10, 31), date(2025, 12, 31)):
        c = account(db, as_of)  # was 30,000 open and overdue (40 days at 06-30), watched
        assert (c.open_amount, c.overdue_amount, c.max_days_overdue) == (0, 0, 0), as_of
        assert (c.credit_on_account, c.list, c.revenue_12m) == (0, None, 100_000), as_of
    # fix52o: a deposit's words (it was "read as a payment ..., credit on the customer's
    # account until an order takes it")
    assert ("row 2 of “2月”: 30,000.00 USD received from Lumière Design SARL with no order — "
            "read as a deposit (“预付款”), held for the next order the customer places; it "
            "pays no older invoice") in report
    assert "“2月”第 2 行：收到 Lumière Design SARL 的 30,000.00 USD，没有对应订单——按定金读取" \
           "（“预付款”），留给该客户之后下的订单，不冲抵更早的发票" in zh
    assert "Skipped" not in report and "typed as a payment" not in report


def test_the_advance_counts_as_a_row_typed_payment_would(tmp_path: Path) -> None:
    """The same money on a row typed 收款 (a 类型 column): the same account, day by day."""
    typed = [["类型", *HEADER], ["收款", *ADVANCE], ["销售", *ORDER], ["销售", *OTHER]]
    path = write_xlsx(tmp_path / "typed" / "台账.xlsx", {"台账": typed})
    [result] = _same_import(tmp_path / "typed", [path])
    db, _, _ = imported(tmp_path, {"2月": [ADVANCE], "4月": [ORDER], "6月": [OTHER]})
    for as_of in (date(2025, 2, 28), date(2025, 4, 30), date(2025, 6, 30), date(2025, 12, 31)):
        mine, theirs = account(db, as_of), account(tmp_path / "typed" / "fast.sqlite", as_of)
        assert (mine.open_amount, mine.overdue_amount, mine.credit_on_account, mine.list) == (
            theirs.open_amount, theirs.overdue_amount, theirs.credit_on_account, theirs.list)
    assert result.status == "imported"


@pytest.mark.parametrize("note", ["预付款", "客户定金已到账", "收到客户汇款",
                                  "advance payment received"])
def test_the_words_of_money_come_in(tmp_path: Path, note: str) -> None:
    row = [None, WHO, "2025/2/18", None, None, "USD", None, None, 30_000, "2025/2/18", note]
    db, report, _ = imported(tmp_path, {"2月": [row], "4月": [ORDER], "6月": [OTHER]})
    assert account(db, date(2025, 6, 30)).open_amount == 0
    assert "with no order — read as a" in report  # a payment, or a deposit (fix52o)


@pytest.mark.parametrize("row, said", [
    # no customer: whose money it is nobody knows
    ([None, None, "2025/2/18", None, None, "USD", None, None, 30_000, "2025/2/18", "预付款"],
     "row 2: no customer"),
    # goods on it: a sale whose amount was forgotten, its deposit received
    ([None, WHO, "2025/2/18", "餐椅", None, "USD", None, None, 30_000, "2025/2/18", "定金已收"],
     "row 2: no amount, only 30,000.00 received: write the order's amount; or, if the row is "
     "a payment, add a 类型 column and write 收款 in it (money received before any order, its "
     "row with no order number or product, may instead say 预付款 or 收款 in its “备注” "
     "column)"),
    # nothing said of money: it may be an order whose amount was forgotten
    ([None, WHO, "2025/2/18", None, None, "USD", None, None, 30_000, "2025/2/18", None],
     "row 2: no amount, only 30,000.00 received"),
    # money owed, or not come in yet
    ([None, WHO, "2025/2/18", None, None, "USD", None, None, 30_000, "2025/2/18", "应收款"],
     "row 2: no amount, only 30,000.00 received"),
    ([None, WHO, "2025/2/18", None, None, "USD", None, None, 30_000, "2025/2/18",
      "预付款尚未到账"], "row 2: no amount, only 30,000.00 received"),
])
def test_rows_that_stay_skipped(tmp_path: Path, row: list[object], said: str) -> None:
    db, report, zh = imported(tmp_path, {"2月": [row], "4月": [ORDER], "6月": [OTHER]})
    assert said in report
    assert "with no order — read as a" not in report
    assert account(db, date(2025, 6, 30)).open_amount == 30_000  # as before
    if "类型 column" in said:
        assert ("没有金额，只有已收 30,000.00：请填写订单的金额；如果该行是收款，请加一列“类型”"
                "并填写“收款”（尚未下单的预收款，若该行没有订单号和品名，也可以在“备注”列写"
                "“预付款”或“收款”）") in zh


def test_a_sheet_without_notes_is_told_to_add_a_type_column(tmp_path: Path) -> None:
    header = HEADER[:-1]
    path = write_xlsx(tmp_path / "l.xlsx", {"2月": [header, [None, WHO, "2025/2/18", None, None,
                                                           "USD", None, None, 30_000,
                                                           "2025/2/18"]]})
    [result] = _same_import(tmp_path, [path])
    said = import_report(result)
    assert ("no amount, only 30,000.00 received: write the order's amount; or, if the row is a "
            "payment, add a 类型 column and write 收款 in it\n") in said
    assert "没有金额，只有已收 30,000.00：请填写订单的金额；如果该行是收款，请加一列“类型”并填写" \
           "“收款”\n" in in_chinese(lambda: import_report(result))
