"""A legal form's full stop and the space after a comma are typing (key50).

A clerk types one buyer "Golden Bridge Co." on one row and "Golden Bridge Co" on another
(rv50a: four such pairs in one year's ledger, each two customers). Its July order, 8,000 USD
on OA 30 and unpaid, sat under "Golden Bridge Co.", black-listed with 8,000 open 153 days
overdue, while its December wire of 8,000, written on a new order's row, sat under "Golden
Bridge Co" as credit: the printed stop-loss list named a buyer who had paid. The customer key
now drops a full stop ending the name and the spaces after a comma or a full stop; the words,
and any other punctuation, still tell buyers apart. A database written before is re-keyed
once when opened (readings 7), and what that joined is said once, in either language.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from languages import in_chinese
from ledgers import write_xlsx
from test_customer_keys_audit22 import HEADER, _customers, older_import

from core import database_notices
from core.analysis.run import analyse
from core.ledger import normalise, rereading
from core.ledger.importer import import_files
from core.override_changes import pin
from core.overrides import load_overrides
from core.store import connect

A = date(2025, 12, 31)
TODAYS_KEY = normalise.customer_key  # the older key below is worked out from it
_HIDDEN = {ord("."): "\0", ord(","): "\1", ord("。"): "\2"}
NUMBERED = ["合同号", "下单日期", "客户名称", "金额", "币种", "付款方式", "出货日期",
            "实收金额", "收款日期"]
# a buyer paying on time on the year's last day: the as-of date is 2025-12-31
CLOCK = ["X-1", date(2025, 11, 1), "Clock Co", 5_000, "USD", "OA 30 days", date(2025, 12, 1),
         5_000, A]


def _golden_bridge(new: str = "Golden Bridge Co") -> list[list[object]]:
    """rv50a's buyer: July's invoice under "Co.", unpaid; December's wire of 8,000 written on
    a new order's row under `new`."""
    return [NUMBERED, CLOCK,
            ["GB-0601", date(2025, 6, 1), "Golden Bridge Co.", 8_000, "USD", "OA 30 days",
             date(2025, 7, 1), None, None],
            ["GB-1120", date(2025, 11, 20), new, 20_000, "USD", "OA 30 days", None, 8_000,
             date(2025, 12, 5)]]


def _imported(tmp_path: Path, rows: list[list[object]], name: str = "ledger.xlsx"
              ) -> tuple[Path, list[str]]:
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [write_xlsx(tmp_path / name, {"台账": rows})])
    assert result.status == "imported"
    return db, [w.code for w in result.warnings]


def test_golden_bridge_is_one_customer_that_paid(tmp_path: Path) -> None:
    db, said = _imported(tmp_path, _golden_bridge())
    with connect(db) as conn:
        customers = [c for c in analyse(conn, as_of=A).customers
                     if c.customer.startswith("Golden")]
    # before: "Golden Bridge Co." black, 8,000 open, 153 days; "Golden Bridge Co" 8,000 credit
    [golden] = customers
    assert golden.customer == "Golden Bridge Co"  # the latest spelling is shown
    assert (golden.open_amount, golden.max_days_overdue, golden.list) == (0, 0, None)
    assert not golden.credit_on_account
    assert "customer_alike_new" not in said  # one customer: nothing to merge, nothing asked


