"""Audit 31's season: a small exporter's year as its clerk keeps it, written with openpyxl.

One workbook for 2025 with a tab per month (1月 … 12月), a title row above the header and a
合计 row under the month's figures; each order on the tab of the month it was signed, its
received cell filled in later on that same row as the money came (the total to date, dated
with the latest receipt). A 2024 file holds the dormant former big buyer's orders. Fifteen
customers, each built to carry one known truth (see test_audit31_season.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ledgers import write_xlsx

HEADER = ["合同号", "客户名称", "国家", "业务员", "下单日期", "产品名称", "金额", "币种",
          "贸易条款", "付款方式", "出货日期", "已收金额", "收款日期", "试单", "状态", "原订单号"]
TITLE = ["宁波海曙某进出口有限公司 2025年订单台账"]


def d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def row(no: str, customer: str, ordered: str, amount: float | str, terms: str, incoterm: str,
        ship: str | None, received: float | None = None, on: str | None = None, *,
        currency: str = "USD", country: str = "", sales: str = "王芳", product: str = "LED灯具",
        trial: str | None = None, status: str | None = None, ref: str | None = None
        ) -> list[object]:
    return [no, customer, country, sales, d(ordered), product, amount, currency, incoterm, terms,
            d(ship), received, d(on), trial, status, ref]


OA90, LC, DEP = "OA 90 days", "L/C at sight", "T/T 30% deposit, balance before shipment"
TT30, OA60, TTA, DP = "T/T 30 days", "OA 60 days", "T/T in advance", "D/P at sight"
SUN = "Sunrise Trading Co"

ROWS_2025: list[list[object]] = [
    # 1. Atlas Retail Inc: the big good payer on OA 90, A-02 paid 20 days late by agreement
    row("A-01", "Atlas Retail Inc", "2025-01-10", 150_000, OA90, "FOB Ningbo", "2025-01-25",
        150_000, "2025-04-24", country="美国"),
    row("A-02", "Atlas Retail Inc", "2025-04-08", 180_000, OA90, "FOB Ningbo", "2025-04-20",
        180_000, "2025-08-08", country="美国"),
    row("A-03", "Atlas Retail Inc", "2025-07-05", 160_000, OA90, "FOB Ningbo", "2025-07-20",
        160_000, "2025-10-17", country="美国"),
    row("A-04", "Atlas Retail Inc", "2025-10-10", 170_000, OA90, "FOB Ningbo", "2025-10-25",
        country="美国"),
    # 2. Sydney Kitchen Pty: L/C at sight, the bank pays about a week after shipment
    row("L-01", "Sydney Kitchen Pty", "2025-03-03", 60_000, LC, "CIP Sydney", "2025-03-20",
        60_000, "2025-03-28", country="澳大利亚", sales="李雷"),
    row("L-02", "Sydney Kitchen Pty", "2025-06-02", 55_000, LC, "CIP Sydney", "2025-06-18",
        55_000, "2025-06-26", country="澳大利亚", sales="李雷"),
    row("L-03", "Sydney Kitchen Pty", "2025-09-01", 65_000, LC, "CIP Sydney", "2025-09-15",
        65_000, "2025-09-23", country="澳大利亚", sales="李雷"),
    row("L-04", "Sydney Kitchen Pty", "2025-12-01", 58_000, LC, "CIP Sydney", "2025-12-15",
        58_000, "2025-12-22", country="澳大利亚", sales="李雷"),
    # 3. Nordic Living AB: 30 % deposit, balance before shipment; N-03 not shipped, deposit in
    row("N-01", "Nordic Living AB", "2025-02-05", 40_000, DEP, "FOB", "2025-03-10",
        40_000, "2025-03-05", country="瑞典"),
    row("N-02", "Nordic Living AB", "2025-06-10", 45_000, DEP, "FOB", "2025-07-15",
        45_000, "2025-07-10", country="瑞典"),
    row("N-03", "Nordic Living AB", "2025-11-20", 50_000, DEP, "FOB", None,
        15_000, "2025-11-25", country="瑞典"),
    # 4. Lyon Maison SARL: in EUR, amounts typed as text; E-03 half paid on 12-31
    row("E-01", "Lyon Maison SARL", "2025-03-15", "€30,000.00", TT30, "CIP Le Havre",
        "2025-04-01", 30_000, "2025-04-28", currency="EUR", country="法国", sales="李雷"),
    row("E-02", "Lyon Maison SARL", "2025-08-10", "€35,000.00", TT30, "CIP Le Havre",
        "2025-08-25", 35_000, "2025-09-20", currency="EUR", country="法国", sales="李雷"),
    row("E-03", "Lyon Maison SARL", "2025-11-05", "€32,000.00", TT30, "CIP Le Havre",
        "2025-11-20", 16_000, "2025-12-31", currency="EUR", country="法国", sales="李雷"),
    # 5. Sunrise Trading Co, its name re-typed: case, spaces, full width; S-03 6 days late
    row("S-01", SUN, "2025-01-20", 18_000, TT30, "FOB", "2025-02-05", 18_000, "2025-03-05",
        country="阿联酋"),
    row("S-02", "SUNRISE TRADING CO", "2025-04-15", 22_000, TT30, "FOB", "2025-05-01", 22_000,
        "2025-05-30", country="阿联酋"),
    row("S-03", "Sunrise  Trading Co ", "2025-07-22", 20_000, TT30, "FOB", "2025-08-05",
        20_000, "2025-09-10", country="阿联酋"),
    row("S-04", "Ｓｕｎｒｉｓｅ Ｔｒａｄｉｎｇ Ｃｏ", "2025-10-18", 24_000, TT30, "FOB",
        "2025-11-01", 24_000, "2025-12-01", country="阿联酋"),
    # 6. Casa Bonita: a trial order only, paid in advance
    row("T-01", "Casa Bonita SA de CV", "2025-09-10", 3_000, TTA, "FOB", "2025-09-25", 3_000,
        "2025-09-20", country="墨西哥", sales="李雷", trial="是"),
    # 7. Tunis Trade SARL: the bad payer; B-02, B-03 never paid
    row("B-01", "Tunis Trade SARL", "2025-05-10", 9_000, OA60, "CFR Tunis", "2025-05-20",
        9_000, "2025-08-30", country="突尼斯", sales="李雷"),
    row("B-02", "Tunis Trade SARL", "2025-07-08", 7_000, OA60, "CFR Tunis", "2025-07-18",
        country="突尼斯", sales="李雷"),
    row("B-03", "Tunis Trade SARL", "2025-08-01", 6_000, OA60, "CFR Tunis", "2025-08-12",
        country="突尼斯", sales="李雷"),
    # 8. Oslo Prepaid AS: pays in advance, 3,000 more than P-02 (credit on account)
    row("P-01", "Oslo Prepaid AS", "2025-04-05", 10_000, TTA, "FOB", "2025-04-25", 10_000,
        "2025-04-10", country="挪威"),
    row("P-02", "Oslo Prepaid AS", "2025-10-05", 12_000, TTA, "FOB", "2025-10-28", 15_000,
        "2025-10-08", country="挪威"),
    # 9. Dubai Star LLC: C-02 cancelled
    row("C-01", "Dubai Star LLC", "2025-02-14", 15_000, TT30, "EXW", "2025-03-01", 15_000,
        "2025-03-30", country="阿联酋", sales="李雷"),
    row("C-02", "Dubai Star LLC", "2025-06-20", 40_000, TT30, "EXW", None,
        country="阿联酋", sales="李雷", status="已取消"),
    row("C-03", "Dubai Star LLC", "2025-09-05", 14_000, TT30, "EXW", "2025-09-20", 14_000,
        "2025-10-20", country="阿联酋", sales="李雷"),
    # 10. Perth Outdoor Ltd: 4,000 of R-02 returned (credit note CN-2508), R-03 11 days late
    row("R-01", "Perth Outdoor Ltd", "2025-03-08", 20_000, TT30, "FOB", "2025-03-25", 20_000,
        "2025-04-20", country="澳大利亚"),
    row("R-02", "Perth Outdoor Ltd", "2025-06-15", 16_000, TT30, "FOB", "2025-07-01", 12_000,
        "2025-07-30", country="澳大利亚"),
    row("CN-2508", "Perth Outdoor Ltd", "2025-08-10", -4_000, TT30, "FOB", None,
        country="澳大利亚", product="退货 R-02", status="退货折让", ref="R-02"),
    row("R-03", "Perth Outdoor Ltd", "2025-11-10", 10_000, TT30, "FOB", "2025-11-20",
        country="澳大利亚"),
    # 12. Lagos Fresh Ltd: new, fast-growing
    row("G-01", "Lagos Fresh Ltd", "2025-08-05", 5_000, TT30, "FOB Lagos", "2025-08-20", 5_000,
        "2025-09-18", country="尼日利亚", sales="李雷"),
    row("G-02", "Lagos Fresh Ltd", "2025-10-02", 15_000, TT30, "FOB Lagos", "2025-10-15",
        15_000, "2025-11-14", country="尼日利亚", sales="李雷"),
    row("G-03", "Lagos Fresh Ltd", "2025-12-03", 40_000, TT30, "FOB Lagos", "2025-12-18",
        country="尼日利亚", sales="李雷"),
    # 13. Kyiv Goods LLC: K-02 37 days late
    row("K-01", "Kyiv Goods LLC", "2025-06-10", 12_000, "OA 30 days", "CFR", "2025-06-25",
        12_000, "2025-07-25", country="乌克兰"),
    row("K-02", "Kyiv Goods LLC", "2025-10-12", 12_000, "OA 30 days", "CFR", "2025-10-25",
        country="乌克兰"),
    # 14. Santos Importadora: big orders, SA-03 61 days late, 10,000 of it paid
    row("SA-01", "Santos Importadora", "2025-02-10", 60_000, OA60, "CIP Santos", "2025-02-28",
        60_000, "2025-04-29", country="巴西", sales="李雷"),
    row("SA-02", "Santos Importadora", "2025-06-10", 65_000, OA60, "CIP Santos", "2025-06-28",
        65_000, "2025-09-15", country="巴西", sales="李雷"),
    row("SA-03", "Santos Importadora", "2025-08-20", 55_000, OA60, "CIP Santos", "2025-09-01",
        10_000, "2025-12-10", country="巴西", sales="李雷"),
    # 15. Vienna Gifts GmbH: one small order a year on D/P, paid 2 days after presentation
    row("V-01", "Vienna Gifts GmbH", "2025-05-05", 8_000, DP, "FOB", "2025-05-20", 8_000,
        "2025-06-12", country="奥地利"),
]

# 11. Milan Design Srl: the former big buyer, last ordered on 2024-12-31 (W starts after it)
ROWS_2024 = [
    row("M-01", "Milan Design Srl", "2024-03-12", 200_000, OA60, "FOB", "2024-03-30", 200_000,
        "2024-05-28", country="意大利"),
    row("M-02", "Milan Design Srl", "2024-09-02", 220_000, OA60, "FOB", "2024-09-20", 220_000,
        "2024-11-18", country="意大利"),
    row("M-03", "Milan Design Srl", "2024-12-31", 90_000, TTA, "FOB", "2024-12-31", 90_000,
        "2024-12-30", country="意大利"),
]


def _tab(rows: list[list[object]]) -> list[list[object]]:
    numbers = [r[6] for r in rows if isinstance(r[6], int | float)]
    total = [["合计", None, None, None, None, None, sum(numbers)]] if len(numbers) == len(rows) \
        else []
    return [TITLE, HEADER, *rows, *total]


def season(folder: Path) -> list[Path]:
    """The 2024 file, then 2025's workbook of twelve monthly tabs."""
    months: dict[str, list[list[object]]] = {f"{m}月": [] for m in range(1, 13)}
    for r in ROWS_2025:
        months[f"{r[4].month}月"].append(r)  # type: ignore[union-attr]
    return [write_xlsx(folder / "2024年订单台账.xlsx", {"2024": _tab(ROWS_2024)}),
            write_xlsx(folder / "2025年订单台账.xlsx",
                       {name: _tab(rows) for name, rows in months.items()})]


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1).fromordinal(
        date(year + month // 12, month % 12 + 1, 1).toordinal() - 1)


def _as_known(r: list[object], end: date) -> list[object]:
    """The row as the clerk's file of month `end` shows it: a ship date or money dated later
    is not written yet, nor C-02's cancellation (decided in July)."""
    known = list(r)
    if isinstance(known[10], date) and known[10] > end:
        known[10] = None
    if isinstance(known[12], date) and known[12] > end:
        known[11] = known[12] = None
    if known[14] == "已取消" and end < date(2025, 7, 1):
        known[14] = None
    return known


def monthly_files(folder: Path) -> list[Path]:
    """The 2024 file, then the twelve files the clerk sent in 2025: each month's workbook holds
    the tabs of the year to date, the older tabs' rows updated with what came since."""
    files = [write_xlsx(folder / "2024年订单台账.xlsx", {"2024": _tab(ROWS_2024)})]
    for month in range(1, 13):
        end = _month_end(2025, month)
        tabs = {f"{m}月": _tab([_as_known(r, end) for r in ROWS_2025
                                if r[4].month == m])  # type: ignore[union-attr]
                for m in range(1, month + 1)}
        files.append(write_xlsx(folder / f"订单台账 2025-{month:02d}.xlsx", tabs))
    return files
