"""fix55i (rv55d s43, s44, s47, s49, s51): fix55c's note and B/L rules narrowed.

Before (reader 87): beside 预计出货日期 and 提单日期, a row without a B/L whose note spoke of a PI,
samples, a contract or money sent (PI已发, 已发样品，大货生产中, 样品已发，大货未发, 定金已走账) was
shipped on its plan: 10,000 72 days black, where nothing has shipped; a shipped note's day of
something else (预计4/25到港, ETA 5/10, 客户4/30前付款, 第3/4柜) was taken as its ship day: 36 days
watch, 21 on no list. A B/L read with day and month swapped (03-08 as 08-03, 04-10 as 11-04) or
typed a year late was taken as a delayed sailing: 237 days black became 89, 204 black 0 open.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name

from core.ledger.report import import_report

HEAD = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "预计出货日期",
        "提单日期", "已收金额", "收款日期", "备注"]
OWN = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "出货日期", "提单日期",
       "已收金额", "收款日期"]
NOT_SHIPPED = ["PI已发", "已发样品，大货生产中", "样品已发，大货未发", "合同已发客户",
               "已发PI，等定金", "定金已走账", "已走快递寄样品"]
# a note saying shipped, and the day it ships: its own (3/25已走货, 已发货 3月28日), else the plan
SHIPPED = [("已出货，预计4/25到港", 72), ("shipped, ETA 5/10", 72), ("已发货，5月8日到港", 72),
           ("已发货 第3/4柜", 72), ("已发货，客户4/30前付款", 72), ("3/25已走货", 67),
           ("已发货 3月28日", 64), ("已于3月22日发货", 70), ("空运已发", 72),
           ("已出货 尾款未付", 72)]


def _d(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def test_a_note_ships_a_row_only_where_it_says_the_goods_shipped(tmp_path: Path):
    """Each 10,000 OA 30 unpaid, plan 03-20, no B/L, at 06-30: the notes about a PI, samples, a
    contract or money leave it unshipped (0 open); the shipped notes run from the shipping's
    own day, else the plan (72 days black)."""
    notes = NOT_SHIPPED + [note for note, _ in SHIPPED]
    rows = [[f"2025-{i:03}", f"Buyer {i:02} Ltd", _d("2025-03-01"), 10000, "USD", "OA 30 days",
             _d("2025-03-20"), None, None, None, note] for i, note in enumerate(notes)]
    rows.append(["2025-999", "Other Co", _d("2025-06-01"), 1000, "USD", "T/T", _d("2025-06-10"),
                 _d("2025-06-12"), 1000, _d("2025-06-30"), None])
    _same_import(tmp_path, [write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": [HEAD, *rows]})])
    found = by_name(at(tmp_path / "fast.sqlite", date(2025, 6, 30)))
    for i, note in enumerate(NOT_SHIPPED):
        assert round(found[f"Buyer {i:02} Ltd"].open_amount) == 0, note
    for i, (note, days) in enumerate(SHIPPED, len(NOT_SHIPPED)):
        c = found[f"Buyer {i:02} Ltd"]
        assert (round(c.open_amount), c.max_days_overdue, c.list) == (10000, days, "black"), note


def test_a_bl_swapped_or_far_after_its_ship_date_is_a_typo(tmp_path: Path):
    """One tab "2025", OA 30 unpaid, at 11-30. Alpha's B/L 08-03 for 出货 03-08 (dd/mm): 237
    days black from 03-08 (was 89 from the B/L); Gamma's 11-04 for 04-10: 204 black (was 0
    open); Beta's sailing 66 days after 出货 and Delta's 75 stay delays (169 black, 33 watch)."""
    def row(no: str, who: str, order: str, ship: str, bl: str) -> list[object]:
        return [no, who, _d(order), 10000, "USD", "OA 30 days", _d(ship), _d(bl), None, None]

    others = [[f"2025-1{m:02}", "Other Co", _d(f"2025-{m:02}-20"), 1000, "USD", "T/T",
               _d(f"2025-{m:02}-20"), _d(f"2025-{m:02}-20"), 1000,
               _d(f"2025-{m:02}-{28 if m != 11 else 30}")] for m in range(1, 12)]
    file = write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": [OWN,
        row("2025-011", "Alpha Haushalt GmbH", "2025-02-20", "2025-03-08", "2025-08-03"),
        row("2025-012", "Beta Homeware Ltd", "2025-02-20", "2025-03-10", "2025-05-15"),
        row("2025-013", "Gamma Trading Ltd", "2025-04-01", "2025-04-10", "2025-11-04"),
        row("2025-014", "Delta Casa SL", "2025-06-20", "2025-07-15", "2025-09-28"), *others]})
    (result,) = _same_import(tmp_path, [file])
    found = by_name(at(tmp_path / "fast.sqlite", date(2025, 11, 30)))
    got = {name: (round(c.open_amount), c.max_days_overdue, c.list) for name, c in found.items()}
    assert got["Alpha Haushalt GmbH"] == (10000, 237, "black")
    assert got["Gamma Trading Ltd"] == (10000, 204, "black")
    assert got["Beta Homeware Ltd"] == (10000, 169, "black")
    assert got["Delta Casa SL"] == (10000, 33, "watch")
    assert ("“提单日期” 2025-08-03 is far from “出货日期” 2025-03-08 and looks mistyped"
            in import_report(result))


def test_a_bl_typed_a_year_late_in_a_months_tab_is_a_typo(tmp_path: Path):
    """Tab 3月: Beta's B/L read 2025-10-03 for 出货 03-10, OA 60: 205 days black at 11-30 (was
    0 open, from 10-03); Gamma's B/L 2025-03-25, a year after its 2024 出货: 10,000 black."""
    rows = [["2025-031", "Beta Homeware Ltd", _d("2025-03-01"), 10000, "USD", "OA 60 days",
             _d("2025-03-10"), _d("2025-10-03"), None, None],
            ["2025-032", "Gamma Trading Ltd", _d("2025-03-01"), 10000, "USD", "OA 30 days",
             _d("2025-03-25"), _d("2026-03-25"), None, None],
            ["2025-033", "Other Co", _d("2025-03-20"), 1000, "USD", "T/T", _d("2025-03-20"),
             _d("2025-03-20"), 1000, _d("2025-03-28")]]
    file = write_xlsx(tmp_path / "出口台账2025.xlsx", {"3月": [OWN, *rows], "11月": [OWN, [
        "2025-111", "Other Co", _d("2025-11-20"), 1000, "USD", "T/T", _d("2025-11-20"),
        _d("2025-11-20"), 1000, _d("2025-11-30")]]})
    _same_import(tmp_path, [file])
    found = by_name(at(tmp_path / "fast.sqlite", date(2025, 11, 30)))
    beta, gamma = found["Beta Homeware Ltd"], found["Gamma Trading Ltd"]
    assert (round(beta.open_amount), beta.max_days_overdue, beta.list) == (10000, 205, "black")
    assert (round(gamma.open_amount), gamma.max_days_overdue) == (10000, 220)
