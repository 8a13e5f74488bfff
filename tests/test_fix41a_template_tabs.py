"""fix41a F8: a template is told by its example rows, never by a name alone.

A hidden “模板 (2)” (Excel's copy of 模板) the clerk filled with March's order for Oslo AS
12,000 was passed over on its name: Oslo AS gone. A buyer named “Sample Customer Supplies
Ltd” began like the example (Sample Customer): its month was refused as a template, the file
with it. Now both are read: Oslo AS 12,000 and the buyer 9,000, each a customer; the example
itself (示例客户, 示例客户A, Sample Customer 2) stays a template's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_fast_import import _same_import
from test_fix40b_far_tabs import MAR, SHOWN, H, _xlsx

from core.ledger.template_tabs import sample_customer

OSLO = ["PI-7", "Oslo AS", date(2025, 3, 5), 12_000, "USD", 0]


def test_a_hidden_copy_of_the_template_holding_a_buyers_row_is_read(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "t.xlsx", [SHOWN, ("模板 (2)", [H, OSLO], True, False)])
    [result] = _same_import(tmp_path, [path])
    assert result.status == "imported" and result.counts.inserted == 2
    assert result.counts.customers_inserted == 2  # Alpha and Oslo AS
    assert not result.passed


def test_a_buyer_named_like_the_example_is_a_buyer(tmp_path: Path) -> None:
    buyer = ["PI-5", "Sample Customer Supplies Ltd", date(2025, 3, 1), 9_000, "USD", 0]
    path = _xlsx(tmp_path / "t.xlsx", [("3月", [H, MAR, buyer], False, False)])
    [result] = _same_import(tmp_path, [path])
    assert result.status == "imported" and result.counts.inserted == 2
    assert result.counts.customers_inserted == 2


@pytest.mark.parametrize(("name", "example"), [
    ("示例客户", True), ("示例客户A", True), ("Sample Customer 2", True), ("sample-customer", True),
    ("Sample Customer Supplies Ltd", False), ("示例客户贸易有限公司", False),
    ("Example Customer Group", False)])
def test_the_example_is_its_name_exactly(name: str, example: bool) -> None:
    assert sample_customer(name) is example
