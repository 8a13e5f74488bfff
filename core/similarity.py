"""How alike two customer names are, for the merge chooser's "most similar first".

A ledger spells one buyer several ways: "ACME Trading Co., Ltd", "Acme Trading", "ＡＣＭＥ
ＴＲＡＤＩＮＧ", "宁波艾克美贸易有限公司" and "艾克美贸易". Names are compared folded (case,
full-width and spacing do not count, as in customer keys), without punctuation and without the
company-form words every name shares ("Co., Ltd", "GmbH", "有限公司"), by their shared words
(Chinese: shared pairs of characters) and by their letters in order. A score from 0 to 1; the
merge itself stays the user's choice.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import NamedTuple

from core.bracket_words import (
    CHINESE_COUNTRY_CITY,
    CHINESE_FOR_WORDS,
    CHINESE_GROUP_PLACES,
    FOR_WORDS,
    LATIN_COUNTRY_CITY,
    LATIN_GROUP_PLACES,
    NUMBERING,
    alternation,
)
from core.countries import latin_form, unaccented
from core.ledger.normalise import customer_key, fold

# Names at least this alike are taken for one customer spelled otherwise: "ACME Trading" and
# "Acme Trading Co., Ltd" score 0.99, 宁波艾克美贸易有限公司 and 艾克美贸易 0.9, "Alpha Trading"
# and "Beta Imports" 0.1. The one threshold for the import: rows sharing an order number are
# one order only when their buyers are alike (core.ledger.order_buyers), and a stored order a
# later file gives to an alike name reads as respelled (core.ledger.moves).
ALIKE = 0.8
# Names whose telling words are this alike letter for letter (core.similarity.close) are
# pointed out when one is new (core.ledger.alike_customers): "Veneta Forniture S.p.A." and
# "Veneta Furniture S.p.A." 0.94, "ACME Trading" and "Acme Trading Co., Ltd" 1; two buyers of
# one town sharing a word, "Kingsway Trading PLC" and "Kingsway Home Retail PLC", 0.57.
CLOSE = 0.9
# Of new names weighed against each other, only those sharing a word at most this many of them
# hold (close_pairs' rare): the words that tell a buyer from the firm's other buyers.
RARE_WORD = 30

# The words a name holds beside its forms, no form themselves ("The Acme Co.").
FILLER = frozenset({"the", "and", "of"})
# Company forms and filler that say nothing about who the buyer is.
FORMS = FILLER | frozenset({
    "co", "company", "ltd", "limited", "llc", "inc", "incorporated", "corp", "corporation",
    "gmbh", "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "oy", "ab", "as", "pty",
    "plc", "kg", "kft", "sp", "zoo", "group", "trading", "import",
    "export", "international", "intl",
})
CHINESE_FORMS = ("股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "贸易", "进出口",
                 "国际", "实业")
# The forms a registration adds, not the buyer's trade: names are :func:`close` with their
# trade (Trading, Import Export, 贸易) kept, as two buyers of one town differ by it alone
# (Saigon Trading Co., Ltd and Saigon Import Export Co., Ltd).
# :func:`close` leaves out the legal forms of the Gulf and of Asian registries too ("Gulf
# Trading Est." is the buyer "Gulf Trading"); :func:`similarity` keeps to FORMS, the import's
# scores.
LEGAL_FORMS = FORMS - {"group", "trading", "import", "export", "international", "intl"} | {
    "est", "establishment", "llp", "fze", "fzco", "fzc", "fzllc", "wll", "bhd", "sdn", "pte",
    "pvt", "jsc", "ooo", "ltda", "sro", "aps", "lda", "sl", "slu", "z", "oo", "spzoo"}
LEGAL_CHINESE = ("股份有限公司", "有限责任公司", "有限公司", "公司")
# The forms one firm writes one way or another, each family under its first (fix40a): the
# Limited of a Pty Ltd, the Corp of an Inc., the 有限公司 of a 股份有限公司. A form of another
# family is another firm's: Orbit Tech LLC is no Orbit Tech Ltd (core.ledger.paid_for.forms). A
# bank writes S.L. as SL, Sp. z o.o. as SP Z OO or SPZOO: the buyer's name (rv52d h13).
FORM_FAMILIES = (("ltd", "limited", "pty"), ("inc", "incorporated", "corp", "corporation"),
                 ("est", "establishment"), ("有限公司", "股份有限公司", "有限责任公司"),
                 ("sl", "slu"), ("spzoo", "sp", "z", "oo"))
# The cities and provinces a firm's registered name begins with and a clerk leaves out
# (宁波艾克美贸易有限公司 is the buyer 艾克美贸易; "Ningbo Aikemei Trading" is "Aikemei Trading"):
# :func:`close` compares the names without them, and two names of two places are two firms.
PLACES = (
    "北京", "上海", "天津", "重庆", "广州", "深圳", "东莞", "佛山", "中山", "珠海", "汕头",
    "江门", "惠州", "宁波", "杭州", "温州", "义乌", "金华", "台州", "绍兴", "嘉兴", "湖州",
    "苏州", "无锡", "常州", "南京", "南通", "扬州", "青岛", "烟台", "威海", "济南", "潍坊",
    "临沂", "厦门", "福州", "泉州", "莆田", "漳州", "晋江", "石狮", "武汉", "长沙", "郑州",
    "成都", "西安", "合肥", "大连", "沈阳", "昆明", "南宁", "南昌", "香港", "浙江", "广东",
    "江苏", "福建", "山东", "河北", "河南", "湖北", "湖南", "安徽", "江西", "四川", "辽宁")
LATIN_PLACES = frozenset({
    "beijing", "shanghai", "tianjin", "chongqing", "guangzhou", "shenzhen", "dongguan",
    "foshan", "zhongshan", "zhuhai", "shantou", "jiangmen", "huizhou", "ningbo", "hangzhou",
    "wenzhou", "yiwu", "jinhua", "taizhou", "shaoxing", "jiaxing", "huzhou", "suzhou", "wuxi",
    "changzhou", "nanjing", "nantong", "yangzhou", "qingdao", "yantai", "weihai", "jinan",
    "weifang", "linyi", "xiamen", "fuzhou", "quanzhou", "putian", "zhangzhou", "jinjiang",
    "shishi", "wuhan", "changsha", "zhengzhou", "chengdu", "xian", "hefei", "dalian",
    "shenyang", "kunming", "nanning", "nanchang", "hongkong", "zhejiang", "guangdong",
    "jiangsu", "fujian",
    "shandong", "hebei", "henan", "hubei", "hunan", "anhui", "jiangxi", "sichuan", "liaoning"})
# A place in brackets after a firm's name, as its registration writes it ("ABC (HK) Ltd",
# 华美（香港）有限公司, "XYZ (Shenzhen) Co., Ltd"), is its place as a city before it is
# (:func:`told`): "XYZ (Shenzhen) Co., Ltd" beside "XYZ Co., Ltd" is possibly one buyer, beside
# "XYZ (HK) Ltd" two; a territory's, "ABC (HK) Ltd", is a subsidiary's beside "ABC Ltd" too.
_BRACKETED = re.compile(r"\(([^()]*)\)")
PLACE_SHORT = {"hk": "hongkong"}  # a place's letters as firms abbreviate it in brackets
_PLACED = re.compile(f"^((?:(?:{'|'.join(PLACES)})[省市区县]?)+)")
_PLACE_IN = re.compile("|".join(PLACES))
# A telling word this short differing from the other name's (but by letters added at its end,
# or a slip of typing: :func:`_typo`) is another buyer, however alike the rest: "Nova Home
# Furnishing" and "Nora Home Furnishing".
SHORT = 4
VOWELS = "aeiouy"
_NO_VOWELS = str.maketrans("", "", VOWELS)
_DOUBLED = re.compile(r"(.)\1+")
_NUMBER = re.compile(r"\d+")
# Words of letters and digits in any script but Han, whose characters are taken in pairs
_WORD = re.compile(r"(?:(?![\u3400-\u9fff])[^\W_])+|[\u3400-\u9fff]+")


def _singular(word: str) -> str:
    """A Latin word without a plural's "s" ("stars" as "star"; "glass", "Paris", "Lotus"
    kept): "Stars Trading" is "Star Trading" typed otherwise, though its one telling word is
    0.89 alike letter for letter and shares no word to be weighed by (close_pairs)."""
    return word[:-1] if len(word) > 3 and word[-1] == "s" and word[-2] not in "isu" else word


def _han(text: str) -> bool:
    return "\u3400" <= text[0] <= "\u9fff"


def telling(name: str, forms: frozenset[str] = FORMS,
            chinese: tuple[str, ...] = CHINESE_FORMS) -> list[str]:
    """The name's words that tell one buyer from another, in their order: Latin words but
    company forms, runs of Chinese characters without theirs (宁波艾克美贸易有限公司:
    宁波艾克美)."""
    found: list[str] = []
    for word in _WORD.findall(unaccented(fold(name))):
        if _han(word):
            for form in chinese:
                word = word.replace(form, " ")
            found += word.split()
        elif word not in forms and (len(word) > 1 or word.isdigit()):
            found.append(word)  # "Sp. z o.o." leaves z and o, no clue; "Store 2" is not "Store 1"
    return found


def tokens(name: str) -> set[str]:
    """The words that tell one buyer from another: Latin words, and pairs of Chinese
    characters (Chinese has no spaces between words)."""
    found: set[str] = set()
    for word in telling(name):
        if _han(word):
            found |= {word[i:i + 2] for i in range(max(len(word) - 1, 1))}
        else:
            found.add(word)
    return found


def core_text(name: str) -> str:
    """The name without punctuation and company forms, for comparing letters in order."""
    return " ".join(sorted(tokens(name))) if tokens(name) else fold(name)


def similarity(a: str, b: str) -> float:
    """0 (nothing in common) to 1 (the same name once folded)."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return 1.0
    ta, tb = tokens(a), tokens(b)
    shared = len(ta & tb) / len(ta | tb) if ta and tb else 0.0
    letters = difflib.SequenceMatcher(None, core_text(a), core_text(b)).ratio()
    score = 0.55 * shared + 0.45 * letters
    if ta and tb and (ta <= tb or tb <= ta):  # one name is the other with more words
        score = max(score, 0.9)
    return round(min(score, 0.99), 4)


