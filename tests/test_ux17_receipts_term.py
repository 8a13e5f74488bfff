"""The receipts date has one name in each language: the toolbar's label before its date field,
the overview's heading, the status bar, the printed lists' stamp and the command line all say
收款登记至 (the overview once said 回款记至 for the date the toolbar called 收款登记至)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from conftest import ROOT

from core import i18n
from core.actions.plans import stamp
from core.analysis.names import receipts_label, receipts_to
from core.i18n import tr
from core.pofile import load_catalog

RECEIPTS = date(2025, 12, 20)


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.set_language("en")


def test_every_chinese_message_naming_the_receipts_date_uses_the_one_term():
    catalog = load_catalog(ROOT / "resources" / "locale" / "zh_CN")
    other = [t for t in catalog.values() if "回款记至" in t or "收款记录到" in t]
    assert other == []


@pytest.mark.parametrize(("language", "label", "said"), [
    ("en", "Receipts booked to", "receipts booked to 2025-12-20"),
    ("zh_CN", "收款登记至", "收款登记至 2025-12-20")])
def test_the_label_the_stamp_and_the_heading_say_it_alike(language, label, said):
    i18n.set_language(language)
    assert receipts_label() == label
    assert receipts_to(RECEIPTS) == said
    analysis = SimpleNamespace(as_of=date(2025, 12, 31), receipts_date=RECEIPTS)
    assert said in stamp(analysis)
    heading = tr("As of {as_of} · {receipts} · amounts in {currency}", as_of="2025-12-31",
                 receipts=receipts_to(RECEIPTS), currency="USD")
    assert said in heading

