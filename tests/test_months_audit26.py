"""An audit of a database's life over months (audit26): a firm keeping one file a month on the
same template, whose month tab ("3月", "1月") lists last months' open orders again with what
happened to them since: money received, a ship date, a cancellation, a dispute. Each ledger is
written here with openpyxl, imported month by month through core and analysed as the app does;
every figure is worked out by hand.

OA 30 (due = ship + 30); a customer more than 60 days past due with an average order under
20,000 USD is black-listed; Payer's receipt on the as-of date dates the receipts to it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import

from core.analysis.model import Analysis, CustomerMetrics
from core.analysis.run import analyse
from core.ledger.importer import import_files
from core.store import connect

HEADER = ["合同号", "客户", "下单日期", "金额", "币种", "贸易条款", "付款方式", "出货日期",
          "已收金额", "收款日期", "状态"]


def row(number: str, customer: str, ordered: str, amount: float, *, ship: str | None = None,
        received: float | None = None, received_on: str | None = None,
        status: str | None = None) -> list[object]:
    def day(text: str | None) -> date | None:
        return date.fromisoformat(text) if text else None

    return [number, customer, day(ordered), amount, "USD", "FOB", "OA 30 days", day(ship),
            received, day(received_on), status]


def month_by_month(db: Path, *files: Path) -> None:
    for path in files:
        [result] = import_files(db, [path])
        assert result.status == "imported", result.message


def at(db: Path, as_of: str) -> Analysis:
    with connect(db) as conn:
        return analyse(conn, as_of=date.fromisoformat(as_of))


def customer(analysis: Analysis, name: str) -> CustomerMetrics:
    [found] = [c for c in analysis.customers if c.customer == name]
    return found


def verdict(c: CustomerMetrics) -> tuple[object, ...]:
    return c.tier, c.list, c.orders_12m, c.open_amount, c.overdue_amount, c.max_days_overdue


# --- next month's file: last months' orders again, with what became of them -------------------

def _spring(folder: Path, march_tab: str) -> list[Path]:
    """January's file: Hotel's 9,000 order not shipped yet, Fox's 15,000 shipped 01-25.
    March's file lists both again (dated January, before its tab's month): Hotel's order
    shipped 03-05, Fox's cancelled; and Kilo's 5,000 of March, shipped 03-04, and Payer."""
    folder.mkdir(parents=True, exist_ok=True)
    january = write_xlsx(folder / "2025-01.xlsx", {"1月": [
        HEADER, row("H-1", "Hotel", "2025-01-10", 9_000),
        row("F-1", "Fox", "2025-01-20", 15_000, ship="2025-01-25")]})
    march = write_xlsx(folder / "2025-03.xlsx", {march_tab: [
        HEADER, row("H-1", "Hotel", "2025-01-10", 9_000, ship="2025-03-05"),
        row("F-1", "Fox", "2025-01-20", 15_000, ship="2025-01-25", status="已取消"),
        row("K-1", "Kilo", "2025-03-03", 5_000, ship="2025-03-04"),
        row("P-1", "Payer", "2025-05-01", 1_000, ship="2025-05-02", received=1_000,
            received_on="2025-06-30")]})
    return [january, march]


@pytest.mark.parametrize("march_tab", ["3月", "2025年3月", "Mar", "Sheet1"])
def test_next_months_file_ships_and_cancels_last_months_orders(tmp_path: Path,
                                                               march_tab: str) -> None:
    """On 2025-06-30: Hotel's order shipped 03-05 is due 04-04, 87 days past due, average
    order 9,000: black-listed. Fox's only order is cancelled: no valid order, dormant, owes
    nothing. Whatever March's tab is called. Before, a tab named after March read the January
    rows as balances brought forward that move only money received: Fox's cancelled order was
    owed 126 days and Fox black-listed (and ranked strategic), while Hotel's order never
    shipped, owed nothing and Hotel was white-listed."""
    db = tmp_path / "firm.sqlite"
    month_by_month(db, *_spring(tmp_path / "ledgers", march_tab))
    analysis = at(db, "2025-06-30")
    assert verdict(customer(analysis, "Hotel")) == ("core", "black", 1, 9_000, 9_000, 87)
    assert verdict(customer(analysis, "Fox")) == ("dormant", None, 0, 0, 0, 0)
    assert verdict(customer(analysis, "Kilo")) == ("long_tail", "black", 1, 5_000, 5_000, 88)


@pytest.mark.parametrize("may_status", [None, "上月结转", "未收款"])
def test_a_dispute_written_on_next_months_file_keeps_the_invoice_off_the_stop_loss(
        tmp_path: Path, may_status: str | None) -> None:
    """Juliet's 8,000 of January shipped 01-15 (due 02-14); April's file lists it again
    with 质量纠纷 (a quality claim), May's once more with a blank status or the carry's own
    words, which say nothing of the claim. On 2025-06-30 the invoice is disputed: shown apart,
    never driving a stop-loss. Before, April's 质量纠纷 was dropped: 136 days past due,
    black-listed while the claim is open."""
    folder = tmp_path / "ledgers"
    folder.mkdir()
    january = write_xlsx(folder / "2025-01.xlsx", {"1月": [
        HEADER, row("J-1", "Juliet", "2025-01-08", 8_000, ship="2025-01-15")]})
    april = write_xlsx(folder / "2025-04.xlsx", {"4月": [
        HEADER, row("J-1", "Juliet", "2025-01-08", 8_000, ship="2025-01-15", status="质量纠纷"),
        row("P-1", "Payer", "2025-04-01", 1_000, ship="2025-04-02")]})
    may = write_xlsx(folder / "2025-05.xlsx", {"5月": [
        HEADER, row("J-1", "Juliet", "2025-01-08", 8_000, ship="2025-01-15", status=may_status),
        row("P-2", "Payer", "2025-05-01", 1_000, ship="2025-05-02", received=1_000,
            received_on="2025-06-30")]})
    db = tmp_path / "firm.sqlite"
    month_by_month(db, january, april, may)
    _same_import(tmp_path / "both", [january], [april], [may])  # the reference reads it so
    c = customer(at(db, "2025-06-30"), "Juliet")
    assert (c.disputed_amount, c.overdue_amount, c.stop_loss) == (8_000, 0, False)
    assert c.list != "black"


# --- the year boundary: a new workbook a year, tabs without a year -----------------------------

def _two_years(folder: Path) -> list[Path]:
    """2025.xlsx, tabs 11月 and 12月: Xray's 9,000 (shipped 11-28), Yank's 40,000 (shipped
    11-10), Zulu's 7,000 ordered 12-15 not shipped yet, Whisky's 6,000 ordered 12-28 shipping
    2026-01-03. 2026.xlsx, tabs 1月 and 2月: Xray paid 01-10; Zulu's order shipped 01-05; Yank
    orders 40,000 more (shipped 01-12); Payer's receipts date the ledger to 01-31, then 04-30."""
    folder.mkdir(parents=True, exist_ok=True)
    november = [row("X-1", "Xray", "2025-11-20", 9_000, ship="2025-11-28"),
                row("Y-1", "Yank", "2025-11-03", 40_000, ship="2025-11-10")]
    december = [*november, row("Z-1", "Zulu", "2025-12-15", 7_000),
                row("W-1", "Whisky", "2025-12-28", 6_000, ship="2026-01-03"),
                row("P-0", "Payer", "2025-12-01", 1_000, ship="2025-12-02", received=1_000,
                    received_on="2025-12-31")]
    january = [row("X-1", "Xray", "2025-11-20", 9_000, ship="2025-11-28", received=9_000,
                   received_on="2026-01-10"),
               row("Z-1", "Zulu", "2025-12-15", 7_000, ship="2026-01-05"),
               row("W-1", "Whisky", "2025-12-28", 6_000, ship="2026-01-03"),
               row("Y-2", "Yank", "2026-01-06", 40_000, ship="2026-01-12"),
               row("P-1", "Payer", "2026-01-05", 1_000, ship="2026-01-06", received=1_000,
                   received_on="2026-01-31")]
    february = [row("P-2", "Payer", "2026-02-05", 1_000, ship="2026-02-06", received=1_000,
                    received_on="2026-04-30")]
    return [write_xlsx(folder / "2025.xlsx", {"11月": [HEADER, *november],
                                              "12月": [HEADER, *december]}),
            write_xlsx(folder / "2026.xlsx", {"1月": [HEADER, *january],
                                              "2月": [HEADER, *february]})]


