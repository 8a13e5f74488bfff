"""fix55n (rv55h s90-s96): fix55i's and fix55k's rules narrowed.

Before (reader 96): a deduction saying its bad debt is denied and not written off (不属于坏账，
不核销; "not a bad debt, not written off") was held open: 1,000, 87 days black; a write-off made
whose reason was refused or pending (信保理赔被拒，坏账核销; "legal action pending") was held:
27,040 open, 275 days black. A B/L more than 120 days after a 出货日期 that was the factory-ready
day, or near its day/month swap, was called a typo (10,000 125 days black for 0). A forwarder's
book keyed only by 提单号 read no order number: its receipt rows skipped, 10,000 47 days watch
for 0. 已发TGHU1234567 (the container gone) was not shipped; 已开船, 已离港, "sailed 3/20" neither.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name
from test_write_offs_fix54g import _import, _row

DENIED = ["不属于坏账，不核销", "客户索赔扣款，非坏账，不予核销",
          "short payment - not bad debt, not written off", "质量问题扣款（坏账不核销）",
          "bank charges deducted, not a bad debt, not written off", "坏账未核销",
          "客户索赔，非坏账，暂不核销"]
PRODUCTS = ["质量扣款", "五金工具", "五金工具", "五金工具", "银行费用", "质量扣款", "索赔"]
MADE = ["信保理赔被拒，坏账核销", "客户破产，付款计划未批，坏账核销",
        "bad debt written off - insurance claim rejected", "坏账核销（延期付款申请被驳回）",
        "Bad debt written off - customer refused to pay",
        "bad debt written off, legal action pending",
        "customer rejected goods, bad debt written off", "坏账核销 客户倒闭 信保待批"]
OWN = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "出货日期", "提单日期",
       "已收金额", "收款日期", "备注"]


def _d(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def test_a_deduction_denying_a_bad_debt_is_a_credit_note(tmp_path: Path) -> None:
    """9,000 paid on 10,000, a -1,000 deduction denying the bad debt: before 1,000 open, 87
    days black at 06-30; now a credit note, nothing open, on no list."""
    rows = [r for i, (note, product) in enumerate(zip(DENIED, PRODUCTS, strict=True)) for r in (
        _row(f"C{i}-301", "2025-03-01", 10000, "2025-03-05", 9000, "2025-04-20",
             buyer=f"Buyer {i} Ltd"),
        _row(f"C{i}-301", "2025-04-10", -1000, "2025-04-10", note=note, buyer=f"Buyer {i} Ltd",
             product=product))]
    _import(tmp_path, rows)
    found = by_name(at(tmp_path / "fast.sqlite", date(2025, 6, 30)))
    for i, note in enumerate(DENIED):
        c = found[f"Buyer {i} Ltd"]
        assert (round(c.open_amount), c.max_days_overdue, c.list) == (0, 0, None), note


def test_a_write_off_made_for_a_refusal_or_a_pending_matter_is_made(tmp_path: Path) -> None:
    """27,040 sold, written off 12-20 with a reason refused or pending: before held, 27,040
    open 275 days black; now written off: 0 open, watched."""
    rows = [r for i, note in enumerate(MADE) for r in (
        *(_row(f"D{i}-{no}", day, sold, day, buyer=f"Defaulter {i} Ltd") for no, day, sold in (
            ("301", "2025-03-01", 9000), ("401", "2025-04-01", 8540),
            ("501", "2025-05-01", 9500))),
        _row(f"D{i}-WO", "2025-12-20", -27040, "2025-12-20", note=note,
             buyer=f"Defaulter {i} Ltd"))]
    _import(tmp_path, rows)
    found = by_name(at(tmp_path / "fast.sqlite", date(2025, 12, 31)))
    for i, note in enumerate(MADE):
        c = found[f"Defaulter {i} Ltd"]
        assert (round(c.open_amount), c.list, c.written_off) == (0, "watch", 27040), note


def test_a_long_production_sails_on_its_bl(tmp_path: Path) -> None:
    """OA 30 unpaid, at 07-15 (s92) and 08-20 (s92b): Alpha ready 02-10, B/L 06-25 (135 days),
    Beta 01-15 / 05-20 (125), Gamma ready 05-06 sailing 06-05 (its day/month swap, a vessel's
    wait), Delta 03-08 / 08-03 noted 客户要求暂缓出货: before 125, 151, 40 and 135 days from
    the 出货日期; now from the B/L: 0, 26, 10, 0 days, on no list."""
    def row(no: str, who: str, order: str, ship: str, bl: str, note: str | None = None
            ) -> list[object]:
        return [no, who, _d(order), 10000, "USD", "OA 30 days", _d(ship), _d(bl), None, None,
                note]

    def others(last: int) -> list[list[object]]:  # paid each month, the last up to as-of
        days = [(f"2025-{m:02}-20", f"2025-{m:02}-28") for m in range(1, last)]
        days.append((f"2025-{last:02}-10", f"2025-{last:02}-{15 if last == 7 else 20}"))
        return [[f"2025-1{k:02}", "Other Co", _d(o), 1000, "USD", "T/T", _d(o), _d(o), 1000,
                 _d(r), None] for k, (o, r) in enumerate(days)]

    first = write_xlsx(tmp_path / "a" / "出口台账2025.xlsx", {"2025": [OWN,
        row("2025-011", "Alpha Haushalt GmbH", "2024-11-20", "2025-02-10", "2025-06-25",
            "大货生产周期长，客户要求延后出运"),
        row("2025-012", "Beta Homeware Ltd", "2024-11-05", "2025-01-15", "2025-05-20"),
        row("2025-013", "Gamma Trading Ltd", "2025-03-20", "2025-05-06", "2025-06-05"),
        *others(7)]})
    _same_import(tmp_path / "a", [first])
    found = by_name(at(tmp_path / "a" / "fast.sqlite", date(2025, 7, 15)))
    got = {n: (round(c.open_amount), c.max_days_overdue, c.list) for n, c in found.items()}
    assert got["Alpha Haushalt GmbH"] == (10000, 0, None)
    assert got["Beta Homeware Ltd"] == (10000, 26, None)
    assert got["Gamma Trading Ltd"] == (10000, 10, None)
    second = write_xlsx(tmp_path / "b" / "出口台账2025.xlsx", {"2025": [OWN,
        row("2025-021", "Delta Casa SL", "2025-01-20", "2025-03-08", "2025-08-03",
            "客户要求暂缓出货"), *others(8)]})
    _same_import(tmp_path / "b", [second])
    delta = by_name(at(tmp_path / "b" / "fast.sqlite", date(2025, 8, 20)))["Delta Casa SL"]
    assert (round(delta.open_amount), delta.max_days_overdue, delta.list) == (10000, 0, None)


def test_a_forwarders_book_is_keyed_by_its_bl_number(tmp_path: Path) -> None:
    """Shipments by 提单号, receipts on later rows naming it (s94a): before skipped "no
    amount", Alpha 10,000 47 days watch, Beta 42; now paid, nothing open, on no list."""
    head = ["提单号", "客户名称", "日期", "品名", "金额", "币种", "付款方式", "已收金额",
            "收款日期"]
    oa = "OA 30 days"
    rows = [["COSU6123456780", "Alpha Haushalt GmbH", _d("2025-03-05"), "陶瓷餐具", 10000, "USD",
             oa, None, None],
            ["COSU6123456781", "Beta Homeware Ltd", _d("2025-03-10"), "陶瓷餐具", 5000, "USD",
             oa, None, None],
            ["COSU6123456781", "Beta Homeware Ltd", _d("2025-03-10"), "玻璃杯", 5000, "USD", oa,
             None, None],
            ["COSU6123456780", "Alpha Haushalt GmbH", _d("2025-04-20"), None, None, "USD", None,
             10000, _d("2025-04-20")],
            ["COSU6123456781", "Beta Homeware Ltd", _d("2025-04-30"), None, None, "USD", None,
             10000, _d("2025-04-30")]]
    book = write_xlsx(tmp_path / "货代出运台账2025.xlsx", {"出运": [head, *rows]})
    _same_import(tmp_path, [book])
    found = by_name(at(tmp_path / "fast.sqlite", date(2025, 6, 30)))
    for name in ("Alpha Haushalt GmbH", "Beta Homeware Ltd"):
        c = found[name]
        assert (round(c.open_amount), c.max_days_overdue, c.list) == (0, 0, None), name


