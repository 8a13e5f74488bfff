"""The user's language for core's text, without Qt.

English strings in the code are the message ids; Chinese comes from gettext catalogs whose
sources are `resources/locale/<lang>/*.po`. The build compiles them to `tradetier.mo`; a source
checkout without a compiled catalog compiles it in memory, so running from source never shows
untranslated text.
"""

from __future__ import annotations

import gettext
import io
import locale
import os
import sys

from core.paths import resource_dir
from core.pofile import PLURAL, load_catalog, mo_bytes

DOMAIN = "tradetier"
LANGUAGES = ("zh_CN", "en")

_current = "en"
_translations: dict[str, gettext.NullTranslations] = {}


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark a string for translation where it is defined; it is translated where shown."""
    return message


_CHOOSERS: dict[str, str] = {}


def NP_(singular: str, plural: str, by: str = "count") -> str:  # noqa: N802 - gettext's name
    """A message whose words follow a count, its `{count}` placeholder: "1 cell", "3 cells"
    in English, one form in Chinese. Kept as one message id (gettext's own, the forms joined
    by NUL), so `tr` and a Message translate it as any other, choosing the form by count.
    `by` names another placeholder that chooses ("{days} days past due"), so messages whose
    number has its own name keep it; `tr` learns it here, where the message is made."""
    message = f"{singular}{PLURAL}{plural}"
    if by != "count":
        _CHOOSERS[message] = by
    return message


def normalise_language(value: str | None) -> str | None:
    if not value:
        return None
    lowered = value.replace("-", "_").lower()
    if lowered.startswith("zh"):
        return "zh_CN"
    if lowered.startswith("en") or lowered in ("c", "posix"):
        return "en"
    return None


def system_language() -> str:
    """zh_CN on a Chinese system, English otherwise."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            found = normalise_language(value.split(":")[0])
            if found:
                return found
    if sys.platform == "win32":  # pragma: no cover - Windows only
        try:
            import ctypes

            lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()
            return "zh_CN" if (lang_id & 0x3FF) == 0x04 else "en"
        except OSError:
            pass
    try:
        found = normalise_language(locale.getlocale()[0])
    except ValueError:
        found = None
    return found or "en"


def _load(language: str) -> gettext.NullTranslations:
    if language not in _translations:
        if language == "en":
            _translations[language] = gettext.NullTranslations()
        else:
            folder = resource_dir() / "locale" / language
            compiled = folder / "LC_MESSAGES" / f"{DOMAIN}.mo"
            sources = list(folder.glob("*.po"))
            newest_source = max((p.stat().st_mtime for p in sources), default=0)
            if compiled.exists() and compiled.stat().st_mtime >= newest_source:
                with compiled.open("rb") as handle:
                    _translations[language] = gettext.GNUTranslations(handle)
            elif sources:
                data = mo_bytes(load_catalog(folder))
                _translations[language] = gettext.GNUTranslations(io.BytesIO(data))
            else:
                _translations[language] = gettext.NullTranslations()
    return _translations[language]


def set_language(language: str | None) -> str:
    """Switch core's language; None follows the system. Returns the language in force."""
    global _current
    _current = normalise_language(language) or system_language()
    _load(_current)
    return _current


def current_language() -> str:
    return _current


def _(message: str, count: int | None = None) -> str:
    """Translate a message id into the current language; a plural one (NP_) in the form for
    `count`."""
    if PLURAL in message:
        singular, plural = message.split(PLURAL)
        return _load(_current).ngettext(singular, plural, 1 if count is None else count)
    return _load(_current).gettext(message)


def every_language(message: str) -> list[str]:
    """A message id's text in each language: a report stored as text (imports.result) is read
    back in the language the app spoke when it was written."""
    return [_load(language).gettext(message) for language in LANGUAGES]


def listed(items: list[str], shown: int | None = None) -> str:
    """Items the way each language lists them ("A, B, …"; "A、B等"), the first `shown` of
    them: an English comma in a Chinese sentence read as a slip."""
    chinese = current_language() == "zh_CN"
    text = ("、" if chinese else ", ").join(items[:shown])
    more = shown is not None and len(items) > shown
    return text + (("等" if chinese else ", …") if more else "")


def clauses(texts: list[str]) -> str:
    """Clauses one after another, with the semicolon each language uses: "; " in a Chinese
    cell ("在黑名单上; 首笔有效订单…") read as a slip, as an English comma does (listed). Here,
    beside listed, so the analysis (a move's reasons) joins as the printed lists do."""
    return ("；" if current_language() == "zh_CN" else "; ").join(texts)


def sentences(*texts: str) -> str:
    """Whole sentences one after another: a space after an English full stop, none after a
    Chinese one ("。 其中" shows a gap no Chinese text has)."""
    return ("" if current_language() == "zh_CN" else " ").join(t for t in texts if t)


def with_note(name: str, note: str) -> str:
    """'name (note)' with the parentheses each language uses."""
    return f"{name}（{note}）" if current_language() == "zh_CN" else f"{name} ({note})"


def labelled(label: str, text: str) -> str:
    """'label: text' with the colon each language uses ("黑名单: 逾期" read as a typo)."""
    return f"{label}：{text}" if current_language() == "zh_CN" else f"{label}: {text}"


def amount_text(amount: float) -> str:
    """An amount as the window shows it, in a table's cell, a grid or a sentence: whole units
    with thousands marks ("89,860"). The exact figure, cents and all, is the workbook's number
    cell and --json's; the what-if's grid once showed 12,345.67 beside sentences and a
    customer table saying 12,346."""
    return f"{amount:,.0f}"


def money_text(currency: str, amount: float) -> str:
    """Money in prose, the one way every card, reason, list and chat line writes it: the
    amount in whole units, then its currency ("89,860 USD"). The action card once said
    "collect USD 89,860.08" under a reason saying "89,860 USD open"; the exact figure is the
    workbook's number cell beside it, not the sentence's."""
    return f"{amount_text(amount)} {currency}"


def _number(value: object) -> int | None:
    """The whole number a placeholder shows: 1.2 days shown as "1" reads "1 day"."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value if isinstance(value, int) else round(value)


def tr(message: str, **params: object) -> str:
    """Translate and fill the named placeholders; a plural message's form follows `count`
    (or the placeholder its NP_ named)."""
    text = _(message, _number(params.get(_CHOOSERS.get(message, "count"))))
    return text.format(**params) if params else text
