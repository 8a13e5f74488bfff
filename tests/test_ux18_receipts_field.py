"""The receipts date is named alike where it is a field: the settings dialog's row, a
workbook's facts and the chat line say 收款登记至 / "Receipts booked to", as the toolbar does
(they said 回款登记截至 / "Receipts booked up to" while the toolbar said 收款登记至; the printed
list's header said one and its facts line the other)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from conftest import ROOT

from core import i18n
from core.actions.plans import dated_facts
from core.analysis.names import receipts_label, receipts_to
from core.i18n import tr
from core.pofile import load_catalog
from core.rules import Rules
from core.settings import SETTINGS
from ui.date_bar import DateBar
from ui.settings.editors import SettingField


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.set_language("en")


def test_no_chinese_message_names_the_receipts_date_otherwise():
    catalog = load_catalog(ROOT / "resources" / "locale" / "zh_CN")
    assert [t for t in catalog.values() if "回款登记" in t] == []


@pytest.mark.parametrize(("language", "words"), [("en", "Receipts booked to"),
                                                 ("zh_CN", "收款登记至")])
def test_setting_facts_and_toolbar_use_the_toolbars_words(qtbot, language, words):
    i18n.set_language(language)
    [setting] = [s for s in SETTINGS if s.key == "receipts_date"]
    assert tr(setting.label) == words == receipts_label()
    field = SettingField(setting)
    field.retranslate()
    assert field.label.text() == words
    bar = DateBar()
    bar.retranslate(Rules.defaults())
    assert bar.receipts_label.text().strip() == words
    assert receipts_to("2025-12-20").lower() == f"{words} 2025-12-20".lower()
    analysis = SimpleNamespace(as_of=date(2025, 12, 31), receipts_date=date(2025, 12, 20),
                               base_currency="USD")
    assert (words, date(2025, 12, 20)) in dated_facts(analysis, None)