def alike(a: str, b: str) -> bool:
    """Are two names one customer spelled otherwise (typing, case, spacing, a company form)?"""
    return similarity(a, b) >= ALIKE


def most_similar(name: str, others: list[str]) -> list[tuple[str, float]]:
    """Every other name with its score, the most similar first (then alphabetically)."""
    scored = [(other, similarity(name, other)) for other in others]
    return sorted(scored, key=lambda pair: (-pair[1], fold(pair[0])))



class Told(NamedTuple):
    """What :func:`close` compares of a name: its place (a city or province it begins with,
    "" without), its words without that place and its registration's forms, in their order,
    and of those the telling ones (its trade left out too). A territory in brackets beside a
    name of no place, "Apex (HK) Ltd" / "Apex Ltd", is close: a glance for the clerk, where
    a subsidiary kept apart may be a buyer's money on the wrong account (fix39b)."""

    place: str
    words: str
    telling: tuple[str, ...]


def told(name: str) -> Told:
    name, place = _bracket_place(name)
    words = telling(name, LEGAL_FORMS, LEGAL_CHINESE)
    if not place:  # a place in brackets is the name's, however it begins
        place, words = _leading_place(words)
    text = " ".join(map(_singular, words))
    return Told(place, text, tuple(telling(text)) if words else ())


