"""The action-list workbooks, read back as a user's Excel would see them.

The Analysis is built by hand so every row, order and flag is known here; the files are read
with openpyxl and, for the formula-like names, as raw XML.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import zipfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from core import i18n
from core.actions import chat_summary, export_restructuring, export_stop_loss
from core.actions.export import default_filename
from core.actions.workbook import display_width, header_row, sheet_title
from core.analysis.dataset import OrderRow
from core.analysis.model import Analysis, Criterion, CustomerMetrics, TierShape
from core.cli.export import add_parser, cmd_export
from core.messages import Cancelled, Message, Refusal
from core.progress import Steps
from core.rules import Rules

AS_OF = date(2025, 12, 31)
FIRM = "宁波好运 & Sons"
HYPERLINK = '=HYPERLINK("http://x")'
FORMULA_LIKE = (HYPERLINK, "+86 138", "-Ltd", "@home")


def _reason(code: str) -> Message:
    return Message(code, "reason " + code)


def _rfmt(r: bool, f: bool, m: bool, t: bool | None) -> dict[str, Criterion]:
    return {code: Criterion(code, passed, None, None)
            for code, passed in zip("rfmt", (r, f, m, t), strict=True)}


def make_analysis() -> Analysis:
    customers = [
        CustomerMetrics(1, "Acme Trading", "US", "张伟", "strategic", rank=2, revenue_12m=800_000,
                        open_amount=60_000, overdue_amount=45_200, max_days_overdue=75,
                        avg_order_12m=150_000, orders_12m=5, payment_terms="OA 60 days",
                        risk_grade="D", list="black", list_reason=_reason("big_debtor"),
                        gross_profit_12m=240_000, gross_margin=0.30,
                        margin_band=(0.35, 0.45)),
        CustomerMetrics(2, HYPERLINK, "DE", "李娜", "long_tail", rank=7, revenue_12m=30_000,
                        open_amount=8_000, overdue_amount=8_000, max_days_overdue=90,
                        orders_12m=0, avg_order_all=12_000, main_rung="dp", risk_grade="E",
                        list="black", list_reason=_reason("stop_loss")),
        CustomerMetrics(3, "+86 138", "CN", " 张伟 ", "long_tail", rank=6, revenue_12m=40_000,
                        open_amount=5_000, overdue_amount=3_000, max_days_overdue=45,
                        risk_grade="C", list="watch", list_reason=_reason("overdue_30")),
        CustomerMetrics(4, "-Ltd", "GB", "李娜", "core", rank=4, revenue_12m=200_000,
                        open_amount=1_000, overdue_amount=500, max_days_overdue=10,
                        risk_grade="D", list="watch", list_reason=_reason("grade_d")),
        CustomerMetrics(5, "@home", "FR", None, "core", rank=5, revenue_12m=300_000,
                        risk_grade="A", list="white", list_reason=_reason("white")),
        CustomerMetrics(6, "Beta GmbH", "DE", "张伟", "strategic", rank=1, revenue_12m=900_000,
                        risk_grade="B", list="white", list_reason=_reason("white"),
                        gross_profit_12m=270_000, gross_margin=0.30, margin_band=(0.35, 0.45),
                        reprice=True, rfmt=_rfmt(True, True, True, True)),
        CustomerMetrics(7, "Gamma LLC", "AE", "李娜", "core", rank=3, revenue_12m=500_000,
                        risk_grade="A", list="white", list_reason=_reason("white"),
                        gross_profit_12m=140_000, gross_margin=0.28, margin_band=(0.25, 0.30),
                        upgrade_candidate="strategic", rfmt=_rfmt(True, True, False, True),
                        terms_too_risky=True, main_rung="dp"),
        CustomerMetrics(8, "Delta Prospect", "BR", "张伟", "prospect", trial_orders=2,
                        last_order_date=date(2025, 11, 3)),
        CustomerMetrics(9, "Old Dormant", "IT", "王芳", "dormant"),
        CustomerMetrics(10, "Epsilon", "JP", "李娜", "long_tail", rank=8, revenue_12m=20_000,
                        upgrade_candidate="core"),
    ]
    shape = [TierShape("strategic", 2, 2 / 7, 0.2, 2, 1_700_000, 0.6, 510_000, 0.6, 0.3)]
    return Analysis(AS_OF, date(2025, 12, 20), date(2024, 12, 31), "USD",
                    Rules.from_values({"firm_name": FIRM, "due_by_days": 14}), customers, 100_000.0,
                    "gross_profit", shape=shape)


def cells(ws) -> list[list[object]]:
    return [list(row) for row in ws.iter_rows(values_only=True)]


def headers(ws) -> list[object]:
    """A list sheet's column titles (below its notes, where its filter starts)."""
    return cells(ws)[header_row(ws) - 1]


