"""A file named as another's revision (台账 2025-04 修订.xlsx of 台账 2025-04.xlsx) is the later
of the two, whatever their rows' dates: a clerk re-sends a month's ledger with a wire given to
its right customer and names it so. Where both files end on the same day the rows cannot say
which came later; the name can (break33d: the original, imported after its revision, moved
Lagos's 6,000 back to Nairobi, Lagos 6,000 open and on the stop-loss list).

A file named as a month's supplement (台账 2025-04 补充.xlsx) is no revision: it lists what the
month's file missed, and adds to it (core.ledger.month_parts: read as the month's file sent
again, its 2,000 of 04-28 replaced April's 5,000 as a correction, 3,000 received lost, recv34);
but the supplement revised (补充修订) or sent again restates the supplement's."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import PurePath

from core.ledger.copy_names import unmarked
from core.ledger.tab_month import month_named

# the words of a correction: a revised file's name's (台账 2025-04 更正.xlsx), and a note's of
# a received figure corrected (_FIX: 6,000 更正); only the file's name says 修订 or 更新版
_CORRECTED_ZH, _CORRECTED_EN = ("更正", "修正"), ("revised", "corrected")
# the words a clerk adds to a file's name for its revised copy (修改, 修改版: fx43g)
_FIXED_ZH = ("修订", "修改", *_CORRECTED_ZH)
REVISION_WORDS = (*(word for fixed in _FIXED_ZH for word in (f"{fixed}版", fixed)), "更新版",
                  *_CORRECTED_EN)
# a word but not before 前 (修改前, 修订前, 更正前: "before the change", the older copy; see
# file_copies' older-copy words)
_WORDS = re.compile("|".join(f"{re.escape(word)}(?!前)" for word in REVISION_WORDS),
                    re.IGNORECASE)
# a revision's number right after its word (修订2: the second), a year's digits no number;
# the word's 后 ("after the change": 台账 2025-04 修改后.xlsx) part of it (key44: was left in
# the name, which then revised no file), with 版 or 的 after it and 最终 before (fx44k)
_NUMBERED = re.compile(f"(?:最终)?(?:{_WORDS.pattern})(?:后[版的]?)?"
                       f"(?:[_-]?([0-9]{{1,2}})(?![0-9]))?", re.IGNORECASE)
# the copy before the change (台账 2025-04 修改前.xlsx), the name's own: 修改后 revises it as it
# does the plain name (fx44k: neither revised the other, the typo imported last won)
_BEFORE = re.compile("|".join(f"{word}前" for word in _FIXED_ZH))
_APART = " _-.()（）[]【】"  # what stands between a name and the word added to it
# a version's number at the end of a name, copy marks aside (台账 2025-03 v2, _V3, -ver2, V2版,
# (v2), 【V2】, 第2版, V2.0, v2.1): the second version the first revision (v1, V1.0 the
# original), v2.1 after V2.0 (fx43g); a name's own V8 before other words none; a digit before
# the v only where the name states its month (2025-03v2)
_VERSION = re.compile(r"[(\[【]?(?:(?<![a-z])v(?:er)?[ ._-]?([0-9]{1,2})(?:\.([0-9]{1,2}))?版?"
                      r"|第([0-9]{1,2})版)[)\]】]?[ _.-]*$")
_TRAILING = " _-."  # left at a name's end by a word taken out, before a copy's mark
# the words a clerk adds to a file's name for what a month's file missed: it adds, not replaces
SUPPLEMENT_WORDS = ("补充", "补录", "增补", "supplement")
# what follows such a word where it names something else: a supplementary agreement or
# contract (补充协议), a clause, a supplement sold (营养补充剂); an English word's own endings
OTHER_SUPPLEMENTS = ("协议", "合同", "条款", "剂")
_ENDINGS = ("al", "ary")  # supplemental, supplementary: a buyer's Supplements Co is none
_SUPPLEMENT = re.compile("|".join(
    rf"(?<![a-z]){re.escape(word)}(?:{'|'.join(_ENDINGS)})?(?![a-z])" if word.isascii()
    else rf"{re.escape(word)}(?!{'|'.join(map(re.escape, OTHER_SUPPLEMENTS))})"
    for word in SUPPLEMENT_WORDS), re.IGNORECASE)


# asked of each stored line an update rewrites, for its source file and this one: the few
# pairs of names once each (100,000 calls, two PurePaths each: 13 % of the update's CPU, perf41c)
@lru_cache(maxsize=1024)
def revises(name: str | None, other: str | None) -> bool:
    """Whether the file `name` is `other` revised: `other`'s name with a revision word
    added, either name's copy marks aside (core.ledger.copy_names): 台账 2025-03 修订.xlsx
    revises 台账 2025-03 (1).xlsx and 台账 2025-03 - 副本.xlsx as it does 台账 2025-03.xlsx
    (ret38c: the original's noted 退货3000, imported after its revision, was read again
    where it bore a copy's mark: nothing open, not 3,000)."""
    if not name or not other:
        return False
    (stem, rank, _word), (base, before, _) = _revision(name), _revision(other)
    return rank > before and stem == base


def revises_dated(name: str | None, other: str | None, later: bool) -> bool:
    """:func:`revises`, over a figure of `other` dated later (`later`) too, but for a version
    mark alone on a name stating no month: 客户台账 v2.xlsx, April's copy of a running book,
    kept May's later 50,000 (客户台账.xlsx, imported after) out, 30,000 open where none is
    (fx43c). Only a revision's word (修订, 更正) stands over a later day there, as before."""
    return revises(name, other) and not (later and month_named(name) is None and _revision(
        str(name))[2] == _revision(str(other))[2])


def _revision(name: str) -> tuple[str, tuple[int, int], int]:
    """A file's name without its revision word and number, its revision's rank, and the rank
    its revision word alone says (0: none, 修订 the first, 修订2 the second: fix41c, 台账
    2025-04 修订2.xlsx revised 修订 in no order). A version's number at its end adds one less
    (v2 the first revision, 修订 v2 the second): March's typo file imported after 台账 2025-03
    v2.xlsx, its corrected copy, took the line back to the typo (5,000 open where 45,500 is;
    ord43); 台账 2025-03 修订 v2.xlsx was no revision of 修订 (fx43c). A minor number ranks
    among its version's (V2.0 the first revision, v2.1 the next; fx43g: V2.0 was none)."""
    stem = _BEFORE.sub(" ", PurePath(name).stem).rstrip(_TRAILING)
    found, word = _NUMBERED.search(stem), 0
    if found is not None:
        stem, word = _NUMBERED.sub(" ", stem).rstrip(_TRAILING), max(1, int(found.group(1) or 1))
    plain, rank = unmarked(stem), (word, 0)
    version = _VERSION.search(plain)
    if version and (version.start() == 0 or not plain[version.start() - 1].isdigit()
                    or month_named(plain[:version.start()]) is not None):
        number = int(version[1] or version[3])
        plain = plain[:version.start()].rstrip(_TRAILING)
        rank = (word + max(0, number - 1), int(version[2] or 0))
    return _plain(plain), rank, word


def one_revises(name: str | None, other: str | None) -> bool:
    """Whether either file is named as the other's revision (修订): its word, its day stands."""
    return revises(name, other) or revises(other, name)


def one_revises_dated(name: str | None, other: str | None, later: bool) -> bool:
    """:func:`one_revises` by :func:`revises_dated`, `later`: `other`'s figure dated after
    `name`'s: 客户台账 v2.xlsx, April's copy of a running book, took May's 4,000 of 05-20
    (客户台账.xlsx) for its own 04-20 re-dated, 4,000 open where none is (fx43k)."""
    return revises_dated(name, other, later) or revises_dated(other, name, not later)


@lru_cache(maxsize=1024)  # asked of each row's pair of files, as revises is
def revised(name: str | None) -> bool:
    """Whether the file `name` is named as a revision by its word (修订, 更正, corrected:
    REVISION_WORDS), of whichever file: the clerk's deliberate word on the rows it restates.
    Not a version's mark alone (v2), which revises only its own name without it (:func:
    `revises`): every month's file carrying the template's v2, April's 4,500 of 03-10 gave way
    to March's 45,000 imported after it (5,000 open where 45,500 is, fx43c)."""
    return bool(name) and _revision(str(name))[2] > 0


# a note's word that its received figure corrects the one written before: the word alone,
# beside a word of the money (实收更正, 更正金额, amount corrected) or before its figure (更正为
# 6000); not 未/没/不 更正, nor 更正 of another field (更正单价, corrected invoice no., Revised PI)
_FIX = (rf"(?<![未没不无])(?:{'|'.join(_CORRECTED_ZH)}|(?<![a-z])"
        rf"(?:{'|'.join((*_CORRECTED_EN, 'correction'))})(?![a-z]))")
_MONEY_WORDS = ("实收", "已收", "收款", "汇款", "回款", "付款", "到账", "款项", "金额")
_MONEY = rf"(?:{'|'.join(_MONEY_WORDS)}|(?<![a-z])(?:amount|received|payment)(?![a-z]))"
_NOTED = re.compile(rf"^\W*{_FIX}\W*$|{_FIX}\s*[:：]?\s*(?:为|to)?\s*(?:{_MONEY}|[0-9$¥])"
                    rf"|{_MONEY}\w{{0,2}}\s*[:：]?\s*{_FIX}", re.IGNORECASE)


def noted_correction(note: object) -> bool:
    """Whether a row's note says its received figure corrects the one written before (更正,
    实收更正, corrected amount: _NOTED): 6,000 更正 under March's 10,500 was wrong, not a
    payment taken back (pay42). Not any note holding the word: 更正单价, 更正: 地址, corrected
    invoice no., Revised PI, 未更正 kept 6,000 where 10,500 was written before (fx42c)."""
    return isinstance(note, str) and bool(_NOTED.search(note))


# a correction naming another of the row's figures: its date (收款日期更正) or its order's
# amount (金额更正, 货款金额更正; not 实收金额 / 到账金额更正, a money word's before it: fx43h)
_OTHER_FIGURE = re.compile("日期|date|{}金额".format("".join(
    f"(?<!{word})" for word in _MONEY_WORDS if word != "金额")), re.IGNORECASE)


def received_corrected(note: object) -> bool:
    """Whether a row's note says its received figure corrects the one before (a noted
    correction naming no other figure of the row): a 收款日期更正 or 金额更正 within one
    workbook is the date or the order's amount put right, its figure still the month's money
    (fx43b: pay43 read it as the total received, 11,500 open where 1,000 is)."""
    return noted_correction(note) and not _OTHER_FIGURE.search(str(note))


def _plain(stem: str) -> str:
    return re.sub(f"[{re.escape(_APART)}]+", " ", stem).strip().casefold()


def supplements(name: str | None) -> bool:
    """Whether the file `name` is named as a supplement (补充): rows the month's file missed,
    never that file sent again. Not a name whose 补充 or supplement says something else (台账
    2025-04（含补充协议）.xlsx, 台账 2025-04 Supplements Co.xlsx): before, such a month's file
    sent again re-dated added its receipts a second time (14,000 in where 9,000 is,
    break34d)."""
    return bool(name) and bool(_SUPPLEMENT.search(PurePath(str(name)).stem))


def one_supplement(name: str | None, other: str | None) -> bool:
    """Whether two supplements' files are one supplement: one name (sent again from another
    folder), or one the other revised (台账 2025-04 补充修订.xlsx): its receipts restated, where
    before its 2,000 re-dated was added beside the supplement's (break34d). Two supplements
    of a month (补充, 补充2) are two."""
    return name == other or one_revises(name, other)
