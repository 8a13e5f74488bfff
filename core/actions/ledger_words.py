"""The words a Chinese ledger writes a buyer's payment terms and country in, said in English on
an English list.

A clerk writes 电汇, 前T/T or 30%定金，70%发货前付清 in the terms column and 尼日利亚 in the
country column; the English lists printed them so, to a reader who reads no Chinese. An English
list says in English a terms cell made wholly of the words below (its figures, percentages,
Latin text and punctuation kept as written) and a country cell that is one of the countries
below; a cell holding any other Chinese prints as written, never half said. A Chinese list
prints every cell as written. Only what is printed changes: the store and the analysis keep
the text as typed. The tables are the ledger's own words with their English, side by side, so
each word is written once (a payment's deposit and balance words, core.ledger.payment_kinds's,
which a payment's note is read by); a term's reading (its rung and days) is
core.ledger.terms'.
"""

from __future__ import annotations

import unicodedata

from core.countries import COUNTRIES
from core.i18n import current_language
from core.ledger.normalise import plain_name
from core.ledger.payment_kinds import NAMED

# Terms (keys as NFKC and lower case write them); where two begin alike the longer is read:
# 即期信用证 is "L/C at sight". A space beside a Chinese character is dropped first (月结 30 天).
TERMS: dict[str, str] = {
    "电汇": "T/T", "前t/t": "T/T in advance", "前tt": "T/T in advance",
    "前电汇": "T/T in advance", "后t/t": "T/T after shipment", "后tt": "T/T after shipment",
    "预付": "in advance", "全款预付": "100% in advance",
    "款到发货": "payment before shipment", "先款后货": "payment before shipment",
    "发货前付清": "balance before shipment",
    "出货前付清": "balance before shipment", "发货前": "before shipment",
    "出货前": "before shipment", "装船前": "before loading",
    "见提单复印件付款": "against B/L copy", "见提单复印件": "against B/L copy",
    "凭提单复印件": "against B/L copy", "信用证": "L/C", "即期信用证": "L/C at sight",
    "远期信用证": "usance L/C", "付款交单": "D/P", "即期付款交单": "D/P at sight",
    "承兑交单": "D/A", "赊销": "O/A", "赊账": "O/A", "赊欠": "O/A", "账期": "credit",
    "帐期": "credit", "月结": "monthly statement", "货到付款": "payment on arrival",
    "到货付款": "payment on arrival", "西联": "Western Union", "信用卡": "credit card",
    "天": "days", "个月": "months", "、": ",", "即期": "at sight", "见提单": "against B/L",
    # a payment's deposit, balance and the like: the words a payment's note says its place by
    **{word: english for word, _place, english in NAMED},
}
_LONGEST = max(map(len, TERMS))
_UNSPACED = "),.;:/!? "  # no space between an English word and these: "(T/T in advance)"


def _english() -> bool:
    return current_language() != "zh_CN"


def _said(text: str) -> str:
    """The text's Chinese words in English, or '' where one is not in TERMS."""
    out: list[str] = []
    at, said_first, after_word = 0, False, False
    while at < len(text):
        if text[at].isascii():  # spaced from a word before it as English is: "days (OA)"
            out.append(" " * (after_word and text[at] not in _UNSPACED) + text[at])
            at += 1
            after_word = False
            continue
        word = next((text[at:end] for end in range(min(len(text), at + _LONGEST), at, -1)
                     if text[at:end].lower() in TERMS), None)
        if word is None:
            return ""
        said_first = said_first or at == 0
        english = TERMS[word.lower()]
        if out and english[0].isalnum() and (out[-1][-1:].isalnum()
                                              or out[-1][-1:] in "%)+&"):
            out.append(" ")
        out.append(english)
        at += len(word)
        after_word = english[0].isalnum()
    said = " ".join("".join(out).replace(",", ", ").replace(";", "; ").split())
    return said[0].upper() + said[1:] if said_first else said


def terms_words(text: str) -> str:
    """A terms cell as an English list prints it: "30% deposit, 70% balance before shipment"
    for 30%定金，70%发货前付清; as written where any of its Chinese is not known."""
    if text.isascii() or not _english():
        return text
    return _said(plain_name(unicodedata.normalize("NFKC", text))) or text


def country_text(text: str | None) -> str:
    """A country cell as an English list prints it: Nigeria for 尼日利亚, else as written."""
    if not text or text.isascii() or not _english():
        return text or ""
    return COUNTRIES.get("".join(unicodedata.normalize("NFKC", text).split()), text)
