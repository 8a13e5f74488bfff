"""rv61a's findings on the last pass's final mends, narrowed (reader 190).

- A row's money noted as another order's (YW25-0300定金30%, 新订单YW25-0300定金) and a 定金50%
  line of the same sum dated months before are not the order's two halves 5 % short (fix60n):
  read so, 6,255 owed was shown 255, 20 days, no list (rv61a s400 H3, H4). A bank slip's number
  (水单号HK2025051) names no order: the halves stand.
- 加 before 上批 names the earlier batch (本次付款追加上批尾款, 加上批欠款一起付; 加上批尾款 on a
  deposit row), and an earlier debt may say it is owed or of goods gone (之前欠的货款,
  补上次已到港货物的货款): read as this order's money, the old invoice stood 84 days, black,
  where the wire paid it (rv61a s402 E2, E4–E6; s406 K1, K3). 加上单证费 stays a paper.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_acct56c_note_cancel_deduction_apart import HEAD as ROWS_HEAD
from test_lead60g_rv60d import NEW, OLD, PAID_OLD, _sale, _seen, _wire
from test_lists_audit28 import at, by_name

from core.ledger.importer import import_files

EARLIER = ["本次付款追加上批尾款", "加上批欠款一起付", "之前欠的货款", "补上次已到港货物的货款"]


@pytest.mark.parametrize("note", EARLIER)
def test_a_wire_noted_as_the_earlier_batchs_pays_the_oldest(tmp_path: Path, note: str) -> None:
    assert _seen(tmp_path, _sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000),
                 _wire(note)) == PAID_OLD


@pytest.mark.parametrize("note", ["加上批尾款", "之前欠的货款"])
def test_a_deposit_noted_as_the_earlier_batchs_pays_it(tmp_path: Path, note: str) -> None:
    old, new = _sale("X-1", OLD, 3000), _sale("X-2", date(2025, 6, 20), 10000, 3000, note)
    assert _seen(tmp_path, old, new, []) == (10000, 0, None, {"X-2": 10000})


def test_a_paper_added_is_still_no_earlier_batch(tmp_path: Path) -> None:
    old, new = _sale("X-1", OLD, 3000), _sale("X-2", date(2025, 6, 20), 10000, 3000,
                                              "定金加上单证费")
    assert _seen(tmp_path, old, new, []) == (10000, 84, "black", {"X-1": 3000, "X-2": 7000})


def _tbilisi(tmp_path: Path, note: str | None) -> tuple[int, str | None]:
    """YW25-0242 (12,255, shipped 10-09, OA 30: due 11-08): 6,000 in its row's cell on 12-20
    noted `note`, a 定金50% line of 6,000 on 09-10 under it."""
    who = "Tbilisi Shop LLC"
    rows = [["YW25-0242", who, date(2025, 9, 5), "不锈钢保温杯", 1500, 8.17, 12255, "USD",
             "OA 30天", date(2025, 10, 9), date(2025, 10, 9), 6000, date(2025, 12, 20), note],
            [None] * 3 + ["定金50%"] + [None] * 7 + [6000, date(2025, 9, 10), None]]
    book = write_xlsx(tmp_path / "2025外贸台账.xlsx", {"9月": [ROWS_HEAD, *rows]})
    import_files(tmp_path / "firm.sqlite", [book])
    c = by_name(at(tmp_path / "firm.sqlite", date(2025, 12, 31)))[who]
    return round(c.open_amount), c.list if c.list in ("black", "watch") else None


@pytest.mark.parametrize("note", ["YW25-0300定金30%", "新订单YW25-0300定金"])
def test_another_orders_deposit_is_no_second_half(tmp_path: Path, note: str) -> None:
    open_amount, listed = _tbilisi(tmp_path, note)
    assert open_amount == 6255 and listed is not None


@pytest.mark.parametrize("note", [None, "水单号HK2025051", "YW25-0242尾款"])
def test_the_two_halves_short_stand_without_another_order(tmp_path: Path,
                                                          note: str | None) -> None:
    assert _tbilisi(tmp_path, note)[0] == 255
