"""fix61j (rv61o s54 paid): a new order's row whose 收款 cell holds its deposit and the last
batch's debt in one wire, the note giving each its figure, pays each its own.

A Yiwu umbrella and yoga-mat exporter's clerk books Santos Comercial's 7,000 of 06-05 on the new
order's row, YW25-0100 (10,000 on 30% deposit terms, ordered 06-01, not shipped), noted
定金3000，加上批欠款4000: 3,000 this order's deposit, 4,000 the last batch YW25-0010 (4,000 OA
30, B/L 04-20, due 05-20). The whole 7,000 was held as YW25-0100's deposit and YW25-0010 stood
owed 39 days, watch, a good buyer listed. Now the 4,000 pays the oldest, the 3,000 is held.

Controls (today's reading, on both trees): figures that do not sum to the cell, a figure for
one part only, a debt put off (之前欠的货款下月付, 上批欠款下次一起付: the deposit the order's).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from account_cli import customers, imported, invoice
from ledgers import write_xlsx
from test_fast_analysis import _compare, _reference

d = date.fromisoformat
HEAD = ["订单号", "客户名称", "下单日期", "品名", "数量", "单价", "金额", "币种", "付款方式",
        "出货日期", "提单日期", "收款金额", "收款日期", "备注"]
SANTOS, DEPOSIT_TERMS = "Santos Comercial Ltda", "30%定金，70%见提单复印件付款"


def _book(tmp_path: Path, paid: float, note: str, old: float = 4000,
          shipped: str | None = None) -> Path:
    """YW25-0010 (`old`, OA 30天, B/L 04-20) unpaid; YW25-0100 (10,000, deposit terms,
    `shipped` or not) with `paid` on 06-05 noted `note`; another buyer's money on 06-28."""
    ship = d(shipped) if shipped else None
    rows = [HEAD,
            ["YW25-0010", SANTOS, d("2025-03-20"), "雨伞", old / 4, 4.0, old, "USD", "OA 30天",
             d("2025-04-20"), d("2025-04-20"), None, None, None],
            ["YW25-0100", SANTOS, d("2025-06-01"), "瑜伽垫", 1000, 10.0, 10000, "USD",
             DEPOSIT_TERMS, ship, ship, paid, d("2025-06-05"), note],
            ["YW25-0090", "Lima Regalos SAC", d("2025-05-01"), "雨伞", 500, 3.0, 1500, "USD",
             "O/A 60 days", d("2025-05-10"), d("2025-05-10"), 1500, d("2025-06-28"), None]]
    book = write_xlsx(tmp_path / "2025外贸台账.xlsx", {"6月": rows})
    return imported(tmp_path / "firm.sqlite", book)


def _santos(db: Path) -> dict[str, Any]:
    return customers(db, d("2025-06-30"))["by_name"][SANTOS]


def _seen(c: dict[str, Any]) -> tuple[object, ...]:
    return (round(c["open_amount"] or 0), c["max_days_overdue"],
            c["list"] if c["list"] in ("black", "watch") else None, round(c["deposits_held"]))


SPLIT = ["定金3000，加上批欠款4000", "3000定金+4000上批尾款", "上批尾款4000，本单定金3000",
         "定金3,000加上批欠款4,000"]


@pytest.mark.parametrize("note", SPLIT)
def test_the_deposit_and_the_last_batchs_debt_each_pay_their_own(tmp_path: Path,
                                                                  note: str) -> None:
    """Santos owes nothing, 3,000 held for YW25-0100 (before: 4,000 owed 39 days, watch,
    7,000 held)."""
    c = _santos(_book(tmp_path, 7000, note))
    assert _seen(c) == (0, 0, None, 3000)
    assert invoice(c, "YW25-0010")["received"] == 4000


def test_shipped_after_the_deposit_the_debt_part_pays_the_old_invoice(tmp_path: Path) -> None:
    """YW25-0100 ships 06-20, after the 7,000: its 3,000 is its deposit; the 4,000 pays
    YW25-0010 (6,000), which still owes 2,000, 39 days, watch (before: the whole 7,000 pooled,
    YW25-0010 read paid and YW25-0100 1,000 received)."""
    c = _santos(_book(tmp_path, 7000, "定金3000，加上批欠款4000", old=6000, shipped="2025-06-20"))
    assert (invoice(c, "YW25-0010")["open"], invoice(c, "YW25-0100")["received"]) == (2000, 3000)
    assert _seen(c)[1:3] == (39, "watch")


@pytest.mark.parametrize(("paid", "note"), [
    (6000, "定金3000，加上批欠款4000"),  # the figures do not sum to the cell
    (7000, "定金，加上批欠款4000"),  # a figure for one part only
    (7000, "定金3000，加上批欠款"),
    (7000, "定金3000，上批欠款4000下次一起付"),  # the debt put off: no part of this money
], ids=["not-summing", "debt-figure-only", "deposit-figure-only", "put-off"])
def test_without_two_parts_summing_to_the_cell_it_is_held_whole(tmp_path: Path, paid: float,
                                                                 note: str) -> None:
    """Control (as before): all of it held for YW25-0100, YW25-0010 owed 39 days, watch."""
    assert _seen(_santos(_book(tmp_path, paid, note))) == (4000, 39, "watch", paid)


@pytest.mark.parametrize("note", ["定金，之前欠的货款下月付", "定金，上批欠款下次一起付"])
def test_a_debt_put_off_leaves_the_deposit_the_orders(tmp_path: Path, note: str) -> None:
    """Control (rv61o s54, right on both trees): 3,000 held, YW25-0010 owed 39 days, watch."""
    assert _seen(_santos(_book(tmp_path, 3000, note))) == (4000, 39, "watch", 3000)


@pytest.mark.parametrize(("shipped", "seen"), [(None, (2000, 39, "watch", 3000)),
                                               ("2025-06-20", (9000, 39, "watch", 0))],
                         ids=["unshipped", "shipped"])
def test_the_reference_analysis_splits_it_alike(tmp_path: Path, shipped: str | None,
                                                seen: tuple[object, ...],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """tests/reference_analysis.py reads the two parts too: YW25-0010 (6,000) owes 2,000,
    39 days, watch (before: unshipped, 6,000 owed and 7,000 held; shipped, YW25-0010 read
    paid), and every output agrees with the app's."""
    db = _book(tmp_path / "db", 7000, "定金3000，加上批欠款4000", old=6000, shipped=shipped)
    with monkeypatch.context() as patched:
        gathered = _reference(patched)
        assert _seen(_santos(db)) == seen
        assert gathered
    _compare(db, tmp_path, monkeypatch, [d("2025-06-30")])
