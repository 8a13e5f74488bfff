"""The window's words in each language (win43): row ranges joined as the language joins a
list, the date of a correction in the language's brackets, a file refused named once beside
its word, the corrections dialog's empty state said across the table."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

from ledgers import write_xlsx
from test_fix39c_spare_tabs import _spares
from test_import_dialog import _dialog
from test_win42_lists import _in_chinese

from core import i18n
from core.cli.main import run
from core.ledger.importer import import_files
from core.ledger.rows import ranges_text
from core.messages import Message
from core.store import connect
from ui.importing.result import ResultPage
from ui.importing.summary import file_lines
from ui.operations import ImportOutcome

HEADER = ["合同号", "客户名称", "下单日期", "金额", "币种"]


def _skipping(tmp_path: Path) -> Path:
    """Rows 3–4 and 6 of “3月” skipped for one reason: an order date that is no date."""
    rows = [[f"PI-{n}", f"Buyer {n}", "soon" if n in (2, 3, 5) else date(2025, 3, n),
             1000 * n, "USD"] for n in range(1, 7)]
    return write_xlsx(tmp_path / "台账 2025-03.xlsx", {"3月": [HEADER, *rows]})


def test_the_result_pages_skipped_rows_join_as_the_language_lists(qtbot, tmp_path) -> None:
    """"3–4, 6" beside Chinese words read as a slip: 3–4、6 (as core's notes say it)."""
    [result] = import_files(tmp_path / "firm.sqlite", [_skipping(tmp_path)])
    page = ResultPage()
    qtbot.addWidget(page)
    page.show_outcome(ImportOutcome([result]))

    def ranges() -> str:
        page.retranslate()
        top = page.tree.topLevelItem(0)
        [group] = [top.child(n) for n in range(top.childCount())
                   if top.child(n).childCount()]
        return group.child(0).text(1)

    assert ranges() == "3–4, 6"
    assert _in_chinese(ranges) == "3–4、6"


def test_a_notes_row_ranges_follow_a_language_chosen_after_it_was_made() -> None:
    made = _in_chinese(lambda: ranges_text([3, 4, 6, 9]))
    assert made == "3–4、6、9"
    said = Message("x", "rows {rows}", {"rows": made})
    assert said.text == "rows 3–4, 6, 9"  # read in English: English separators


def test_the_overrides_command_writes_the_date_in_the_languages_brackets(tmp_path) -> None:
    path = write_xlsx(tmp_path / "台账.xlsx", {"3月": [HEADER, ["PI-1", "Buyer", date(
        2025, 3, 1), 1000, "USD"]]})
    db = tmp_path / "firm.sqlite"
    import_files(db, [path])
    out, err = io.StringIO(), io.StringIO()
    assert run(["--lang", "en", "customer", "pin", "--db", str(db), "Buyer", "black"],
               out, err) == 0
    listed = {}
    for language in ("en", "zh_CN"):
        out = io.StringIO()
        run(["--lang", language, "customer", "overrides", "--db", str(db)], out, err)
        listed[language] = out.getvalue().splitlines()[1]
    i18n.set_language("en")
    assert re.search(r"。（\d{4}-\d\d-\d\d \d\d:\d\d）$", listed["zh_CN"]), listed["zh_CN"]
    assert re.search(r"\. \(\d{4}-\d\d-\d\d \d\d:\d\d\)$", listed["en"]), listed["en"]


def test_a_file_refused_before_any_tab_is_named_once_beside_its_word(qtbot, db_path,
                                                                    tmp_path) -> None:
    """"two.xls：已拒绝（xls）" over "two.xls：没有找到…", and "已拒绝（xls）：two.xls：…"
    beside the file's own name on the files page: the name said twice."""
    path = _spares(tmp_path / "two.xls", 2)
    for language, word in (("en", "REFUSED (xls)"), ("zh_CN", "已拒绝（xls）")):
        out, err = io.StringIO(), io.StringIO()
        run(["--lang", language, "import", "--db", str(tmp_path / "cli.sqlite"), str(path)],
            out, err)
        report = out.getvalue()
        assert report.startswith("two.xls") and word in report, report
        assert report.count("two.xls") == 1, report
        assert "two.xls" in err.getvalue()  # said alone, the reason keeps the name
    i18n.set_language("en")
    dialog = _dialog(qtbot, db_path, [path])
    [state] = dialog.states
    for language, word in (("en", "REFUSED (xls): "), ("zh_CN", "已拒绝（xls）：")):
        i18n.set_language(language)
        dialog._refresh_list()
        item = dialog.files_list.topLevelItem(0)
        assert item.text(0) == "two.xls"
        assert item.text(1).startswith(word) and "two.xls" not in item.text(1), item.text(1)
    i18n.set_language("en")
    # the result page and its summary (the final read-through: their calls untested)
    [result] = import_files(tmp_path / "page.sqlite", [path])
    page = ResultPage()
    qtbot.addWidget(page)
    page.show_outcome(ImportOutcome([result]))
    top = page.tree.topLevelItem(0)
    said = " ".join(top.text(column) for column in range(page.tree.columnCount()))
    assert said.count("two.xls") == 1, said
    lines, _ = file_lines(result)
    assert lines and not any("two.xls" in text for text, _ in lines), lines


def test_the_empty_corrections_list_says_so_across_the_table(qtbot, db_path) -> None:
    from ui.customers.corrections_view import CorrectionsDialog
    from ui.tasks import Runner

    with connect(db_path):
        pass
    runner = Runner()
    dialog = CorrectionsDialog(db_path, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: runner.current is None, timeout=20000)  # the list read
    header = dialog.table.horizontalHeader()
    assert not header.isVisible()  # no bare "Date | Correction | …" over a blank box
    assert dialog.empty.isVisible()
    assert dialog.empty.text().startswith("No corrections yet")
    assert dialog.empty.geometry() == dialog.table.viewport().rect()
    i18n.set_language("zh_CN")
    try:
        dialog.retranslate()
        assert dialog.empty.text().startswith("还没有修正")
    finally:
        i18n.set_language("en")


def test_a_remembered_layouts_aside_is_set_off_as_the_language_sets_one_off(tmp_path) -> None:
    """"导入 1 行 （沿用记住的列对应）": a space before the full-width bracket."""
    db = tmp_path / "firm.sqlite"
    said = {}
    for month, language in ((3, "en"), (4, "en"), (5, "zh_CN")):
        path = write_xlsx(tmp_path / f"台账 2025-0{month}.xlsx", {f"{month}月": [HEADER, [
            f"PI-{month}", "Buyer", date(2025, month, 1), 1000, "USD"]]})
        out = io.StringIO()
        run(["--lang", language, "import", "--db", str(db), str(path)], out, io.StringIO())
        said[month] = out.getvalue().splitlines()[1]
    i18n.set_language("en")
    assert said[4].endswith(" (remembered layout)"), said[4]
    assert said[5].endswith("行（沿用记住的列对应）"), said[5]


def test_the_mapping_pages_remembered_layout_is_set_off_the_chinese_way(qtbot, db_path,
                                                                         tmp_path) -> None:
    from ui.importing.dialog import MAPPING

    def month(m: int) -> Path:
        return write_xlsx(tmp_path / f"台账 2025-0{m}.xlsx", {f"{m}月": [HEADER, [
            f"PI-{m}", "Buyer", date(2025, m, 1), 1000, "USD"]]})

    import_files(db_path, [month(3)])
    dialog = _dialog(qtbot, db_path, [month(4)])
    dialog._go(MAPPING)
    i18n.set_language("zh_CN")
    try:
        dialog.editor.show_state(dialog.states[0])
        said = dialog.editor.sheet_label.text()
    finally:
        i18n.set_language("en")
    assert said.endswith("行（沿用记住的列对应）"), said


def test_the_customers_command_names_a_country_in_english_as_the_window_does(tmp_path) -> None:
    """`customers --lang en` printed the ledger's 日本 where the window's table says Japan."""
    path = write_xlsx(tmp_path / "台账.xlsx", {"3月": [[*HEADER, "国家"], [
        "PI-1", "Buyer", date(2025, 3, 1), 1000, "USD", "日本"]]})
    db = tmp_path / "firm.sqlite"
    import_files(db, [path])
    said = {}
    for language in ("en", "zh_CN"):
        out = io.StringIO()
        run(["--lang", language, "customers", "--db", str(db)], out, io.StringIO())
        said[language] = out.getvalue().splitlines()[-1]  # the table's one row
    i18n.set_language("en")
    assert "  Buyer  " in said["en"] and " Japan " in said["en"], said["en"]
    assert "日本" not in said["en"] and " 日本 " in said["zh_CN"], said["zh_CN"]


def test_a_totals_rows_sentences_follow_each_other_without_a_gap_after_a_chinese_stop(
        ) -> None:
    """"（相差 -5,157.00）。 金额正好等于差额的行：105。 下一步…": a space after 。."""
    from core.ledger.report import totals_line
    from core.ledger.rows import TotalsCheck

    check = TotalsCheck("5月", 106, 2_235_880.86, 2_241_037.86, 2_241_037.86, [], [105])
    said = _in_chinese(lambda: totals_line(check))
    assert "。 " not in said and "）。金额正好等于差额的行：105。下一步" in said, said
    assert "(difference -5,157.00). Row with that amount: 105. Next: " in totals_line(check)
