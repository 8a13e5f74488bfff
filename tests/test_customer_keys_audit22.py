"""Customer identity (audit 22): a buyer's name pasted with marks nobody sees is one customer,
not two "ABC Trading"; names alike only in what a reader does not see are not called alike.

A name copied from an Arabic or Hebrew e-mail signature brings a right-to-left mark, one from a
web page a soft hyphen, one from a Windows dialog bidirectional embeddings. The lists printed
the buyer twice under the same-looking name: its late invoices on one "ABC Trading" black-
listed, its large prepaid orders on the other. Ledgers are written with openpyxl and imported by
both paths; the older database is one the import left with the older customer key.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from ledgers import older_customer_key, write_xlsx
from test_fast_import import _same_import

from core.ledger import customer_rekey, normalise, rereading
from core.ledger.importer import import_files
from core.override_changes import merge, pin
from core.overrides import list_overrides, load_overrides
from core.similarity import ALIKE, similarity
from core.store import READINGS_KEY, connect

HEADER = ["客户名称", "下单日期", "产品", "金额", "币种", "付款方式", "出货日期", "已收金额",
          "收款日期"]
PLAIN = "ABC Trading"
RLM = "ABC Trading\u200f"  # a right-to-left mark after the name


def _rows() -> list[list[object]]:
    """The good buyer prepays its large orders; the same buyer's two small orders, typed
    with the mark, are months late. No order numbers: rows are keyed by customer."""
    return [
        HEADER,
        [PLAIN, date(2025, 1, 5), "pump", 30_000, "USD", "T/T in advance", date(2025, 1, 10),
         30_000, date(2025, 1, 8)],
        [RLM, date(2025, 1, 5), "pump", 8_000, "USD", "OA 30 days", date(2025, 1, 10), None,
         None],
        ["\u202aABC Tra\u00adding\u202c", date(2025, 2, 5), "valve", 9_000, "USD",
         "OA 30 days", date(2025, 2, 10), None, None],
        [PLAIN, date(2025, 3, 5), "valve", 40_000, "USD", "T/T in advance", date(2025, 3, 10),
         40_000, date(2025, 3, 8)],
        ["Other Co", date(2025, 6, 5), "valve", 40_000, "USD", "T/T in advance",
         date(2025, 6, 10), 40_000, date(2025, 6, 8)],
    ]


def _customers(db: Path) -> list[tuple[str, str, int]]:
    with sqlite3.connect(db) as conn:
        return list(conn.execute(
            "SELECT c.key, c.name, COUNT(o.id) FROM customers c LEFT JOIN orders o "
            "ON o.customer_id = c.id GROUP BY c.id ORDER BY c.key"))


def test_a_name_with_invisible_marks_is_the_same_customer(tmp_path: Path) -> None:
    ledger = write_xlsx(tmp_path / "ledger.xlsx", {"2025": _rows()})
    _same_import(tmp_path / "both", [ledger])  # the reference import reads it alike
    db = tmp_path / "both" / "fast.sqlite"
    # before: four customers, three of them printed "ABC Trading"
    assert [(k, n) for k, n, _ in _customers(db)] == [("abc trading", PLAIN),
                                                       ("other co", "Other Co")]
    assert [count for *_, count in _customers(db)] == [4, 1]


def test_a_space_beside_a_chinese_character_is_no_second_customer(tmp_path: Path) -> None:
    header = ["订单号", "客户名称", "下单日期", "金额", "币种"]
    names = ["深圳市华美贸易有限公司", "深圳市 华美贸易有限公司", "深圳市华美贸易 有限公司",
             "华美贸易(香港)有限公司", "华美贸易 （香港） 有限公司"]  # the last two: Hong Kong's
    rows = [[f"HM-{n}", name, date(2025, 3, n + 1), 10_000, "USD"]
            for n, name in enumerate(names)]
    ledger = write_xlsx(tmp_path / "华美.xlsx", {"3月": [header, *rows]})
    _same_import(tmp_path / "both", [ledger])
    assert [(k, count) for k, _, count in _customers(tmp_path / "both" / "fast.sqlite")] == [
        ("华美贸易(香港)有限公司", 2), ("深圳市华美贸易有限公司", 3)]


def test_keys_drop_only_what_nobody_sees() -> None:
    key = normalise.customer_key
    assert key("ABC Trading\u200e") == key("\u2067ABC Trading\u2069") == "abc trading"
    # what a reader sees still tells buyers apart
    assert key("ABC Trading (HK)") != key(PLAIN) != key("ABC-Trading")
    assert key("Metro AG Germany") != key("Metro AG Poland")
    assert key("深圳市华美贸易有限公司") != key("华美贸易(香港)有限公司")
    assert key("Sun Co 华美") != key("SunCo 华美")  # a space between Latin words stays


def _old_key(name: str) -> str:
    return normalise.fold(name)  # the key before this pass: invisible marks kept


def older_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: list[list[object]],
                 old_key: Callable[[str], str], by_hand: Callable[[sqlite3.Connection], None]
                 ) -> Path:
    """A database the ledger of `rows` was imported into by an older customer key, then
    corrected `by_hand`, then left at the readings version before this one."""
    db = tmp_path / "older.sqlite"
    assert customer_rekey.customer_key is normalise.customer_key  # imported before the patch:
    # first imported under it (a test run alone), it would re-key by the older key for good
    ledger = write_xlsx(tmp_path / "ledger.xlsx", {"2025": rows})
    with monkeypatch.context() as patched:
        older_customer_key(patched, old_key)
        [result] = import_files(db, [ledger])
        assert result.status == "imported"
        with connect(db) as conn:
            by_hand(conn)
            conn.execute("UPDATE meta SET value = ? WHERE key = ?",
                         (str(rereading.VERSION - 1), READINGS_KEY))
            conn.commit()
    return db


def _as_the_older_import_left_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database imported by the older key: "ABC Trading" and its marked twins apart, one
    merged by hand into the other, which is pinned to the black list ("Other Co" to the white
    one), then the readings version of that release."""

    def by_hand(conn: sqlite3.Connection) -> None:
        assert len(list(conn.execute("SELECT 1 FROM customers"))) == 4
        twin = conn.execute("SELECT id FROM customers WHERE key = ?",
                            (_old_key(RLM),)).fetchone()[0]
        third = conn.execute("SELECT id FROM customers WHERE key LIKE '\u202a%'"
                             ).fetchone()[0]
        merge(conn, f"#{twin}", f"#{third}")  # the clerk saw two of the three
        pin(conn, f"#{twin}", "black")
        pin(conn, "Other Co", "white")

    return older_import(tmp_path, monkeypatch, _rows(), _old_key, by_hand)