def _leading_place(words: list[str]) -> tuple[str, list[str]]:
    """The places the name begins with, the last of them (a province before its city,
    浙江宁波 or "Zhejiang Ningbo", is that city; "Hong Kong" is hongkong), and the words
    after them. None when nothing telling follows: "Shanghai Trading" is named after its
    city, not the buyer "Trading" of Shanghai."""
    place, rest = "", words
    if words and (found := _PLACED.match(words[0])):
        place = _PLACE_IN.findall(found[1])[-1]
        rest = [words[0][found.end():], *words[1:]] if found[1] != words[0] else words[1:]
    else:
        while len(rest) > 1 and (rest[0] in LATIN_PLACES or rest[0] + rest[1] in LATIN_PLACES):
            joined = rest[0] not in LATIN_PLACES
            place, rest = rest[0] + rest[1] if joined else rest[0], rest[1 + joined:]
    rest = [word for word in rest if word]
    if not place or not telling(" ".join(rest)):
        return "", words
    return place, rest


def _bracket_place(name: str) -> tuple[str, str]:
    """The name without a bracket holding a known place, and that place ("" for none)."""
    key = customer_key(name)  # every bracket kind read as round
    for found in _BRACKETED.finditer(key):
        inner = _place(found[1])
        if inner:
            return f"{key[:found.start()]} {key[found.end():]}", inner
    branded = _BRAND.sub(lambda found: found[1] if _brand(key, found) else found[0], key)
    return name if branded == key else branded, ""


