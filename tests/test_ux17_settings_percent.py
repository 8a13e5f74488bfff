"""A percentage setting shows what its default beside it says: "62%" with "Default: 62%",
not "62.00 %"; one with a fraction keeps it ("3.5%")."""

from __future__ import annotations

import re

from core import i18n
from core.settings import BY_KEY, SETTINGS
from ui.settings.editors import SettingField, default_text

PERCENT = [s for s in SETTINGS if s.kind == "float" and s.unit in ("share", "%")]


def test_every_percentage_shows_its_default_as_the_default_line_does(qtbot):
    i18n.set_language("en")
    assert any(s.key == "clv_survival_pct" for s in PERCENT)
    for setting in PERCENT:
        field = SettingField(setting)
        qtbot.addWidget(field.editor)
        field.set_value(setting.default)
        shown = field.editor.lineEdit().text()
        # the range a capped percentage says after it (fx26) is not the default's figure
        said = re.sub(r"^Default: | \(allowed: .*\)$", "", default_text(setting))
        assert shown == said, (setting.key, shown, said)


def test_a_percentage_keeps_its_fraction(qtbot):
    field = SettingField(BY_KEY["clv_survival_pct"])
    qtbot.addWidget(field.editor)
    field.set_value(62.5)
    assert field.editor.lineEdit().text() == "62.5%"
    field.set_value(62)
    assert field.editor.lineEdit().text() == "62%"