def table(ws) -> list[dict[str, object]]:
    rows = cells(ws)[header_row(ws) - 1:]
    found = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    return [] if found and found[0][rows[0][0]] == "No customers on this list." else found


def every_text(book) -> str:
    parts = []
    for ws in book.worksheets:
        parts.append(ws.title)
        for part in (ws.oddHeader.left, ws.oddHeader.center, ws.oddHeader.right):
            parts.append(part.text or "")
        parts += [str(v) for row in cells(ws) for v in row if v is not None]
    return "\n".join(parts)


STOP_LOSS_HEADERS = [  # what is printed, then (outside the print area) the details
    "Customer", "Salesperson", "Overdue receivable (USD)", "Days overdue (max)",
    "Payment terms", "Payment risk grade", "Reason for the list", "Recommended action",
    "Notes", "Country", "Pyramid tier", "Open receivable (USD)", "Average order value (USD)",
    "Due by", "Status"]


def test_stop_loss_sheets_rows_and_order(tmp_path: Path):
    [path] = export_stop_loss(make_analysis(), tmp_path / "stop.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Overview", "Black list", "Confirm-payment list", "Watch list",
                               "White list"]
    black = book["Black list"]
    assert cells(black)[0] == STOP_LOSS_HEADERS
    rows = table(black)
    assert [r["Customer"] for r in rows] == ["Acme Trading", HYPERLINK]
    acme = rows[0]
    assert acme["Open receivable (USD)"] == 60_000 and acme["Overdue receivable (USD)"] == 45_200
    assert acme["Days overdue (max)"] == 75 and acme["Average order value (USD)"] == 150_000
    assert acme["Pyramid tier"] == "Strategic customer" and acme["Payment risk grade"] == "D"
    assert acme["Payment terms"] == "OA 60 days"
    assert acme["Reason for the list"] == "reason big_debtor"
    assert "Suspend supply" in acme["Recommended action"] and "45,200 USD" in acme[
        "Recommended action"]
    assert acme["Due by"] == datetime(2026, 1, 14)
    assert acme["Status"] is None and acme["Notes"] is None
    assert rows[1]["Average order value (USD)"] == 12_000  # all-time: no order in the window
    assert rows[1]["Payment terms"] == "D/P"  # the rung where no terms were written
    assert black["C2"].number_format == "#,##0" and black["N2"].number_format == "yyyy-mm-dd"
    assert black["C2"].is_date is False and black["N2"].is_date
    assert black.print_area == "'Black list'!$A$1:$I$3"  # the details are not printed
    watch = table(book["Watch list"])
    assert [r["Customer"] for r in watch] == ["+86 138", "-Ltd"]  # most days overdue first
    assert [r["Days overdue (max)"] for r in watch] == [45, 10]
    white = table(book["White list"])
    assert [r["Customer"] for r in white] == ["Beta GmbH", "Gamma LLC", "@home"]


def test_stop_loss_summary(tmp_path: Path):
    [path] = export_stop_loss(make_analysis(), tmp_path / "stop.xlsx")
    summary = openpyxl.load_workbook(path)["Overview"]
    grid = cells(summary)
    facts = {row[0]: row[1] for row in grid if row[0] is not None}
    assert facts["Lists as of"] == datetime(2025, 12, 31)
    assert facts["Receipts booked to"] == datetime(2025, 12, 20)
    assert grid[1][0] == FIRM
    lists = {row[0]: row[1:4] for row in grid if row[0] in ("Black list", "Watch list",
                                                            "White list")}
    assert lists["Black list"] == [2, 68_000, 53_200]
    assert lists["Watch list"] == [2, 6_000, 3_500]
    assert lists["White list"][0] == 3
    text = every_text(openpyxl.load_workbook(path))
    assert "recommendation: the owner confirms" in text
    [flag] = [c for row in summary.iter_rows() for c in row
              if isinstance(c.value, str) and "black list –" in c.value]
    assert "Acme Trading (Strategic customer)" in flag.value and HYPERLINK not in flag.value
    assert flag.font.bold and flag.font.color.rgb.endswith("C00000")
    quiet = make_analysis()
    quiet.customers[0].tier = "long_tail"
    [path] = export_stop_loss(quiet, tmp_path / "quiet.xlsx")
    assert "No strategic or core customer is on the black list." in every_text(
        openpyxl.load_workbook(path))