def _place(inner: str) -> str:
    """The known place a bracket holds ("" for none): "HK" is hongkong, 深圳市 深圳."""
    inner = re.sub(r"[\s省市]", "", inner)
    inner = PLACE_SHORT.get(inner, inner)
    return inner if inner in LATIN_PLACES or inner in PLACES else ""


def outside_brackets(key: str) -> str:
    """A customer key without its brackets that read as an end customer (:func:`end_customer`):
    an agent writes the end customer it buys for there ("ABC Agency (for Lidl)", "ABC Agency
    （Aldi）"), and the firm's counterparty, who is invoiced and pays, is the name outside ("abc
    agency"); a place, a country or a group word in brackets is the registration's own, "ABC
    (HK) Ltd" another firm than "ABC (Shenzhen) Ltd", "Apex (UK) Ltd" than "Apex (Europe) Ltd".
    Keys read every bracket kind as round (core.ledger.normalise.customer_key)."""
    if "(" not in key:
        return key
    return " ".join(_BRACKETED.sub(lambda found: " " if end_customer(found[1]) and not _brand(
        key, found) else found[0], key).split())


def outside_brands(key: str) -> str:
    """A customer key without its brand brackets (:func:`_brand`, 义乌诚信贸易（沃尔玛）):
    compared with the name bare only, an end customer's or a brand's, a glance for the clerk
    (fix39b); beside 华美（灯饰） a brand stays its firm's own."""
    if "(" not in key:
        return key
    return " ".join(_BRAND.sub(lambda found: " " if _brand(key, found) else found[0],
                               key).split())


# what a bracket holds that names no end customer: a city, a country (and its own city beside
# it, win44), a region or a group word (core.bracket_words), Latin words whole (core.countries
# .latin_form), Chinese wherever they stand but a country: after no Chinese, before such words
# alone (华美（美国分公司）; 华美（中非贸易） is a brand, 中非 the Central African Republic, fx43e)
_CHINESE_PLACE = alternation((*CHINESE_GROUP_PLACES, *PLACES))
_group_place = cache(lambda: re.compile("|".join(  # compiled once asked: 45 ms (perf49c)
    [LATIN_COUNTRY_CITY, *(rf"(?<![0-9a-z]){re.escape(word)}(?![0-9a-z])" for word in sorted(
        LATIN_GROUP_PLACES | LATIN_PLACES | set(PLACE_SHORT), key=len, reverse=True)),
     rf"(?<![\u3400-\u9fff])(?:{CHINESE_COUNTRY_CITY})"
     rf"(?=(?:{_CHINESE_PLACE}|{NUMBERING})*(?![\u3400-\u9fff]))", _CHINESE_PLACE])))
_FOR = re.compile("|".join([*(rf"^{re.escape(word)}(?![0-9a-z])" for word in FOR_WORDS),
                            *(f"^{word}" for word in CHINESE_FOR_WORDS)]))


def end_customer(inner: str) -> bool:
    """Whether a bracket's text reads as the end customer an agent buys for: after the word
    for it (for, für, 代, 给), a word not a place, country, region, group word or company form
    (Lidl, Aldi, 沃尔玛; not UK, Europe, Holdings, 美国, 集团, Pty, "A", "2")."""
    rest = _NUMBERED.sub(" ", _group_place().sub(" ", _FOR.sub(" ", latin_form(fold(inner)))))
    return any(not word.isdigit() for word in telling(rest))


# a bracket of Chinese alone after a Chinese name, 华美（家居）: the buyer's brand or line, its
# name's own (华美家居), neither an end customer nor a place (note39)
_BRAND = re.compile(r"(?<=[\u3400-\u9fff])\(([\u3400-\u9fff]+)\)")
_NUMBERED = re.compile(NUMBERING)