def test_the_customers_command_shows_one_customer(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from core.cli.main import main

    db, _ = _imported(tmp_path, _golden_bridge())
    assert main(["--lang", "en", "customers", "--db", str(db), "--json"]) == 0
    shown = {c["customer"]: c for c in json.loads(capsys.readouterr().out)["customers"]}
    assert [name for name in shown if name.startswith("Golden")] == ["Golden Bridge Co"]
    golden = shown["Golden Bridge Co"]
    assert (golden["open_amount"], golden["list"]) == (0, None)


@pytest.mark.parametrize(("typed", "other"), [
    ("Golden Bridge Co.", "Golden Bridge Co"),
    ("Kestrel Supplies Ltd.", "KESTREL SUPPLIES LTD"),
    ("Northwind Retail Inc.", "Northwind Retail Inc"),
    ("Acme S.A.", "ACME S.A"),
    ("Acme Trading Co., Ltd.", "Acme Trading Co.,Ltd"),
    ("Acme Trading Co., Ltd.", "Acme Trading Co.,Ltd."),
    ("St. Louis Trading", "St.Louis Trading"),
    ("Golden Bridge Co．", "Golden Bridge Co"),  # a full-width full stop: NFKC's "."
    ("Golden Bridge Co。", "Golden Bridge Co."),  # the one a Chinese input method types
    ("Ａｃｍｅ Ｃｏ．，Ｌｔｄ．", "Acme Co., Ltd"),  # full-width, as typed in Chinese mode
    ("华美贸易有限公司。", "华美贸易有限公司"),
])
def test_one_key(typed: str, other: str) -> None:
    key = normalise.customer_key
    assert key(typed) == key(other)
    assert key(key(typed)) == key(typed)  # read again, the key is itself (the re-key's need)


@pytest.mark.parametrize(("one", "other"), [
    ("Acme Co., Ltd.", "Acme Company Limited"),  # the clerk's merge, not the key's
    ("Acme Co., Ltd.", "Acme Co Ltd"),  # punctuation beyond the full stop's spacing counts
    ("ABC", "ABC Trading"),
    ("Acme Co.", "Acme"),
    ("A.B.C. Home", "ABC Home"),
    ("Golden Bridge Co. (HK)", "Golden Bridge Co."),
])
def test_words_and_other_punctuation_still_tell_buyers_apart(one: str, other: str) -> None:
    assert normalise.customer_key(one) != normalise.customer_key(other)


def test_the_three_pairs_and_the_comma_are_one_customer_each(tmp_path: Path) -> None:
    sales = [("K-1", "Kestrel Supplies Ltd."), ("K-2", "KESTREL SUPPLIES LTD"),
             ("N-1", "Northwind Retail Inc"), ("N-2", "Northwind Retail Inc."),
             ("G-1", "Golden Bridge Co."), ("G-2", "Golden Bridge Co"),
             ("S-1", "Acme Trading Co., Ltd."), ("S-2", "Acme Trading Co.,Ltd"),
             ("C-1", "Acme Company Limited"), ("T-1", "ABC"), ("T-2", "ABC Trading")]
    rows = [NUMBERED, *([number, date(2025, 3, 1 + n), name, 1_000, "USD", "T/T in advance",
                         date(2025, 3, 10), 1_000, date(2025, 3, 5)]
                        for n, (number, name) in enumerate(sales))]
    db, said = _imported(tmp_path, rows)
    assert [(key, count) for key, _, count in _customers(db)] == [
        ("abc", 1), ("abc trading", 1), ("acme company limited", 1), ("acme trading co.,ltd", 2),
        ("golden bridge co", 2), ("kestrel supplies ltd", 2), ("northwind retail inc", 2)]
    assert "customer_alike_new" not in said


def test_a_later_file_spelling_it_otherwise_adds_no_customer(tmp_path: Path) -> None:
    first = _golden_bridge()[:3]
    db, _ = _imported(tmp_path, first, "june.xlsx")
    [result] = import_files(db, [write_xlsx(tmp_path / "december.xlsx",
                                            {"台账": _golden_bridge()})])
    # before: a new customer "Golden Bridge Co" and "Possibly the same customer … merge them"
    assert "customer_alike_new" not in [w.code for w in result.warnings]
    assert result.counts.customers_inserted == 0
    assert [(key, count) for key, _, count in _customers(db)] == [
        ("clock co", 1), ("golden bridge co", 2)]


def test_order_numbers_keep_their_full_stop(tmp_path: Path) -> None:
    """Only customer keys drop it: an order number is the clerk's as typed."""
    rows = [NUMBERED, *([number, date(2025, 3, 1), "Golden Bridge Co.", amount, "USD",
                         "T/T in advance", date(2025, 3, 10), amount, date(2025, 3, 5)]
                        for number, amount in (("GB-1.", 1_000), ("GB-1", 2_000)))]
    db, _ = _imported(tmp_path, rows)
    assert [count for *_, count in _customers(db)] == [2]


def _main_key(name: str) -> str:
    """The key of readings 6 (main before key50): today's, with commas and full stops (and
    the spaces after them) kept as typed."""
    kept = TODAYS_KEY(name.translate(_HIDDEN))
    return kept.translate({ord(mark): stop for stop, mark in _HIDDEN.items()})


def _unnumbered() -> list[list[object]]:
    """Golden Bridge's rows without order numbers (their keys hash the customer key)."""
    sales = (("Golden Bridge Co.", 6, "pump", 8_000, False),
             ("Golden Bridge Co", 11, "valve", 20_000, True),
             ("Golden Bridge Co., Ltd.", 9, "hose", 3_000, True),
             ("Golden Bridge Co.,Ltd", 10, "hose", 4_000, True),
             ("Other Co", 12, "valve", 5_000, True))
    return [HEADER, *([name, date(2025, month, 1), product, amount, "USD",
                       "T/T in advance" if paid else "OA 30 days", date(2025, month, 5),
                       amount if paid else None, date(2025, month, 3) if paid else None]
                      for name, month, product, amount, paid in sales)]


def test_a_database_written_before_is_rekeyed_once_and_says_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert rereading.VERSION >= 7  # a closing full stop is typing since readings 7 (key50)

    def by_hand(conn: sqlite3.Connection) -> None:
        assert len(list(conn.execute("SELECT 1 FROM customers"))) == 5
        pin(conn, "Golden Bridge Co", "white")

    db = older_import(tmp_path, monkeypatch, _unnumbered(), _main_key, by_hand)
    with connect(db) as conn:
        said = database_notices.take(conn)
        english = sorted(str(m) for m in said)
        chinese = sorted(in_chinese(lambda: [str(m) for m in said]))
        again = database_notices.take(conn)
        ids = dict(conn.execute("SELECT key, id FROM customers"))
        pinned = load_overrides(conn).pinned_list
    assert [(k, count) for k, _, count in _customers(db)] == [
        ("golden bridge co", 2), ("golden bridge co.,ltd", 2), ("other co", 1)]
    assert pinned == {ids["golden bridge co"]: "white"}
    assert english == [
        "2 customers whose names differ only in how they were typed (bracket kinds or widths, "
        "spaces, a full stop or comma at the end) are now one customer, "
        "“Golden Bridge Co.,Ltd”: “Golden Bridge Co.,Ltd”, “Golden Bridge Co., Ltd.”.",
        "2 customers whose names differ only in how they were typed (bracket kinds or widths, "
        "spaces, a full stop or comma at the end) are now one customer, “Golden Bridge Co”: "
        "“Golden Bridge Co”, “Golden Bridge Co.”."]
    assert chinese == [
        "2 个客户的名称只是输入方式不同（括号的种类或全角半角、空格、末尾的句点或逗号），现已合并"
        "为一个客户“Golden Bridge Co.,Ltd”：“Golden Bridge Co.,Ltd”、“Golden Bridge Co., Ltd.”。",
        "2 个客户的名称只是输入方式不同（括号的种类或全角半角、空格、末尾的句点或逗号），现已合并"
        "为一个客户“Golden Bridge Co”：“Golden Bridge Co”、“Golden Bridge Co.”。"]
    assert again == []
    # next month's ledger repeats every row and adds one: none is stored twice
    month = [*_unnumbered(), ["Golden Bridge Co.", date(2025, 12, 2), "pump", 1_000, "USD",
                              "OA 30 days", None, None, None]]
    [result] = import_files(db, [write_xlsx(tmp_path / "december.xlsx", {"2025": month})])
    assert (result.counts.inserted, result.counts.unchanged) == (1, 5)
    assert [count for *_, count in _customers(db)] == [3, 2, 1]