@pytest.mark.parametrize(("as_of", "zulu", "whisky", "yank"), [
    # 2025-12-31: Zulu's order has not shipped; Whisky's ships after A: neither owes. Yank's
    # Y-1 (due 12-10) is 21 days late: nothing on a list for it yet
    ("2025-12-31", (0, 0, 0), (0, 0, 0), (40_000, 40_000, 21)),
    # mid-January: Zulu's invoice (shipped 01-05) not due until 02-04; money is booked after
    # 01-15 on two days (01-31, 04-30), so days run to 01-15, not the last receipt before it
    # (01-10: 31 days before fix68f/fix68n's look-back rule): Y-1 36 days late
    ("2026-01-15", (7_000, 0, 0), (6_000, 0, 0), (80_000, 40_000, 36)),
    # month end, receipts to 01-31: Y-1 52 days late
    ("2026-01-31", (7_000, 0, 0), (6_000, 0, 0), (80_000, 40_000, 52)),
    # mid-February and its month end: receipts still booked to 01-31 (the next is 04-30),
    # days run to the receipts date
    ("2026-02-15", (7_000, 0, 0), (6_000, 0, 0), (80_000, 40_000, 52)),
    ("2026-02-28", (7_000, 0, 0), (6_000, 0, 0), (80_000, 40_000, 52)),
    # 2026-04-30: Zulu 85 days past due (02-04), Whisky 87 (02-02), Yank 141 (12-10)
    ("2026-04-30", (7_000, 7_000, 85), (6_000, 6_000, 87), (80_000, 80_000, 141)),
])
def test_a_december_order_shipped_in_january_on_next_years_workbook(
        tmp_path: Path, as_of: str, zulu: tuple[float, float, int],
        whisky: tuple[float, float, int], yank: tuple[float, float, int]) -> None:
    """Zulu's December order shipped in January is owed from that shipment, on 2026's
    workbook as on any later tab: on 2026-04-30 it is 85 days past due with an average
    order of 7,000, black-listed beside Whisky. Before, the 1月 tab's row, dated December,
    was a balance brought forward whose ship date was dropped: Zulu's invoice never shipped,
    owed nothing and Zulu stayed off the black list."""
    db = tmp_path / "firm.sqlite"
    month_by_month(db, *_two_years(tmp_path / "ledgers"))
    analysis = at(db, as_of)

    def owed(name: str) -> tuple[float, float, int]:
        c = customer(analysis, name)
        return c.open_amount, c.overdue_amount, c.max_days_overdue

    assert (owed("Zulu"), owed("Whisky"), owed("Yank")) == (zulu, whisky, yank)
    black = sorted(c.customer for c in analysis.customers if c.list == "black")
    # Yank's average order is 40,000: black by its exposure (80,000 over 30 days late) only
    assert black == (["Whisky", "Yank", "Zulu"] if as_of == "2026-04-30" else [])


def test_the_reference_import_agrees_on_carried_rows_that_ship_cancel_and_dispute(
        tmp_path: Path) -> None:
    spring = _spring(tmp_path / "spring", "3月")
    years = _two_years(tmp_path / "years")
    _same_import(tmp_path / "db", *[[f] for f in spring], *[[f] for f in years])
    with connect(tmp_path / "db" / "slow.sqlite") as conn:  # the reference's own reading
        stored = {tuple(r) for r in conn.execute(
            "SELECT o.order_no, o.status, l.ship_date, l.status FROM orders o "
            "JOIN order_lines l ON l.order_id = o.id WHERE o.order_no IN ('H-1', 'F-1', 'Z-1')")}
    assert stored == {("H-1", None, "2025-03-05", None),
                      ("F-1", "cancelled", "2025-01-25", "cancelled"),
                      ("Z-1", None, "2026-01-05", None)}