def test_the_goods_gone_with_their_container_or_sailing(tmp_path: Path) -> None:
    """Each 10,000 OA 30 unpaid, plan 03-20, no B/L typed, at 06-30 (s93): 已发TGHU1234567,
    已开船, 已离港, 已报关出运, "sailed 3/20" ... before 0 open (not shipped); now 72 days black.
    已发 PI and "ready, shipped upon payment" stay unshipped."""
    head = ["订单号", "客户名称", "下单日期", "订单金额", "币种", "付款方式", "预计出货日期",
            "提单日期", "已收金额", "收款日期", "备注"]
    gone = ["已发TGHU1234567", "已开船", "3/20已开船", "已报关出运", "已装柜发出", "已离港",
            "sailed 3/20", "on board 3/20"]
    kept = ["已发 PI", "ready, shipped upon payment"]
    rows = [[f"2025-{i:03}", f"Buyer {i:02} Ltd", _d("2025-03-01"), 10000, "USD", "OA 30 days",
             _d("2025-03-20"), None, None, None, note] for i, note in enumerate(gone + kept)]
    rows.append(["2025-999", "Other Co", _d("2025-06-01"), 1000, "USD", "T/T",
                 _d("2025-06-10"), _d("2025-06-12"), 1000, _d("2025-06-30"), None])
    _same_import(tmp_path, [write_xlsx(tmp_path / "出口台账2025.xlsx", {"2025": [head, *rows]})])
    found = by_name(at(tmp_path / "fast.sqlite", date(2025, 6, 30)))
    for i, note in enumerate(gone):
        c = found[f"Buyer {i:02} Ltd"]
        assert (round(c.open_amount), c.max_days_overdue, c.list) == (10000, 72, "black"), note
    for i, note in enumerate(kept, len(gone)):
        assert round(found[f"Buyer {i:02} Ltd"].open_amount) == 0, note
