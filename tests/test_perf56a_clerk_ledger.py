"""perf56a: the bench's clerk flavour writes what a clerk's book holds, on the plain ledger's
very orders, and the plain ledger (every earlier figure's) is unchanged.

bench/clerk_book.py: 定金30% / 尾款70% (or 定金 / 二期款 / 尾款) rows under ~20 % of the orders,
sum blank and the money in 实收金额; notes in a 备注 column on ~15 % of the rows; a 收款登记 tab
a year (upper-case and short payers, agents' 代X付款 wires, invoices left blank); write-offs and
deductions. Only what is written is checked, never how fast.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from conftest import ROOT  # noqa: F401 - puts the project on the path for bench

from bench.clerk_book import REGISTER_HEAD
from bench.ledgers import HEADER, write_ledgers
from bench.sizes import Size

# the plain 2,000-row ledger and its update file, every tab's cells, as main wrote them before
# the clerk flavour (a367d8a4): a changed plain ledger makes every earlier figure incomparable
PLAIN_DIGEST = "3e75fb22fcc2ab68b5b5059b564dc8cafd855b00a8274fc81c4f75471c2d1bd4"
PAYMENT_WORDS = {"定金30%", "尾款70%", "定金", "二期款", "尾款"}
COL = {name: i for i, name in enumerate((*HEADER, "备注"))}


def _tabs(path: Path) -> dict[str, list[tuple]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)]
                for ws in book.worksheets}
    finally:
        book.close()


def _digest(*paths: Path) -> str:
    h = hashlib.sha256()
    for path in paths:
        for title, rows in _tabs(path).items():
            h.update(title.encode())
            for row in rows:
                h.update(repr(row).encode())
    return h.hexdigest()


def _data(rows: list[tuple]) -> list[tuple]:
    """A month tab's rows under its title and header, the 合计 row left out, padded."""
    return [(*r, *(None,) * (len(COL) - len(r))) for r in rows[2:] if r[0] != "合计"]


def _kept(rows: list[tuple]) -> list[tuple]:
    """An order row's cells but the money received, which the clerk may move off it."""
    moved = (COL["实收金额"], COL["收款日期"])
    return [tuple(c for i, c in enumerate(r[:len(HEADER)]) if i not in moved) for r in rows]


def test_the_clerk_flavour_writes_a_clerks_book_on_the_plain_ledgers_orders(tmp_path: Path):
    plain = Size("", 2000, 70, 12, 0.8, flavour="plain")
    clerk = Size("", 2000, 70, 12, 0.8, flavour="clerk")
    assert plain.key == "g1-2000-70-12-0.8" and clerk.key == "g1-2000-70-12-0.8-clerk"
    p_base, p_update = tmp_path / "p.xlsx", tmp_path / "p-update.xlsx"
    c_base, c_update = tmp_path / "c.xlsx", tmp_path / "c-update.xlsx"
    assert write_ledgers(plain, p_base, p_update) == write_ledgers(clerk, c_base, c_update)
    assert _digest(p_base, p_update) == PLAIN_DIGEST

    plain_tabs, tabs, update_tabs = _tabs(p_base), _tabs(c_base), _tabs(c_update)
    months = [t for t in plain_tabs]
    assert list(tabs) == [*months, "2025年收款登记"]
    assert list(update_tabs) == [*months, "2025年收款登记", "2026年收款登记"]
    orders, payment_rows, noted, rows, write_offs, deductions = set(), 0, [], 0, 0, 0
    for month in months:
        assert tabs[month][1] == (*HEADER, "备注")
        own = [r for r in _data(tabs[month]) if r[0] and not str(r[0]).startswith("WO")]
        # the same orders, cell for cell, but for the money moved off an order's first row
        assert _kept(own) == _kept(_data(plain_tabs[month]))
        for r in _data(tabs[month]):
            rows += 1
            orders.add(r[0])
            noted += [r[COL["备注"]]] if r[COL["备注"]] else []
            if r[COL["产品"]] in PAYMENT_WORDS:
                payment_rows += 1
                assert r[0] is None and r[COL["金额"]] is None  # their own rows, no sum
            write_offs += r[COL["产品"]] == "坏账核销" and r[COL["金额"]] < 0
            deductions += r[COL["产品"]] == "质量扣款" and r[COL["金额"]] < 0
    assert 0.3 * len(orders) < payment_rows < 0.6 * len(orders), payment_rows
    assert 0.10 < len(noted) / rows < 0.20, len(noted) / rows
    templates = {re.sub(r"\d+|PI\w+|代.+付款", "#", n) for n in noted}
    assert len(templates) >= 40, len(templates)
    assert any("客户说" in n for n in noted) and any("提单" in n for n in noted)
    assert write_offs >= 1 and deductions >= 1

    register = tabs["2025年收款登记"]
    assert register[0][:len(REGISTER_HEAD)] == REGISTER_HEAD
    wires = [(*w, *(None,) * (len(REGISTER_HEAD) - len(w))) for w in register[1:]]
    assert 0.05 * len(orders) < len(wires) < 0.12 * len(orders), len(wires)
    assert any(w[1].isupper() for w in wires)  # the bank's spelling
    assert any(w[5] and re.search(r"代.+付款", w[5]) for w in wires)  # an agent's wire
    assert any(w[4] is None for w in wires) and any(w[4] for w in wires)
    assert update_tabs["2025年收款登记"] == register  # the update month adds next year's wires
