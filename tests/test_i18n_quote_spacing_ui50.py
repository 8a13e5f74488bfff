"""No Chinese text leaves a space between a Chinese character and a quotation mark (ui50).

The import dialog's files page read "csv，台账在工作表 “07_utf16”" (rv50b): the catalog's
"台账在工作表 {sheets}" kept an English space before a placeholder the code fills with quoted
names, and twelve messages on unread cells read "“3月10日” 没有年份" the same way. Chinese sets
its quotes against the characters beside them; a space is right only beside Latin text
("发票号 INV-5", "替 Acme 付"), which these checks leave alone.
"""

from __future__ import annotations

import re

from conftest import ROOT

from core.pofile import parse_po

ZH = ROOT / "resources" / "locale" / "zh_CN"
CJK = "[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"  # CJK punctuation, characters, full width
SPACED = re.compile(f"{CJK} +[“”]|[“”] +{CJK}")
# placeholders the code always fills with quoted text: Listed([f"“{v}”" …]) in core and ui
# (core/ledger/unread.py values; sheets, headers, names, suggestions where they are listed)
QUOTED = ("values", "sheets", "headers", "names", "suggestions")
PLACEHOLDER = re.compile(r"\{(\w+)[^{}]*\}")


def _chinese() -> list[tuple[str, str, str]]:
    """(catalog, msgid, msgstr) of every translated entry."""
    return [(po.name, msgid, text) for po in sorted(ZH.glob("*.po"))
            for msgid, text in parse_po(po.read_text(encoding="utf-8"), str(po)).items()
            if msgid and text]


def _filled(text: str) -> str:
    """The text with each quoted placeholder as the code fills it, “…”; the others left."""
    return PLACEHOLDER.sub(lambda m: "“甲”" if m.group(1) in QUOTED else m.group(), text)


def test_no_space_between_a_chinese_character_and_a_quote():
    spaced = [(po, text) for po, _msgid, text in _chinese()
              for part in text.split("\x00") if SPACED.search(part)]
    assert spaced == []


def test_no_space_beside_a_placeholder_filled_with_quoted_text():
    spaced = [(po, text) for po, _msgid, text in _chinese()
              for part in text.split("\x00") if SPACED.search(_filled(part))]
    assert spaced == []


def test_the_check_finds_what_rv50b_found():
    assert SPACED.search(_filled("{format}，台账在工作表 {sheets}"))
    assert SPACED.search(_filled("工作表“{sheet}”的“{column}”列：{values} 没有年份"))
    assert SPACED.search("工作表 “1月”") and SPACED.search("“1月” 的")
    assert not SPACED.search(_filled("替 {customer} 付的收款"))  # not quoted: a Latin name
    assert not SPACED.search("发票号 INV-5 “Acme”")  # a space beside Latin text is right
