"""fix60n: a wire matched to an invoice by its sum less a bank charge (fix60h,
core.analysis.account.Matches) weighs what the invoice had open on the wire's day: a credit
note naming it, dated after the wire, was not there yet.

A clerk reads the book in order: on 06-25 the new invoice had its whole 10,000 open, so the
5,975 wire fitted nothing and paid the oldest; the 4,000 credit note of 06-28 came later.
Read with the note already taken off, the wire "fitted" the new invoice (6,000 less 25) and
the old 5,000 stood 84 days past due: black-listed for a debt the buyer had paid.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from account_cli import customers, imported, open_invoices
from ledgers import write_xlsx

d = date.fromisoformat
AS_OF = d("2025-06-30")
HEAD = ["发票号", "客户", "下单日期", "产品", "金额", "币种", "付款方式", "出货日期", "已收金额",
        "收款日期", "状态", "备注"]
REGISTER = ["收款日期", "付款人", "收款金额", "币种", "备注"]


def _sale(no: str, buyer: str, ordered: str, amount: float, note: str | None = None
          ) -> list[object]:
    """A sale shipped a week after its order, OA 30 days, nothing paid in its row."""
    shipped = date.fromordinal(d(ordered).toordinal() + 7)
    return [no, buyer, d(ordered), "Cotton towels", amount, "USD", "OA 30 days", shipped, None,
            None, None, note]


def _note(no: str, buyer: str, day: str, amount: float, names: str) -> list[object]:
    """A credit note (红字冲销) row: a negative amount, dated, naming the invoice it takes off."""
    return [no, buyer, d(day), "退货", amount, "USD", None, None, None, None, None,
            f"{names}退货"]


def test_a_credit_note_dated_after_the_wire_does_not_make_it_fit(tmp_path: Path):
    """Malmo: MA-1 5,000 (ordered 03-01, due 04-07), MA-2 10,000 (ordered 05-25, due
    07-01); a 5,975 wire on the 收款登记 tab 06-25 naming neither; a 4,000 credit note on INV-2
    dated 06-28. Hand: on 06-25 INV-2 had 10,000 open, no fit: the wire pays INV-1, its 975
    rest INV-2; INV-2 5,025 open, not due, no list (before: INV-1 5,000 open 79 days past due
    at the last receipt, 06-25: black).
    Control Lund, the same with the note dated 06-20, before the wire: INV-2 had 6,000 open,
    the wire is its sum less 25 and pays it (fix60h); INV-1 5,000 open 79 days, black."""
    rows = [HEAD,
            _sale("MA-1", "Malmo Hem AB", "2025-03-01", 5_000),
            _sale("MA-2", "Malmo Hem AB", "2025-05-25", 10_000),
            _note("CN-MA", "Malmo Hem AB", "2025-06-28", -4_000, "MA-2"),
            _sale("LU-1", "Lund Hem AB", "2025-03-01", 5_000),
            _sale("LU-2", "Lund Hem AB", "2025-05-25", 10_000),
            _note("CN-LU", "Lund Hem AB", "2025-06-20", -4_000, "LU-2")]
    paid = [REGISTER, [d("2025-06-25"), "Malmo Hem AB", 5_975, "USD", "TT"],
            [d("2025-06-25"), "Lund Hem AB", 5_975, "USD", "TT"]]
    path = write_xlsx(tmp_path / "台账.xlsx", {"台账": rows, "收款登记": paid})
    people = customers(imported(tmp_path / "firm.sqlite", path), AS_OF)["by_name"]
    malmo, lund = people["Malmo Hem AB"], people["Lund Hem AB"]
    assert open_invoices(malmo) == {"MA-2": 5_025.0}, "was MA-1 5,000 open"
    assert malmo["max_days_overdue"] == 0
    assert malmo["list"] not in ("watch", "black"), malmo["list_reason"]
    assert open_invoices(lund) == {"LU-1": 5_000.0}
    assert (lund["max_days_overdue"], lund["list"]) == (79, "black")
