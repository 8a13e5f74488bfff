"""A customer code beside two names is said once for the database, not again on every later
import of a book still holding both names, until the clerk merges (msg39, as note39 for a
rename note's pair).

The clerk keeps one year book, a tab a month, with a 客户编号 column: code C-1 is "Sunrise
Trading LLC" on January's tab and "Sunrise Home LLC" on February's (the buyer renamed). The
February book (January and February tabs) says C-1 is written beside the two names. Before,
the March book (the same two tabs and March's, neither name changed) said it again, and so
would April's, May's… Now March's says nothing; undoing March's import and February's takes
the record back with them, and February's book imported again says it again.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from account_cli import cli
from ledgers import write_xlsx

HEADER = ["订单号", "客户编号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式"]
NAMES = {1: "Sunrise Trading LLC", 2: "Sunrise Home LLC", 3: "Sunrise Home LLC"}


def _year_book(tmp_path: Path, through: int, march: str = NAMES[3]) -> Path:
    names = {**NAMES, 3: march}
    return write_xlsx(tmp_path / f"2026年1-{through}月.xlsx", {f"{m}月": [
        HEADER,
        [f"M{m}-1", "C-1", names[m], date(2026, m, 2), date(2026, m, 10), 10_000, "USD",
         "OA 30 days"]] for m in range(1, through + 1)})


def _said(db: Path, book: Path) -> list[str]:
    [report] = json.loads(cli("import", "--db", str(db), str(book), "--json"))["files"]
    assert report["status"] == "imported", report
    return [str(w["text"]) for w in report["warnings"] if w["code"] == "code_two_names"]


def test_a_code_beside_two_names_is_said_once(tmp_path: Path) -> None:
    db = tmp_path / "firm.sqlite"
    february, march = _year_book(tmp_path, 2), _year_book(tmp_path, 3)
    [said] = _said(db, february)
    assert "“C-1” is written beside 2 names" in said
    assert "Sunrise Trading LLC" in said and "Sunrise Home LLC" in said
    assert _said(db, march) == []  # before: said again, word for word
    cli("undo-import", "--db", str(db), "--yes")  # March's
    cli("undo-import", "--db", str(db), "--yes")  # February's: the record goes with it
    assert _said(db, february) == [said]


def test_a_code_beside_a_third_name_is_said_again(tmp_path: Path) -> None:
    """Once for those names: a third name beside the code is news, and said."""
    db = tmp_path / "firm.sqlite"
    assert len(_said(db, _year_book(tmp_path, 2))) == 1
    [said] = _said(db, _year_book(tmp_path, 3, "Sunrise Home Group LLC"))
    assert "beside 3 names" in said and "Sunrise Home Group LLC" in said
