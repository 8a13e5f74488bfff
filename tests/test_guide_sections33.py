"""The guide says the same in both languages: every section of a page, and of the user guide,
in Chinese and in English, and the ledger words a clerk is told to write are the ones the
import reads. A section written in one language only (a clerk reading Chinese never told what
to write for a refund) fails here, named by its id."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.ledger.typed_rows import is_refund
from ui import help as guide

DOCS = Path(__file__).resolve().parent.parent / "docs"
# the topics on how payments, refunds, month files and statuses are read, and what to write
LEDGER_TOPICS = ("payments", "resent", "refunds", "months")


def _page(topic: str, language: str) -> str:
    return guide.help_html(topic, language).split("<body>", 1)[-1]


def _shape(html: str) -> list[tuple[str, str]]:
    """Each heading (its level and id), paragraph, list item and table row, in order."""
    marks = re.findall(r'<(h[23]|p|li|tr)\b(?:[^>]*\bid="([^"]+)")?', html)
    return [(tag, name) for tag, name in marks]


@pytest.mark.parametrize("topic", guide.topics())
def test_every_section_is_in_both_languages(topic: str) -> None:
    assert _shape(_page(topic, "zh_CN")) == _shape(_page(topic, "en"))


@pytest.mark.parametrize("topic", LEDGER_TOPICS)
def test_the_ledger_topics_name_their_sections_and_quote_the_same_cells(topic: str) -> None:
    """Every section of these pages has an id, so a missing one is named; both languages quote
    the same ledger words and examples (the cells a clerk writes: 退汇, C-1 + C-2, 尾款)."""
    english, chinese = _page(topic, "en"), _page(topic, "zh_CN")
    sections = re.findall(r"<h3\b([^>]*)>", english)
    assert len(sections) >= 3 and all('id="' in attributes for attributes in sections)
    quoted = re.findall(r"<code>(.*?)</code>", english)
    assert quoted and sorted(quoted) == sorted(re.findall(r"<code>(.*?)</code>", chinese))


def test_the_ledger_topics_are_listed_and_linked_from_the_import_page() -> None:
    assert set(LEDGER_TOPICS) <= set(guide.topics())
    for language in ("en", "zh_CN"):
        linked = re.findall(r'href="topic:(\w+)"', _page("import", language))
        assert linked == list(LEDGER_TOPICS), language


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_refund_words_are_those_the_import_reads(language: str) -> None:
    """The refunds page's table: each word in its first column makes a payment row's note a
    refund (core.ledger.typed_rows.is_refund), none in its second does. A rule changed there
    and not here fails."""
    [row] = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td></tr>", _page("refunds", language))
    refunds, money_in = (re.findall(r"<code>(.*?)</code>", cell) for cell in row)
    assert {"退汇", "退回货款", "refund"} <= set(refunds)
    assert {"退汇手续费", "退税", "退货", "已退汇重发", "未退汇"} <= set(money_in)
    assert [word for word in refunds if not is_refund(word)] == []
    assert [word for word in money_in if is_refund(word)] == []


def _sections(markdown: str) -> list[str]:
    """The user guide's headings: a section's number, and a mark for each of its subsections."""
    found = []
    for level, title in re.findall(r"^(#{2,3}) (.+)$", markdown, flags=re.MULTILINE):
        found.append(title.split(".", 1)[0] if level == "##" else "###")
    return found


def test_the_user_guides_have_the_same_sections() -> None:
    english = (DOCS / "user-guide.en.md").read_text(encoding="utf-8")
    chinese = (DOCS / "user-guide.zh_CN.md").read_text(encoding="utf-8")
    assert _sections(chinese) == _sections(english)
    assert "###" in _sections(english)
    def rows(text: str) -> int:  # the tables (what to write, where the data lives), row by row
        return sum(line.startswith("| ") for line in text.splitlines())

    assert rows(chinese) == rows(english)
    for word in ("退汇", "尾款", "合同号", "本月收款", "已恢复", "2025-04/台账.xlsx"):
        assert word in english and word in chinese, word


# what the pages quote of the import's words, in each language: the report's and the preview's
QUOTED = {
    "refunds": [("read as a refund", "按退汇读取")],
    "payments": [("taken as one payment, counted once, under its invoice",
                  "视为同一笔收款，只计一次，计在该发票上"),
                 ("a payment received, not an order", "收款，不是订单"),
                 ("no {field}, only {received} received", "没有{field}，只有已收 {received}")],
    "resent": [("re-sent with its sum or date corrected", "在重新发送的文件中改了金额或日期"),
               ("the later file's place is kept", "以较晚文件记的位置为准"),
               ("check it against the bank slip", "请对照银行水单核对")],
}


@pytest.mark.parametrize("topic", QUOTED)
def test_the_pages_quote_the_app_s_own_words(topic: str) -> None:
    """A report's sentence quoted in a page is the catalog's, in English and in Chinese: a
    message reworded and not its page fails here."""
    from core.paths import resource_dir
    from core.pofile import load_catalog

    catalog = load_catalog(resource_dir() / "locale" / "zh_CN")
    english, chinese = (re.sub(r"<[^>]+>", "", _page(topic, language))
                        for language in ("en", "zh_CN"))
    for said, zh in QUOTED[topic]:
        assert any(said in key and zh in value for key, value in catalog.items()), said
        shown = said.replace("{field}", "amount").replace("{received}", "20,000.00")
        assert shown in english, said
        assert zh.replace("{field}", "金额").replace("{received}", "20,000.00") in chinese, zh
