"""fix60h: a wire whose sum is one open invoice's, less at most the bank's charge (the
tolerance), pays that invoice before the pool's oldest-first rule spends anything of it
(core.analysis.account.Matches).

On the 100k bench every wire is its invoice less a 25 charge, yet buyers carried hundreds open:
once one invoice was left short past the tolerance, each later wire paid oldest first filled
that gap and left its own invoice the gap and its charge short, 25 more each time (Albion Home
Retail 4: 925 open, 58 days, watch). A clerk reads each row: the wire on it paid it, less the
bank's 25. Money matching no invoice (a lump for two, a part payment) pays the oldest as
before; of two invoices a wire matches, its own row's pays, else the older.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import account_ledgers as books
import pytest
from account_cli import customers, imported, invoice, open_invoices
from ledgers import write_xlsx

d = date.fromisoformat
AS_OF = d("2025-06-30")
HEAD = ["发票号", "客户", "下单日期", "产品", "金额", "币种", "付款方式", "出货日期", "已收金额",
        "收款日期"]
REGISTER = ["收款日期", "付款人", "收款金额", "币种", "备注"]


def _register(rows: list[list[object]]) -> tuple[list[list[object]], list[list[object]]]:
    """The same book with each row's money moved to a 收款登记 tab naming no invoice."""
    sales, paid = [rows[0]], [REGISTER]
    for row in rows[1:]:
        sales.append([*row[:8], None, None])
        if row[8]:
            paid.append([row[9], row[1], row[8], row[5], "TT"])
    return sales, paid


@pytest.mark.parametrize("layout", ["cell", "register"])
def test_bank_charges_stay_on_their_own_invoices(tmp_path: Path, layout: str):
    """Porto's twelve invoices, each paid by its wire less 25, INV-303's 80 short
    (tests/account_ledgers.bank_charges_wire_by_wire), each wire in its row's 已收金额 or on a
    收款登记 tab naming no invoice. Hand count: eleven paid less the bank's 25; INV-303 80 open,
    a small remainder (under 200): nothing overdue, no watch. Before: the 80 gap rode on from
    wire to wire, 25 more each time: INV-312 305 open, 39 days past due at the receipts date
    06-28, watch."""
    rows = books._charged_rows()
    sheets = {"2025": rows} if layout == "cell" else dict(zip(("2025", "收款登记"),
                                                              _register(rows), strict=True))
    db = imported(tmp_path / "firm.sqlite", write_xlsx(tmp_path / "台账.xlsx", sheets))
    porto = customers(db, AS_OF)["by_name"][books.CHARGED_CUSTOMER]
    assert open_invoices(porto) == {"INV-303": 80.0}, "was INV-312 305 open"
    assert (porto["max_days_overdue"], porto["small_remainders"]) == (0, 80.0)
    assert porto["list"] not in ("watch", "black"), porto["list_reason"]
    assert invoice(porto, "INV-312")["received"] == 14_195.0  # 14,220 less 25


def _sale(no: str, buyer: str, ordered: str, amount: float, paid: float | None = None,
          on: str | None = None) -> list[object]:
    """A sale shipped a week after its order, OA 30 days; `paid` in its row on `on`."""
    shipped = date.fromordinal(d(ordered).toordinal() + 7)
    return [no, buyer, d(ordered), "Cotton towels", amount, "USD", "OA 30 days", shipped, paid,
            d(on) if on else None]


def test_a_wire_of_one_invoice_s_sum_pays_it_though_an_older_is_open(tmp_path: Path):
    """Riga withholds INV-501 (10,000, due 04-07) and pays INV-502 (6,000) 5,975 in its row
    on 05-20: INV-502 paid less its charge, INV-501 10,000 open (before: 5,975 paid INV-501,
    4,025 and 6,000 open). Oslo's two 7,200 invoices, 7,175 in the newer's row: the newer paid,
    the older 7,200 open (before: the older paid). Tallinn's lump 8,975 in INV-703's row is
    INV-703's and INV-702's sum less 25: those two paid, INV-701's 4,000 open (fix61a, rv60e
    R1; it paid the oldest first, INV-701, then 4,975 of INV-702). Controls, as before:
    Bergen's same two, 7,175 on the 收款登记 tab naming neither: the older paid; Vilnius's part
    payment 2,500 in INV-802's row pays the older INV-801."""
    rows = [HEAD,
            _sale("INV-501", "Riga Home SIA", "2025-03-01", 10_000),
            _sale("INV-502", "Riga Home SIA", "2025-04-01", 6_000, 5_975, "2025-05-20"),
            _sale("INV-511", "Oslo Bord AS", "2025-03-03", 7_200),
            _sale("INV-512", "Oslo Bord AS", "2025-03-20", 7_200, 7_175, "2025-05-21"),
            _sale("INV-521", "Bergen Bord AS", "2025-03-03", 7_200),
            _sale("INV-522", "Bergen Bord AS", "2025-03-20", 7_200),
            _sale("INV-701", "Tallinn Koda OU", "2025-03-05", 4_000),
            _sale("INV-702", "Tallinn Koda OU", "2025-03-25", 6_000),
            _sale("INV-703", "Tallinn Koda OU", "2025-04-02", 3_000, 8_975, "2025-05-22"),
            _sale("INV-801", "Vilnius Namai UAB", "2025-03-06", 20_000),
            _sale("INV-802", "Vilnius Namai UAB", "2025-04-03", 2_400, 2_500, "2025-05-23")]
    paid = [REGISTER, [d("2025-05-21"), "Bergen Bord AS", 7_175, "USD", "TT"]]
    path = write_xlsx(tmp_path / "台账.xlsx", {"台账": rows, "收款登记": paid})
    people = customers(imported(tmp_path / "firm.sqlite", path), AS_OF)["by_name"]
    found = {name: open_invoices(people[name]) for name in (
        "Riga Home SIA", "Oslo Bord AS", "Bergen Bord AS", "Tallinn Koda OU",
        "Vilnius Namai UAB")}
    assert found == {
        "Riga Home SIA": {"INV-501": 10_000.0},  # was 4,025 and 6,000
        "Oslo Bord AS": {"INV-511": 7_200.0},  # was INV-512 7,200
        "Bergen Bord AS": {"INV-522": 7_200.0},
        "Tallinn Koda OU": {"INV-701": 4_000.0},  # was INV-702 1,025, INV-703 3,000
        "Vilnius Namai UAB": {"INV-801": 17_500.0, "INV-802": 2_400.0},
    }
