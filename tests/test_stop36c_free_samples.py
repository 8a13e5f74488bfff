"""A buyer sent only free samples so far is a prospect, not a dormant customer.

Kimura Trading (Japan) asked for samples on 2026-04-02; the Shenzhen clerk wrote the row with
金额 0 and 备注 免费样品 (no trial column). On 2026-05-31 Kimura was "dormant" (no valid order
in 12 months: a buyer lost), counted among the restructuring's dormant customers, and the
movements had it enter the month as dormant without a move: a buyer met two months ago. It is
a prospect, as a buyer with trial orders only is, and its first paid order (3,500 on
2026-06-12) makes it new in the pyramid. A buyer whose last sale is older than the window
stays dormant, free sample or not.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx

from core.analysis.movements import over_months
from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.store import connect

HEADER = ["客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式", "已收金额", "收款日期",
          "备注"]
ROWS = [
    ["Oslo Living", date(2026, 3, 1), date(2026, 3, 20), 30_000, "USD", "T/T in advance",
     30_000, date(2026, 3, 2), None],
    ["Kimura Trading", date(2026, 4, 2), date(2026, 4, 3), 0, "USD", "免费", None, None,
     "免费样品"],
    ["Berlin Audio", date(2024, 9, 5), date(2024, 9, 20), 9_000, "USD", "T/T in advance",
     9_000, date(2024, 9, 6), None],
    ["Berlin Audio", date(2026, 4, 20), date(2026, 4, 21), 0, "USD", "免费", None, None,
     "免费样品"],
]
ORDER = ["Kimura Trading", date(2026, 6, 12), date(2026, 6, 30), 3_500, "USD",
         "T/T in advance", 3_500, date(2026, 6, 14), None]


def _db(tmp_path: Path, rows: list[list[object]]) -> Path:
    book = write_xlsx(tmp_path / "台账.xlsx", {"台账": [HEADER, *rows]})
    db = tmp_path / "firm.sqlite"
    [result] = import_files(db, [book])
    assert result.status == "imported", result.message
    return db


def _tiers(db: Path, day: date) -> dict[str, str]:
    with connect(db) as conn:
        return {c.customer: c.tier for c in analyse(conn, as_of=day).customers}


def test_free_samples_only_is_a_prospect(tmp_path: Path) -> None:
    tiers = _tiers(_db(tmp_path, ROWS), date(2026, 5, 31))
    assert tiers["Kimura Trading"] == "prospect"
    assert tiers["Berlin Audio"] == "dormant"  # sold to once, long ago


def test_its_first_paid_order_makes_it_new(tmp_path: Path) -> None:
    db = _db(tmp_path, [*ROWS, ORDER])
    assert _tiers(db, date(2026, 6, 30))["Kimura Trading"] in ("strategic", "core", "long_tail")
    with connect(db) as conn:
        found = over_months(conn, date(2026, 4, 1), date(2026, 6, 30))
    may, june = (next(p for p in found.periods if p.month_end == day)
                 for day in (date(2026, 5, 31), date(2026, 6, 30)))
    assert (may.counts.get("dormant", 0), may.counts.get("prospect", 0)) == (1, 1)
    assert [(m.kind, m.after.tier) for m in june.moves
            if m.after.customer == "Kimura Trading"] == [("new", "long_tail")]
