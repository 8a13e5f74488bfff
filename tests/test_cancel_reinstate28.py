"""One rule for what brings back a cancelled order, within one workbook and across files.

A cancellation stays until a later row says in so many words that the order stands again
(已恢复, 重开, reinstated, 取消被拒: core.ledger.normalise.later_status). A plain 正常, 未收款 or
上月结转 (or a blank) on a later tab, on a row carried onto next month's file or on a later
file's row is a copy or the template's default: it leaves the order cancelled. Before, a later
tab's 正常, 未收款 or 上月结转 reinstated the order (its customer black-listed for an order it
cancelled), a later file's 正常 did too, while a carried row's 已恢复 never did (a reinstated
order the firm shipped stayed off the account), and 取消被拒 read as a cancellation.

A later row of a cancelled line that brings a ship date or money received the line did not have
leaves it cancelled too, and the import report names the row (file, sheet, row) in English and
Chinese. A later row cancelling an order still cancels it, wherever it sits.

The late payer of test_words_audit14 (8,000 owed 91 days: the black list) is cancelled in
February and written again in March, three ways: on the March tab of the same workbook
("tab"), on next month's file's 3月 tab as a row brought forward ("carried"), or on a later
file's own ledger sheet ("file"). Each import runs through both import paths, which must agree
(test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_words_audit14 import AMOUNT, HEADER, PAYER, A, late_payer, row, stored

from core import i18n
from core.ledger.import_result import FileResult
from core.ledger.report import import_report

WAYS = ("tab", "carried", "file")
SHIP, RECEIVED, RECEIVED_ON = (HEADER.index(h) for h in ("出货日期", "已收金额", "收款日期"))


def cancelled_then(tmp_path: Path, way: str, later: list[object]
                   ) -> tuple[Path, FileResult]:
    """PO-1 cancelled on the February tab, then `later` (a row of PO-1) written `way`: the
    database and the result of the import that brought `later`."""
    february = [HEADER, row("PO-1", status="已取消"), PAYER]
    if way == "tab":
        files = [[write_xlsx(tmp_path / "2025.xlsx", {"2月": february,
                                                     "3月": [HEADER, later, PAYER]})]]
    else:
        sheet = "3月" if way == "carried" else "台账"
        files = [[write_xlsx(tmp_path / "feb.xlsx", {"2月": february})],
                 [write_xlsx(tmp_path / "mar.xlsx", {sheet: [HEADER, later, PAYER]})]]
    results = _same_import(tmp_path, *files)
    assert all(r.status == "imported" for r in results)
    return tmp_path / "fast.sqlite", results[-1]


def test_the_carried_way_is_a_row_brought_forward(tmp_path: Path) -> None:
    """The premise: February's order on next month's 3月 tab is read as carried forward."""
    march = write_xlsx(tmp_path / "mar.xlsx", {"3月": [HEADER, row("PO-1"), PAYER]})
    _same_import(tmp_path, [march])
    assert stored(tmp_path / "fast.sqlite", "carried_forward", "order_lines")[0] == 1


def is_cancelled(db: Path) -> bool:
    """The order's status, its line's, and what the analysis makes of its customer agree."""
    c = late_payer(db)
    if stored(db, "status") == ["cancelled", None]:
        assert stored(db, "status", "order_lines") == ["cancelled", None]
        assert (c.open_amount, c.list) == (0, None)
        return True
    assert stored(db, "status") == stored(db, "status", "order_lines") == [None, None]
    assert (c.open_amount, c.max_days_overdue, c.list) == (
        AMOUNT, (A - date(2025, 3, 31)).days, "black")
    return False


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("status", ["正常", "未收款", "上月结转", None])
def test_a_plain_word_or_a_blank_leaves_the_order_cancelled(tmp_path: Path, way: str,
                                                            status: str | None) -> None:
    """Before, the March tab's 正常, 未收款 and 上月结转 brought the 8,000 back, as a later
    file's 正常 and 未收款 did: the late payer black-listed for an order it cancelled."""
    db, result = cancelled_then(tmp_path, way, row("PO-1", status=status))
    assert is_cancelled(db)
    assert not [w for w in result.warnings if w.code == "cancelled_still_moving"]


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("status", ["已恢复", "重开", "Reinstated", "取消被拒", "退单申请被驳回"])
def test_words_saying_the_order_stands_again_reinstate_it(tmp_path: Path, way: str,
                                                          status: str) -> None:
    """Before, a carried row's 已恢复 left the order cancelled (the 8,000 the firm shipped
    stayed off the account), and 取消被拒 (the cancellation refused) read as cancelled."""
    db, _ = cancelled_then(tmp_path, way, row("PO-1", status=status))
    assert not is_cancelled(db)


