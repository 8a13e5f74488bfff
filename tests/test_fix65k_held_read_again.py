"""fix65k (rv65c s7): a payments file read again once its orders are sold says "counted now"
only of the rows then taken.

The bank's file (收款2025-04.xlsx: 2025-701 / 7,000 / 04-20, number only) imported before the
ledger waits for 2025-701 (fix65f). Where the ledger sells 2025-701 to two buyers, or cancels it,
the row read again is still "no customer": X stays 7,000 owed, 72 days, black (correct), but the
summary said 已重新读取…款项行当时被跳过；现已计入。 ("they are counted now"). Now it says the
rows are still skipped, naming each row and why, in both languages; "counted now" where every
waiting row was taken, and how many are still skipped where some were.

Hand counts (tests.test_fix64d_number_only_payments): X's 2025-701, 10,000 USD ordered 03-01,
shipped 03-20, OA 30天 (due 04-19), 定金30% 3,000 received 03-02; as of 06-30 the 7,000 not
counted is 72 days late, black (OWED); counted, X owes nothing on it. Real .xlsx files, the
import into a real SQLite file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_acct55a_three_payments import _order
from test_fix62f_repeated_cells import OWED, PAID, X
from test_fix64d_number_only_payments import (
    APRIL,
    HEAD,
    NO,
    OTHER,
    _account_of,
    _book,
    _number_only,
)
from test_fix65f_payments_before_ledger import Y, _fast, _files

from core import i18n
from core.ledger.import_result import FileResult

OPEN_10000 = (10_000.0, 72, "black", 0.0)  # an order of 10,000 with nothing received


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    yield i18n.set_language(request.param)
    i18n.set_language("en")


def _said(results: list[FileResult]) -> tuple[str, str]:
    """The payments file's first note, read again: its code and text."""
    again = results[-1]
    assert (again.path.name, again.status) == ("收款2025-04.xlsx", "imported")
    return again.warnings[0].code, again.warnings[0].text


def test_two_buyers_of_the_number_the_row_is_still_skipped(tmp_path: Path, language: str
                                                           ) -> None:
    """The ledger sells 2025-701 to X and to Yonder: the row read again is still skipped; the
    note says so with its row and why (main: "they are counted now"); X OWED, Yonder 10,000
    owed, 72 days, black."""
    payments, ledger = _files(tmp_path, {"收款": [HEAD, _number_only(), OTHER]},
                              {"台账": [*_book(), _order(NO, Y)]})
    code, text = _said(_fast(tmp_path, payments, ledger))
    assert code == "held_read_again_skipped"
    assert text == {
        "en": "收款2025-04.xlsx was read again: imported before the file selling 2025-701, its "
              "rows paying them were skipped then and are still skipped, their money not "
              "counted: sheet “收款” row 2: no customer.",
        "zh_CN": "已重新读取收款2025-04.xlsx：它在销售 2025-701 的文件之前导入，付这些订单的"
                 "款项行当时被跳过，现在仍被跳过，其款项未计入：工作表“收款”第 2 行：没有客户。"
    }[language]
    db = tmp_path / "fast.sqlite"
    assert (_account_of(db, X), _account_of(db, Y)) == (OWED, OPEN_10000)


def test_a_cancelled_order_the_row_is_still_skipped(tmp_path: Path) -> None:
    """The ledger brings 2025-701 已取消: the row read again pays no cancelled order, still
    skipped, and said so (main: "counted now")."""
    cancelled = _order(NO, X)
    cancelled[10] = "已取消"
    payments, ledger = _files(tmp_path, {"收款": [HEAD, _number_only(), OTHER]},
                              {"台账": [HEAD, cancelled, *_book()[3:]]})
    code, text = _said(_fast(tmp_path, payments, ledger))
    assert code == "held_read_again_skipped"
    assert "counted now" not in text and "row 2" in text


def test_some_rows_counted_some_still_skipped(tmp_path: Path, language: str) -> None:
    """2025-701 (X's alone) and 2025-702 (X's and Yonder's) wait: read again, 701's 7,000 is
    counted (X owes nothing on it), 702's row is still skipped (X's and Yonder's 702 each
    10,000 owed, 72 days, black); the note says one row is still skipped and the others
    counted."""
    payments, ledger = _files(
        tmp_path, {"收款": [HEAD, _number_only(), _number_only("2025-702", 7_000, APRIL), OTHER]},
        {"台账": [*_book()[:-1], _order("2025-702", X), _order("2025-702", Y), _book()[-1]]})
    code, text = _said(_fast(tmp_path, payments, ledger))
    assert code == "held_read_again_part"
    assert text == {
        "en": "收款2025-04.xlsx was read again: imported before the file selling 2025-701, "
              "2025-702, its rows paying them were skipped then; 1 of them is still skipped, "
              "its money not counted (sheet “收款” row 3: no customer); the others are counted "
              "now.",
        "zh_CN": "已重新读取收款2025-04.xlsx：它在销售 2025-701, 2025-702 的文件之前导入，付这些"
                 "订单的款项行当时被跳过；其中 1 行仍被跳过，其款项未计入（工作表“收款”第 3 行："
                 "没有客户）；其余各行现已计入。"}[language]
    db = tmp_path / "fast.sqlite"
    assert (_account_of(db, X), _account_of(db, Y)) == (OPEN_10000, OPEN_10000)


def test_every_row_taken_is_counted_now(tmp_path: Path) -> None:
    """The ledger sells 2025-701 to X alone: counted, said so (as main); X PAID."""
    payments, ledger = _files(tmp_path, {"收款": [HEAD, _number_only(), OTHER]},
                              {"台账": _book()})
    code, text = _said(_fast(tmp_path, payments, ledger))
    assert (code, text.endswith("they are counted now.")) == ("held_read_again", True)
    assert _account_of(tmp_path / "fast.sqlite", X) == PAID
