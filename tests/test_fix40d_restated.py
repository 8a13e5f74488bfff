"""fix40d F3: a sale row's own received total restated on a 收款 row (金额 0 or blank) at the
bank's value day (a few banking days later) or net of the bank's charge is the same money,
in one file, either tab first (core.ledger.booked_twice._restated). Two part payments stay two.
(A 收款 file of its own restating it a few days on is left: the analysis holds no sale's note
to tell a wire reference by.) MT-1 15,000 of 03-01, shipped 03-05, OA 30 days; figures at 06-30."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_fast_import import _same_import
from test_lists_audit28 import at, by_name, d

SALES = ["合同号", "客户", "下单日期", "产品", "金额", "币种", "付款方式", "出货日期", "实收金额",
         "收款日期", "备注"]
PAID = ["合同号", "客户", "下单日期", "金额", "实收金额", "收款日期", "备注"]


def sale(received: float | None = 15_000, on: str | None = "2025-04-10") -> list[object]:
    return ["MT-1", "Mumbai Mart", d("2025-03-01"), "Sofa", 15_000, "USD", "OA 30 days",
            d("2025-03-05"), received, d(on) if on else None, None]


def paid(on: str, received: float, note: str | None = None, amount: float | None = 0
         ) -> list[object]:
    return ["MT-1", "Mumbai Mart", d("2025-03-01"), amount, received, d(on), note]


def _account(db: Path) -> tuple[float, float, float]:
    who = by_name(at(db, d("2025-06-30")))["Mumbai Mart"]
    return round(who.open_amount, 2), round(who.credit_on_account, 2), round(who.revenue_12m, 2)


def _every_order(tmp_path: Path, files: dict[str, dict[str, list[list[object]]]]
                 ) -> list[tuple[float, float, float]]:
    """The account after the files imported one by one in every order, and all together."""
    found = []
    rounds = [[[name] for name in order] for order in itertools.permutations(files)]
    if len(files) > 1:
        rounds.append([list(files)])
    for number, names in enumerate(rounds):
        folder = tmp_path / str(number)
        folder.mkdir(parents=True)
        paths = {name: write_xlsx(folder / name, sheets) for name, sheets in files.items()}
        results = _same_import(folder, *[[paths[n] for n in group] for group in names])
        # a 收款 file with 金额 blank alone is refused (no sale to read), as before
        assert results[-1].status == "imported", [r.status for r in results]
        found.append(_account(folder / "fast.sqlite"))
    return found


@pytest.mark.parametrize(("on", "received", "note"), [
    ("2025-04-12", 15_000, "水单"),  # the bank's value day, two banking days on
    ("2025-04-14", 15_000, None),  # a weekend between: 2 banking days
    ("2025-04-10", 14_975, "扣费25"),  # net of the bank's charge
    ("2025-04-11", 14_975, "bank charges 25"),  # both
])
@pytest.mark.parametrize("tabs", [("台账", "收款"), ("收款", "台账")])
def test_the_sale_s_own_receipt_restated_in_one_file(tmp_path: Path, on: str, received: float,
                                                     note: str | None, tabs):
    """The 收款 tab restates the sale row's 15,000 of 04-10 (金额 0). Hand count: paid in
    full, 0 open, nothing on account. Before: at the value day, 15,000 (or 14,975) on
    account."""
    sheets = {"台账": [SALES, sale()], "收款": [PAID, paid(on, received, note)]}
    assert _every_order(tmp_path, {"台账 2025-04.xlsx": {t: sheets[t] for t in tabs}}) == [
        (0, 0, 15_000)]


def test_two_part_payments_stay_two(tmp_path: Path):
    """The sale row says 7,500 received by 04-10 (half paid); the 收款 tab lists that 7,500
    and the second half on 04-12: 15,000 paid, 0 open, nothing on account. And with only the
    04-12 half on the 收款 tab: money of its own too (the row's 7,500 covers no 15,000)."""
    both = {"台账": [SALES, sale(7_500)],
            "收款": [PAID, paid("2025-04-10", 7_500), paid("2025-04-12", 7_500)]}
    later = {"台账": [SALES, sale(7_500)], "收款": [PAID, paid("2025-04-12", 7_500)]}
    assert _every_order(tmp_path / "both", {"台账 2025-04.xlsx": both}) == [(0, 0, 15_000)]
    assert _every_order(tmp_path / "later", {"台账 2025-04.xlsx": later}) == [(0, 0, 15_000)]


def test_a_later_wire_beyond_the_window_is_money_of_its_own(tmp_path: Path):
    """15,000 again three weeks later (05-02) is no value day of 04-10's: 15,000 on account,
    as before."""
    sheets = {"台账": [SALES, sale()], "收款": [PAID, paid("2025-05-02", 15_000)]}
    assert _every_order(tmp_path, {"台账 2025-04.xlsx": sheets}) == [(0, 15_000, 15_000)]