def _assert_print_ready(ws, list_name: str, columns: int, rows: int, head: int = 1) -> None:
    setup = ws.page_setup
    assert setup.orientation == "landscape" and int(setup.paperSize) == 9
    assert int(setup.fitToWidth) == 1 and int(setup.fitToHeight) == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == f"${head}:${head}"
    assert ws.freeze_panes == f"A{head + 1}"
    last = openpyxl.utils.get_column_letter(columns)
    assert ws.auto_filter.ref == f"A{head}:{last}{rows + head}"
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    assert ws.oddHeader.left.text == FIRM.replace("&", "&&")
    assert ws.oddHeader.center.text.startswith(list_name)
    assert "2025-12-31" in ws.oddHeader.right.text and "2025-12-20" in ws.oddHeader.right.text
    assert ws[f"A{head}"].font.bold and ws[f"A{head}"].fill.fgColor.rgb.endswith("DDEBF7")


def test_print_setup_on_every_list_sheet(tmp_path: Path):
    [stop] = export_stop_loss(make_analysis(), tmp_path / "stop.xlsx")
    [plan] = export_restructuring(make_analysis(), tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(stop)
    for name, count in (("Black list", 2), ("Watch list", 2), ("White list", 3)):
        _assert_print_ready(book[name], name, 15, count)
    widths = {c: book["Black list"].column_dimensions[c].width for c in "AGH"}
    assert widths["G"] > 15 and widths["A"] > 10  # the reason and the action have room
    assert book["Black list"]["G2"].alignment.wrap_text
    book = openpyxl.load_workbook(plan)
    _assert_print_ready(book["Strategic customers"], "Strategic customers", 18, 2, head=3)
    _assert_print_ready(book["Prospects (value package)"], "Prospects", 8, 1, head=3)
    assert book["Overview"].page_setup.orientation == "landscape"


def test_chinese_sheet_names_headers_and_footer(tmp_path: Path):
    i18n.set_language("zh_CN")
    [stop] = export_stop_loss(make_analysis(), tmp_path / "stop.xlsx")
    [plan] = export_restructuring(make_analysis(), tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(stop)
    assert book.sheetnames == ["汇总", "黑名单", "待确认收款名单", "观察名单", "白名单"]
    assert cells(book["黑名单"])[0][:4] == ["客户", "业务员", "逾期金额（USD）", "最长逾期天数"]
    assert book["黑名单"].oddFooter.center.text == "第 &P 页，共 &N 页"
    assert table(book["黑名单"])[0]["客户层级"] == "战略客户"
    assert openpyxl.load_workbook(plan).sheetnames == [
        "汇总", "战略客户", "核心客户", "长尾客户", "潜在客户（价值验证套餐）"]
    assert default_filename("stop-loss", AS_OF) == "止损名单_2025-12-31.xlsx"
    assert default_filename("restructuring", AS_OF) == "重构计划_2025-12-31.xlsx"


def test_formula_like_names_stay_text(tmp_path: Path):
    paths = export_stop_loss(make_analysis(), tmp_path / "stop.xlsx")
    paths += export_restructuring(make_analysis(), tmp_path / "plan.xlsx")
    for path in paths:
        found = {}
        for ws in openpyxl.load_workbook(path).worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if cell.value in FORMULA_LIKE:
                        assert cell.data_type == "s"
                        found[cell.value] = cell
        assert set(found) == set(FORMULA_LIKE)
        with zipfile.ZipFile(path) as archive:
            xml = "".join(archive.read(n).decode("utf-8") for n in archive.namelist()
                          if n.startswith("xl/worksheets/"))
        assert "<f>" not in xml and "<f " not in xml
        assert "=HYPERLINK(&quot;http://x&quot;)" in xml or '=HYPERLINK("http://x")' in xml


def _ordered_since(customer_id: int, day: date) -> OrderRow:
    return OrderRow(customer_id * 100, customer_id, None, day, None, False, "USD", 1_000.0,
                    1_000.0, True, 200.0, "FOB", None, None, None, None).settle()


def test_restructuring_plan_flags_and_prospects(tmp_path: Path):
    # both strategic customers have ordered for years; only the one paying well is asked
    # for referrals (the other is on the black list)
    analysis = replace(make_analysis(), orders=[_ordered_since(6, date(2022, 3, 1)),
                                                _ordered_since(1, date(2022, 5, 1))])
    [path] = export_restructuring(analysis, tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Overview", "Strategic customers", "Core customers",
                               "Long-tail customers", "Prospects (value package)"]
    strategic = table(book["Strategic customers"])
    assert [r["Customer"] for r in strategic] == ["Beta GmbH", "Acme Trading"]
    beta = strategic[0]
    [plan] = [row[0] for row in cells(book["Strategic customers"])[:header_row(
        book["Strategic customers"]) - 1] if row[0]]  # said once, above the table
    assert plan.startswith("Service plan for Strategic customers:") and "ODM" in plan
    assert "DDP" in plan and beta["Service plan for the tier"] is None  # not on every row
    assert beta["Gross margin (12 months)"] == pytest.approx(0.30)
    assert beta["Target margin band"] == "35–45%"
    assert beta["Price check"] == "Margin 30.0% is below the 35–45% band: reprice."
    assert beta["Gross profit, 12 months (USD)"] == 270_000
    assert beta["RFMT criteria"] == "R✓ F✓ M✓ T✓"
    core = table(book["Core customers"])
    assert [r["Customer"] for r in core] == ["Gamma LLC", "-Ltd", "@home"]
    gamma = core[0]
    assert "D/P" in gamma["Terms check"] and "L/C" in gamma["Terms check"]
    assert gamma["Upgrade chance"] == (
        "One criterion short of Strategic customer; not passed yet: M.")
    assert gamma["Main payment terms"] == "D/P"
    assert "72-hour" in book["Core customers"]["A1"].value
    assert table(book["Long-tail customers"])[-1]["Upgrade chance"].endswith("Core customer.")
    [prospect] = table(book["Prospects (value package)"])
    assert prospect["Customer"] == "Delta Prospect" and prospect["Number of trial orders"] == 2
    assert prospect["Most recent order"] == datetime(2025, 11, 3)
    assert "sample testing + trial-order subsidy + compliance pre-check" in book[
        "Prospects (value package)"]["A1"].value and "What to offer" not in prospect
    summary = every_text(book)
    assert "referral programme, 15% commission" in summary
    assert "Referral candidates: Beta GmbH\n" in summary
    assert "Old Dormant" not in summary


def test_the_referral_commission_is_the_firm_s_setting(tmp_path: Path):
    analysis = replace(make_analysis(), rules=replace(make_analysis().rules,
                                                      referral_commission_pct=12.5))
    [path] = export_restructuring(analysis, tmp_path / "plan.xlsx")
    summary = every_text(openpyxl.load_workbook(path))
    assert "referral programme, 12.5% commission" in summary and "15%" not in summary


def test_texts_take_their_numbers_from_the_firm_s_rules(tmp_path: Path):
    base = make_analysis()
    analysis = replace(base, rules=replace(base.rules, window_months=6, watch_days=45,
                                           due_by_days=7))
    [plan] = export_restructuring(analysis, tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(plan)
    assert {"Orders in 6 months", "Revenue, 6 months (USD)", "Gross profit, 6 months (USD)",
            "Gross margin (6 months)"} <= set(headers(book["Strategic customers"]))
    assert "Dormant customers (no valid order in 6 months)" in every_text(book)
    assert "12 months" not in every_text(book)
    [stop] = export_stop_loss(analysis, tmp_path / "stop.xlsx")
    book = openpyxl.load_workbook(stop)
    assert "overdue more than 45 days or risk grade D/E" in every_text(book)
    assert table(book["Black list"])[0]["Due by"] == datetime(2026, 1, 7)  # A + 7 days


def test_by_salesperson_files(tmp_path: Path):
    analysis = make_analysis()
    paths = export_stop_loss(analysis, tmp_path / "stop-loss_2025-12-31.xlsx",
                             by_salesperson=True)
    paths += export_restructuring(analysis, tmp_path / "plan.xlsx", by_salesperson=True)
    assert [p.name for p in paths] == [
        "stop-loss_2025-12-31_张伟.xlsx", "stop-loss_2025-12-31_李娜.xlsx",
        "stop-loss_2025-12-31_王芳.xlsx", "stop-loss_2025-12-31_Unassigned.xlsx",
        "plan_张伟.xlsx", "plan_李娜.xlsx", "plan_王芳.xlsx", "plan_Unassigned.xlsx"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)
    owners = {"李娜": {HYPERLINK, "-Ltd", "Gamma LLC", "Epsilon"},
              "张伟": {"Acme Trading", "+86 138", "Beta GmbH", "Delta Prospect"},
              "王芳": {"Old Dormant"}, "Unassigned": {"@home"}}
    everyone = set().union(*owners.values())
    for path in paths:
        owner = path.stem.rsplit("_", 1)[1]
        book = openpyxl.load_workbook(path)
        text = every_text(book)
        for name in everyone - owners[owner]:
            assert name not in text, (path.name, name)
        for other in set(owners) - {owner, "Unassigned"}:
            assert other not in text, (path.name, other)
        for word in ("Gross", "margin", "Margin", "Cost", "Black list", "White list"):
            assert word not in text, (path.name, word)
        listed = {r["Customer"] for ws in book.worksheets[1:] for r in table(ws)}
        assert listed <= owners[owner]
        if path.name.startswith("stop-loss"):
            assert book.sheetnames == ["Overview", "Supply on hold – to confirm",
                                       "Payment to confirm", "Follow closely",
                                       "Key accounts to protect"]
    zhang = openpyxl.load_workbook(paths[0])
    assert [r["Customer"] for r in table(zhang["Supply on hold – to confirm"])] == [
        "Acme Trading"]
    assert "Hold new shipments" in table(zhang["Supply on hold – to confirm"])[0][
        "Recommended action"]
    assert "1 on hold (45,200 USD overdue)" in every_text(zhang)
    plan = openpyxl.load_workbook(paths[4])
    assert "Price check" not in headers(plan["Strategic customers"])
    assert [r["Customer"] for r in table(plan["Strategic customers"])] == ["Beta GmbH",
                                                                           "Acme Trading"]


def test_chat_summary():
    analysis = make_analysis()
    assert chat_summary(analysis, "张伟").splitlines() == [
        "张伟 – 2025-12-31: 1 on hold (45,200 USD overdue), 1 to follow closely, "
        "1 key accounts",
        "Collect first: Acme Trading (45,200 USD, 75 days)",  # +86 138: watched (print34)
        "Receipts booked to 2025-12-20; supply holds wait for the owner's confirmation."]
    assert chat_summary(analysis, None).splitlines()[1] == "Nothing overdue to collect."
    assert chat_summary(analysis, None).startswith("Unassigned – 2025-12-31: 0 on hold")
    i18n.set_language("zh_CN")
    assert chat_summary(analysis, "李娜").splitlines()[0] == (
        "李娜 – 2025-12-31：1 家暂停供货待确认（逾期 8,000 USD），1 家重点跟进，1 家重点维护")


def test_unwritable_targets_are_refused_and_leave_nothing(tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    folder = tmp_path / "existing-folder"
    folder.mkdir()
    for target in (blocker / "stop.xlsx", folder):
        with pytest.raises(Refusal) as caught:
            export_stop_loss(make_analysis(), target)
        assert caught.value.code == "export_unwritable"
        assert str(target) in caught.value.text and "Excel or WPS" in caught.value.text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "existing-folder"]
    assert list(folder.iterdir()) == []


def test_a_missing_folder_is_made_as_save_as_would(tmp_path: Path):
    target = tmp_path / "new" / "lists" / "stop.xlsx"
    assert export_stop_loss(make_analysis(), target) == [target]
    assert openpyxl.load_workbook(target).sheetnames


def test_replace_refused_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    target = tmp_path / "stop.xlsx"
    target.write_bytes(b"the old list")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(Refusal) as caught:
        export_stop_loss(make_analysis(), target, by_salesperson=False)
    assert caught.value.code == "export_unwritable" and "stop.xlsx" in caught.value.text
    assert [p.name for p in tmp_path.iterdir()] == ["stop.xlsx"]
    assert target.read_bytes() == b"the old list"


def test_cancel_writes_nothing(tmp_path: Path):
    seen: list[float] = []

    def cancel() -> bool:
        return len(seen) > 3

    steps = Steps(lambda fraction, message: seen.append(fraction), cancel)
    with pytest.raises(Cancelled):
        export_restructuring(make_analysis(), tmp_path / "plan.xlsx", by_salesperson=True,
                             steps=steps)
    assert list(tmp_path.iterdir()) == []
    progress: list[float] = []
    export_stop_loss(make_analysis(), tmp_path / "s.xlsx",
                     steps=Steps(lambda f, m: progress.append(f), None))
    assert progress == sorted(progress) and progress[-1] == 1.0


def test_sheet_titles_and_widths():
    used: set[str] = set()
    assert sheet_title("a/b:c*d?[e]\\f", used) == "a b c d  e  f"
    assert len(sheet_title("x" * 40, used)) == 31
    assert sheet_title("x" * 40, used).endswith("(2)")
    assert display_width("张伟 ab") == 7


def _cli(argv: list[str], parents: dict[str, argparse.ArgumentParser] | list[
        argparse.ArgumentParser]) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser()
    add_parser(parser.add_subparsers(dest="command"), parents)
    args = parser.parse_args(argv)
    out, err = io.StringIO(), io.StringIO()
    return cmd_export(args, out, err), out.getvalue(), err.getvalue()


@pytest.fixture
def fake_analyse(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    from core.store import connect

    calls: list[date | None] = []

    def analyse(conn, as_of=None, steps=None):  # noqa: ANN001 - the real one's signature
        calls.append(as_of)
        return make_analysis()

    analyse.calls = calls  # type: ignore[attr-defined]
    monkeypatch.setattr("core.analysis.run.analyse", analyse)
    db = tmp_path / "firm.sqlite"
    connect(db).close()
    return db


def test_cli_export(fake_analyse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    code, out, err = _cli(["export", "stop-loss", "--db", str(fake_analyse),
                           "--as-of", "2025-12-31"], [])
    assert code == 0, err
    assert out.strip() == str(work / "stop-loss_2025-12-31.xlsx")
    assert sys.modules["core.analysis.run"].analyse.calls == [AS_OF]
    parents = {name: argparse.ArgumentParser(add_help=False) for name in ("common", "db",
                                                                          "json")}
    parents["common"].add_argument("--lang")
    parents["db"].add_argument("--db", type=Path)
    parents["json"].add_argument("--json", action="store_true")  # export takes no --json
    target = tmp_path / "out" / "plan.xlsx"
    target.parent.mkdir()
    code, out, err = _cli(["export", "restructuring", "--db", str(fake_analyse),
                           "--by-salesperson", "-o", str(target), "--lang", "en"], parents)
    assert code == 0, err
    lines = out.splitlines()
    assert str(target.parent / "plan_张伟.xlsx") in lines
    assert not any("on hold" in line for line in lines)  # the chat lines go with stop-loss
    assert not target.exists()
    code, out, err = _cli(["export", "stop-loss", "--db", str(fake_analyse),
                           "--by-salesperson", "-o", str(target), "--lang", "en"], parents)
    assert code == 0, err
    assert any(line.startswith("张伟 – 2025-12-31: 1 on hold") for line in out.splitlines())


def test_cli_export_refusals(fake_analyse: Path, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    code, out, err = _cli(["export", "stop-loss", "--db", str(fake_analyse), "-o",
                           str(blocker / "s.xlsx")], [])
    assert code == 1 and out == "" and "close it" in err
    code, out, err = _cli(["export", "stop-loss", "--db", str(tmp_path / "none.sqlite")], [])
    assert code == 1 and "no database" in err
    i18n.set_language("zh_CN")
    monkeypatch.chdir(tmp_path)
    code, out, err = _cli(["export", "stop-loss", "--db", str(fake_analyse)], [])
    assert code == 0 and out.strip().endswith("止损名单_2025-12-31.xlsx")
    with pytest.raises(SystemExit):
        _cli(["export", "stop-loss", "--as-of", "31/12/2025"], [])
