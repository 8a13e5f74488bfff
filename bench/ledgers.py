"""The benchmark's ledgers: a busy exporter's month tabs, N rows long, written once and cached.

Shaped like the ledgers the issue measured: 17 Chinese headers, a few thousand customers with a
long-tail order count, 6 countries, 3 currencies, 5 Incoterms, 5 payment terms, ~400 products,
some multi-line orders, trials, cancellations, amounts typed as text, dates typed as text or
left as serial numbers, re-typed customer names, a title row above each tab's header and a 合计
row under it. Each size is written twice in one pass: the ledger, and the "update month" file
holding the same rows with the receipts of the next two months filled in. The clerk flavour
(bench/clerk_book.py) adds to the same orders what a real firm's book holds beside its sales.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from bench.clerk_book import REGISTER_HEAD, ClerkBook
from bench.sizes import Size
from core.sample.catalog import COUNTRIES, FIRM_NAME, PRODUCTS, TERMS
from core.sample.messy import name_variant, text_amount, text_date

HEADER = ("订单号", "客户名称", "下单日期", "金额", "币种", "贸易条款", "付款方式", "出货日期",
          "实收金额", "收款日期", "业务员", "国家", "产品", "数量", "单价", "成本", "状态")
COL = {name: i for i, name in enumerate(HEADER)}
LAST_MONTH = (2025, 12)
UPDATE_DAYS = 61  # the update file books receipts this many days past the ledger's end
# (country, currency, salespeople, share of customers)
MARKETS = (("美国", "USD", ("张伟", "刘洋"), 34), ("德国", "EUR", ("李娜", "赵敏"), 18),
           ("英国", "GBP", ("李娜",), 12), ("日本", "USD", ("王芳",), 12),
           ("巴西", "USD", ("陈杰",), 12), ("阿联酋", "USD", ("王芳", "孙磊"), 12))
INCOTERMS = ("FOB Ningbo", "CIF {port}", "CFR {port}", "EXW", "DDP {city}")
# payment-term family -> (share of customers, days from shipment to money in, bank charges
# kept back, in the order's currency)
PAYMENT = {"lc_sight": (20, 12, 0.0), "dep_before": (30, -3, 25.0), "dep_bl": (25, 20, 25.0),
           "oa60": (15, 62, 0.0), "dp": (10, 30, 40.0)}
COLOURS = ("白色", "黑色", "红色", "蓝色", "灰色", "绿色", "粉色", "米色", "银色", "金色",
           "咖啡色", "透明", "橙色", "紫色")
SIZES = ("小号", "中号")
P_MULTI_LINE, P_CANCELLED, P_TEXT_AMOUNT, P_TEXT_DATE, P_SERIAL_DATE = 0.15, 0.02, 0.04, 0.03, 0.01
P_NAME_VARIANT, P_FIRST_TRIAL, P_PROSPECT, P_LATE, P_NEVER = 0.03, 0.25, 0.05, 0.10, 0.2
EXCEL_EPOCH = date(1899, 12, 30)


@dataclass
class Customer:
    name: str
    country: str
    currency: str
    salesperson: str
    port: str
    city: str
    payment: str
    incoterm: str
    margin: float
    late: bool
    prospect: bool
    ordered: bool = False


def _customers(rng: random.Random, count: int) -> list[Customer]:
    markets = [m for m in MARKETS for _ in range(m[3])]
    pay_keys = [k for k, (share, _, _) in PAYMENT.items() for _ in range(share)]
    by_name = {c.name: c for c in COUNTRIES}
    used: dict[str, int] = {}
    found = []
    for _ in range(count):
        country, currency, sales, _share = rng.choice(markets)
        parts = by_name[country].name_parts
        stem = f"{rng.choice(parts[0])} {rng.choice(parts[1])}"
        used[stem] = used.get(stem, 0) + 1
        if used[stem] > 1:  # never the same firm twice: a branch number makes it another
            stem = f"{stem} {used[stem]}"
        payment = rng.choice(pay_keys)
        found.append(Customer(
            f"{stem} {rng.choice(parts[2])}", country, currency, rng.choice(sales),
            rng.choice(by_name[country].ports), rng.choice(by_name[country].cities), payment,
            rng.choice(INCOTERMS), rng.uniform(0.70, 0.88), rng.random() < P_LATE,
            rng.random() < P_PROSPECT))
    return found


def _products(rng: random.Random) -> list[tuple[str, float, int]]:
    found = []
    for name, low, high, pack in PRODUCTS:
        for colour in COLOURS:
            for size in SIZES:
                found.append((f"{name} {colour}{size}", rng.uniform(low, high), pack))
    return found  # 14 x 14 x 2 = 392


def _months(size: Size) -> list[tuple[int, int]]:
    year, month = LAST_MONTH
    found = []
    for _ in range(size.months):
        found.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return found[::-1]


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


class _Writer:
    """Both workbooks side by side, so the base and the update file hold the very same rows."""

    def __init__(self) -> None:
        from openpyxl import Workbook

        self.books = (Workbook(write_only=True), Workbook(write_only=True))
        self.sheets: tuple = ()

    def start(self, year: int, month: int, header: tuple[str, ...] = HEADER) -> None:
        self.sheets = tuple(b.create_sheet(f"{year}-{month:02d}") for b in self.books)
        for ws in self.sheets:
            ws.append([f"{FIRM_NAME} {year}年{month}月 订单台账"])
            ws.append(list(header))

    def registers(self, clerk: ClerkBook, as_of: date) -> None:
        """The clerk's receipts register, a tab a year after the month tabs, in each book
        the wires it has seen (the update file's reach two months further)."""
        for book, until in ((self.books[0], as_of), (self.books[1], clerk.update_until)):
            for year, rows in sorted(clerk.registers(until).items()):
                ws = book.create_sheet(f"{year}年收款登记")
                ws.append(list(REGISTER_HEAD))
                for row in rows:
                    ws.append(row)

    def append(self, base: list, update: list) -> None:
        self.sheets[0].append(base)
        self.sheets[1].append(update)

    def save(self, base: Path, update: Path) -> None:
        self.books[0].save(base)
        self.books[1].save(update)


def _cell_date(day: date | None, style: str | None) -> object:
    if day is None:
        return None
    if style == "serial":
        return (day - EXCEL_EPOCH).days
    return text_date(day, style) if style else day


def _date_style(rng: random.Random) -> str | None:
    roll = rng.random()
    if roll < P_TEXT_DATE:
        return rng.choice(("slash", "chinese", "dash", "us"))
    return "serial" if roll < P_TEXT_DATE + P_SERIAL_DATE else None


def _order_rows(rng: random.Random, c: Customer, day: date, as_of: date,
                products: list[tuple[str, float, int]], clerk: ClerkBook | None = None
                ) -> tuple[list[list], list[list], list[list], list[list]]:
    """One order's rows as the ledger shows them at as_of, and as the update file does; then
    the clerk's rows under it (none in the plain flavour)."""
    trial = c.prospect or (not c.ordered and rng.random() < P_FIRST_TRIAL)
    c.ordered = True
    status = ("试单" if trial else rng.choice(("已取消", "作废")) if rng.random() < P_CANCELLED
              else "")
    lines = 1 if rng.random() >= P_MULTI_LINE else rng.randint(2, 4)
    ship = day + timedelta(days=rng.randint(12, 55))
    lag = PAYMENT[c.payment][1] + (rng.randint(25, 150) if c.late else rng.randint(-2, 10))
    paid = ship + timedelta(days=lag)
    never = False
    if status and status != "试单" or (never := c.late and rng.random() < P_NEVER):
        paid = None  # cancelled, or a late payer's order that is never paid
    name = name_variant(rng, c.name) if rng.random() < P_NAME_VARIANT else c.name
    incoterm = c.incoterm.format(port=c.port, city=c.city)
    terms = TERMS[c.payment].texts[0]
    base_rows, update_rows, total = [], [], 0.0
    for product, price, pack in rng.sample(products, lines):
        qty = pack * rng.randint(5, 200)
        unit = round(price * rng.uniform(0.92, 1.08), 2)
        amount = round(qty * unit, 2)
        total += amount
        shown = text_amount(rng, amount, c.currency) if rng.random() < P_TEXT_AMOUNT else amount
        row = [None, name, _cell_date(day, _date_style(rng)), shown, c.currency,
               incoterm, terms, None, None, None, c.salesperson, c.country, product, qty, unit,
               round(amount * c.margin, 2), status or None]
        if clerk is not None:
            row.append(None)  # 备注
        if ship <= as_of:
            row[COL["出货日期"]] = _cell_date(ship, _date_style(rng))
        base_rows.append(row)
        update_rows.append(list(row))
    got = round(total - PAYMENT[c.payment][2], 2)
    if paid is not None:  # the money for the whole order, booked on its first line
        for rows, until in ((base_rows, as_of), (update_rows, as_of + timedelta(UPDATE_DAYS))):
            if paid <= until:
                rows[0][COL["实收金额"]] = got
                rows[0][COL["收款日期"]] = paid
    if clerk is None:
        return base_rows, update_rows, [], []
    extra_base, extra_update = clerk.order(
        base_rows, update_rows, name, c.currency, paid, got, round(total, 2),
        bool(status and status != "试单"), never)
    return base_rows, update_rows, extra_base, extra_update


def write_ledgers(size: Size, base: Path, update: Path, seed: int = 11) -> int:
    """Write the ledger and its update file; return the order rows written (totals and the
    clerk flavour's rows excluded)."""
    rng = random.Random(f"{seed}:{size.rows}")
    customers = _customers(rng, size.customers)
    weights = [1 / (rank + 1) ** size.tail for rank in range(len(customers))]  # a long tail
    cumulative, running = [], 0.0
    for w in weights:
        running += w
        cumulative.append(running)
    products = _products(rng)
    months = _months(size)
    as_of = _month_end(*LAST_MONTH)
    header, clerk = HEADER, None
    if size.flavour == "clerk":  # its own random source: the orders stay the plain ledger's
        header = (*HEADER, "备注")
        clerk = ClerkBook(random.Random(f"clerk:{seed}:{size.rows}"),
                          {name: i for i, name in enumerate(header)}, as_of,
                          as_of + timedelta(UPDATE_DAYS))
    writer = _Writer()
    written, serial = 0, 0
    for index, (year, month) in enumerate(months):
        writer.start(year, month, header)
        want = size.rows * (index + 1) // len(months) - written
        start, days = date(year, month, 1), _month_end(year, month).day
        month_rows: list[tuple[date, list[list], list[list], list[list], list[list]]] = []
        count = 0
        while count < want:
            c = rng.choices(customers, cum_weights=cumulative)[0]
            day = start + timedelta(days=rng.randrange(days))
            base_rows, update_rows, *extra = _order_rows(rng, c, day, as_of, products, clerk)
            left = want - count  # the month's last order fits what is left
            month_rows.append((day, base_rows[:left], update_rows[:left], *extra))
            count += len(month_rows[-1][1])
        month_rows.sort(key=lambda found: found[0])  # entered in date order, numbered so
        total = 0.0
        for _day, base_rows, update_rows, extra_base, extra_update in month_rows:
            serial += 1
            for row_a, row_b in zip(base_rows, update_rows, strict=True):
                row_a[0] = row_b[0] = f"PI{year % 100:02d}{serial:07d}"
            for row_a, row_b in zip([*base_rows, *extra_base], [*update_rows, *extra_update],
                                    strict=True):
                writer.append(row_a, row_b)
                value = row_a[COL["金额"]]
                total += 0.0 if value is None else value if isinstance(value, float) else float(
                    value.lstrip("$€£¥").replace(",", ""))
        if clerk is not None and (month == 12 or index == len(months) - 1):
            for row in clerk.write_off_rows(len(header), year):  # the year-end's write-offs
                writer.append(row, list(row))
                total += row[COL["金额"]]
            clerk.write_offs.clear()
        totals = [None] * len(header)
        totals[0], totals[COL["金额"]] = "合计", round(total, 2)
        writer.append(totals, list(totals))
        written += count
    if clerk is not None:
        writer.registers(clerk, as_of)
    base.parent.mkdir(parents=True, exist_ok=True)
    writer.save(base, update)
    return written


def main(argv: list[str]) -> int:
    """``python -m bench.ledgers BASE UPDATE ROWS CUSTOMERS MONTHS TAIL [FLAVOUR]``: write one
    size (FLAVOUR plain, the default, or clerk), in a process of its own so the benchmark's own
    process stays small (see spawn.py)."""
    base, update, rows, customers, months, tail, *flavour = argv
    size = Size("", int(rows), int(customers), int(months), float(tail), *flavour)
    write_ledgers(size, Path(base), Path(update))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