def test_an_older_database_holds_the_buyer_once_and_next_month_adds_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _as_the_older_import_left_it(tmp_path, monkeypatch)
    with connect(db) as conn:  # opening reads the keys again
        overrides = load_overrides(conn)
        listed = [(r.kind, r.customer_key, r.target) for r in list_overrides(conn)]
        ids = dict(conn.execute("SELECT key, id FROM customers"))
    # the hand merge of two names now one goes; the pins follow the keys
    assert listed == [("pin_list", "abc trading", "black"), ("pin_list", "other co", "white")]
    assert [(k, n) for k, n, _ in _customers(db)] == [("abc trading", PLAIN),
                                                       ("other co", "Other Co")]
    # the twin's pin is the buyer's, as a merge by hand would leave it; Other Co keeps its own
    assert overrides.pinned_list == {ids["abc trading"]: "black", ids["other co"]: "white"}
    # next month's ledger repeats every row and adds one: none is stored twice
    month = [*_rows(), [RLM, date(2025, 7, 2), "pump", 5_000, "USD", "OA 30 days", None, None,
                        None]]
    later = write_xlsx(tmp_path / "july.xlsx", {"2025": month})
    [again] = import_files(db, [later])
    assert (again.counts.inserted, again.counts.unchanged) == (1, 5)
    assert [count for *_, count in _customers(db)] == [5, 1]
    fresh = tmp_path / "fresh.sqlite"
    import_files(fresh, [later])
    with sqlite3.connect(db) as old, sqlite3.connect(fresh) as new:
        keys = "SELECT o.order_key, l.line_key, c.key FROM order_lines l JOIN orders o ON " \
               "o.id = l.order_id JOIN customers c ON c.id = o.customer_id ORDER BY l.line_key"
        assert list(old.execute(keys)) == list(new.execute(keys))


def _moved_note(tmp_path: Path, stored: str, named: str) -> str:
    """The note March's file gets when it gives order 1001, stored under `stored`, to
    `named`: "respelled" (merge the names) or "moved" (two orders sharing a number)."""
    header = ["订单号", "客户", "日期", "金额", "币种"]
    january = write_xlsx(tmp_path / "1月.xlsx", {"1月": [
        header, ["1001", stored, date(2025, 1, 10), 5_000, "USD"]]})
    march = write_xlsx(tmp_path / "3月.xlsx", {"3月": [
        header, ["1001", named, date(2025, 3, 5), 5_000, "USD"]]})
    _, second = _same_import(tmp_path, [january], [march])
    [note] = [w.code for w in second.warnings if w.code.startswith("order_")
              and w.code != "order_number_shared"]
    return note


def test_numbered_branches_are_not_said_to_be_one_customer(tmp_path: Path) -> None:
    # "Eurotrade 2" read as "Eurotrade 1" spelled otherwise (0.99): "merge the names"
    assert similarity("Eurotrade 1", "Eurotrade 2") < ALIKE
    assert _moved_note(tmp_path, "Eurotrade 1", "Eurotrade 2") == "order_moved_customer"


def test_a_name_typed_without_its_accents_is_said_to_be_likely_the_same(tmp_path: Path) -> None:
    # "Societe Generale" read as another buyer (0.32): "undo the import and renumber"
    assert similarity("Société Générale S.A.", "SOCIETE GENERALE") >= ALIKE
    assert _moved_note(tmp_path, "Société Générale S.A.", "SOCIETE GENERALE") == \
        "order_customer_respelled"
