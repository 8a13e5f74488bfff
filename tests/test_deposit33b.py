"""deposit33b: what the import's report says of a deposit (定金) beside a received figure (已收),
the account's figures unmoved. Each test gives the ledger, the hand count and what the user saw
before.

Defaults: D-1 of Dalian Deco ordered 02-01, 10,000 USD; days overdue run to the latest receipt
the ledger records up to the as-of date (a payer's, on the days checked).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
import test_received_steps_recv32 as deposits
from languages import in_chinese
from ledgers import write_xlsx
from test_break33b import DALIAN, DAYS, DEPOSIT_ONLY, _dalian
from test_fast_import import _same_import

from core.ledger.report import import_report

TERMS = 5  # the 付款方式 column of deposits.HEADER


def _import(tmp_path: Path, rows: list[list[object]]) -> tuple[str, str]:
    """The ledger imported by both paths; the report in English and in Chinese."""
    sheet: list[Sequence[object]] = [deposits.HEADER, *rows, *deposits.payer(*DAYS)]
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "ledgers" / "台账.xlsx",
                                                  {"台账": sheet})])
    return import_report(result), in_chinese(lambda: import_report(result))


# 5,000 open at 04-30 and 06-30: due 03-31 on OA 30, against the B/L copy once the copy
# reaches the buyer, 03-08, 7 days after the 03-01 shipment (bl50: was due on the shipment)
AGAINST_DOCUMENTS = {"2025-04-30": (5_000, "watch", {"D-1": (5_000, 53)}),
                     "2025-06-30": (5_000, "black", {"D-1": (5_000, 114)})}


@pytest.mark.parametrize(("terms", "owed"), [("OA 30 days", DEPOSIT_ONLY),
                                             ("前T/T 50%，余款见提单副本", AGAINST_DOCUMENTS)])
def test_terms_on_the_first_line_deposit_on_the_second(tmp_path: Path, terms: str,
                                                       owed: dict[str, object]) -> None:
    """D-1 10,000 in two lines shipped 03-01, terms only on the first (6,000) line, the 5,000
    deposit of 02-10 and 已收 5,000 on 02-12 on the second, blank-terms 4,000 line: the deposit
    booked again (5,000 open, black at 06-30: due 03-31 on OA, 03-08 against the B/L copy),
    and the report names row 3. Before: the account
    was right but the report, reading the line's own (blank) terms and its 4,000, said
    nothing."""
    first = deposits.row("D-1", DALIAN, "2025-02-01", 6_000, "2025-03-01")
    second = deposits.row("D-1", DALIAN, "2025-02-01", 4_000, "2025-03-01", 5_000,
                          "2025-02-12", (5_000, "2025-02-10"))
    first[TERMS], second[TERMS] = terms, None
    english, chinese = _import(tmp_path, [first, second])
    assert _dalian(tmp_path / "fast.sqlite") == owed
    assert "row 3" in english and "booked again" in english and "尾款" in english
    assert "第 3 行" in chinese and "尾款" in chinese


def test_an_undated_deposit_beside_a_later_equal_figure_is_named(tmp_path: Path) -> None:
    """OA 30, shipped 03-01: 定金 5,000 with no date, 已收 5,000 on 04-20: read as the deposit
    so far (5,000 open, black at 06-30, unchanged), and the report names row 2: without the
    deposit's date it cannot tell whether the 5,000 is the balance; write the deposit's date,
    or the balance in a 尾款 column. Before: nothing said."""
    row = deposits.row("D-1", DALIAN, "2025-02-01", 10_000, "2025-03-01", 5_000, "2025-04-20",
                       (5_000, "2025-02-10"))
    row[TERMS + 3] = None  # 定金日期
    english, chinese = _import(tmp_path, [row])
    assert _dalian(tmp_path / "fast.sqlite") == DEPOSIT_ONLY
    assert "row 2" in english and "deposit has no date" in english and "尾款" in english
    assert "第 2 行" in chinese and "定金日期" in chinese and "尾款" in chinese


@pytest.mark.parametrize("ship", [None, "未出货"])
def test_an_unshipped_line_is_not_named_as_booked_again(tmp_path: Path, ship: str | None
                                                        ) -> None:
    """OA 30, no ship date (blank, or 未出货): deposit 5,000 of 02-10, 已收 5,000 on 02-12.
    Nothing is owed on a line not shipped (0 open at both days), so the report says nothing
    of a deposit booked again. Before: it named the row as "the deposit booked again", the
    account owing nothing."""
    row = deposits.row("D-1", DALIAN, "2025-02-01", 10_000, "2025-03-01", 5_000, "2025-02-12",
                       (5_000, "2025-02-10"))
    row[TERMS + 1] = ship  # 出货日期
    english, chinese = _import(tmp_path, [row])
    assert {day: figures[0] for day, figures in _dalian(tmp_path / "fast.sqlite").items()} \
        == {day: 0 for day in DAYS}
    assert "booked again" not in english and "尾款" not in english
    assert "尾款" not in chinese


def test_a_dated_deposit_and_the_balance_after_shipment_say_nothing(tmp_path: Path) -> None:
    """Guard: the deposit dated 02-10, 已收 5,000 on 04-20 after the 03-01 OA shipment: the
    balance, paid, nothing named."""
    row = deposits.row("D-1", DALIAN, "2025-02-01", 10_000, "2025-03-01", 5_000, "2025-04-20",
                       (5_000, "2025-02-10"))
    english, _chinese = _import(tmp_path, [row])
    assert {day: figures[0] for day, figures in _dalian(tmp_path / "fast.sqlite").items()} \
        == {day: 0 for day in DAYS}
    assert "尾款" not in english
