"""fix35f: what the names of two unmarked copies say of which was saved later (an older
copy's word, numbers as numbers), and the rules proved wrong on main after dates35. Each
test's docstring gives the hand count and what the user saw before."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from reference_import import reference_import_files
from test_dates35 import _open
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name
from test_lists_audit30 import HEADER, row
from test_other_tabs_beside_payments_fix35b import PAYMENTS
from test_recv33 import CAIRO
from test_recv_order32 import MONTHLY

from core.ledger.file_copies import named_later
from core.ledger.importer import import_files
from core.rates import Rates
from core.store import connect

# (the older copy, the later-saved) of one month's file, neither with a copy's mark
_PAIRS = [("台账 2025-04 最终版 (旧).xlsx", "台账 2025-04 最终.xlsx"),
          ("台账 2025-04 v2.xlsx", "台账 2025-04 v10.xlsx"),
          ("台账 2025-04 5.5.xlsx", "台账 2025-04 5.12.xlsx"),
          ("台账 2025-04 备份.xlsx", "台账 2025-04.xlsx"),
          ("台账 2025-04 修改前.xlsx", "台账 2025-04.xlsx"),
          ("台账 2025-04 backup.xlsx", "台账 2025-04.xlsx"),
          ("台账 2025-04.xlsx", "台账 2025-04 最终.xlsx")]


@pytest.mark.parametrize(("older", "later"), _PAIRS)
@pytest.mark.parametrize("later_first", [False, True])
def test_the_later_saved_copy_by_what_its_name_says(tmp_path: Path, older: str, later: str,
                                                    later_first: bool) -> None:
    """本月收款: Cairo C-1 (11,000, shipped 03-20) 5,000 on 04-20 in the older copy, 4,500 in
    the later-saved, rows of both to 04-28. Hand count: 11,000 - 4,500 = 6,500 open at 04-30
    in either order. Before: …最终版 (旧) extends …最终, v2 sorts after v10 as text, …备份
    extends the plain name: the older's 5,000 kept, Cairo 6,000."""
    def month(paid: float) -> list[list[object]]:
        return [[*MONTHLY], row("C-1", CAIRO, "2025-03-05", 11_000, "2025-03-20", paid,
                             "2025-04-20", status="上月结转"),
                row("Y-1", "Yaounde", "2025-04-28", 1_000, None)]
    folder = tmp_path / "ledgers"
    paths = [write_xlsx(folder / "older" / older, {"台账": month(5_000)}),
             write_xlsx(folder / "later" / later, {"台账": month(4_500)})]
    _same_import(tmp_path, *[[p] for p in (paths[::-1] if later_first else paths)])
    assert _open(tmp_path / "fast.sqlite", "2025-04-30") == [6_500]


def test_names_that_say_nothing_leave_the_file_imported_last() -> None:
    """Two words (张 / 李): neither is later by its name, in either order (the file imported
    last counted, as before dates35), not the one whose text sorts later."""
    assert not named_later("台账 2025-04 张.xlsx", "台账 2025-04 李.xlsx")
    assert not named_later("台账 2025-04 李.xlsx", "台账 2025-04 张.xlsx")
    assert named_later("台账 2025-04 v10.xlsx", "台账 2025-04 v2.xlsx")


@pytest.mark.parametrize("saved", ["RMB", "人民币"])
def test_a_rate_the_firm_saved_as_rmb_prices_its_cny(tmp_path: Path, saved: str) -> None:
    """A database of the release whose rate check took any three letters: the firm's rate
    saved as RMB, 0.14 from 2025 (the seeded CNY 0.1389 from 2000), the ledger's RMB stored
    as CNY by the upgrade. Hand count: Rmb Buyer's 100,000 CNY of 2025-04-02 is 14,000 USD.
    Before: the seed's 13,890, the firm's rate never used."""
    db = tmp_path / "fast.sqlite"
    for each in (db, tmp_path / "slow.sqlite"):
        with connect(each) as conn:
            conn.execute("INSERT INTO currency_rates VALUES (?, '2025-01-01', 0.14)", (saved,))
            rates = Rates(conn, "USD")
    assert [rates.usd_per_unit("CNY", day) for day in ("2024-06-01", "2025-04-02")] == [
        0.14, 0.14]
    sale = row("R-1", "Rmb Buyer", "2025-04-02", 100_000, "2025-04-05")
    sale[4] = "RMB"
    path = write_xlsx(tmp_path / "ledgers" / "台账 2025-04.xlsx", {"台账": [[*HEADER], sale]})
    _same_import(tmp_path, [path])
    assert round(by_name(at(db, date(2025, 4, 30)))["Rmb Buyer"].revenue_12m) == 14_000


