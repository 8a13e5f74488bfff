"""A stored order that a later file gives to another customer is said plainly in the report
(core.ledger.moves), by the import and the reference import alike.

Orders are keyed by their number alone, so Beta's PO 1001 in March's file updates Alpha's PO
1001 of January and moves it to Beta; the report said only that its amount changed. The files
are written here with openpyxl and imported as the app does; both imports must print the same
report (test_fast_import._same_import compares them, and every table, after each file).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import

from core import i18n
from core.ledger.order_buyers import SHARED_SHOWN
from core.ledger.report import import_report
from core.similarity import ALIKE, similarity

HEADER = ["订单号", "客户", "日期", "产品", "金额", "币种"]


def _file(path: Path, sheet: str, rows: list[tuple[str, str, str, float]]) -> Path:
    return write_xlsx(path, {sheet: [HEADER, *[[no, customer, date.fromisoformat(day), "Valve",
                                                 amount, "USD"]
                                                for no, customer, day, amount in rows]]})


def _moves(result):
    return [w for w in result.warnings if w.code.startswith("order_")
            and w.code != "order_number_shared"]


def test_an_order_number_given_to_another_customer_is_reported_in_both_languages(
        tmp_path: Path):
    january = _file(tmp_path / "1月.xlsx", "1月", [("1001", "Alpha Trading", "2025-01-10", 5_000),
                                                   ("1002", "Alpha Trading", "2025-01-12", 900)])
    march = _file(tmp_path / "3月.xlsx", "3月", [("2001", "Beta Imports", "2025-03-02", 800),
                                                 ("1001", "Beta Imports", "2025-03-05", 7_000)])
    first, second = _same_import(tmp_path, [january], [march])
    assert _moves(first) == []
    [note] = _moves(second)
    assert note.code == "order_moved_customer"
    # the order's first row in March's file is the sheet's third row (the header is the first)
    assert note.params == {"order": "1001", "stored": "Alpha Trading",
                           "customer": "Beta Imports", "sheet": "3月", "row": 3}
    assert "“Alpha Trading” loses it" in note.text
    report = import_report(second)
    assert "Amount changed: order 1001 (Beta Imports)" in report  # as before, and now why
    assert note.text in report
    i18n.set_language("zh_CN")
    try:
        chinese = note.text
    finally:
        i18n.set_language("en")
    assert chinese.startswith("订单 1001 原先记在“Alpha Trading”名下")
    assert "“Beta Imports”" in chinese and "工作表“3月”第 3 行" in chinese


def test_a_respelled_customer_is_said_to_be_likely_the_same_one(tmp_path: Path):
    stored, respelled = "ACME Trading", "Acme Trading Co., Ltd"
    assert similarity(stored, respelled) >= ALIKE
    january = _file(tmp_path / "1月.xlsx", "1月", [("1001", stored, "2025-01-10", 5_000)])
    march = _file(tmp_path / "3月.xlsx", "3月", [("1001", respelled, "2025-03-05", 5_000)])
    _, second = _same_import(tmp_path, [january], [march])
    [note] = _moves(second)
    assert note.code == "order_customer_respelled"
    assert (note.params["stored"], note.params["customer"]) == (stored, respelled)
    assert "merge the names" in note.text


def test_the_same_customer_again_is_no_move_and_many_moves_are_summed_up(tmp_path: Path):
    count = SHARED_SHOWN + 2
    january = _file(tmp_path / "1月.xlsx", "1月", [
        (f"{n}", "Alpha Trading", "2025-01-10", 1_000) for n in range(1, count + 1)])
    again = _file(tmp_path / "2月.xlsx", "2月", [  # Alpha's own orders, its name cased anew
        (f"{n}", "ALPHA TRADING", "2025-02-10", 1_500) for n in range(1, count + 1)])
    march = _file(tmp_path / "3月.xlsx", "3月", [
        (f"{n}", "Beta Imports", "2025-03-05", 2_000) for n in range(1, count + 1)])
    _, repeated, moved = _same_import(tmp_path, [january], [again], [march])
    assert _moves(repeated) == []
    notes = _moves(moved)
    assert [n.code for n in notes] == ["order_moved_customer"] * SHARED_SHOWN + [
        "order_moved_more"]
    assert [n.params["order"] for n in notes[:-1]] == [f"{n}" for n in range(1, SHARED_SHOWN + 1)]
    stored = "ALPHA TRADING"  # the name the customer's latest row gave it
    assert notes[-1].params == {"count": 2, "orders": ", ".join(
        f"{n} ({stored} → Beta Imports)" for n in range(SHARED_SHOWN + 1, count + 1))}
