"""The Chinese catalog writes Chinese punctuation (win41).

The note on an amount kept from a later-dated file read "6,000.00 / 6,500.00 USD: 台账
2025-04.xlsx" in Chinese: its figure and file were joined in code with an English colon
(now core.ledger.row_places.said_file, translated "{said}：{file}"). And one sentence wrote
"成本(人民币)" where the rest of the catalog (533 brackets) writes "（）". Every msgstr is
checked, so a new string cannot bring either back."""

from __future__ import annotations

import re

from core.paths import resource_dir
from core.pofile import parse_po

PLACEHOLDER = re.compile(r"\{[^{}]*\}")  # {count}, {share:.0%}: Python's, not the reader's
# an English colon before Chinese, before a placeholder (its value may be Chinese), or ending
# the text: "USD: 台账", "{file}: {said}", "如下:"
ENGLISH_COLON = re.compile(r":(?=\s*(?:[^\x00-\x7f]|\{|$))")
ENGLISH_BRACKETS = re.compile(r"\([^()]*[^\x00-\x7f][^()]*\)")  # "(人民币)", not "(CIF)"


def _chinese_texts() -> list[tuple[str, str]]:
    texts = []
    for path in sorted((resource_dir() / "locale" / "zh_CN").glob("*.po")):
        for msgid, msgstr in parse_po(path.read_text(encoding="utf-8"), str(path)).items():
            if msgid:
                texts += [(path.name, form) for form in msgstr.split("\0")]
    return texts


def _faults(pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    return [(name, text) for name, text in _chinese_texts()
            if pattern.search(PLACEHOLDER.sub("{}", text))]


def test_the_catalog_is_read() -> None:
    texts = _chinese_texts()
    assert len(texts) > 1000
    assert any("：" in text for _, text in texts)


def test_no_chinese_text_has_an_english_colon() -> None:
    assert _faults(ENGLISH_COLON) == []


def test_no_chinese_text_is_bracketed_the_english_way() -> None:
    assert _faults(ENGLISH_BRACKETS) == []  # was account.po: "例如 成本(人民币)"


def test_the_checks_catch_what_they_are_for() -> None:
    assert ENGLISH_COLON.search(PLACEHOLDER.sub("{}", "{said}: {file}"))
    assert ENGLISH_COLON.search("6,500.00 USD: 台账")
    assert not ENGLISH_COLON.search(PLACEHOLDER.sub("{}", "{share:.0%} 于 10:30"))
    assert ENGLISH_BRACKETS.search("例如 成本(人民币)")
    assert not ENGLISH_BRACKETS.search("价格条款 (CIF)")

