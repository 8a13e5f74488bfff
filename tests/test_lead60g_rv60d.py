"""rv60d's findings on fix60h's match of a wire to the invoice its sum fits, narrowed
(snapshots-42). A buyer with an old invoice 5,000 (due 04-07, 84 days late at 06-30) and a new
one 6,000 (due 07-01) wires 5,975 on 06-25: the new one's sum less a 25 charge.

- Money on an invoice's own row pays that invoice or, not fitting it, the oldest: never another
  invoice its sum fits (5,975 on the old row went to the new one, the old left black; a part
  payment of a 6,500 row shown unpaid, 6,000 paid instead: rv60d A7, A7b, A10).
- A note saying the money is an earlier debt's or another order's (补上次欠款, 上月货款, 付上次
  欠款及本单部分 on the register or on the new row; 付A6-1 on A6-2's row) stops the match: the
  oldest is paid, as the clerk wrote (read as the new invoice's, the old one 84 days, black:
  rv60d A1, A2, A5, A6, A9, A11).
- Controls: a plain "TT" wire of the new invoice's sum less 25 still pays it, the old one left
  84 days late, black (fix60h); a wire of the new invoice's exact sum pays the oldest.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from account_cli import customers, imported, open_invoices
from ledgers import write_xlsx

HEAD = ["发票号", "客户", "下单日期", "产品", "金额", "币种", "付款方式", "出货日期", "已收金额",
        "收款日期", "状态", "备注"]
REG = ["收款日期", "付款人", "收款金额", "币种", "备注"]
WIRE = date(2025, 6, 25)
PAID_OLD = (5025, 0, None, {"X-2": 5025})


def _sale(no: str, ordered: date, amount: float, paid: float | None = None,
          note: str | None = None) -> list[object]:
    shipped = date.fromordinal(ordered.toordinal() + 7)
    return [no, "Xian Home Ltd", ordered, "Cotton towels", amount, "USD", "OA 30 days", shipped,
            paid, WIRE if paid else None, None, note]


def _seen(tmp_path: Path, old: list[object], new: list[object], register: list[list[object]]
          ) -> tuple[object, ...]:
    other = ["INV-999", "Other Co", date(2025, 6, 20), "x", 1000, "USD", "T/T",
             date(2025, 6, 27), 1000, date(2025, 6, 30), None, None]
    book = write_xlsx(tmp_path / "台账.xlsx", {"台账": [HEAD, old, new, other],
                                               "收款登记": [REG, *register]})
    db = imported(tmp_path / "firm.sqlite", book)
    c = customers(db, date(2025, 6, 30))["by_name"]["Xian Home Ltd"]
    return (round(c["open_amount"] or 0), c["max_days_overdue"],
            c["list"] if c["list"] in ("black", "watch") else None,
            {k: round(v) for k, v in sorted(open_invoices(c).items())})


def _wire(note: str, amount: float = 5975) -> list[list[object]]:
    return [[WIRE, "Xian Home Ltd", amount, "USD", note]]


OLD, NEW = date(2025, 3, 1), date(2025, 5, 25)


@pytest.mark.parametrize("note", ["补上次欠款", "上月货款", "付上次欠款及本单部分"])
def test_a_register_note_naming_an_earlier_debt_pays_the_oldest(tmp_path: Path,
                                                                 note: str) -> None:
    assert _seen(tmp_path, _sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000),
                 _wire(note)) == PAID_OLD


@pytest.mark.parametrize("note", ["补上次欠款", "付X-1"])
def test_a_row_note_naming_an_earlier_debt_or_another_order_pays_the_oldest(
        tmp_path: Path, note: str) -> None:
    assert _seen(tmp_path, _sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000, 5975, note),
                 []) == PAID_OLD


def test_money_on_an_invoices_own_row_pays_it_or_the_oldest(tmp_path: Path) -> None:
    assert _seen(tmp_path, _sale("X-1", OLD, 5000, 5975), _sale("X-2", NEW, 6000),
                 []) == PAID_OLD


def test_a_part_payment_on_its_own_row_stays_on_it(tmp_path: Path) -> None:
    assert _seen(tmp_path, _sale("X-1", OLD, 6500, 5975), _sale("X-2", NEW, 6000), []) == (
        6525, 84, "black", {"X-1": 525, "X-2": 6000})


def test_a_plain_wire_still_pays_the_invoice_it_fits(tmp_path: Path) -> None:
    """Control (fix60h): the old one left 84 days late, black."""
    assert _seen(tmp_path, _sale("X-1", OLD, 5000), _sale("X-2", NEW, 6000),
                 _wire("TT")) == (5000, 84, "black", {"X-1": 5000})
