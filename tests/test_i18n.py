"""Every message a user can read exists in Chinese and English, with the same placeholders."""

from __future__ import annotations

import gettext
import io

from conftest import ROOT
from words import OTHER_WORDS

from build_scripts.compile_translations import compile_all
from build_scripts.messages import PLACEHOLDER, messages, placeholders
from core import i18n
from core.messages import Message
from core.pofile import load_catalog, mo_bytes, parse_po

ZH = ROOT / "resources" / "locale" / "zh_CN"


def test_the_scan_finds_messages_in_core():
    found = messages()
    assert len(found) > 50
    assert "{file} does not exist." in found


def test_every_message_has_a_chinese_translation():
    catalog = load_catalog(ZH)
    missing = [m for m in messages() if not catalog.get(m)]
    assert missing == []


def test_every_catalog_entry_is_a_message_of_the_sources():
    """A message reworded or dropped in the code left its old entry behind, translated still
    (fifteen did: "{file} is not a TradeTier database or is damaged ({error})." after the
    message grew its ways out). A message the sources use only through a name, never marked,
    shows here too: mark it with N_ where it is written, so the check above covers it."""
    used = messages()
    unused = [(po.name, msgid) for po in sorted(ZH.glob("*.po"))
              for msgid in parse_po(po.read_text(encoding="utf-8"), str(po))
              if msgid and msgid not in used]
    assert unused == []


def test_translations_keep_every_placeholder():
    catalog = load_catalog(ZH)
    wrong = [m for m in messages() if catalog.get(m)
             and placeholders(catalog[m]) != placeholders(m)]
    assert wrong == []


def test_chinese_translations_are_chinese():
    catalog = load_catalog(ZH)
    # a template of placeholders and punctuation alone ("{file}: {said}") has no words, only
    # its punctuation to say the Chinese way ("{file}：{said}")
    not_chinese = [m for m in messages() if catalog.get(m)
                   and not any("\u4e00" <= ch <= "\u9fff" for ch in catalog[m])
                   and any(ch.isalpha() for ch in PLACEHOLDER.sub("", m)) and len(m) > 3]
    assert not_chinese == []


def test_messages_use_the_screens_words():
    """One thing, one word: the settings said 贸易术语 where every message and the ledger's
    header say 贸易条款. The words not to use are listed once, in tests/words.py."""
    catalog = load_catalog(ZH)
    chinese = [(m, w) for m in messages() for w in OTHER_WORDS["zh_CN"] if w in catalog.get(m, "")]
    english = [(m, w) for m in messages() for w in OTHER_WORDS["en"] if w in m.casefold()]
    assert chinese == [] and english == []


def test_compiled_catalog_round_trips(tmp_path):
    (tmp_path / "zh_CN").mkdir()
    (tmp_path / "zh_CN" / "a.po").write_text(
        'msgid "Hello {name}"\nmsgstr "你好 {name}"\n\nmsgid ""\n"two "\n"lines"\nmsgstr "两行"\n',
        encoding="utf-8")
    [written] = compile_all(tmp_path)
    translations = gettext.GNUTranslations(io.BytesIO(written.read_bytes()))
    assert translations.gettext("Hello {name}") == "你好 {name}"
    assert translations.gettext("two lines") == "两行"


def test_duplicate_msgid_in_one_file_is_an_error():
    text = 'msgid "a"\nmsgstr "甲"\nmsgid "a"\nmsgstr "乙"\n'
    try:
        parse_po(text)
    except ValueError as error:
        assert "duplicate" in str(error)
    else:
        raise AssertionError("duplicate accepted")


def test_messages_render_in_the_language_in_force():
    message = Message("file_not_found", "{file} does not exist.", {"file": "a.xlsx"})
    i18n.set_language("en")
    english = message.text
    i18n.set_language("zh_CN")
    chinese = message.text
    assert english == "a.xlsx does not exist."
    assert "a.xlsx" in chinese and chinese != english
    assert message.as_json()["code"] == "file_not_found"


def test_system_locale_picks_the_language(monkeypatch):
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert i18n.system_language() == "zh_CN"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.setenv("LANGUAGE", "en_GB")
    assert i18n.system_language() == "en"


def test_mo_bytes_is_read_by_gettext():
    data = mo_bytes({"": "Content-Type: text/plain; charset=UTF-8\n", "Amount": "金额"})
    assert gettext.GNUTranslations(io.BytesIO(data)).gettext("Amount") == "金额"
