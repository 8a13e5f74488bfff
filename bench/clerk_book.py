"""The clerk flavour of the benchmark's ledgers: what a real firm's book holds beside its sales.

bench/ledgers.py's plain ledger books each order's money on its first row and its notes column
holds 试单 alone, so the account rules that read receipt rows without a sum, a receipts register
and clerks' notes (core/ledger/*: payment words, plans, deposits, agents' 代X付款 wires, write-offs,
B/L words) never run on it. The clerk flavour keeps the very same orders (the plain ledger's
random draws are untouched: every choice here comes from a random source of its own) and adds,
at a real book's shares:

- 定金30% / 尾款70% rows (sometimes 定金 / 二期款 / 尾款) under ~20 % of the orders: their own
  rows, order cells and sum blank, the money in 实收金额 on its 收款日期;
- a 备注 column with notes on ~15 % of the rows, ~60 distinct phrases from the tests' clerks
  (客户说…, 已到账, 预计…, 提单…, 已发…, 核销, 扣款), names and numbers varied;
- a `YYYY年收款登记` tab per year of the wires (日期, 付款人, 金额, 币种, 对应发票, 备注) for
  ~8 % as many orders: the order's row then holds no receipt; the payer sometimes the bank's
  upper-case or short spelling, sometimes an agent with 代X付款, the invoice sometimes blank;
- a few bad-debt write-offs (their own rows at the year's end) and quality deductions.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

P_PAYMENT_ROWS, P_SECOND_PART, P_REGISTER, P_NOTE = 0.20, 0.15, 0.14, 0.08
P_PAYMENT_NOTE, P_WRITE_OFF, P_DEDUCTION, P_NO_INVOICE = 0.35, 0.04, 0.006, 0.25
REGISTER_HEAD = ("日期", "付款人", "金额", "币种", "对应发票", "备注")
AGENTS = ("Shenzhen Xinda Trading Co", "HK Fortune Agency Ltd", "Dubai Gulf Exchange LLC",
          "Ningbo Haitong Import & Export", "Jebel Ali Sourcing FZE", "Lagos Prime Agents Ltd")
ROW_NOTES = (
    "客户说{m}月{d}号已付", "客户说已安排付款", "客户说下周付款", "据客户说已安排付款",
    "预计{m}月底到账", "预计{m}月付款", "预计出货{m}月{d}日", "预计付款 {m}月{d}日到账",
    "已发货，客户{m}/{d}前付款", "已发货，{m}月{d}日到港", "已发货 第{n}/4柜",
    "已发样品，大货生产中", "样品已发，大货未发", "已发PI，等定金", "报价已发", "箱唛已发",
    "空运，{m}/{d}已发",
    "提单已发客户", "补发提单", "提单日期{m}月{d}日", "见提单复印件付款", "提单后30天电汇",
    "已收定金30%，尾款见提单副本付", "定金已收，尾款预计{m}月付", "30%定金已收",
    "第二批 30%定金已收",
    "新订单定金已收，金额待定", "定金{dep}+尾款{bal}", "尾款未收", "质量折让，避免坏账",
    "价格折让（非坏账核销）", "退货，不是坏账", "手续费未付 尾款全额", "推迟发货及尾款",
    "月结30天，见提单复印件后付款", "{name}客户定金", "延迟，原定{m}/{d}已发", "已发 PI")
PAID_NOTES = ("已到账", "水单已收，款已到账", "已收", "已收尾款", "尾款已收到", "按计划到账",
              "催款后已付", "定金已收", "客户已付款", "收到")
OPEN_NOTES = ("尾款未到账", "未到账，客户说已付", "客户说已付款，我司未收到", "预计{m}月底到账",
              "已收定金，尾款未到账", "客户承诺下周到账", "待到账")
WIRE_NOTES = ("货款", "尾款", "定金", "T/T", "水单已收", "{inv}尾款", "二期款已到账")
AGENT_NOTES = ("代{name}付款", "预付款，代{name}付款", "客户代理付款，代{name}付款")
WRITE_OFF_NOTES = ("客户失联，经批准坏账核销", "长期未收回坏账核销",
                   "对方公司已注销无法收回坏账核销", "款项收回无望作坏账核销",
                   "货款未收回作坏账核销")
DEDUCTION_NOTES = ("质量扣款", "质量折让，以免形成坏账", "扣款{fee}", "折让 防止坏账")


@dataclass
class Wire:
    """One register row; `order` is the order's first row, numbered only once the month is
    sorted, so its number is read when the register is written."""

    day: date
    payer: str
    amount: float
    currency: str
    order: list
    note: str | None
    invoice: bool


@dataclass
class ClerkBook:
    """The clerk's additions, decided order by order from a random source of its own."""

    rng: random.Random
    col: dict[str, int]
    as_of: date
    update_until: date
    wires: list[Wire] = field(default_factory=list)
    write_offs: list[tuple[str, str, float, str, date]] = field(default_factory=list)

    def _say(self, phrases: tuple[str, ...], name: str = "", inv: str = "",
             total: float = 0.0) -> str:
        rng = self.rng
        return rng.choice(phrases).format(
            m=rng.randint(1, 12), d=rng.randint(1, 28), n=rng.randint(1, 4), name=name,
            inv=inv, dep=round(total * 0.3), bal=round(total * 0.7), fee=rng.choice((25, 40, 50)))

    def order(self, base: list[list], update: list[list], name: str, currency: str,
              paid: date | None, got: float, total: float, cancelled: bool,
              late_never: bool) -> tuple[list[list], list[list]]:
        """Move some of the order's money off its first row (to rows under it, or to the
        register), note some of its rows; return the rows to write under it (base, update)."""
        rng, col, width = self.rng, self.col, len(base[0])
        for row_a, row_b in zip(base, update, strict=True):
            if rng.random() < P_NOTE:
                row_a[col["备注"]] = row_b[col["备注"]] = self._say(ROW_NOTES, name, total=total)
        if cancelled:
            return [], []
        if late_never and rng.random() < P_WRITE_OFF:
            self.write_offs.append((name, currency, -total, self._say(WRITE_OFF_NOTES),
                                    self.as_of - timedelta(days=rng.randint(0, 10))))
        extra: tuple[list[list], list[list]] = ([], [])
        if rng.random() < P_PAYMENT_ROWS:
            self._clear(base, update)
            parts = ((("定金", 0.3), ("二期款", 0.4), ("尾款", 0.3)) if rng.random() < P_SECOND_PART
                     else (("定金30%", 0.3), ("尾款70%", 0.7)))
            deposit_day = (paid or self.as_of) - timedelta(days=rng.randint(20, 60))
            done = 0.0
            for i, (word, share) in enumerate(parts):
                last = i == len(parts) - 1
                money = round(got - done, 2) if last else round(total * share, 2)
                done += money
                on = (paid if last else deposit_day + timedelta(days=30 * i)) if (
                    paid is not None or i == 0) else None
                rows = []
                for until in (self.as_of, self.update_until):
                    row: list = [None] * width
                    row[col["产品"]] = word
                    if on is not None and on <= until:
                        row[col["实收金额"]], row[col["收款日期"]] = money, on
                    rows.append(row)
                if rng.random() < P_PAYMENT_NOTE:
                    rows[0][col["备注"]] = rows[1][col["备注"]] = self._say(
                        PAID_NOTES if on is not None and on <= self.as_of else OPEN_NOTES)
                extra[0].append(rows[0])
                extra[1].append(rows[1])
        elif paid is not None and rng.random() < P_REGISTER:
            self._clear(base, update)
            self.wires.append(self._wire(name, currency, paid, got, base[0]))
        if paid is not None and rng.random() < P_DEDUCTION:
            row = [None] * width
            row[col["产品"]], row[col["金额"]] = "质量扣款", -round(total * 0.02, 2)
            row[col["备注"]] = self._say(DEDUCTION_NOTES)
            extra[0].append(row)
            extra[1].append(list(row))
        return extra

    def _clear(self, base: list[list], update: list[list]) -> None:
        for rows in (base, update):
            rows[0][self.col["实收金额"]] = rows[0][self.col["收款日期"]] = None

    def _wire(self, name: str, currency: str, paid: date, got: float, order: list) -> Wire:
        roll, note = self.rng.random(), None
        payer = name
        if roll < 0.15:
            payer = name.upper()  # the bank's slip
        elif roll < 0.25:
            payer = " ".join(name.split()[:2])  # the bank's short spelling
        elif roll < 0.40:
            payer = self.rng.choice(AGENTS)
            note = self._say(AGENT_NOTES, name)
        if note is None and self.rng.random() < 0.5:
            note = self._say(WIRE_NOTES, inv="{inv}")
        return Wire(paid, payer, got, currency, order, note, self.rng.random() >= P_NO_INVOICE)

    def write_off_rows(self, width: int, year: int) -> list[list]:
        """The year-end's write-offs: their own rows and numbers, a negative sum, the note."""
        rows = []
        for i, (name, currency, amount, note, day) in enumerate(self.write_offs):
            row: list = [None] * width
            row[0] = f"WO{year % 100}{i:04d}"
            row[self.col["客户名称"]], row[self.col["下单日期"]] = name, day
            row[self.col["金额"]], row[self.col["币种"]] = round(amount, 2), currency
            row[self.col["产品"]], row[self.col["备注"]] = "坏账核销", note
            rows.append(row)
        return rows

    def registers(self, until: date) -> dict[int, list[list]]:
        """The register tabs' rows by year, the wires up to `until`, in date order."""
        by_year: dict[int, list[list]] = {}
        for w in sorted(self.wires, key=lambda w: (w.day, w.order[0])):
            if w.day > until:
                continue
            number = w.order[0]
            note = w.note.replace("{inv}", number) if w.note else None
            by_year.setdefault(w.day.year, []).append(
                [w.day, w.payer, w.amount, w.currency, number if w.invoice else None, note])
        return by_year
