"""fix53j (rv53c 53c): a file read again for a mapping, its bytes unchanged, does not undo a
later-dated file's received figure.

January (回笼金额 mapped) holds B-1 6,000 received on 01-30; February's book corrects B-1 to
5,000, received 5,000 the same day. January imported again with its date column mapped too was
read again (acct53c: the mapping is part of what tells a file imported) and taken as January's
file sent again, its correction: its stale 6,000 replaced February's 5,000 and Beta Imports
showed 1,000 credit. Both files first imported unmapped, then mapped February before January,
did the same. Now February's 5,000 stands, by the months the files are named after, and the
import names the figure kept, as it names the amount kept; a January edited since is still
its month's correction (test_resent_receipts & co.).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.report import import_report

HEAD = ["客户名称", "合同号", "订单日期", "金额", "币种", "付款方式", "到期日", "回笼金额",
        "回笼日期"]
AMOUNT = {"received_amount": "回笼金额"}
BOTH = {**AMOUNT, "received_date": "回笼日期"}
d = datetime
JAN = [["Alpha Trading LLC", "A-1", d(2025, 1, 5), 10000, "USD", "OA 30", d(2025, 2, 5), None,
        None],
       ["Beta Imports Ltd", "B-1", d(2025, 1, 8), 6000, "USD", "OA 30", d(2025, 2, 8), 6000,
        d(2025, 1, 30)]]
FEB = [["Alpha Trading LLC", "A-1", d(2025, 1, 5), 10000, "USD", "OA 30", d(2025, 2, 5), 10000,
        d(2025, 2, 20)],
       ["Beta Imports Ltd", "B-1", d(2025, 1, 8), 5000, "USD", "OA 30", d(2025, 2, 8), 5000,
        d(2025, 1, 30)],
       ["Alpha Trading LLC", "A-2", d(2025, 2, 10), 4000, "USD", "OA 30", d(2025, 3, 10), None,
        None]]


def _files(tmp_path: Path) -> tuple[Path, Path]:
    return (write_xlsx(tmp_path / "台账2025年1月.xlsx", {"Sheet1": [HEAD, *JAN]}),
            write_xlsx(tmp_path / "台账2025年2月.xlsx", {"Sheet1": [HEAD, *FEB]}))


def _beta(tmp_path: Path) -> tuple[float, float, float, str | None]:
    beta = by_name(at(tmp_path / "fast.sqlite", date(2025, 3, 31)))["Beta Imports Ltd"]
    return (round(beta.revenue_12m), round(beta.open_amount), round(beta.credit_on_account),
            beta.list)


def test_january_read_again_with_its_date_mapped(tmp_path: Path):
    """Beta: 5,000 sold, 0 open, 0 credit (1,000 credit before); February again: already
    imported, nothing to put back."""
    jan, feb = _files(tmp_path)
    _same_import(tmp_path, [jan], overrides=AMOUNT)
    _same_import(tmp_path, [feb], overrides=BOTH)
    assert _beta(tmp_path) == (5000, 0, 0, None)
    (again,) = _same_import(tmp_path, [jan], overrides=BOTH)
    assert again.status == "imported"
    assert _beta(tmp_path) == (5000, 0, 0, None)
    report = import_report(again)
    assert "B-1 (“Sheet1” row 3: 5,000.00 / 6,000.00 2025-01-30) (kept / this file's)" in report
    assert "5,000.00 / 6,000.00 2025-01-30" in in_chinese(lambda: import_report(again))
    (last,) = _same_import(tmp_path, [feb], overrides=BOTH)
    assert last.status == "already_imported"
    assert _beta(tmp_path) == (5000, 0, 0, None)


def test_both_imported_unmapped_then_mapped_february_first(tmp_path: Path):
    """The intended use: both months imported before 回笼金额 was mapped, then both again
    mapped, February first (one batch, as a file dialog may order them): Beta 0 credit (1,000
    before), Alpha 4,000 open (A-2, not yet due)."""
    jan, feb = _files(tmp_path)
    _same_import(tmp_path, [jan], [feb])
    _same_import(tmp_path, [feb, jan], overrides=BOTH)
    assert _beta(tmp_path) == (5000, 0, 0, None)
    alpha = by_name(at(tmp_path / "fast.sqlite", date(2025, 3, 31)))["Alpha Trading LLC"]
    assert (round(alpha.open_amount), alpha.max_days_overdue) == (4000, 0)
