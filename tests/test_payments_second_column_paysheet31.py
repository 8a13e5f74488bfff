"""A payments sheet (收款: 客户, 收款日期, 收款金额) with a second money column: 到账金额 (what
reached the bank after its charges) or 收款金额(RMB) beside the invoice currency's 收款金额. The
second column was read as each row's SALE amount: the sheet became a sales sheet without an
order date and was passed over ("no column for Order date"), so a buyer who paid every invoice
looked owed all of it and went on the black list. Now the sheet is payments
(core.ledger.layout.receipts_sheet): the figure counted is the money that arrived (到账金额,
实收, 实到), and a column in another currency is no amount. Both imports (_same_import) agree.
"""

from __future__ import annotations

from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d
from test_lists_audit29 import ORDERS, owed

from core import i18n
from core.ledger.report import import_report
from core.store import connect


def _receipts(second: str, first: float, then: float) -> list[list[object]]:
    """Kyiv's wires of 12,000 on 03-15 and 9,000 on 04-20, with a second money column."""
    return [["客户", "收款日期", "收款金额", second],
            ["Kyiv Home LLC", d("2025-03-15"), 12_000, first],
            ["Kyiv Home LLC", d("2025-04-20"), 9_000, then]]


def _firm(tmp_path: Path, receipts: list[list[object]]) -> tuple[dict, str]:
    path = write_xlsx(tmp_path / "2025.xlsx", {"台账": ORDERS, "收款": receipts})
    [result] = _same_import(tmp_path, [path])
    assert result.status == "imported", result.message
    return by_name(at(tmp_path / "fast.sqlite")), import_report(result)


def _paid_up(tmp_path: Path, found: dict, report: str, first: float) -> None:
    """Stored as two payments (no sale amount), first and 9,000; Kyiv owes nothing, no list."""
    assert "Passed over" not in report
    with connect(tmp_path / "fast.sqlite") as conn:
        assert [tuple(r) for r in conn.execute(
            "SELECT source_row, amount, received_amount, received_date FROM order_lines"
            " WHERE source_sheet = '收款' ORDER BY source_row")] == [
                (2, 0.0, first, "2025-03-15"), (3, 0.0, 9_000.0, "2025-04-20")]
    kyiv = found["Kyiv Home LLC"]
    assert owed(kyiv) == {"K-1@2025-03-12": (0, 0), "K-2@2025-04-09": (0, 0)}
    assert (kyiv.open_amount, kyiv.credit_on_account, kyiv.list) == (0, 0, None)
    assert kyiv.orders_all == 2


def test_arrived_beside_received_counts_the_money_that_reached_the_bank(tmp_path):
    """Hand count: K-1 12,000 due 03-12 and K-2 9,000 due 04-09; wires of 12,000 (11,975
    arrived: 25 of bank charges) and 9,000. The account holds 11,975 + 9,000 = 20,975
    received; the 25 short is within the bank-charge tolerance (50 USD): nothing open, on no
    list. Before: sheet passed over, 21,000 open, 110 days past due: black."""
    found, report = _firm(tmp_path, _receipts("到账金额", 11_975, 9_000))
    _paid_up(tmp_path, found, report, 11_975.0)
    assert "Sheet “收款” is a sheet of payments: its 2 rows were read as money received" in report
    assert ("Sheet “收款”: the money received is read from “到账金额” (what reached the bank, "
            "in the sheet's currency); “收款金额” beside it says another sum on row 2 and was "
            "not counted.") in report
    i18n.set_language("zh_CN")
    try:
        [again] = _same_import(tmp_path / "again", [tmp_path / "2025.xlsx"])
        assert ("工作表“收款”：收款按“到账金额”读取（到账的钱，按本表币种）；"
                "旁边的“收款金额”有 1 行金额不同（第 2 行），没有计入。") in import_report(again)
    finally:
        i18n.set_language("en")


def test_a_column_in_rmb_beside_the_received_amount_is_no_amount(tmp_path):
    """收款金额 in USD beside 收款金额(RMB): the USD figures pay K-1 and K-2; nothing open.
    Before: the RMB column read as sales of 86,400 and 64,800 without an order date."""
    found, report = _firm(tmp_path, _receipts("收款金额(RMB)", 86_400, 64_800))
    _paid_up(tmp_path, found, report, 12_000.0)
    assert "“收款金额(RMB)” beside it says other sums on 2 rows (rows 2–3)" in report


def test_the_mapping_page_reads_the_arrived_figure_as_the_money_received(qtbot, monkeypatch,
                                                                       tmp_path):
    """File → Import, Next: the payments sheet's rows read "Amount received *" ← 到账金额 and
    "Date received *" ← 收款日期. Before: "Amount *" ← 到账金额 and "Order date *", unmapped."""
    from test_paymap31 import mapping_page, rows_shown

    sheet = [["客户", "收款日期", "收款金额", "到账金额"],
             ["Kyiv Home", d("2025-03-20"), 12_000, 11_975]]
    editor = mapping_page(qtbot, monkeypatch, tmp_path, {"收款": sheet}).editor
    shown = rows_shown(editor)
    assert {"Amount received *", "Date received *"} < set(shown), shown
    assert "Amount *" not in shown and "Order date *" not in shown, shown
    assert editor.combo("amount").currentData() == "到账金额"


def test_the_figure_kept_of_two_received_columns():
    """Of two received figures the USD one beside RMB (whichever is left), the arrived one
    beside the remitted one; an order sheet's 金额 beside 收款金额 stays its sale amount."""
    from core.ledger.header_fields import auto_map
    from core.ledger.layout import one_received

    for headers, kept in ((["客户", "收款日期", "收款金额(RMB)", "收款金额(USD)"], 3),
                          (["客户", "到账日期", "实收金额", "收款金额"], 2),
                          (["客户", "收款日期", "收款金额", "实到金额"], 3)):
        mapping = auto_map(headers)
        other = one_received(mapping, headers)
        assert (mapping.get("received_amount"), "amount" in mapping) == (kept, False), headers
        assert other == headers[5 - kept]
    headers = ["客户", "下单日期", "金额", "收款金额", "收款日期"]
    mapping = auto_map(headers)
    assert one_received(mapping, headers) is None and mapping["amount"] == 2