@pytest.mark.parametrize("status", ["取消被拒", "拒绝取消", "撤销取消", "退单被拒"])
def test_a_cancellation_refused_is_no_cancellation(tmp_path: Path, status: str) -> None:
    """On the order's only row: "the cancellation was refused" read as cancelled, and the
    late payer's 8,000 left the account and the black list with it."""
    path = write_xlsx(tmp_path / "2025.xlsx", {"2月": [HEADER, row("PO-1", status=status),
                                                     PAYER]})
    _same_import(tmp_path, [path])
    assert not is_cancelled(tmp_path / "fast.sqlite")


@pytest.mark.parametrize("way", WAYS)
def test_a_later_row_cancelling_an_open_order_cancels_it(tmp_path: Path, way: str) -> None:
    """What worked stays: February open, March 已取消 (the tab, the carried row, the file)."""
    february = [HEADER, row("PO-1"), PAYER]
    march = [HEADER, row("PO-1", status="已取消"), PAYER]
    if way == "tab":
        files = [[write_xlsx(tmp_path / "2025.xlsx", {"2月": february, "3月": march})]]
    else:
        files = [[write_xlsx(tmp_path / "feb.xlsx", {"2月": february})],
                 [write_xlsx(tmp_path / "mar.xlsx", {"3月" if way == "carried" else "台账":
                                                     march})]]
    _same_import(tmp_path, *files)
    assert is_cancelled(tmp_path / "fast.sqlite")


def moving(status: str | None = None, *, ship: date | None = None,
           received: float | None = None) -> list[object]:
    found = row("PO-1", status=status)
    if ship:
        found[SHIP] = ship
    if received:
        found[RECEIVED], found[RECEIVED_ON] = received, date(2025, 3, 28)
    return found


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("later", [moving(ship=date(2025, 3, 20)),
                                   moving("正常", received=2_000)])
def test_a_cancelled_order_shipped_or_paid_later_is_named_and_stays_cancelled(
        tmp_path: Path, way: str, later: list[object]) -> None:
    """The March row ships PO-1 on 03-20 (February's row shipped it 03-01), or brings 2,000
    received: the order may have gone ahead, or the row is a slip. It stays cancelled, and
    the report names the file, sheet and row, in English and Chinese, with what to write."""
    db, result = cancelled_then(tmp_path, way, later)
    assert is_cancelled(db)
    [note] = [w for w in result.warnings if w.code == "cancelled_still_moving"]
    sheet = {"tab": "3月", "carried": "3月", "file": "台账"}[way]
    name = result.path.name
    assert f"PO-1 (“{sheet}” row 2)" in note.text and f"“{name}”" in note.text
    assert note.text in import_report(result)
    i18n.set_language("zh_CN")
    assert f"“{name}”中有 1 行" in note.text and "已恢复" in note.text
    assert f"PO-1（“{sheet}”第 2 行）" in note.text


@pytest.mark.parametrize("way", WAYS)
def test_a_copy_of_the_cancelled_row_is_not_named(tmp_path: Path, way: str) -> None:
    """March writes 已取消 again, with 500 received (a deposit kept): a cancellation written,
    not the order moving."""
    db, result = cancelled_then(tmp_path, way, moving("已取消", received=500))
    assert is_cancelled(db)
    assert not [w for w in result.warnings if w.code == "cancelled_still_moving"]
