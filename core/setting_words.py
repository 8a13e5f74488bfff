"""A setting's explanation as the dialog and `tradetier settings` show it, its figures read
from the rule it describes (the article's margin bands), so the words cannot drift from it.

Apart from core.settings because the figures live in the analysis, which reads the settings.
"""

from __future__ import annotations

from core import APP_NAME
from core.analysis.pyramid import article_bands_text
from core.i18n import tr
from core.settings import Setting


def explanation_text(setting: Setting) -> str:
    """The explanation in the language in force, its placeholders filled."""
    return tr(setting.explanation, bands=article_bands_text(), app=APP_NAME)
