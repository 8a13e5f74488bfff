"""Figures and looks that were typed twice now live once and are read from there: the aging
limits (the buckets' labels), the article's margin bands (the settings' words), the print
colours (workbook, PDF, sample ledgers) and the commands' progress line. The words and colours a
user sees are the same as before in both languages; changing the rule changes the words."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from ledgers import write_xlsx
from test_actions import make_analysis
from test_cli import ROWS

from core import i18n
from core.actions import print_colours, stop_loss
from core.actions.export import write_documents
from core.analysis import names, pyramid
from core.analysis.aging import bucket
from core.cli import progress_line
from core.cli.main import run
from core.setting_words import explanation_text
from core.settings import BY_KEY
from ui import style
from ui.settings.editors import choice_label, default_text

LABELS = {"en": ["not due", "1–30 days", "31–60 days", "61–90 days", "91+ days"],
          "zh_CN": ["未到期", "1–30 天", "31–60 天", "61–90 天", "91 天以上"]}
BANDS = {"en": ("Margin bands per tier: the article's (35–45 / 25–30 / 15–20%) or your own "
                "quartiles.", "The article's (35–45 / 25–30 / 15–20%)"),
         "zh_CN": ("各层级毛利率区间：用文章的（35–45 / 25–30 / 15–20%）或本公司自己的四分位数。",
                   "文章的区间（35–45 / 25–30 / 15–20%）")}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_aging_labels_say_the_limits_the_buckets_are_cut_at(language, monkeypatch):
    i18n.set_language(language)
    assert [names.bucket_name(code) for code in names.BUCKETS] == LABELS[language]
    low = 0
    for days in range(-3, 200):  # every day overdue falls in the bucket its label names
        code = bucket(days)
        if code not in (names.BUCKETS[0], names.BUCKETS[-1]):
            low, high = (int(n) for n in code[1:].split("_"))  # "d31_60"
            assert low <= days <= high and f"{low}–{high}" in names.bucket_name(code)
    assert bucket(names.AGING_LIMITS[-1] + 1) == names.BUCKETS[-1]
    monkeypatch.setattr(names, "AGING_LIMITS", (15, 45, 75))
    assert names.bucket_name("d31_60").startswith("16–45")
    assert names.bucket_name("d91_plus").startswith("76")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_settings_say_the_article_s_bands_from_the_rule(language, monkeypatch):
    i18n.set_language(language)
    setting = BY_KEY["margin_bands"]
    explanation, choice = BANDS[language]
    assert explanation_text(setting) == explanation
    assert choice_label("article") == choice and default_text(setting).endswith(choice)
    monkeypatch.setattr(pyramid, "ARTICLE_BANDS", {**pyramid.ARTICLE_BANDS,
                                                   "strategic": (0.40, 0.50)})
    assert "40–50 / 25–30 / 15–20" in explanation_text(setting)
    assert "40–50 / 25–30 / 15–20" in choice_label("article")


def test_a_printed_list_and_its_workbook_share_the_print_colours(tmp_path: Path):
    assert (print_colours.HEADER, print_colours.RULE, print_colours.ALERT) == (
        "DDEBF7", "A6A6A6", "C00000")  # the colours every list was printed in before
    assert (style.PRINT_HEADER, style.PRINT_RULE, style.PRINT_ALERT) == (
        "#DDEBF7", "#A6A6A6", "#C00000")
    [path] = write_documents([(tmp_path / "stop_loss.xlsx", stop_loss.document(
        make_analysis()))])
    fills, rules, alerts = set(), set(), set()
    for sheet in openpyxl.load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                fills.add(cell.fill.fgColor.rgb if cell.fill.fill_type else None)
                rules.add(cell.border.left.color.rgb if cell.border.left.color else None)
                alerts.add(cell.font.color.rgb if cell.font.color else None)
    assert fills - {None} == {f"00{print_colours.HEADER}"}
    assert rules - {None} == {f"00{print_colours.RULE}"}
    assert f"00{print_colours.ALERT}" in alerts


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_each_command_blanks_its_progress_line_before_its_report(tmp_path: Path):
    ledger = write_xlsx(tmp_path / "ledger.xlsx", {"5月": ROWS})
    db = str(tmp_path / "firm.sqlite")
    blank = "\r" + " " * (progress_line.WIDTH + 10) + "\r"
    for argv in (["import", str(ledger)], ["export", "stop-loss", "-o",
                                           str(tmp_path / "list.xlsx")], ["movements"]):
        out, err = io.StringIO(), Terminal()
        assert run([*argv, "--db", db], out, err) == 0, err.getvalue()
        shown = err.getvalue()
        assert shown.startswith("\r") and "%" in shown, argv  # the line was drawn
        assert shown.count(blank) == 1 and "\r" not in shown.split(blank)[1], argv