def _brand(key: str, found: re.Match[str]) -> bool:
    """Is a bracket of a key (`found`) a brand: Chinese alone after Chinese, naming no place,
    group, outlet or end customer after a word for one (代沃尔玛)?"""
    inner, start = found[1], found.start()
    return (start > 0 and _han(key[start - 1]) and bool(inner) and all(map(_han, inner))
            and _FOR.search(inner) is None and _group_place().search(inner) is None)


def bracket_pairs(new: Mapping[str, str], known: Mapping[str, str]) -> list[tuple[str, str]]:
    """Each new name with each known name (both: a name to its customer key) that is the same
    outside brackets naming an end customer (:func:`outside_brackets`), one of them with such
    a bracket: one agent's end customers. Not where nothing telling is outside ("(A)" and
    "(B)", "(Lidl)" and "(Aldi)": no agent's name to be one by). A brand's bracket
    (:func:`outside_brands`) pairs with the bare name alone: 义乌诚信贸易（沃尔玛） beside
    义乌诚信贸易, not 华美（家居） beside 华美（灯饰） (fix39b). Only keys with a bracket are
    looked at twice: a first import of 100,000 names costs a pass over them."""
    outside: dict[str, list[str]] = {}
    branded: dict[str, list[str]] = {}  # a brand's bracket left out: beside the bare name only
    for name, key in known.items():
        if "(" in key:
            for found, brands in ((outside, False), (branded, True)):
                if (bracketless := _outside(key, brands)) != key and telling(bracketless):
                    found.setdefault(bracketless, []).append(name)
    new_branded = {key: plain for key in new.values()
                   if "(" in key and (plain := _outside(key, True)) != key}
    if not outside and not branded and not new_branded:
        return []
    bare = {key: name for name, key in known.items()  # "ABC Agency" alone, 华美 alone
            if key in outside or key in new_branded.values()}
    pairs = []
    for name, key in new.items():
        bracketless = outside_brackets(key)
        others = [*outside.get(bracketless, ()), *([bare[bracketless]] if bracketless in bare
                                                   else []),
                  *(branded.get(key, ()) if "(" not in key else ()),
                  *([bare[new_branded[key]]] if new_branded.get(key) in bare else [])]
        pairs += [(name, other) for other in dict.fromkeys(others) if known.get(other) != key]
    return pairs


def _outside(key: str, brands: bool) -> str:
    return outside_brands(key) if brands else outside_brackets(key)


def close(a: str, b: str) -> bool:
    """Are two names one buyer typed otherwise, letter for letter (:data:`CLOSE`)? Stricter
    than :func:`alike`, whose "one name is the other with more words" takes two buyers of one
    town (Kingsway Trading PLC, Kingsway Home Retail PLC) for one."""
    return _close(told(a), told(b))


def _close(a: Told, b: Told) -> bool:
    """Of one place (or one of them of none), their words close letter for letter, and their
    telling words too, none short (:data:`SHORT`) where the other has another."""
    if a.place and b.place and a.place != b.place:
        return False
    if _mended(ours := _numbers(a.words), _numbers(b.words)) != ours:  # 88 typed 8: a slip
        return False  # Gulf Home LLC, Gulf Home 2 LLC: two buyers, as Store 12 and Store 21
    if not _letters(a.words, " ".join(_mended(a.words.split(), b.words.split()))):
        return False
    if not a.telling or not b.telling:
        return True
    theirs = _mended(a.telling, b.telling)
    if len(a.telling) == len(theirs) and any(
            min(len(x), len(y)) <= SHORT and not (x.startswith(y) or y.startswith(x))
            for x, y in zip(a.telling, theirs, strict=True)):
        return False  # "Star" and "Stars" stay close: a plural, not a letter typed otherwise
    return _letters(" ".join(a.telling), " ".join(theirs))


def _numbers(words: str) -> list[str]:
    """The numbers a name holds, wherever written ("Pacific88" as "Pacific 88"): a buyer
    numbered apart (note43)."""
    return sorted(_NUMBER.findall(words))


