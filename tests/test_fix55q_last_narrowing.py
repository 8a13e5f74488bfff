"""fix55q (rv55j s11j, s11e, s11e2): the last narrowing of fix55n's and fix55o's rules.

Before (reader 100): a planned row's English note saying the goods had not gone ("not sailed
yet", "ready, not on board yet") shipped it on its plan: 10,000 OA 30 unpaid, 72 days black at
06-30, where nothing is due; drawings, carton marks or a quotation sent (图纸已发, 箱唛已发,
报价已发) alike. Under a units row of 人民币 over figures at the rate, dollar wires typed as they
came (10,000 on 10,000 USD, several of them) were yuan: 8,611 open each for a buyer who paid;
one such figure alone stays yuan (Mike, test_fix55o_yuan_stay_yuan).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import
from test_fix55e_units_rmb_judged import _accounts, _row
from test_fix55o_yuan_stay_yuan import OTHER_YUAN
from test_lists_audit28 import at, by_name

PLANNED = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "预计出货日期",
           "提单日期", "已收金额", "收款日期", "备注"]


def _planned(tmp_path: Path, notes: list[str]) -> list[tuple[int, int, str | None]]:
    """Each note's buyer (10,000 OA 30 unpaid, ordered 03-01, planned 03-20, no B/L) at
    06-30: (open, days late, list), the sheet imported by both imports."""
    rows: list[list[object]] = [
        [f"2025-{i:03}", f"Buyer {i:02} Ltd", datetime(2025, 3, 1), 10000, "USD", "OA 30 days",
         datetime(2025, 3, 20), None, None, None, note] for i, note in enumerate(notes)]
    rows.append(["2025-999", "Other Co", datetime(2025, 6, 1), 1000, "USD", "T/T",
                 datetime(2025, 6, 10), datetime(2025, 6, 12), 1000, datetime(2025, 6, 30), None])
    _same_import(tmp_path, [write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": [PLANNED, *rows]})])
    found = by_name(at(tmp_path / "fast.sqlite", date(2025, 6, 30)))
    return [(round(c.open_amount), c.max_days_overdue, c.list)
            for c in (found[f"Buyer {i:02} Ltd"] for i in range(len(notes)))]


def test_not_sailed_yet_ships_nothing(tmp_path: Path) -> None:
    """"not sailed yet", "ready, not on board yet", "has not sailed", "hasn't sailed yet",
    "yet to sail", "never shipped": before 10,000 72 days black; now nothing due (0, no list).
    "sailed 3/20" and "on board 3/20" still ship the row: 10,000 72 days black."""
    unsailed = ["not sailed yet", "ready, not on board yet", "has not sailed", "hasn't sailed yet",
                "yet to sail", "never shipped"]
    found = _planned(tmp_path, [*unsailed, "sailed 3/20", "on board 3/20"])
    assert found == [(0, 0, None)] * len(unsailed) + [(10000, 72, "black")] * 2, found


def test_drawings_marks_and_quotations_sent_are_no_goods(tmp_path: Path) -> None:
    """图纸已发, 箱唛已发, 报价已发, 报价单已发: before 10,000 72 days black; now nothing due.
    图纸已确认，3/20已发货 still ships: 10,000 72 days black."""
    found = _planned(tmp_path, ["图纸已发", "箱唛已发", "报价已发", "报价单已发",
                                "图纸已确认，3/20已发货"])
    assert found == [(0, 0, None)] * 4 + [(10000, 72, "black")], found


def test_several_dollar_wires_in_full_under_a_units_row_of_rmb(tmp_path: Path) -> None:
    """收款 / 人民币, eight 10,000 USD invoices: four (s11e) or two (s11e2) paid 10,000, the
    others 72,000 at 7.2. Before the 10,000s were yuan, 8,611 open each; now dollars, paid.
    Kilo's 50,000 on 100,000 beside them, a share, stays yuan: 93,055 open, 122 days, black."""
    for dollars in (4, 2):
        names = [f"Buyer {i}" for i in range(8)]
        accounts = _accounts(tmp_path / str(dollars), [
            *(_row(name, f"A-{i}", 2, 10_000, 10_000 if i >= 8 - dollars else 72_000)
              for i, name in enumerate(names)), _row("Kilo", "K-1", 2, 100_000, 50_000)],
            other=OTHER_YUAN)
        assert [accounts[n] for n in names] == [(0, 0, None)] * 8, (dollars, accounts)
        assert accounts["Kilo"] == (93_055, 122, "black"), accounts

