"""pay39 (5): a 代付 note naming its customer written otherwise than the orders' file writes it
(case, spaces, full-width brackets, a comma, Ltd./Limited) (core.ledger.paid_for.named_key).

The bank slips' workbook (Orbit Trading (HK) Ltd's 8,800 and 9,100), with or without their
invoice numbers, is imported before the orders' file selling them to the customer the notes
name. Hand count: 17,900 sold, 17,900 paid for it: nothing open, no payer customer. Before
(Ltd./Limited, "Tech, LLC"): the numbered slips' report advised undoing the import as two
orders sharing a number; the numberless slips stayed the payer's, 17,900 on account, the
customer 17,900 open and black-listed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from account_cli import customers
from ledgers import write_xlsx
from test_stop38_paid_for_stored import ORBIT, PAYER

from core.ledger.importer import import_files
from core.ledger.report import import_report

NAMES = [("Orbit Tech LLC", "代Orbit Tech, LLC付款"),
         ("Orbit Tech LLC", "代 ORBIT  TECH L.L.C. 付款"),
         ("Orbit Tech (HK) Ltd.", "代orbit tech（hk）limited付款"),
         ("Orbit Tech (HK) Limited", "代Orbit Tech (HK) Ltd付款")]


def _slips_then_orders(tmp_path: Path, customer: str, note: str, numbered: bool
                       ) -> tuple[dict[str, dict[str, object]], str]:
    """The slips (with their invoice numbers or none), then the orders' file selling to
    `customer`: the customers by name and the orders' file's report."""
    slips = [[day, number, PAYER, sum_, "USD", note]
             for day, number, sum_ in ((date(2026, 6, 15), "SZ260508", 8_800),
                                       (date(2026, 10, 15), "SZ260908", 9_100))]
    header = ["收款日期", "发票号", "客户名称", "收款金额", "币种", "备注"]
    columns = range(6) if numbered else (0, 2, 3, 4, 5)  # 发票号 left out: numberless
    slips_file = write_xlsx(tmp_path / "收款11月.xlsx", {"收款": [
        [cells[i] for i in columns] for cells in (header, *slips)]})
    orders = write_xlsx(tmp_path / "订单.xlsx", {"订单": [
        ORBIT[0], *([*line[:1], customer, *line[2:]] for line in ORBIT[1:3]), ORBIT[3]]})
    results = import_files(tmp_path / "firm.sqlite", [slips_file, orders])
    assert [r.status for r in results] == ["imported", "imported"]
    return (customers(tmp_path / "firm.sqlite", date(2026, 11, 6))["by_name"],
            import_report(results[1]))


@pytest.mark.parametrize("numbered", [True, False], ids=["numbered", "numberless"])
@pytest.mark.parametrize(("customer", "note"), NAMES)
def test_a_paid_for_note_naming_its_customer_otherwise_is_its_money(tmp_path: Path,
                                                                   customer, note, numbered):
    found, report = _slips_then_orders(tmp_path, customer, note, numbered)
    assert (found[customer]["open_amount"], found[customer]["credit_on_account"]) == (0.0, 0.0)
    assert PAYER not in found, "was a customer with 17,900 on account"
    assert "share a number" not in report
    assert f"{customer} ({PAYER}, 收款11月.xlsx “收款” row 3)" in report


def test_a_name_only_alike_is_no_customer_s(tmp_path: Path):
    """"代Orbit Home付款" beside Orbit Tech LLC: another name, the slips stay the payer's.
    Unchanged."""
    found, _report = _slips_then_orders(tmp_path, "Orbit Tech LLC", "代Orbit Home付款", False)
    assert found[PAYER]["credit_on_account"] == 17_900.0
    assert found["Orbit Tech LLC"]["open_amount"] == 17_900.0
