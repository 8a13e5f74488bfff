"""A payments workbook whose other tab is no order tab: a list of customers, of balances
owed, of money not yet claimed (fix35b).

dialog35 refused a file whose payments tab was read while an order tab was passed over for
one column (1月 and 2月 headed 成交额): their payments alone made the buyers look paid in
advance. But it counted as an order tab any tab lacking one required column, and refused
workbooks that had imported before: a 客户 tab (客户名称, 国家, 业务员, 信用额度, 签约日期; its
签约日期 read as an order date, so it "lacked" only an amount, and the dialog asked for one:
信用额度 chosen would have imported a 50,000 credit limit as a sale), a bank's 待认领 tab of
日期/金额/摘要, an aging tab of 客户/日期/应收余额. Now a tab is an order tab by its headers: its
customer named, and a column only sales have, or else an order number and no balance or
credit limit as its figure. The others are passed over, named, and the payments imported.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from ledgers import write_xlsx
from reference_import import reference_import_files
from test_import_tabs_screens34 import mapping_page, tabs_shown

from core import i18n
from core.cli.main import run
from core.ledger.importer import import_files
from ui.importing.tabs_table import TAB, TAKEN

Import = Callable[..., list]
PAYMENTS = [["客户", "收款日期", "收款金额", "币种"],
            ["Nordic Living AB", date(2025, 4, 20), 5000, "USD"],
            ["Sydney Kitchen Pty", date(2025, 4, 22), 3000, "USD"]]
OTHERS = {  # the tab beside 收款, by what it is
    "customer list": ("客户", [["客户名称", "国家", "业务员", "信用额度", "签约日期"],
                               ["Nordic Living AB", "瑞典", "王芳", 50000, date(2023, 1, 5)]]),
    "unclaimed money": ("待认领", [["日期", "金额", "摘要"],
                                   [date(2025, 4, 21), 800, "unknown remitter"]]),
    "balances owed": ("应收", [["客户", "日期", "应收余额"],
                               ["Nordic Living AB", date(2025, 4, 30), 12000]]),
    "balances by order": ("应收明细", [["订单号", "客户", "日期", "应收余额"],
                                       ["PO-7", "Nordic Living AB", date(2025, 4, 30), 12000]]),
}


def _workbook(tmp_path: Path, other: str) -> tuple[Path, str]:
    tab, rows = OTHERS[other]
    return write_xlsx(tmp_path / "收款2025-04.xlsx", {tab: rows, "收款": PAYMENTS}), tab


@pytest.mark.parametrize("run_import", [import_files, reference_import_files])
@pytest.mark.parametrize("other", list(OTHERS))
def test_the_payments_are_imported_and_the_other_tab_passed_over(
        tmp_path: Path, run_import: Import, other: str) -> None:
    """Before (customer list, unclaimed, balances): refused, nothing imported."""
    path, tab = _workbook(tmp_path, other)
    [result] = run_import(tmp_path / "firm.sqlite", [path])
    assert result.status == "imported", result.message
    assert {sheet.name: sheet.rows for sheet in result.sheets} == {"收款": 2}
    assert [sheet.name for sheet in result.passed] == [tab]
    assert result.passed[0].reason.code == "sheet_missing_required"


SALES = ["客户", "下单日期", "产品名称", "数量", "成交额"]  # no order number, a sale's columns


@pytest.mark.parametrize("run_import", [import_files, reference_import_files])
def test_an_order_tab_without_order_numbers_still_refuses_the_payments(
        tmp_path: Path, run_import: Import) -> None:
    """Its product and quantity say it is sales: its payments alone are refused (dialog35)."""
    path = write_xlsx(tmp_path / "台账2025-04.xlsx", {
        "4月": [SALES, ["Nordic Living AB", date(2025, 4, 2), "Pot set", 100, 5000]],
        "收款": PAYMENTS})
    [result] = run_import(tmp_path / "firm.sqlite", [path])
    assert result.status == "refused" and result.message.code == "missing_required_field"
    assert "“4月”" in result.message.text and "“成交额”" in result.message.text


def test_the_command_line_imports_it_and_names_the_customer_list(tmp_path: Path) -> None:
    """Before: exit 1, "sheet “客户” has no column for Amount"."""
    out, err = io.StringIO(), io.StringIO()
    path, _ = _workbook(tmp_path, "customer list")
    code = run(["--lang", "en", "import", str(path), "--db", str(tmp_path / "firm.sqlite")],
               out, err)
    said = out.getvalue() + err.getvalue()
    assert code == 0, said
    assert "Sheet “收款”: header in row 1, 2 rows taken" in said
    assert "Passed over: “客户”" in said and "REFUSED" not in said


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_dialog_lists_the_payments_tab_ready_to_import(qtbot, tmp_path: Path,
                                                           language: str) -> None:
    """Before: the 客户 tab alone listed, refused for want of an amount, Import greyed."""
    path, _ = _workbook(tmp_path, "customer list")
    dialog = mapping_page(qtbot, tmp_path / "firm.sqlite", path, language)
    shown = tabs_shown(dialog)
    i18n.set_language("en")
    assert [(cells[TAB], cells[TAKEN]) for cells in shown] == [("收款", "2")]
    assert not dialog.editor.refusal_label.isVisible()
    assert dialog.import_button.isEnabled()
