"""perf55c: a tab's buyers gathered once.

acct55b's receipts tab before its sales (core.ledger.file_payers) added every tab's buyers to
the file's customers to see whether its receipts wait for later tabs, and paid_for's
for_customers added them again right after: two passes over every row of every tab (0.19 s of
a 100,000-row import under the profiler), the second changing nothing. Now a tab's buyers are
gathered once, and the payer look passes over the rows that sell. The rare cases those
paths skip (a receipt whose payer buys on a later tab, one buying further down its own tab)
are answered as the reference import answers them (tests.test_fast_import._same_import).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import

import core.ledger.file_payers as file_payers
import core.ledger.paid_for as paid_for
from core.ledger.importer import import_files

HEAD = ["订单号", "客户名称", "下单日期", "金额", "币种", "实收金额", "收款日期", "业务员", "备注"]


def _row(number: str | None, customer: str, day: str, amount: float | None,
         received: float | None = None, paid_on: str | None = None, note: str | None = None
         ) -> list[object]:
    return [number, customer, datetime.fromisoformat(day), amount, "USD", received,
            datetime.fromisoformat(paid_on) if paid_on else None, "王芳", note]


def _months(path: Path, lagos_wires: bool = True) -> Path:
    """Three monthly tabs, a clerk's: full-width and spaced names, a payment row with no sum
    (a wire from Lagos Star, who buys only in March, unless not `lagos_wires`), one from
    Cotswold, who buys further down January's tab."""
    lagos = [_row(None, "Lagos Star Trading", "2025-02-14", None, 9_000, "2025-02-14",
                  "预付款")] if lagos_wires else []
    return write_xlsx(path, {
        "2025-01": [["宁波远帆进出口有限公司 2025年1月 订单台账"], HEAD,
                    _row("PI250001", "Ｍａｒｉｎａ Household LLC", "2025-01-03", 8_000, 8_000,
                         "2025-01-20"),
                    _row(None, "Cotswold Household Supplies Ltd", "2025-01-09", None, 2_500,
                         "2025-01-09", "定金"),
                    _row("PI250002", "Cotswold  Household Supplies Ltd", "2025-01-10", 5_000,
                         None, None, "试单")],
        "2025-02": [HEAD,
                    _row("PI250003", "Kobe Living K.K.", "2025-02-02", 12_000, 12_000,
                         "2025-02-25"), *lagos],
        "2025-03": [HEAD,
                    _row("PI250004", "Lagos Star Trading", "2025-03-04", 9_000, None, None),
                    _row("PI250005", "Marina Household LLC", "2025-03-06", 3_000, 3_000,
                         "2025-03-30")]})


@pytest.fixture
def added(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The id of each list of records whose buyers are added to the file's customers, by
    either step (file_payers' own name for paid_for.add_buyers, and paid_for's)."""
    calls: list[int] = []
    real = paid_for.add_buyers

    def counted(known: dict[str, str], records: list) -> None:
        calls.append(id(records))
        real(known, records)

    monkeypatch.setattr(paid_for, "add_buyers", counted)
    monkeypatch.setattr(file_payers, "add_buyers", counted, raising=False)
    return calls


def test_each_tab_s_buyers_are_added_once(tmp_path: Path, added: list[int]) -> None:
    """The three tabs imported, none waiting for the file (Lagos Star wires nothing): each
    tab's rows are added to the file's customers once. Before: January's and February's twice
    (file_payers, then for_customers), 5 additions."""
    book = _months(tmp_path / "2025台账.xlsx", lagos_wires=False)
    [result] = import_files(tmp_path / "one.sqlite", [book])
    assert result.status == "imported"
    assert len(added) == 3
    assert len(set(added)) == 3


def test_a_wire_from_a_later_tab_s_buyer_and_one_from_further_down_read_as_before(
        tmp_path: Path, added: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    """Lagos Star's 9,000 in February, buying only in March: February's tab waits for the
    file, as before; Cotswold's 2,500 in January, buying further down the tab: January's does
    not. Both databases and reports are the reference import's. January's rows are added to
    the file's customers once, February's twice (as it waits, and as its payers are read
    against the whole file, its buyers then the last named): 4 additions; before, 5 (January's
    twice, read at once)."""
    waited: list[bool] = []
    real = file_payers._looked_at

    def looked(found: file_payers.FileReading, records: list) -> bool:
        waited.append(real(found, records))
        return waited[-1]

    monkeypatch.setattr(file_payers, "_looked_at", looked)
    book = _months(tmp_path / "2025台账.xlsx")
    [result] = import_files(tmp_path / "waits.sqlite", [book])
    assert result.status == "imported"
    # March, the last tab, is looked at too since fix58a: a tab waits before it, so its payers
    # are weighed with the waiting tabs' (it needs no wait of its own)
    assert waited == [False, True, False]
    assert len(added) == 4
    assert len(set(added)) == 3
    assert added[0] != added[1]
    results = _same_import(tmp_path / "same", [book])
    assert [r.status for r in results] == ["imported"]
