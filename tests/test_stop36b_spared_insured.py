"""Why a big buyer long past due is not black-listed says which figure it weighed.

Warsaw's WA-1 is 60,000 USD on OA 30 days, insured with 中信保 (90 %), shipped 2026-01-01 and
due 2026-01-31, not paid: 132 days past due on 2026-06-12 (receipts are booked to Oslo's
payment of that day). Its average order of 60,000 USD is not small, and what the exposure
trigger weighs is the uninsured 10 %: 6,000 USD, under the 50,000 USD limit, so Warsaw is on
the watch list, not the black list: right. But the reason said "6,000 USD overdue more than 30
days is under the 50,000 USD limit" beside an overdue column of 60,000 USD: the owner read a
figure a tenth of what the buyer owes, with nothing saying it is the share the insurer leaves
to the firm. It now says so, as the black list's exposure reason does. Put in a group with
Gdansk (owing nothing), the figure weighed is the group's, and the reason names the group.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ledgers import write_xlsx

from core.cli.main import main

HEADER = ["合同号", "客户名称", "下单日期", "出货日期", "金额", "币种", "付款方式", "已收金额",
          "收款日期", "信保"]
ROWS = [["OS-1", "Oslo Living", date(2026, 3, 1), date(2026, 3, 20), 30_000, "USD",
         "T/T in advance", 30_000, date(2026, 6, 12), None],
        ["WA-1", "Warsaw Import", date(2025, 12, 1), date(2026, 1, 1), 60_000, "USD",
         "OA 30 days", None, None, "中信保"],
        ["GD-1", "Gdansk Import", date(2026, 2, 1), date(2026, 2, 10), 5_000, "USD",
         "T/T in advance", 5_000, date(2026, 2, 5), None]]


def _warsaw(db: Path, capsys) -> dict:  # type: ignore[no-untyped-def, type-arg]
    capsys.readouterr()
    assert main(["--lang", "en", "customers", "--db", str(db), "--as-of", "2026-06-15",
                 "--json"]) == 0
    found = json.loads(capsys.readouterr().out)["customers"]
    return {c["customer"]: c for c in found}["Warsaw Import"]


def test_the_spared_reason_says_the_figure_is_net_of_insurance(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    book = write_xlsx(tmp_path / "台账.xlsx", {"台账": [HEADER, *ROWS]})
    db = tmp_path / "firm.sqlite"
    assert main(["--lang", "en", "import", "--db", str(db), str(book)]) == 0
    warsaw = _warsaw(db, capsys)
    assert (warsaw["list"], warsaw["overdue_amount"], warsaw["max_days_overdue"]) == (
        "watch", 60_000, 132)
    assert warsaw["spared"]["text"] == (
        "not on the black list, though 132 days past due: its average order of 60,000 USD is "
        "not under 20,000 USD, and of the 60,000 USD it owes overdue more than 30 days, 6,000 "
        "USD net of deposits held and its 90% insured share is under the 50,000 USD limit")
    assert main(["--lang", "en", "customer", "group", "--db", str(db), "--as", "Baltic",
                 "Warsaw Import", "Gdansk Import"]) == 0
    warsaw = _warsaw(db, capsys)
    assert warsaw["spared"]["text"] == (
        "not on the black list, though 132 days past due: its average order of 60,000 USD is "
        "not under 20,000 USD, and its group “Baltic” has 6,000 USD overdue more than 30 days "
        "net of deposits held and insurance, under the 50,000 USD limit")
