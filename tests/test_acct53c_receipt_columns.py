"""收汇 columns read as money received; a date received with no money beside it named (acct53c).

rv53b: a Shenzhen exporter's first-half template writes money received as 收汇原币 beside 收汇日期,
结汇人民币 and 人民币金额. Only 收汇日期 was read: January–June recorded no receipt, and when July's
template brought 到账金额, every buyer who had paid in the first half went black (20 black and 10
watch at July's end where the truth is 1 black). 收汇… headers are money received now; a sheet
that still reads a date received but no money received says so on every import, naming the
file, the sheet and the columns it leaves unread, and the report's "no receipts" warning names
them; a file mapped after its import is read again.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_acct52j_shipped_rows import codes, customer
from test_fast_import import _same_import

from core.analysis.run import analyse
from core.ledger.header_fields import auto_map
from core.ledger.importer import import_files
from core.ledger.report import import_report
from core.messages import on_command_line
from core.store import connect

H1 = ["序号", "合同号", "客户名称", "订单日期", "原币币种", "原币金额", "汇率", "人民币金额",
      "付款方式", "出货日期", "收汇原币", "收汇日期", "结汇人民币", "备注"]
H2 = ["发票号", "日期", "客户", "发票金额(USD)", "币种", "付款方式", "出货日期", "到账金额",
      "到账日期", "备注"]


def h1_row(number: str, name: str, day: str, amount: float, ship: str,
           received: object = None, on: str | None = None, note: str = "",
           currency: str = "USD") -> list[object]:
    return [1, number, name, date.fromisoformat(day), currency, amount, 7.18, amount * 7.18,
            "OA 60 days", date.fromisoformat(ship), received, on and date.fromisoformat(on),
            received and 71_700, note]


def test_a_receipt_written_as_shou_hui_pays_its_invoice(tmp_path: Path) -> None:
    """MegaMart's 10,000 of 01-06 paid 03-21 in 收汇原币: at July's end, after July's template
    (到账金额) brought another buyer's money in, nothing is open and MegaMart is on no list
    (main: 10,000 open, 132 days, black). 人民币金额 and 结汇人民币 are named once as not read."""
    june = write_xlsx(tmp_path / "a" / "2025年6月出口台账.xlsx", {"出口台账": [
        H1, h1_row("SZ1", "MegaMart Inc", "2025-01-06", 10_000, "2025-01-20", 10_000,
                   "2025-03-21")]})
    june_again = write_xlsx(tmp_path / "b" / "2025年6月出口台账.xlsx", {"出口台账": [
        H1, h1_row("SZ1", "MegaMart Inc", "2025-01-06", 10_000, "2025-01-20", 10_000,
                   "2025-03-21"),
        h1_row("SZ2", "MegaMart Inc", "2025-06-02", 3_000, "2025-06-10")]})
    july = write_xlsx(tmp_path / "2025年7月出口台账.xlsx", {"出口台账": [
        H2, ["SZ7", date(2025, 7, 3), "Volt Retail", 9_000, "USD", "OA 30 days",
             date(2025, 7, 5), 9_000, date(2025, 7, 20), ""]]})
    results = _same_import(tmp_path, [june], [june_again], [july])
    assert results[0].sheets[0].mapping["received_amount"] == "收汇原币"
    assert [codes(r).count("money_column_unread") for r in results] == [1, 0, 0]
    assert "received_column_missing" not in codes(results[0])
    english, chinese = import_report(results[0]), in_chinese(lambda: import_report(results[0]))
    assert ("Sheet “出口台账”: the money columns “人民币金额”, “结汇人民币” are not read (neither "
            "as the sale's amount nor as money received)") in english
    assert "工作表“出口台账”：金额列“人民币金额”、“结汇人民币”未被读取" in chinese
    mega = customer(tmp_path / "fast.sqlite", "MegaMart Inc", date(2025, 7, 31))
    assert (mega.open_amount, mega.max_days_overdue, mega.list) == (3_000, 0, None)


def test_export_ledger_headers_of_money_received() -> None:
    """收汇(USD), 收汇金额(原币) beside 收汇金额(人民币), 水单金额, 收款(USD), 到账金额USD are money
    received; 未收汇金额 is what is still owed, 收汇汇率 and 结汇人民币 no receipt."""
    for header in ("收汇(USD)", "收汇金额", "收汇", "水单金额", "收款(USD)", "到账金额USD",
                   "实收原币", "Remittance (USD)"):
        headers = ["客户", "日期", "金额", header]
        assert auto_map(headers).get("received_amount") == 3, header
    both = ["客户", "日期", "金额", "收汇金额(人民币)", "收汇金额(原币)", "未收汇金额", "收汇汇率",
            "结汇人民币"]
    mapping = auto_map(both)
    assert (mapping["received_amount"], mapping["outstanding"]) == (4, 5)
    assert not {6, 7} & set(mapping.values())


def test_a_date_received_without_its_money_is_named_and_mapping_reads_it(
        tmp_path: Path) -> None:
    """A header the synonyms miss (收汇外汇款): the import names the file, the sheet, 收汇日期 and
    the columns not read, the money-like one first, on every import; the report's no-receipts
    warning names them; mapped, the same file is read again and MegaMart is paid."""
    head = [h if h != "收汇原币" else "收汇外汇款" for h in H1]
    june = write_xlsx(tmp_path / "2025年6月出口台账.xlsx", {"出口台账": [
        head, h1_row("SZ1", "MegaMart Inc", "2025-01-06", 10_000, "2025-01-20", 10_000,
                     "2025-03-21")]})
    db = tmp_path / "fast.sqlite"
    [result] = _same_import(tmp_path, [june])
    assert codes(result).count("received_column_missing") == 1
    english, chinese = import_report(result), in_chinese(lambda: import_report(result))
    assert ("2025年6月出口台账.xlsx, sheet “出口台账”: “收汇日期” is read as the date received, "
            "but no column of money received was found: the sheet's payments are not counted. "
            "Columns not read: “收汇外汇款”, “人民币金额”, “结汇人民币”. Map the one of money "
            "received as “Amount received” in the import dialog.") in english
    with on_command_line():
        assert "(e.g. --map received_amount=收汇外汇款)" in import_report(result)
    assert ("“收汇日期”已作为收款日期读取，但没有找到已收金额列：该表的收款都不会被计入。"
            "未读取的列：“收汇外汇款”、“人民币金额”、“结汇人民币”") in chinese
    with connect(db) as conn:
        notes = analyse(conn, as_of=date(2025, 6, 30)).notes
    [warning] = [n for n in notes if n.code == "no_receipts"]
    assert ("The imported sheets have columns not read that may hold them: “人民币金额”, "
            "“收汇外汇款”, “结汇人民币”.") in warning.text
    assert "已导入的工作表中有未读取、可能记有收款的列" in in_chinese(lambda: warning.text)
    assert customer(db, "MegaMart Inc", date(2025, 6, 30)).list == "confirm"
    [again] = import_files(db, [june], overrides={"received_amount": "收汇外汇款"})
    assert again.status == "imported" and "received_column_missing" not in codes(again)
    mega = customer(db, "MegaMart Inc", date(2025, 6, 30))
    assert (mega.open_amount, mega.list) == (0, None)


def test_notes_name_their_rows_and_say_which_rates(tmp_path: Path) -> None:
    """rv53b f4/f3: the cell of 收汇原币 marked ¥ and the bank charge name their rows, and
    both languages say the rates are Settings', for each row's date (not "the day's rate")."""
    book = write_xlsx(tmp_path / "2025年3月出口台账.xlsx", {"出口台账": [
        H1, h1_row("SZ1", "Brightline", "2025-01-08", 18_000, "2025-01-20", 17_970,
                   "2025-03-21", "银行扣费30"),
        h1_row("SZ2", "华讯通", "2025-01-09", 20_000, "2025-01-25", "¥143,000", "2025-03-25",
               "客户付人民币143,000"),
        h1_row("SZ3", "Rivière Tech", "2025-03-05", 10_000, "2025-03-25", currency="EUR")]})
    [result] = _same_import(tmp_path, [book])
    english, chinese = import_report(result), in_chinese(lambda: import_report(result))
    assert ("1 cell of the received column “收汇原币” is marked CNY (row 3): read as CNY, "
            "converted at the rate in Settings (Currency rates) for its date.") in english
    assert ("中有 1 个单元格标为 CNY（第 3 行）：按 CNY 读取，"
            "并按设置中“汇率”页各行日期适用的汇率换算") in chinese and "当日汇率" not in chinese
    assert "the bank charge written beside 1 payment (row 2; 30.00 USD)" in english
    assert "1 笔收款旁写明的银行扣费（第 2 行，共 30.00 USD）" in chinese
    with connect(tmp_path / "fast.sqlite") as conn:
        notes = analyse(conn, as_of=date(2025, 3, 31)).notes
    [rates] = [n for n in notes if n.code == "rates_used"]
    assert rates.text == ("Revenue is converted at the rates in Settings (Currency rates) in "
                          "force on each order's date; open receivables at those in force on "
                          "2025-03-31.")
    assert "销售额按设置中“汇率”页在各订单日期适用的汇率折算" in in_chinese(lambda: rates.text)