def test_a_year_late_payment_in_a_year_s_book_is_no_typo(tmp_path: Path) -> None:
    """台账 2025.xlsx, one tab, kept through 2025 (Tunis's monthly orders, the last paid
    2025-12-25): Lima's L-1 3,000 (shipped 2025-03-08, OA 30) really paid 2026-05-10, 13
    months late. Hand count: 3,000 open and overdue at 2025-12-31, no typo named. Before:
    read as 2025-05-10 (the year's every day nearer the year than any day past it): Lima
    paid, 0 open, off the stop-loss list."""
    rows = [[*HEADER], row("L-1", "Lima Co", "2025-03-05", 3_000, "2025-03-08", 3_000,
                           "2026-05-10")]
    rows += [row(f"T-{m}", "Tunis Trade", f"2025-{m:02d}-02", 1_000, f"2025-{m:02d}-05",
                 1_000, f"2025-{m:02d}-25") for m in range(1, 13)]
    [result] = _same_import(tmp_path, [write_xlsx(tmp_path / "ledgers" / "台账 2025.xlsx",
                                                  {"台账": rows})])
    db = tmp_path / "fast.sqlite"
    assert _open(db, "2025-06-30", "2025-12-31", customer="Lima Co") == [3_000, 3_000]
    assert not [w for w in result.warnings if w.code == "date_year_typo"]


def test_a_year_s_first_range_tab_holding_the_last_december(tmp_path: Path) -> None:
    """台账 2025.xlsx in two-month tabs (12-1月, 2-3月, 10-11月), 本月收款; 12-1月 holds Dec
    2024 – Jan 2025: C-1 20,000 ordered 2024-12-05 (shipped 12-10) with 5,000 and no date.
    Hand count: the 5,000 in by 2025-01-31: Cairo owes 15,000 from then. Before: the name's
    year taken as the range's first: counted on 2026-01-31, 20,000 open through 2025."""
    path = write_xlsx(tmp_path / "ledgers" / "台账 2025.xlsx", {
        "12-1月": [[*MONTHLY], row("C-1", CAIRO, "2024-12-05", 20_000, "2024-12-10", 5_000),
                  row("C-2", CAIRO, "2025-01-06", 3_000, "2025-01-08", 3_000, "2025-01-20")],
        "2-3月": [[*MONTHLY], row("N-2", "Nile Co", "2025-02-03", 1_000, "2025-02-05", 1_000,
                                 "2025-03-01")],
        "10-11月": [[*MONTHLY], row("N-3", "Nile Co", "2025-10-03", 1_000, "2025-10-05",
                                   1_000, "2025-11-01")]})
    _same_import(tmp_path, [path])
    assert _open(tmp_path / "fast.sqlite", "2025-01-31", "2025-06-30", "2025-12-31") == [
        15_000, 15_000, 15_000]


@pytest.mark.parametrize("run_import", [import_files, reference_import_files])
def test_an_order_tab_of_dates_currency_and_terms_refuses_its_payments_alone(
        tmp_path: Path, run_import: Callable[..., list]) -> None:
    """台账2025-04.xlsx: 4月 headed 下单日期/客户名称/国家/业务员/成交额/币种/付款方式 (no order
    number, no product) beside 收款 (Nordic 5,000, Sydney 3,000). Hand count: its sales cannot
    be read without their amount: refused, naming 4月 and 成交额. Before: imported with 收款
    alone, Nordic 5,000 and Sydney 3,000 in credit, revenue 0."""
    path = write_xlsx(tmp_path / "台账2025-04.xlsx", {
        "4月": [["下单日期", "客户名称", "国家", "业务员", "成交额", "币种", "付款方式"],
               [date(2025, 4, 2), "Nordic Living AB", "瑞典", "王芳", 5000, "USD", "T/T"],
               [date(2025, 4, 3), "Sydney Kitchen Pty", "澳大利亚", "李明", 3000, "USD", "OA"]],
        "收款": PAYMENTS})
    [result] = run_import(tmp_path / "firm.sqlite", [path])
    assert result.status == "refused" and result.message.code == "missing_required_field"
    assert "“4月”" in result.message.text and "“成交额”" in result.message.text
