"""Broken and hostile workbooks (tests/data/broken/) through the command line and the import
dialog: each is refused with exit 1 and a message naming the cause, and the database is left
exactly as it was. Timings and memory are measured by bench/bench_hostile.py, not asserted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from databases import contents
from ods_files import ods_row, write_ods
from PySide6.QtCore import Qt

from core import i18n
from core.ledger.importer import import_files
from core.ledger.preview import preview_file
from core.ledger.readers import read_workbook
from core.store import connect
from ui.importing.dialog import RESULT, ImportDialog
from ui.tasks import Runner

BROKEN = ROOT / "tests" / "data" / "broken"


sys.path.insert(0, str(BROKEN))
import make_corpus as CORPUS  # noqa: E402 - the corpus script lives beside its files

EXPECTED = {**{name: (code, word) for name, (_, code, word) in CORPUS.SMALL.items()},
            **{name: (code, word) for name, (_, code, word) in CORPUS.LARGE.items()}}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    large = CORPUS.write_large(tmp_path_factory.mktemp("large"))
    return {**{name: BROKEN / name for name in CORPUS.SMALL}, **large}


@pytest.fixture
def firm_db(tmp_path: Path) -> Path:
    """A database that already holds a month, so "unchanged" means something."""
    db = tmp_path / "firm.sqlite"
    good = tmp_path / "1月.xlsx"
    good.write_bytes(CORPUS.ledger_xlsx((1,)))
    [result] = import_files(db, [good])
    assert result.status == "imported"
    return db


def _main(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TRADETIER_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120, cwd=ROOT)


def test_every_file_the_script_describes_is_committed() -> None:
    # files only: importing the script leaves a __pycache__ folder beside them
    committed = {p.name for p in BROKEN.iterdir() if p.is_file() and p.suffix != ".py"}
    assert committed == set(CORPUS.SMALL)


def test_every_file_refused_through_the_command_line(corpus, firm_db, tmp_path) -> None:
    before = contents(firm_db)
    done = _main("import", "--json", "--db", str(firm_db), *map(str, corpus.values()),
                 home=tmp_path)
    assert done.returncode == 1, done.stderr
    files = {entry["file"]: entry for entry in json.loads(done.stdout)["files"]}
    assert set(files) == set(corpus)
    for name, entry in files.items():
        code, word = EXPECTED[name]
        assert entry["status"] == "refused", name
        assert entry["message"]["code"] == code, (name, entry["message"])
        assert word in entry["message"]["text"], (name, entry["message"]["text"])
        assert "Traceback" not in done.stderr
    assert contents(firm_db) == before


@pytest.mark.parametrize("name", ["zip_bomb.xlsx", "damaged_february.xlsx",
                                  "dtd_in_shared_strings.xlsx", "entities_xml2003.xls"])
def test_one_hostile_file_exits_1_naming_the_cause(name, corpus, firm_db, tmp_path) -> None:
    before = contents(firm_db)
    done = _main("import", "--db", str(firm_db), str(corpus[name]), home=tmp_path)
    assert done.returncode == 1
    code, word = EXPECTED[name]
    assert name in done.stderr and word in done.stderr
    assert contents(firm_db) == before


def test_a_damaged_month_refuses_the_file_with_what_to_do(corpus, firm_db) -> None:
    [result] = import_files(firm_db, [corpus["damaged_february.xlsx"]])
    assert result.refused and result.message.code == "sheet_damaged"
    assert result.message.params["sheet"] == "2月"
    assert "save it again" in result.message.text
    assert result.import_id is None


def _with_damaged(tmp_path: Path, name: str, state: str | None) -> Path:
    """Two months and a third sheet `name`, damaged (and hidden when `state` says)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for month in (1, 2):
        sheet = book.create_sheet(f"{month}月")
        for row in CORPUS.month_rows(month):
            sheet.append(row)
    extra = book.create_sheet(name)
    extra.append(["说明", "x"] * 50)
    if state:
        extra.sheet_state = state
    source = tmp_path / "source.xlsx"
    book.save(source)
    path = tmp_path / f"with {name}.xlsx"
    path.write_bytes(CORPUS.rezip(source.read_bytes(), lambda part, data: (
        data[: len(data) // 2] if part == "xl/worksheets/sheet3.xml" else data)))
    return path


@pytest.mark.parametrize(("name", "state"), [("说明", None), ("Pivot", None),
                                           ("Sheet3", "hidden")])
def test_a_damaged_sheet_that_is_deliberately_no_ledger_is_passed_over(tmp_path, name, state):
    path = _with_damaged(tmp_path, name, state)
    assert read_workbook(path).skipped == [name]
    [result] = import_files(tmp_path / "db.sqlite", [path])
    assert result.status == "imported"
    passed = {p.name: p.reason for p in result.passed}
    assert passed[name].code == "sheet_unreadable"
    assert result.counts.inserted == 20


def test_a_damaged_sheet_of_any_other_name_is_refused(tmp_path):
    [result] = import_files(tmp_path / "db.sqlite", [_with_damaged(tmp_path, "Sheet3", None)])
    assert result.refused and result.message.params["sheet"] == "Sheet3"


def _refused_as_it_was(tmp_path, firm_db, path: Path, said: tuple[str, str],
                       named: tuple[str, ...], code: str) -> None:
    """The command line refuses the file in both languages (`said`: the English and the
    Chinese words; `named`: what else the message must name), no traceback, the database as
    it was; the import dialog's preview refuses it with `code`."""
    before = contents(firm_db)
    for language, words in (("en", said[0]), ("zh_CN", said[1])):
        done = _main("--lang", language, "import", "--db", str(firm_db), str(path),
                     home=tmp_path)
        assert done.returncode == 1, done.stderr[-500:]
        assert words in done.stderr and all(name in done.stderr for name in named)
        assert "Traceback" not in done.stderr
    assert contents(firm_db) == before
    conn = connect(firm_db)
    shown = preview_file(conn, path)
    conn.close()
    assert shown.refusal is not None and shown.refusal.code == code


def test_a_damaged_hidden_month_refuses_the_file_as_a_shown_one_does(tmp_path, firm_db):
    """A hidden month tab is read as the ledger's (a clerk folds 3月 away), yet damaged it
    was passed over as "hidden sheet" and the file imported without March: now refused as a
    shown damaged month is, naming file and tab, the database as it was."""
    path = _with_damaged(tmp_path, "3月", "hidden")
    _refused_as_it_was(tmp_path, firm_db, path, ("is damaged", "已损坏"), (path.name, "“3月”"),
                       "sheet_damaged")


def test_a_hidden_month_whose_header_is_broken_is_named_for_it(tmp_path) -> None:
    """A hidden 4月 whose header row was typed over ("合同", "钱") was passed over as "hidden
    sheet", its ten orders left out without a word on why; a shown one says its header is
    not found. Both say it now, in the report and the dialog's list alike."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for month in (3, 4):
        sheet = book.create_sheet(f"{month}月")
        rows = CORPUS.month_rows(month)
        if month == 4:
            rows[0] = ["合同", "客户", "日", "钱", "币"]
            sheet.sheet_state = "hidden"
        for row in rows:
            sheet.append(row)
    path = tmp_path / "broken header.xlsx"
    book.save(path)
    [result] = import_files(tmp_path / "db.sqlite", [path])
    assert result.status == "imported" and result.counts.inserted == 10
    reasons = {p.name: p.reason for p in result.passed}
    assert reasons["4月"].code == "sheet_no_header"
    assert "no header row" in reasons["4月"].text
    conn = connect(tmp_path / "db.sqlite")
    shown = preview_file(conn, path)
    conn.close()
    assert {p.name: p.reason.code for p in shown.passed}["4月"] == "sheet_no_header"
    i18n.set_language("zh_CN")
    assert "没有台账的表头" in reasons["4月"].text


def test_the_import_dialog_shows_the_refusals(qtbot, corpus, firm_db, tmp_path) -> None:
    good = tmp_path / "2月.xlsx"
    good.write_bytes(CORPUS.ledger_xlsx((2,)))
    far = _with_far_entry(tmp_path, "far.xlsx")  # once the whole window's end, unsaid
    chosen = [good, corpus["damaged_february.xlsx"], corpus["zip_bomb.xlsx"], far]
    dialog = ImportDialog(firm_db, runner=Runner())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_files(chosen)
    qtbot.waitUntil(lambda: not any(s.busy for s in dialog.states), timeout=20000)
    with qtbot.waitSignal(dialog.importFinished, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    results = blocker.args[0]
    assert [r.status for r in results] == ["imported", "refused", "refused", "refused"]
    assert dialog.stack.currentIndex() == RESULT
    tree = dialog.result_page.tree
    rows = {tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(2)
            for i in range(tree.topLevelItemCount())}
    assert "2月" in rows["damaged_february.xlsx"] and "save it again" in rows[
        "damaged_february.xlsx"]
    assert "zip bomb" in rows["zip_bomb.xlsx"]
    assert "XFD1048576" in rows["far.xlsx"] and "Ctrl+End" in rows["far.xlsx"]
    conn = connect(firm_db)
    files = [r[0] for r in conn.execute("SELECT file_name FROM imports ORDER BY id")]
    conn.close()
    assert files == ["1月.xlsx", "2月.xlsx"]


class PanicException(BaseException):
    """Stands for pyo3's PanicException: a Rust panic in python-calamine, a BaseException."""


def test_a_reader_panic_is_a_refusal_of_that_file(tmp_path, monkeypatch) -> None:
    import python_calamine

    good = tmp_path / "1月.xlsx"
    good.write_bytes(CORPUS.ledger_xlsx((1, 2)))

    def panic(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise PanicException("called `Option::unwrap()` on a `None` value")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", panic)
    [result] = import_files(tmp_path / "db.sqlite", [good])
    assert result.refused and result.message.code == "workbook_damaged"


def test_a_panic_reading_one_month_refuses_the_file(tmp_path, monkeypatch) -> None:
    import python_calamine

    good = tmp_path / "months.xlsx"
    good.write_bytes(CORPUS.ledger_xlsx((1, 2)))
    real = python_calamine.CalamineWorkbook.get_sheet_by_name

    def panic_on_february(self, name):  # type: ignore[no-untyped-def]
        if name == "2月":
            raise PanicException("index out of bounds")
        return real(self, name)

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "get_sheet_by_name",
                        panic_on_february)
    [result] = import_files(tmp_path / "db.sqlite", [good])
    assert result.refused and result.message.code == "sheet_damaged"
    assert result.message.params["sheet"] == "2月"


# --- messy ledgers a clerk sends: what is taken must be read as meant, what is not named ----

def _messy(tmp_path: Path, name: str, rows: list[list[object]]) -> Path:
    """A one-tab ledger (2025年3月) of the corpus's header with `rows` under it."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "2025年3月"
    sheet.append(CORPUS.HEADER)
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def _amounts(db: Path) -> dict[str, float]:
    conn = connect(db)
    found = dict(conn.execute("SELECT o.order_no, SUM(l.amount) FROM order_lines l "
                              "JOIN orders o ON o.id = l.order_id GROUP BY o.order_no"))
    conn.close()
    return found


def test_a_bank_card_number_in_the_amount_column_is_no_sale(tmp_path, firm_db) -> None:
    """A card or account number pasted into 金额 (19 digits) was a sale of 6.2e18 USD: its
    buyer topped the pyramid and every other customer slid a tier. Excel keeps 15 digits; a
    figure beyond them is skipped, named with its row and why."""
    from datetime import date

    path = _messy(tmp_path, "card.xlsx", [
        ["PI-1", "Buyer 1", date(2025, 3, 1), 6222021234567890123, "USD"],
        ["PI-2", "Buyer 2", date(2025, 3, 2), "6222021234567890123", "USD"],
        ["PI-3", "Buyer 3", date(2025, 3, 3), "1,500.00", "USD"]])
    conn = connect(firm_db)
    [tab] = preview_file(conn, path).sheets  # what the import dialog shows before importing
    conn.close()
    assert [tab.row_notes[i].code for i in (0, 1)] == ["amount_too_large"] * 2
    assert tab.counts is not None and (tab.counts.taken, tab.counts.skipped) == (1, 2)
    [result] = import_files(firm_db, [path])
    assert result.status == "imported"
    assert [(s.row, s.message.code) for s in result.skipped] == [
        (2, "amount_too_large"), (3, "amount_too_large")]
    assert "6222021234567890123" in result.skipped[1].message.text  # as typed
    assert "“6222021234567890000”" in result.skipped[0].message.text  # as Excel shows it
    assert "15 digits" in result.skipped[0].message.text
    amounts = _amounts(firm_db)
    assert "PI-1" not in amounts and "PI-2" not in amounts and amounts["PI-3"] == 1500.0
    i18n.set_language("zh_CN")
    assert "15 位" in result.skipped[0].message.text



def test_a_number_beyond_excels_15_digits_is_named_and_quoted_as_excel_shows_it(tmp_path):
    """An 18-digit order number typed as a number (123456789012345678, an ERP's) was stored
    as 123456789012345696, the float's digits, said nowhere; the card number's skip quoted
    6222021234567889920, digits nobody typed. The order number's row is named with the cure
    (it is stored as before: read otherwise, an order a database holds under it would be a
    second one when a later file lists it again), the card number quoted as Excel shows it."""
    from datetime import date

    path = _messy(tmp_path, "long numbers.xlsx", [
        [123456789012345678, "Buyer 1", date(2025, 3, 1), 1000, "USD"],
        [2025030112345678, "Buyer 2", date(2025, 3, 2), 2000, "USD"],  # 16 digits, exact
        ["PI-3", "Buyer 3", date(2025, 3, 3), 6222021234567890123, "USD"]])
    for language, words in (("en", "are numbers of more than 15 digits, and Excel keeps "
                                   "only 15"), ("zh_CN", "超过 15 位的数字")):
        db = tmp_path / f"{language}.sqlite"
        done = _main("--lang", language, "import", "--db", str(db), str(path), home=tmp_path)
        assert done.returncode == 0, done.stderr[-500:]
        said = done.stdout + done.stderr
        assert "long numbers.xlsx" in said and words in said and "合同号" in said
        # as Excel shows them, 15 digits: a float holds 2025030112345678 whole, Excel does not
        assert "“123456789012346000”, “2025030112345680”" in said \
            or "“123456789012346000”、“2025030112345680”" in said
        assert "“6222021234567890000”" in said and "6222021234567889920" not in said
    assert set(_amounts(db)) == {"123456789012345696", "2025030112345678"}


def test_a_month_typed_in_excel_is_read_and_named_as_a_month(tmp_path) -> None:
    """"2025年4月" typed into Excel is stored as 2025-04-01 shown as 2025年4月: PI-1's 1,000
    received "2025年4月" was in on 04-01 without a word (the same text in a CSV is read as
    the month's last day, 04-30, and named). Read as the month it shows, and named; a date
    of another day shown as its month (04-15) keeps its day."""
    from datetime import date

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append([*CORPUS.HEADER, "已收金额", "收款日期"])
    sheet.append(["PI-1", "Buyer 1", date(2025, 3, 1), 1000, "USD", 1000, date(2025, 4, 1)])
    sheet.append(["PI-2", "Buyer 2", date(2025, 3, 15), 2000, "USD", 2000, date(2025, 4, 15)])
    for row in (2, 3):
        for column in (3, 7):
            sheet.cell(row, column).number_format = 'yyyy"年"m"月"'
    path = tmp_path / "months.xlsx"
    book.save(path)
    for language, words in (("en", "column “收款日期”: 1 date gives a month without its day "
                                   "(row 2): read as the month's last day"),
                            ("zh_CN", "按该月最后一天读取")):
        db = tmp_path / f"{language}.sqlite"
        done = _main("--lang", language, "import", "--db", str(db), str(path), home=tmp_path)
        assert done.returncode == 0, done.stderr[-500:]
        assert words in done.stdout, done.stdout
    conn = connect(tmp_path / "en.sqlite")
    dates = dict(conn.execute("SELECT o.order_no, o.order_date || ' ' || l.received_date "
                              "FROM orders o JOIN order_lines l ON l.order_id = o.id"))
    conn.close()
    assert dates == {"PI-1": "2025-03-01 2025-04-30", "PI-2": "2025-03-15 2025-04-15"}


def test_a_date_outside_a_ledgers_years_says_so_not_that_it_is_no_date(tmp_path) -> None:
    """1900-01-01 (a 0 or 1 formatted as a date) and 9999-12-31 read "is not a date", and the
    clerk looked at a cell that plainly shows a date: the skip says the year is the trouble."""
    from datetime import datetime

    path = _messy(tmp_path, "years.xlsx", [
        ["PI-1", "Buyer 1", datetime(1900, 1, 1), 1000, "USD"],
        ["PI-2", "Buyer 2", "9999-12-31", 2000, "USD"],
        ["PI-3", "Buyer 3", "2025-02-30", 3000, "USD"],
        ["PI-4", "Buyer 4", datetime(2025, 3, 4), 4000, "USD"]])
    [result] = import_files(tmp_path / "db.sqlite", [path])
    assert [(s.row, s.message.code) for s in result.skipped] == [
        (2, "order_date_out_of_years"), (3, "order_date_out_of_years"), (4, "bad_order_date")]
    text = result.skipped[0].message.text
    assert "1900-01-01" in text and "1990" in text and "year" in text
    i18n.set_language("zh_CN")
    assert "年份" in result.skipped[1].message.text


def test_an_english_note_lists_cells_and_values_the_english_way(tmp_path) -> None:
    """The notes on formulas without a value, on unreadable cells and on a customer code
    written beside two names joined their lists with the Chinese 、 in English sentences
    ("(D3 (=D2*2)、D4 (=D2*3))"); each language's list is its own."""
    from datetime import date

    path = _messy(tmp_path, "formulas.xlsx", [
        ["PI-1", "Buyer 1", date(2025, 3, 1), 1000, "USD"],
        ["PI-2", "Buyer 2", date(2025, 3, 2), "=D2*2", "USD"],
        ["PI-3", "Buyer 3", date(2025, 3, 3), "=D2*3", "USD"],
        ["PI-4", "Buyer 4", date(2025, 3, 4), 4000, "US$/RMB"],
        ["PI-5", "Buyer 5", date(2025, 3, 5), 5000, "123"]])
    [result] = import_files(tmp_path / "db.sqlite", [path])
    notes = {m.code: m for m in result.warnings}
    assert "(D3 (=D2*2), D4 (=D2*3))" in notes["uncomputed_formulas"].text
    [unread] = [m for m in result.warnings if "“123”" in m.text]
    assert "“US$/RMB”, “123”" in unread.text
    i18n.set_language("zh_CN")
    assert "D3（=D2*2）、D4（=D2*3）" in notes["uncomputed_formulas"].text  # win42: （）
    assert "“US$/RMB”、“123”" in unread.text


def _with_calc_chain(path: Path) -> Path:
    """The workbook as Excel saves it: with a calculation chain listing the formula cells
    left on its summary sheet (sheet 2); the ledger's errors were pasted there as values."""
    import io
    import zipfile

    chain = (f'<?xml version="1.0" encoding="UTF-8"?><calcChain xmlns="{CORPUS.MAIN_NS}">'
             '<c r="B2" i="2"/></calcChain>')
    out = io.BytesIO()
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item.filename, old.read(item.filename))
        new.writestr("xl/calcChain.xml", chain)
    saved = path.with_name("excel " + path.name)
    saved.write_bytes(out.getvalue())
    return saved


@pytest.mark.parametrize("as_excel_saves", [False, True])
def test_excel_errors_in_cells_are_named_not_read_as_blank(tmp_path, as_excel_saves) -> None:
    """#REF! in 金额 (a row deleted), #N/A in 客户名称 (a VLOOKUP that found nothing) and
    #DIV/0! in 已收金额 were read as empty without a word: rows skipped as "no amount", "no
    customer", and a received figure lost, its buyer looking unpaid. Each cell is named with
    its error and the cure; the other rows import as before."""
    from datetime import date

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "2025年3月"
    sheet.append([*CORPUS.HEADER, "已收金额"])
    sheet.append(["PI-1", "Buyer 1", date(2025, 3, 1), "#REF!", "USD", 100])
    sheet.append(["PI-2", "Buyer 2", date(2025, 3, 2), 2000, "USD", "#DIV/0!"])
    sheet.append(["PI-3", "Buyer 3", date(2025, 3, 3), 3000, "USD", 3000])
    sheet.append(["PI-4", "#N/A", date(2025, 3, 4), 4000, "USD", None])
    path = tmp_path / "errors.xlsx"
    if as_excel_saves:  # errors pasted as values on a sheet the chain does not list
        book.create_sheet("汇总").append(["合计", "=SUM(1,2)"])
    book.save(path)
    if as_excel_saves:
        path = _with_calc_chain(path)
    [result] = import_files(tmp_path / "db.sqlite", [path])
    assert result.status == "imported"
    [note] = [m for m in result.warnings if m.code == "error_cells"]
    assert "3 cells show an Excel error" in note.text
    assert "D2 (#REF!), F3 (#DIV/0!), B5 (#N/A)" in note.text
    assert "Correct the formulas" in note.text
    assert _amounts(tmp_path / "db.sqlite") == {"PI-2": 2000.0, "PI-3": 3000.0}
    i18n.set_language("zh_CN")
    assert "Excel 错误值" in note.text and "D2（#REF!）、F3（#DIV/0!）、B5（#N/A）" in note.text


def test_an_excel_error_kept_as_text_is_named_not_a_customer(tmp_path) -> None:
    """A CSV saved from a sheet whose lookup found nothing keeps "#N/A" as text: it was a
    customer named #N/A holding that row's 1,000 (and every other failed lookup's), and
    "#REF!" in 金额 was "not a number", unlike the same cells in an xlsx. Each is the Excel
    error it shows: read as empty, named with its cell and the cure, in either language."""
    path = tmp_path / "errors.csv"
    path.write_text("合同号,客户名称,下单日期,金额,币种,已收金额\n"
                    "PI-1,#N/A,2025-03-01,1000,USD,\n"
                    "PI-2,Buyer 2,2025-03-02,#REF!,USD,\n"
                    "PI-3,Buyer 3,2025-03-03,3000,USD,#DIV/0!\n", encoding="utf-8")
    for language, words, (left, right) in (
            ("en", "3 cells show an Excel error instead of a value", (" (", ")")),
            ("zh_CN", "Excel 错误值", ("（", "）"))):  # each language's brackets (win42)
        db = tmp_path / f"{language}.sqlite"
        done = _main("--lang", language, "import", "--db", str(db), str(path), home=tmp_path)
        assert done.returncode == 0, done.stderr[-500:]
        assert words in done.stdout and "Traceback" not in done.stderr
        assert f"B2{left}#N/A{right}" in done.stdout and f"D3{left}#REF!{right}" in done.stdout
        assert f"F4{left}#DIV/0!{right}" in done.stdout
        conn = connect(db)
        names = [r[0] for r in conn.execute("SELECT name FROM customers")]
        conn.close()
        assert names == ["Buyer 3"]
    conn = connect(tmp_path / "en.sqlite")
    [tab] = preview_file(conn, path).sheets  # the dialog's preview skips the two rows too
    conn.close()
    assert tab.counts.taken == 1 and tab.row_notes[0].code == "missing_customer"


def _xls_with_errors_and_hidden_rows(path: Path) -> Path:
    """A legacy .xls (xlwt writes BIFF8 as Excel 97-2003 does): five orders, B3 a lookup's
    #N/A, F4's received figure #DIV/0!, rows 5 and 6 hidden."""
    from datetime import date

    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("2025年3月")
    for column, header in enumerate([*CORPUS.HEADER, "已收金额"]):
        sheet.write(0, column, header)
    dated = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for n in range(1, 6):
        sheet.write(n, 0, f"PI-{n}")
        sheet.write(n, 2, date(2025, 3, n), dated)
        sheet.write(n, 3, 1000 * n)
        sheet.write(n, 4, "USD")
        if n != 2:
            sheet.write(n, 1, f"Buyer {n}")
        if n != 3:
            sheet.write(n, 5, 1000 * n)
    sheet.row(2).set_cell_error(1, 0x2A)  # #N/A
    sheet.row(3).set_cell_error(5, 0x07)  # #DIV/0!
    sheet.row(4).hidden = sheet.row(5).hidden = True
    book.save(str(path))
    return path


def test_an_xls_says_its_error_cells_and_hidden_rows_as_an_xlsx_does(tmp_path) -> None:
    """calamine reads an .xls cell showing an Excel error as empty and says nothing of its
    rows' state: the #N/A customer's row was skipped as "no customer" and the #DIV/0!
    received figure left Buyer 3's 3,000 open without a word why, and two hidden rows were
    read unsaid. Both are now named from the file's records, as an xlsx's are."""
    path = _xls_with_errors_and_hidden_rows(tmp_path / "2025年3月.xls")
    for language, words in (("en", ("2 cells show an Excel error instead of a value "
                                    "(B3 (#N/A), F4 (#DIV/0!))",
                                    "2 rows hidden in the workbook were read as any other "
                                    "(rows 5–6)")),
                            ("zh_CN", ("B3（#N/A）、F4（#DIV/0!）", "有 2 行在工作簿中被隐藏"))):
        db = tmp_path / f"{language}.sqlite"
        done = _main("--lang", language, "import", "--db", str(db), str(path), home=tmp_path)
        assert done.returncode == 0, done.stderr[-500:]
        assert all(w in done.stdout for w in words), done.stdout
    assert set(_amounts(tmp_path / "en.sqlite")) == {"PI-1", "PI-3", "PI-4", "PI-5"}


def test_a_far_entry_in_an_xls_costs_no_more_than_its_data(tmp_path, firm_db) -> None:
    """One "x" at IV65536 (the last cell of an .xls) under five orders made calamine build a
    grid of 16.8 million cells as it opened the file: 4.3 s and 1.2 GB for five rows. Named
    now before it is opened, as an xlsx's far entry is, the database as it was."""
    import xlwt

    path = tmp_path / "far.xls"
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("3月")
    for row, values in enumerate(CORPUS.month_rows(3)):
        for column, value in enumerate(values):
            sheet.write(row, column, str(value))
    sheet.write(65535, 255, "x")
    book.save(str(path))
    before = contents(firm_db)
    for language, words in (("en", "press Ctrl+End"), ("zh_CN", "按 Ctrl+End")):
        done = _main("--lang", language, "import", "--db", str(firm_db), str(path),
                     home=tmp_path)
        assert done.returncode == 1, done.stderr[-500:]
        assert "far.xls" in done.stderr and "“3月”" in done.stderr
        assert "IV65536" in done.stderr and words in done.stderr
    assert contents(firm_db) == before


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_a_stray_entry_at_iv65536_is_named_in_an_xlsx_and_an_ods(tmp_path, kind) -> None:
    """The far entry an .xls's last cell makes (IV65536) in an xlsx cost 3.3 s and 700 MB,
    in an .ods 17.6 s and 1.2 GB, for ten orders: under the 30,000,000 cells a grid is
    refused at, it was read. A grid over 8,000,000 cells under a hundredth full is named
    now, as beyond."""
    if kind == "xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = "3月"
        for row in CORPUS.month_rows(3):
            sheet.append(row)
        sheet["IV65536"] = "x"
        path = tmp_path / "far.xlsx"
        book.save(path)
    else:
        path = _ods(tmp_path / "far.ods", (
            '<table:table-row table:number-rows-repeated="65529"><table:table-cell/>'
            '</table:table-row><table:table-row><table:table-cell '
            'table:number-columns-repeated="255"/><table:table-cell office:value-type='
            '"string"><text:p>x</text:p></table:table-cell></table:table-row>'))
    [result] = import_files(tmp_path / "db.sqlite", [path])
    assert result.refused and result.message.code == "sheet_too_large"
    assert "IV65536" in result.message.text and "“3月”" in result.message.text


def test_only_a_mostly_empty_large_grid_is_a_stray_entrys() -> None:
    from core.ledger.readers.extent import stray

    assert stray(65_536, 256, 60)  # one cell at IV65536 under ten orders
    assert not stray(65_536, 64, 2_000_000)  # a full .xls of 64 columns
    assert not stray(200_000, 25, 5_000_000)  # a one-tab ledger of 200,000 rows
    assert not stray(1_048_576, 5, 31)  # a space in E1048576: read as before


def _ods(path: Path, after: str) -> Path:
    """An .ods as LibreOffice writes it: the header and five orders on tab 3月, then `after`
    (rows of table XML)."""
    rows = "".join(ods_row(row) for row in [
        CORPUS.HEADER, *[[f"PI-{n}", f"Buyer {n}", f"2025-03-0{n}", 1000 * n, "USD"]
                         for n in range(1, 6)]])
    return write_ods(path, {"3月": rows + after})


def test_a_far_entry_in_an_ods_is_named_before_it_is_read(tmp_path, firm_db) -> None:
    """One "x" at BH1000000 of an .ods (a million rows LibreOffice writes as "repeated") had
    calamine build a grid of 60 million cells as it opened the file: 46.8 s and 4.3 GB, and
    further right the allocator aborts the process. Now refused as an xlsx's far entry is,
    naming the sheet, the cell and Ctrl+End, the database as it was; in the preview too."""
    path = _ods(tmp_path / "far.ods", (
        '<table:table-row table:number-rows-repeated="999993"><table:table-cell/>'
        '</table:table-row><table:table-row><table:table-cell '
        'table:number-columns-repeated="59"/><table:table-cell office:value-type="string">'
        "<text:p>x</text:p></table:table-cell></table:table-row>"))
    _refused_as_it_was(tmp_path, firm_db, path, ("press Ctrl+End", "按 Ctrl+End"),
                       ("far.ods", "“3月”", "BH1000000"), "sheet_too_large")


def test_an_ods_says_its_hidden_rows(tmp_path) -> None:
    """A row folded away in LibreOffice or WPS (table:visibility="collapse") was read unsaid
    in an .ods, as in an xlsx before; now counted in the report as an xlsx's is."""
    path = _ods(tmp_path / "hidden.ods", (
        '<table:table-row table:visibility="collapse"><table:table-cell office:value-type='
        '"string"><text:p>PI-9</text:p></table:table-cell><table:table-cell office:value-type'
        '="string"><text:p>Buyer 9</text:p></table:table-cell><table:table-cell office:value-'
        'type="string"><text:p>2025-03-09</text:p></table:table-cell><table:table-cell office'
        ':value-type="float" office:value="9000"><text:p>9000</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p>USD</text:p></table:table-cell>'
        '</table:table-row><table:table-row table:number-rows-repeated="1048569" '
        'table:visibility="collapse"><table:table-cell/></table:table-row>'))
    [result] = import_files(tmp_path / "db.sqlite", [path])
    assert result.status == "imported" and result.counts.inserted == 6
    [note] = [w for w in result.warnings if w.code == "hidden_rows_read"]
    assert "1 row hidden in the workbook was read as any other (row 7)" in note.text


def test_a_file_no_row_of_which_is_taken_says_why_and_what_to_do(tmp_path, firm_db) -> None:
    """Refused with "no row could be taken (0 rows skipped)." and nothing more: a tab of
    headers only, or every amount a #REF!, whose note on the errors a refusal never shows."""
    from datetime import date

    from openpyxl import Workbook

    headers = _messy(tmp_path, "headers.xlsx", [])
    book = Workbook()
    sheet = book.active
    sheet.title = "2025年3月"
    sheet.append(CORPUS.HEADER)
    for n in range(3):
        sheet.append([f"PI-{n}", f"Buyer {n}", date(2025, 3, n + 1), "#REF!", "USD"])
    errors = tmp_path / "errors.xlsx"
    book.save(errors)
    dates = _messy(tmp_path, "dates.xlsx", [["PI-1", "Buyer 1", "不详", 100, "USD"]])
    before = contents(firm_db)
    empty, broken, undated = import_files(firm_db, [headers, errors, dates])
    assert contents(firm_db) == before
    assert empty.refused and empty.message.code == "no_rows"
    assert "headers.xlsx" in empty.message.text and "no order under" in empty.message.text
    assert broken.refused and broken.message.code == "no_rows_errors"
    assert "D2 (#REF!), D3 (#REF!), D4 (#REF!)" in broken.message.text
    assert "Correct the formulas" in broken.message.text
    assert undated.refused and undated.message.code == "no_rows"
    assert "correct it and import" in undated.message.text
    i18n.set_language("zh_CN")
    assert "没有订单" in empty.message.text and "Excel 错误值" in broken.message.text
    assert "改正" in undated.message.text


def _with_far_entry(tmp_path: Path, name: str, hidden: bool = False, value: object = "x"
                    ) -> Path:
    """February's and March's tabs, something in March's (or a hidden third tab's) cell
    XFD1048576, the sheet's last, as a clerk leaves it after Ctrl+End and a keystroke;
    `value` None: the cell only formatted."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    for month in (2, 3):
        sheet = book.create_sheet(f"{month}月")
        for row in CORPUS.month_rows(month):
            sheet.append(row)
    far = book.create_sheet("备用") if hidden else sheet
    if hidden:
        far.sheet_state = "hidden"
    far["XFD1048576"] = value
    far["XFD1048576"].font = Font(bold=True)
    path = tmp_path / name
    book.save(path)
    return path


def test_an_entry_in_a_sheets_last_cell_is_named_not_a_crash(tmp_path, firm_db) -> None:
    """calamine reads a sheet as one grid from A1 to its last cell: an "x" in XFD1048576
    asked it for 550 GB and the allocator aborted the process (the window gone, the command
    line killed by SIGABRT, nothing said). Now the file is refused naming the sheet, the cell
    and how to clear it, the database as it was; in the import dialog's preview too."""
    path = _with_far_entry(tmp_path, "far.xlsx")
    before = contents(firm_db)
    for language, words in (("en", "press Ctrl+End"), ("zh_CN", "按 Ctrl+End")):
        done = _main("--lang", language, "import", "--db", str(firm_db), str(path),
                     home=tmp_path)
        assert done.returncode == 1, (done.returncode, done.stderr[-500:])
        assert "far.xlsx" in done.stderr and "3月" in done.stderr
        assert "XFD1048576" in done.stderr and words in done.stderr
        assert "Traceback" not in done.stderr
    assert contents(firm_db) == before
    conn = connect(firm_db)
    shown = preview_file(conn, path)
    conn.close()
    refusals = [shown.refusal] if shown.refusal else [s.refused for s in shown.sheets]
    assert any(r is not None and r.code == "sheet_too_large" for r in refusals)


def test_a_far_entry_on_a_hidden_tab_or_a_formatted_far_cell_leaves_the_months(tmp_path):
    """A hidden spare tab with the far entry is passed over, named; a far cell only
    formatted (no value) is nothing calamine builds: both files import their 20 rows."""
    hidden = _with_far_entry(tmp_path, "hidden far.xlsx", hidden=True)
    formatted = _with_far_entry(tmp_path, "formatted far.xlsx", value=None)
    first, second = import_files(tmp_path / "db.sqlite", [hidden, formatted])
    assert first.status == "imported" and first.counts.inserted == 20
    assert {p.name: p.reason.code for p in first.passed} == {"备用": "sheet_unreadable"}
    assert "XFD1048576" in first.passed[0].reason.text
    assert second.status == "imported"


def test_a_workbook_of_many_tabs_without_ship_dates_says_so_once(tmp_path) -> None:
    """40 tabs without a ship-date column printed 40 lines of the same note, burying the
    notes that asked for something; now one line names the tabs."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for month in range(1, 13):
        sheet = book.create_sheet(f"{month}月")
        for row in CORPUS.month_rows(month):
            sheet.append(row)
    path = tmp_path / "2025.xlsx"
    book.save(path)
    [result] = import_files(tmp_path / "db.sqlite", [path])
    [note] = [w for w in result.warnings if w.code == "no_ship_date_column"]
    assert note.text == ("12 sheets have no ship-date column (“1月”, “2月”, “3月”, “4月”, “5月”, "
                         "“6月”, …): shipments will be estimated from order dates.")
    i18n.set_language("zh_CN")
    assert note.text.startswith("12 个工作表没有出货日期列（“1月”、“2月”")


def test_a_cell_of_hundreds_of_characters_is_quoted_short(tmp_path) -> None:
    """1e300 in 金额 or 已收金额 was quoted as its 301 digits, and a paragraph pasted into 金额
    whole, in the line that names the row: a cell is quoted to its first 40 characters."""
    from datetime import date

    paragraph = "客户说下个月再付款，" * 30
    path = _messy(tmp_path, "long.xlsx", [
        ["PI-1", "Buyer 1", date(2025, 3, 1), 1e300, "USD"],
        ["PI-2", "Buyer 2", date(2025, 3, 2), paragraph, "USD"],
        ["PI-3", "Buyer 3", date(2025, 3, 3), 3000, "USD"]])
    [result] = import_files(tmp_path / "db.sqlite", [path])
    huge, words = (s.message for s in result.skipped)
    assert huge.code == "amount_too_large" and words.code == "bad_amount"
    assert "“1000000000000000" in huge.text and "…”" in huge.text and len(huge.text) < 200
    assert f"“{paragraph[:40]}…”" in words.text and len(words.text) < 120


def test_a_folder_named_like_a_ledger_is_said_to_be_a_folder(tmp_path, firm_db) -> None:
    """A folder "3月.xlsx" (a month's files saved into one) was "does not exist" on the
    command line and "was not found … moved, renamed or deleted" in the dialog's preview,
    though it was right there."""
    folder = tmp_path / "3月.xlsx"
    folder.mkdir()
    [result] = import_files(firm_db, [folder])
    assert result.refused and result.message.code == "file_not_found"
    assert "is a folder" in result.message.text
    conn = connect(firm_db)
    shown = preview_file(conn, folder)
    conn.close()
    assert shown.refusal is not None and "is a folder" in shown.refusal.text
    i18n.set_language("zh_CN")
    assert "是一个文件夹" in result.message.text


def test_a_csv_saved_under_an_excel_name_says_it_is_text(tmp_path) -> None:
    """A GB18030 CSV named 3月.xlsx was "not a spreadsheet TradeTier can read", and the clerk
    had no idea what the file was; it says it holds plain text and how to import it."""
    path = tmp_path / "3月.xlsx"
    path.write_bytes("合同号,客户名称,下单日期,金额\nPI-1,宁波甲,2025-03-01,100\n".encode("gb18030"))
    [result] = import_files(tmp_path / "db.sqlite", [path])
    assert result.refused and result.message.code == "not_a_workbook"
    assert "plain text" in result.message.text and ".csv" in result.message.text
    renamed = path.rename(tmp_path / "3月.csv")
    [again] = import_files(tmp_path / "db.sqlite", [renamed])
    assert again.status == "imported" and again.counts.inserted == 1


def test_a_space_in_a_sheets_last_row_leaves_the_empty_rows_above_it_unread(tmp_path) -> None:
    """A space typed in E1048576 under five orders made every import carry 1,048,570 empty
    rows through the reading (11.6 s and 650 MB for five orders); the empty rows at a
    sheet's end are left where they are, the five orders read as before."""
    from datetime import date

    path = _messy(tmp_path, "space.xlsx", [
        [f"PI-{n}", f"Buyer {n}", date(2025, 3, n), 100.0 * n, "USD"] for n in range(1, 6)])
    from openpyxl import load_workbook

    book = load_workbook(path)
    book.active["E1048576"] = " "
    book.save(path)
    [sheet] = read_workbook(path).sheets
    assert len(sheet.rows) == 6 and sheet.first_row_number == 1
    [result] = import_files(tmp_path / "db.sqlite", [path])
    assert result.status == "imported" and result.counts.inserted == 5
    assert _amounts(tmp_path / "db.sqlite")["PI-5"] == 500.0


def test_a_csv_ending_in_a_million_empty_lines_reads_its_rows_alone(tmp_path) -> None:
    """An ERP's CSV of one order followed by 1,000,000 lines of ",,," held them all (8 MB
    of file, 1.2 GB read): the empty lines at its end are left unread, those between rows
    kept, so row numbers stay the file's."""
    path = tmp_path / "erp.csv"
    path.write_text("合同号,客户名称,下单日期,金额\n,,,\nPI-1,Buyer 1,2025-03-01,100\n"
                    + ",,,\n" * 1_000_000, encoding="utf-8")
    [sheet] = read_workbook(path).sheets
    assert sheet.rows == [["合同号", "客户名称", "下单日期", "金额"], [None] * 4,
                          ["PI-1", "Buyer 1", "2025-03-01", "100"]]


def test_an_optional_cell_too_long_for_money_or_of_no_ledgers_year_says_which(tmp_path):
    """A card number in 已收金额 and 9999-12-31 in 收款日期 were named "is not a number" and
    "is not a date", as for a cell of words; they say what is wrong with them, as the row's
    amount and order date do."""
    from datetime import date

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "2025年3月"
    sheet.append([*CORPUS.HEADER, "已收金额", "收款日期"])
    sheet.append(["PI-1", "Buyer 1", date(2025, 3, 1), 1000, "USD", "6222021234567890123",
                  date(2025, 3, 5)])
    sheet.append(["PI-2", "Buyer 2", date(2025, 3, 2), 2000, "USD", 2000, "9999-12-31"])
    sheet.append(["PI-3", "Buyer 3", date(2025, 3, 3), 3000, "USD", "一千", "不详"])
    path = tmp_path / "optional.xlsx"
    book.save(path)
    [result] = import_files(tmp_path / "db.sqlite", [path])
    said = {m.code: m for m in result.warnings}
    notes = {code: m.text for code, m in said.items()}
    assert "“6222021234567890123” has more than 15 digits" in notes["unread_money_too_large"]
    assert "(row 2)" in notes["unread_money_too_large"]
    assert "“9999-12-31” is a date outside the years" in notes["unread_date_out_of_years"]
    assert "“一千” is not a number" in notes["unread_money"]
    assert "“不详” is not a date" in notes["unread_date"]
    i18n.set_language("zh_CN")
    assert "超过 15 位数字" in said["unread_money_too_large"].text
    assert "年份不在台账日期的范围内" in said["unread_date_out_of_years"].text