def _mended(own: Sequence[str], other: Sequence[str]) -> list[str]:
    """The other name's words, each a slip of typing of the word in its place in this name
    (:func:`_typo`) read as that word: "Al Nour" as "Al Noor", "Sinno" as "Sino"."""
    if len(own) != len(other):
        return list(other)
    return [x if x != y and _typo(x, y) else y for x, y in zip(own, other, strict=True)]


def _typo(x: str, y: str) -> bool:
    """One Latin word typed otherwise, not another word: a letter doubled or not (Happy,
    Hapy; Sino, Sinno), two letters swapped (Mega, Mgea), a long vowel spelled otherwise
    (Noor, Nour). A letter put for another but thus (Nova, Nora; Star, Stag) or added
    (Star, Start) makes another word, a short one another buyer. Of a number, a digit doubled
    or not only (Pacific 88, Pacific 8; Delta 2000, Delta 200; fx43h)."""
    if abs(len(x) - len(y)) > 1 or x == y or _han(x) or not (x.isalpha() and y.isalpha() or (
            x.isdigit() and y.isdigit() and len(x) != len(y))):
        return False  # "Store 12" and "Store 21" are two branches
    if len(x) != len(y):
        longer, shorter = (x, y) if len(x) > len(y) else (y, x)
        return any(longer[i] == longer[i - 1] and longer[:i] + longer[i + 1:] == shorter
                   for i in range(1, len(longer)))
    at = [i for i in range(len(x)) if x[i] != y[i]]
    if len(at) == 2:
        i, j = at
        return j == i + 1 and x[i] == y[j] and x[j] == y[i]
    i = at[0]
    pair = {x[i], y[i]} <= set(VOWELS)
    return pair and any(0 <= k < len(x) and x[k] == y[k] and x[k] in VOWELS
                        for k in (i - 1, i + 1))


def _letters(a: str, b: str) -> bool:
    """Close letter for letter: the quick bounds first, which spare most pairs the full
    comparison."""
    if not a or not b:
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return (matcher.real_quick_ratio() >= CLOSE and matcher.quick_ratio() >= CLOSE
            and matcher.ratio() >= CLOSE)


def close_pairs(new: Sequence[str], known: Sequence[str], rare: int | None = None
                ) -> list[tuple[str, str]]:
    """Each new name with each known name :func:`close` to it, the new names in their order,
    the known ones most similar first. Only known names sharing a word with a new one are
    weighed (a name typed otherwise keeps most of its words): a few new names among 3,000
    known cost the known names' words once, not a comparison of every two names. With
    ``rare``, only words no more known names hold than that are shared: thousands of new names
    weighed against each other (a ten-year ledger's first import) would otherwise weigh every
    two of them that share "Trading" or "Home" (stop36's every-two took 12 s at 100k orders,
    minutes at a million)."""
    if not new or not known:
        return []
    keys = {name: _keys(name) for name in known}  # a first import's new names are the known
    holding: dict[str, set[str]] = {}
    for name in known:
        for key in keys[name]:
            holding.setdefault(key, set()).add(name)
    if rare is not None:
        holding = {key: names for key, names in holding.items() if len(names) <= rare}
    pairs, read = [], cache(told)  # each name read once (perf41c), and only where weighed
    for name in new:  # (perf50: most of a first import's names share no rare word)
        near = {other for key in (keys[name] if name in keys else _keys(name))
                for other in holding.get(key, ())} - {name}
        pairs += [(name, other) for other, _ in most_similar(name, sorted(
            other for other in near if _close(read(name), read(other))))]
    return pairs


def _keys(name: str) -> set[str]:
    """What a name typed otherwise still shares with it, for :func:`close_pairs`: its words
    in the singular, and its Latin words' consonants once each ("Sinno" and "Sino" sn, "Mgea"
    and "Mega" mg, "Nour" and "Noor" nr), a word's slip of typing (:func:`_typo`) alike."""
    keys = set()
    for whole in tokens(name):  # Pacific88's 88 too, as "Pacific 88" holds it
        for word in {whole, *_NUMBER.findall(whole)}:
            word = _singular(word)
            if word.isalpha() and not _han(word):
                word = _DOUBLED.sub(r"\1", word.translate(_NO_VOWELS)) or word
            keys.add(word)
    return keys
