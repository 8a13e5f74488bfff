"""The printed action lists read back from the written files, against each customer's figures
(print36).

A ledger written here with openpyxl is imported into a real SQLite file by the app's import,
and the lists are written by the command a user runs (`main.py export`); the workbooks are
read back with openpyxl.

The restructuring plan's "Terms check" told every buyer whose terms were riskier than its tier
carries to "move to L/C or a deposit": a long-tail buyer already paying a 30% deposit (the
balance against the B/L copy) was told to move to a deposit, and a core buyer paying its
balance before shipment was told the same. The tier's own terms (Settings: the riskiest terms
each tier should carry) are what it moves to: L/C at sight for a core customer, a deposit with
the balance before shipment for the long tail.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import openpyxl
from languages import in_chinese
from ledgers import write_xlsx
from pdf_reading import pdf_text
from test_actions import table

from core.actions import leap
from core.analysis.model import Analysis
from core.analysis.run import analyse
from core.cli.main import run
from core.ledger.importer import import_files
from core.store import connect

HEADER = ["合同号", "客户名称", "下单日期", "金额", "币种", "付款方式", "出货日期", "已收金额",
          "收款日期"]
# Oslo, the biggest buyer, is the core customer; the three others the long tail. Every order
# is paid in full five days after it ships: only the terms differ.
BUYERS = [("Oslo Hjem AS", "30%定金，70%发货前付清", 14_000),
          ("Porto Casa Lda", "30%定金，70%见提单复印件付款", 10_000),
          ("Kyiv Dim LLC", "即期信用证", 11_000),
          ("Riga Nams SIA", "前T/T", 12_000)]


def _ledger(folder: Path) -> Path:
    rows: list[list[object]] = [HEADER]
    for customer, terms, amount in BUYERS:
        for month in range(1, 13, 2):
            rows.append([f"S-{len(rows)}", customer, date(2025, month, 5), amount, "USD", terms,
                         date(2025, month, 20), amount, date(2025, month, 25)])
    return write_xlsx(folder / "台账 2025.xlsx", {"台账": rows})


def _export(tmp_path: Path, kind: str, lang: str) -> openpyxl.Workbook:
    db = tmp_path / "firm.sqlite"
    if not db.exists():
        [result] = import_files(db, [_ledger(tmp_path)])
        assert result.status == "imported"
    target = tmp_path / f"{kind}-{lang}.xlsx"
    out, err = io.StringIO(), io.StringIO()
    code = run(["--lang", lang, "export", "--db", str(db), "--as-of", "2025-12-31",
                "-o", str(target), kind], out, err)
    assert code == 0, err.getvalue()
    return openpyxl.load_workbook(target)


def test_the_terms_check_names_the_tier_s_own_terms_not_a_deposit_the_buyer_has(
        tmp_path: Path):
    book = _export(tmp_path, "restructuring", "en")
    checks = {str(row["Customer"]): str(row["Terms check"] or "")
              for ws in book.worksheets[1:4] for row in table(ws)}
    # before: both "…, riskier than this tier should carry: move to L/C or a deposit."
    assert checks["Oslo Hjem AS"] == (
        "Mostly on Deposit + balance before shipment, riskier than Core customers should "
        "carry: move to L/C at sight or safer terms.")
    assert checks["Porto Casa Lda"] == (
        "Mostly on Deposit + balance against documents, riskier than Long-tail customers "
        "should carry: move to Deposit + balance before shipment or safer terms.")
    # a long-tail buyer on L/C at sight or T/T in advance is within its tier's terms
    assert checks["Kyiv Dim LLC"] == "" and checks["Riga Nams SIA"] == ""
    facts = {row[0]: row[1] for row in book.worksheets[0].iter_rows(values_only=True)}
    assert facts["Terms riskier than their tier should carry"] == 2
    assert "Terms to move to L/C or a deposit" not in facts


def test_the_chinese_terms_check_names_the_tier_s_own_terms(tmp_path: Path):
    book = _export(tmp_path, "restructuring", "zh_CN")
    checks = {str(row["客户"]): str(row["付款方式检查"] or "")
              for ws in book.worksheets[1:4] for row in table(ws)}
    assert checks["Oslo Hjem AS"] == (
        "主要采用 定金+发货前付清尾款，风险高于核心客户应有的水平："
        "改为即期信用证或更稳妥的付款方式。")
    assert "预付定金" not in checks["Porto Casa Lda"]
    assert "改为定金+发货前付清尾款或更稳妥的付款方式" in checks["Porto Casa Lda"]


def test_the_chinese_overview_lists_the_month_s_moves_as_chinese_lists_them(tmp_path: Path):
    book = _export(tmp_path, "restructuring", "zh_CN")
    facts = {row[0]: row[1] for row in book.worksheets[0].iter_rows(values_only=True)}
    moves = facts["2025-11-30 以来的变动"]
    # before: "0 上升, 0 下降, 0 新增, 0 流失（转为休眠）, 0 从休眠回归"
    assert moves == "0 上升、0 下降、0 新增、0 流失（转为休眠）、0 从休眠回归"
    english = _export(tmp_path, "restructuring", "en")
    facts = {row[0]: row[1] for row in english.worksheets[0].iter_rows(values_only=True)}
    assert facts["Moves since 2025-11-30"] == (
        "0 up, 0 down, 0 new, 0 lost (dormant), 0 back from dormant")


def test_years_of_orders_print_to_one_decimal_every_row(tmp_path: Path, sample_db: Path):
    """Before: "1" beside "0.9" in one column (the cell's General format drops ".0")."""
    db = tmp_path / "sample.sqlite"
    db.write_bytes(sample_db.read_bytes())
    target = tmp_path / "leap.xlsx"
    out, err = io.StringIO(), io.StringIO()
    assert run(["--lang", "en", "export", "--db", str(db), "-o", str(target), "leap"],
               out, err) == 0, err.getvalue()
    sheet = openpyxl.load_workbook(target)["Not yet eligible"]
    heads = [cell.value for cell in sheet[1]]
    years = [row[heads.index("Years of orders")] for row in sheet.iter_rows(min_row=2)]
    assert len(years) > 3
    assert {cell.number_format for cell in years} == {"0.0"}
    assert any(cell.value == 1 for cell in years) and any(cell.value < 1 for cell in years)


def test_the_overview_s_service_plans_are_not_squeezed_by_a_long_fact_label(tmp_path: Path):
    """Before: the label "Dormant customers (no valid order in 12 months)" made column A 49
    wide; the tier table below shares it, and its service plans gave way to 22 widths, each
    tier's plan nine lines tall (138 points) beside a nearly empty "Pyramid tier" column."""
    sheet = _export(tmp_path, "restructuring", "en").worksheets[0]
    widths = {letter: dim.width for letter, dim in sheet.column_dimensions.items()}
    assert widths["A"] <= 34
    labels = {str(row[0].value): row[0] for row in sheet.iter_rows() if row[0].value}
    dormant = labels["Dormant customers (no valid order in 12 months)"]
    assert dormant.alignment.wrap_text  # wrapped onto two lines, its row as tall
    assert sheet.row_dimensions[dormant.row].height >= 2 * 15
    head = next(cell for cell in sheet["I"] if cell.value == "Service plan for the tier")
    assert widths["I"] >= 35
    plans = [sheet.row_dimensions[head.row + offset].height for offset in (1, 2, 3)]
    assert max(plans) <= 6 * 15 + 3, plans
    assert sum(widths[letter] for letter in "ABCDEFGHI") <= 160


def test_an_upgrade_chance_says_any_one_of_the_criteria_not_passed_will_do(tmp_path: Path):
    """Oslo Hjem passes R and F; M fails and T is unknown; one more makes it strategic.
    Before: "One criterion short of Strategic customer; not passed yet: M T.", read as both."""
    book = _export(tmp_path, "restructuring", "en")
    chances = {str(row["Customer"]): str(row["Upgrade chance"] or "")
               for ws in book.worksheets[1:4] for row in table(ws)}
    assert chances["Oslo Hjem AS"] == (
        "One criterion short of Strategic customer: any one of M, T passed is enough.")
    chinese = _export(tmp_path, "restructuring", "zh_CN")
    chances = {str(row["客户"]): str(row["升级机会"] or "")
               for ws in chinese.worksheets[1:4] for row in table(ws)}
    assert chances["Oslo Hjem AS"] == "再达标一项指标即可升为战略客户：M、T中任一项达标即可。"


def _sample_analysis(sample_db: Path, tmp_path: Path) -> Analysis:
    db = tmp_path / "sample.sqlite"
    db.write_bytes(sample_db.read_bytes())
    conn = connect(db)
    try:
        return analyse(conn)
    finally:
        conn.close()


def test_the_leap_pdf_prints_the_strategic_customers_not_yet_eligible(
        qtbot, tmp_path: Path, sample_db: Path):
    """Before: the leap PDF held only "Referral candidates" ("No customers on this list." on
    the sample) while its workbook names every strategic customer not yet eligible and what
    stands in the way; the print dialog had no way to print them."""
    from ui.printing import pages as printing
    from ui.printing.dialog import PrintDialog

    analysis = _sample_analysis(sample_db, tmp_path)
    waiting = leap.not_yet_rows(analysis)
    assert len(waiting) > 3 and not leap.rows(analysis)
    dialog = PrintDialog(analysis)
    qtbot.addWidget(dialog)
    assert dialog.radios["not_yet"].text() == "Not yet eligible"
    dialog.choose("not_yet")
    path = dialog.save_pdf_to(tmp_path / "not-yet.pdf")
    assert path is not None
    text = pdf_text(path)
    assert text.count("Not yet eligible") >= 1 and "What stands in the way" in text
    for row in waiting:
        assert str(row["customer"]) in text, row["customer"]
    whole = pdf_text(printing.write_pdf(analysis, "leap", tmp_path / "leap.pdf"))
    assert "Referral candidates" in whole and "Not yet eligible" in whole
    assert all(str(row["customer"]) in whole for row in waiting)


def test_what_stands_in_the_way_is_said_with_chinese_semicolons(tmp_path: Path,
                                                                sample_db: Path):
    """Before: "回款风险等级为 E（须为 A 或 B）; 在黑名单上; 首笔有效订单…"."""
    analysis = _sample_analysis(sample_db, tmp_path)
    blocked = [r for r in leap.referrals(analysis) if len(r.failed) > 1]
    assert blocked
    texts = in_chinese(lambda: [leap.blocking_text(r, False) for r in blocked])
    assert all("；" in text and "; " not in text for text in texts), texts
    english = [leap.blocking_text(r, False) for r in blocked]
    assert all("; " in text and "；" not in text for text in english), english
