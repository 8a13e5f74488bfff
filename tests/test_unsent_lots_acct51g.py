"""acct51g (rv51c): a row read as a later lot not shipped (core.ledger.unsent_lots) only where
it says so and nothing says it shipped.

Each on Lagos's L-1 (acct51c's ledger): lot 1 6,000 shipped 03-01, paid 03-28, and a second
row of 6,000 with its 出货日期 blank. Where that row has shipped with the invoice (before
acct51c's reading) it is owed from 03-31: 6,000 overdue at 05-31 (black); read as a later lot
not shipped, 0 open. Imported by the app and the reference import, which must agree.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_unsent_lots_acct51c import FIRST, HEADER, _account, _d, _file, _lagos, _payer, lot

from core.ledger.lot_words import lot_waits, sent_after
from core.ledger.shipped_words import says_shipped

OWED = (6_000, 6_000, 61, "black")  # lot 2 shipped 03-01 with lot 1, due 03-31, at 05-31


def _status(row: list[object], status: str) -> list[object]:
    return [*row, status]


@pytest.mark.parametrize("status", ["已出货", "第二批已发", "已发货", "Shipped"])
def test_a_status_saying_shipped_ships_the_lot(tmp_path: Path, status: str) -> None:
    """第二批 with its 状态 saying it shipped: owed with lot 1 (acct51c: 0 open, rv51c f7:
    Zulu 12,000 open read as 6,000)."""
    folder = tmp_path / "ledgers"
    head = [*HEADER, "状态"]
    rows = [_status(FIRST, "已出货"), _status(lot(None, "第二批"), status),
            *(_status(p, "") for p in _payer(5))]
    path = write_xlsx(folder / "2025年05月订单台账.xlsx", {"订单台账": [head, *rows]})
    _same_import(tmp_path, [path])
    assert _account(tmp_path, "2025-05-31") == OWED


@pytest.mark.parametrize(("note", "product"), [
    (None, "尾货处理 毛绒玩具"),  # clearance goods, a product
    ("客户是二批商", "毛绒玩具"),  # a secondary wholesaler
    (None, "Toy (second batch color)"),
    (None, "Toy LOT 2 blue"),  # a product's code
    ("部分破损已补发", "毛绒玩具"),  # a replacement sent
    ("余货", "毛绒玩具")])
def test_words_meaning_something_else_are_no_later_lot(tmp_path: Path, note: str | None,
                                                      product: str) -> None:
    """rv51c f8: each was read as a lot not shipped, 6,000 dropped from open, silently."""
    _same_import(tmp_path, [_file(tmp_path / "ledgers", 5, FIRST, lot(None, note, product))])
    assert _account(tmp_path, "2025-05-31") == OWED


def test_a_date_in_another_ship_date_column_ships_the_lot(tmp_path: Path) -> None:
    """第二批's date in its ETD column, 出货日期 blank: shipped (rv51c f9: read as not
    shipped, Echo 12,000 open read as 6,000)."""
    head = [*HEADER, "ETD"]
    rows = [[*FIRST, _d("2025-03-01")], [*lot(None, "第二批"), _d("2025-04-10")],
            *([*p, None] for p in _payer(5))]
    path = write_xlsx(tmp_path / "ledgers" / "2025年05月订单台账.xlsx", {"订单台账": [head, *rows]})
    _same_import(tmp_path, [path])
    assert _account(tmp_path, "2025-05-31")[:2] == OWED[:2]


def test_a_later_file_without_a_ship_date_column_is_no_lot_of_its_own(tmp_path: Path) -> None:
    """May's file: L-1 6,000 shipped 03-01, unpaid. June's file, without a 出货日期 column,
    lists it again noted 部分破损已补发: the same sale (rv51c f12: revenue 6,000 read as
    12,000, 12,000 open); and so where the date cell is merely blank."""
    one = lot("2025-03-01", None)
    again = lot(None, "部分破损已补发")
    for n, head in enumerate((HEADER, [h for h in HEADER if h != "出货日期"])):
        keep = [i for i, h in enumerate(HEADER) if h in head]
        june = [[row[i] for i in keep] for row in (again, *_payer(6))]
        base = tmp_path / str(n)
        may = _file(base / "may", 5, one)
        path = write_xlsx(base / "june" / "2025年06月订单台账.xlsx", {"订单台账": [head, *june]})
        _same_import(base, [may], [path])
        c = _lagos(base, "2025-06-30")
        assert (c.revenue_12m, c.open_amount) == (6_000, 6_000)


@pytest.mark.parametrize(("cells", "waits"), [
    (("第二批", None, None), True), ((None, "毛绒玩具 第二批", None), True),
    (("2nd lot", None, None), True), ((None, None, "第二批已发"), False),
    (("第二批", None, "已出货"), False), (("第二批", None, "未出货"), True),
    (("二批商", None, None), False), ((None, "Mug LOT 2", None), False),
    (("补发", None, None), False), (("尾货", None, None), False)])
def test_the_cells_of_a_lot_still_to_ship(cells: tuple[str | None, ...], waits: bool) -> None:
    assert lot_waits(*cells) is waits


@pytest.mark.parametrize(("status", "shipped"), [
    ("已出货", True), ("第二批已发", True), ("shipped", True), ("未出货", False),
    ("not shipped", False), ("部分出货", False), ("发票已发", False), (None, False)])
def test_a_status_saying_shipped(status: str | None, shipped: bool) -> None:
    assert says_shipped(status) is shipped


def test_the_words_alone() -> None:
    assert not sent_after("二批", "尾货处理", "second batch", "LOT 2")
    assert sent_after("第2批") and sent_after("final shipment") and not sent_after(date(2025, 1, 1))
