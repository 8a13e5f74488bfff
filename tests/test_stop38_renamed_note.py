"""A note saying the buyer changed its name (更名) points the two names out for merging (stop38).

Sunrise Trading LLC renamed itself Sunrise Home LLC in March. January's book has Sunrise
Trading's 10,000 invoice (OA 30 days, shipped 01-10); April's has Sunrise Home's 12,000 order,
noted "原名 Sunrise Trading，2026年3月更名 Sunrise Home", and one 22,000 wire from Sunrise
Home paying both. The names share too few letters for "possibly the same customer": before,
the import said nothing, and Sunrise Trading stayed 10,000 open, 139 days past due and
black-listed beside Sunrise Home's 10,000 credit on account. Now the report names the pair
with the note's sheet and row; merged as it says, Sunrise owes nothing and is on no list.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from account_cli import cli, customers
from ledgers import write_xlsx

HEADER = ["订单号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式", "实收金额",
          "收款日期", "备注"]
A = date(2026, 6, 30)


def _books(tmp_path: Path, note: str) -> list[Path]:
    january = write_xlsx(tmp_path / "2026年1月.xlsx", {"1月": [
        HEADER,
        ["ST-1", "Sunrise Trading LLC", date(2026, 1, 5), date(2026, 1, 10), 10_000, "USD",
         "OA 30 days", None, None, None],
        ["OS-1", "Oslo Living", date(2026, 1, 8), date(2026, 1, 9), 30_000, "USD",
         "T/T in advance", 30_000, date(2026, 1, 8), None]]})
    april = write_xlsx(tmp_path / "2026年4月.xlsx", {"4月": [
        HEADER,
        ["SH-1", "Sunrise Home LLC", date(2026, 4, 2), date(2026, 4, 10), 12_000, "USD",
         "T/T in advance", None, None, note]],
        "收款": [["收款日期", "客户名称", "收款金额", "币种", "备注"],
                 [date(2026, 6, 28), "Sunrise Home LLC", 22_000, "USD", None]]})
    return [january, april]


def _import(db: Path, books: list[Path]) -> list[dict[str, object]]:
    warnings = []
    for book in books:
        [report] = json.loads(cli("import", "--db", str(db), str(book), "--json"))["files"]
        assert report["status"] == "imported", report
        warnings += report["warnings"]
    return warnings


def test_a_rename_note_points_the_two_names_out(tmp_path: Path) -> None:
    db = tmp_path / "firm.sqlite"
    warnings = _import(db, _books(tmp_path, "原名 Sunrise Trading，2026年3月更名 Sunrise Home"))
    [said] = [w["text"] for w in warnings if w["code"] == "customer_renamed_note"]
    assert "«Sunrise Home LLC» and «Sunrise Trading LLC»" in said and "“4月” row 2" in said
    found = customers(db, A)["by_name"]
    old, new = found["Sunrise Trading LLC"], found["Sunrise Home LLC"]
    assert (old["open_amount"], old["list"], new["credit_on_account"]) == (
        10_000.0, "black", 10_000.0)
    cli("customer", "merge", "Sunrise Home LLC", "Sunrise Trading LLC", "--db", str(db))
    sunrise = customers(db, A)["by_name"]["Sunrise Home LLC"]
    assert (sunrise["open_amount"], sunrise["credit_on_account"], sunrise["list"]) == (
        0.0, 0.0, None)


def test_renamed_to_in_english_and_no_rename_said(tmp_path: Path) -> None:
    db = tmp_path / "firm.sqlite"
    warnings = _import(db, _books(tmp_path, "formerly Sunrise Trading LLC"))
    assert [w["code"] for w in warnings].count("customer_renamed_note") == 1
    db2 = tmp_path / "other.sqlite"
    (tmp_path / "b").mkdir()
    quiet = _import(db2, _books(tmp_path / "b", "客户更名，见邮件"))
    assert "customer_renamed_note" not in [w["code"] for w in quiet]
