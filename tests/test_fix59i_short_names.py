"""A buyer written by its full name on some months' tabs and its short name on others.

The clerk writes Al Noor Trading LLC in January and AL NOOR in February, Sahara Star General
Trading and Sahara Star; the money often comes under the other name: Al Noor Trading LLC's
March wire of 10,000 pays its own 4,000 and AL NOOR's 6,000. The import named Golden Bridge
Co., Ltd. / Golden Bridge only (a legal form left out), never AL NOOR / Al Noor Trading LLC
nor Sahara Star / Sahara Star General Trading (trade words left out, too far apart letter for
letter: rv59b s22), so AL NOOR stood black with 6,000 open while its full name held 6,000 of
credit, nothing saying why (core.short_names). Different firms sharing a name's words stay
unsaid: Al Noor Textiles FZE, Star Trading, Global Sourcing Ltd / Global Trading LLC.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx

from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.override_changes import merge
from core.short_names import short_pairs
from core.store import connect

A = date(2025, 5, 20)
HEAD = ["订单号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式", "收款金额",
        "收款日期", "备注"]
OA = "OA 30天"
d = date.fromisoformat


def row(no: str, customer: str, day: str, amount: float, received: float | None = None,
        on: str | None = None) -> list[object]:
    return [no, customer, d(day), d(day), amount, "USD", OA, received, on and d(on), None]


SHEETS = {
    "1月": [HEAD, row("YW25-0010", "Golden Bridge Co., Ltd.", "2025-01-05", 4000, 4000,
                     "2025-02-03"),
           row("YW25-0011", "Al Noor Trading LLC", "2025-01-06", 5000, 5000, "2025-02-04"),
           row("YW25-0012", "Sahara Star General Trading", "2025-01-07", 6000, 6000,
               "2025-02-05"),
           row("YW25-0013", "Star Trading", "2025-01-08", 3000, 3000, "2025-02-06")],
    "2月": [HEAD, row("YW25-0040", "Golden Bridge", "2025-02-01", 4000),
           row("YW25-0041", "AL NOOR", "2025-02-02", 6000),
           row("YW25-0042", "Al Noor Trading LLC", "2025-02-03", 4000, 10000, "2025-03-05"),
           row("YW25-0043", "Sahara Star", "2025-02-04", 6000, 3000, "2025-03-06"),
           row("YW25-0044", "Global Sourcing Ltd", "2025-02-05", 2000, 2000, "2025-03-06")],
    "5月": [HEAD, row("YW25-0090", "Al Noor Textiles FZE", "2025-05-01", 2000, 2000,
                     "2025-05-10"),
           row("YW25-0091", "Global Trading LLC", "2025-05-02", 2000, 2000, "2025-05-12"),
           row("YW25-0092", "Doha Party Supplies", "2025-05-02", 2000, 2000, "2025-05-20")],
}


def _import(tmp_path: Path) -> tuple[Path, list[str], list[object]]:
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [write_xlsx(tmp_path / "2025外贸台账.xlsx", SHEETS)])
    said = [w for w in result.warnings if w.code == "customer_alike_new"]
    return db, [str(w) for w in said], said


def test_short_and_full_names_are_said_and_different_firms_are_not(tmp_path: Path) -> None:
    _, said, notes = _import(tmp_path)
    pairs = {frozenset((w.params["new"], w.params["known"])) for w in notes}  # type: ignore[attr-defined]
    assert pairs == {frozenset(("Golden Bridge Co., Ltd.", "Golden Bridge")),
                     frozenset(("Al Noor Trading LLC", "AL NOOR")),
                     frozenset(("Sahara Star General Trading", "Sahara Star"))}, said
    assert "Possibly the same customer: «Al Noor Trading LLC» and «AL NOOR», both new — merge " \
           "them in Customers if so." in said
    assert in_chinese(lambda: str(notes[1])).startswith("可能是同一客户：")


def test_a_short_name_is_its_first_words_without_trade_words_only() -> None:
    names = ["Al Noor Trading LLC", "AL NOOR", "Al Noor Textiles FZE", "Star Trading",
             "Sahara Star", "Sahara Star General Trading", "Global", "Global Trading LLC",
             "International Trading", "Trading", "Saigon Trading Co., Ltd",
             "Saigon Import Export Co., Ltd", "宁波艾克美贸易有限公司", "艾克美",
             "Al Noor General Trading LLC"]
    found = {frozenset(pair) for pair in short_pairs(names, names)}
    assert found == {frozenset(pair) for pair in [
        ("Al Noor Trading LLC", "AL NOOR"), ("Sahara Star", "Sahara Star General Trading"),
        ("宁波艾克美贸易有限公司", "艾克美"), ("Al Noor General Trading LLC", "AL NOOR")]}
    # two registered names, one with a trade word more: two registrations, not a short name
    assert not short_pairs(["Acme Company Limited"], ["Acme Trading Co., Ltd"])


def test_the_debt_beside_a_credit_under_the_other_name_is_said_on_the_customer(
        tmp_path: Path) -> None:
    db, _, _ = _import(tmp_path)
    with connect(db) as conn:
        by_name = {c.customer: c for c in analyse(conn, as_of=A).customers}
        short, full = by_name["AL NOOR"], by_name["Al Noor Trading LLC"]
        assert (short.open_amount, full.credit_on_account) == (6000, 6000)
        assert short.list == "black"  # the user acts: merged, or the money moved, never silent
        reason = str(short.list_reason)
        assert "6,000 USD of credit under «Al Noor Trading LLC», a name like this one's: " \
               "merge them in Customers if they are one firm" in reason, reason
        assert "“Al Noor Trading LLC”名下有 6,000 USD 贷方余额" in in_chinese(
            lambda: str(short.list_reason))
        # Sahara Star's full name holds no credit: its debt stands unexplained, as it is
        assert "credit under" not in str(by_name["Sahara Star"].list_reason)
        merge(conn, "Al Noor Trading LLC", "AL NOOR")
        merged = {c.customer: c for c in analyse(conn, as_of=A).customers}
    # merged, the wire pays AL NOOR's invoice: nothing open, off the black list
    assert (merged["Al Noor Trading LLC"].open_amount, merged["Al Noor Trading LLC"].list) == (
        0, "white")
