"""acct53g (rv53a f5): one buyer under two spellings, "Hansen Trading GmbH" (张伟's file) and
"HANSEN TRADING" (Kevin's), and its 15,000 wire of 05-12 on both files (core.ledger.
doubled_wires). Unmerged, the wire counts for both customers; the import said "Possibly the
same customer" once, when the new name came, and never again. Now each import writing one of
the two receipts names the pair again with the money it doubles; after the clerk's merge, the
wire counts once and the note stops. Both imports compared (the app's and the reference one).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import

from core import override_changes
from core.ledger.import_result import FileResult
from core.ledger.report import import_report
from core.store import connect

CODE = "wire_under_alike_names"


def _zhang(folder: Path, month: int = 5) -> Path:
    """张伟's book as at the end of `month` (an order of that month added: no two alike)."""
    return write_xlsx(folder / "张伟-2025出口台账.xlsx", {"Sheet1": [
        ["Order No.", "Customer", "Order Date", "Amount", "Currency", "Payment Terms",
         "Ship Date", "Received", "Received Date"],
        ["2025-020", "Hansen Trading GmbH", datetime(2025, 4, 6), 15000, "USD",
         "T/T 30% deposit, 70% against B/L copy", datetime(2025, 4, 30), 15000,
         datetime(2025, 5, 12)],
        [f"2025-0{month}9", "Other Buyer Ltd", datetime(2025, month, 2), 1000, "USD",
         "T/T in advance", None, None, None]]})


def _kevin(folder: Path, month: int = 5) -> Path:
    """Kevin's book as at the end of `month` (an order of that month added: no two alike)."""
    return write_xlsx(folder / "Kevin王-2025出口台账.xlsx", {
        "订单": [["合同号", "客户", "签约日期", "合同金额", "币种", "付款方式", "出货日期"],
                 ["KW-2541", "HANSEN TRADING", datetime(2025, 3, 20), 50000, "USD",
                  "T/T 30% deposit, 70% against B/L copy", datetime(2025, 4, 25)],
                 [f"KW-25{month}9", "Other Buyer Ltd", datetime(2025, month, 3), 1000, "USD",
                  "T/T in advance", None]],
        "收款": [["到账日期", "客户", "合同号", "收款金额", "币种", "备注"],
                 [datetime(2025, 3, 25), "HANSEN TRADING", "KW-2541", 15000, "USD", None],
                 [datetime(2025, 5, 12), "HANSEN TRADING", None, 15000, "USD", "Hansen 货款"]]})


def _notes(results: list[FileResult]) -> list[str]:
    return [w.text for r in results for w in r.warnings if w.code == CODE]


def test_the_wire_under_both_names_is_said_each_month_until_merged(tmp_path: Path):
    kevin, zhang = _kevin(tmp_path / "k"), _zhang(tmp_path / "z")
    first = _same_import(tmp_path, [kevin, zhang])
    assert _notes(first) == [
        "«HANSEN TRADING» and «Hansen Trading GmbH», possibly the same customer, both hold 1 "
        "receipt of the same day and sum: 15,000.00 USD 2025-05-12. If they are one buyer, it "
        "is counted twice (the buyer shown that much more paid): merge them in Customers. If "
        "they are two buyers, nothing to do."]
    assert "两者都有 1 笔日期和金额相同的收款：15,000.00 USD 2025-05-12" in in_chinese(
        lambda: import_report(first[1]))
    again = _same_import(tmp_path, [_kevin(tmp_path / "k2", 6), _zhang(tmp_path / "z2", 6)])
    assert len(_notes(again)) == 2, "said again next month (before: never), each file writing one"
    for name in ("fast.sqlite", "slow.sqlite"):
        with connect(tmp_path / name) as conn:
            override_changes.merge(conn, "HANSEN TRADING", "Hansen Trading GmbH")
    assert not _notes(_same_import(tmp_path, [_kevin(tmp_path / "k3", 7),
                                              _zhang(tmp_path / "z3", 7)]))


def test_two_alike_names_without_a_shared_receipt_say_nothing_more(tmp_path: Path):
    """Kevin's 05-12 wire is 14,000: no receipt of one day and sum, no second note."""
    kevin = write_xlsx(tmp_path / "Kevin王-2025出口台账.xlsx", {
        "收款": [["到账日期", "客户", "合同号", "收款金额", "币种", "备注"],
                 [datetime(2025, 5, 12), "HANSEN TRADING", None, 14000, "USD", None]]})
    assert not _notes(_same_import(tmp_path, [kevin, _zhang(tmp_path)]))


def test_a_store_from_before_the_pairs_were_kept_is_weighed_once(tmp_path: Path):
    """A database whose pairs were never kept (an older version named them): the names are
    weighed once at the next import and the wire is said."""
    _same_import(tmp_path, [_kevin(tmp_path / "k"), _zhang(tmp_path / "z")])
    for name in ("fast.sqlite", "slow.sqlite"):
        with connect(tmp_path / name) as conn:
            conn.execute("DELETE FROM meta WHERE key = 'alike_pairs'")
            conn.commit()
    assert len(_notes(_same_import(tmp_path, [_kevin(tmp_path / "k2", 6)]))) == 1
