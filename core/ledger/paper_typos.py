"""A shipping paper's date typed wrong, and a planned ship date, are no ship date.

A clerk types the bill of lading's date (提单日期) by hand: 2024-03-25 for 2025-03-25, or
2026-03-25 a year late. Read as the ship date, a B/L a year late left Beta's 10,000 unpaid
"no ship date" (open 0, on no list) and one a year early made Alpha's 57 days watch 417 days
black (rv54d d1). A B/L before its row's order date, more than :data:`AGREE_DAYS` before its
出货日期, or typed a year late is a typo: the row's 出货日期 stands and the import names the
row. A year late is past the sheet's latest order or ship date (:data:`LATE_DAYS` past it
where no 出货日期 is typed); in a tab named for a month, whose latest date is only its
month's, :data:`YEAR_LATE_DAYS` after the row's order (rv55a s07b: a January project's B/L of
08-05 is its sailing). A B/L after its 出货日期 within the sheet's dates is a sailing
delayed past the day planned at order (s07a, s92), however long after, unless it is its
出货日期 mistyped (:func:`mistyped_ship_day`); a few days before it is kept too (a clerk's 出货
may be the customs day, 报关).

A sheet dated by its papers (no order-date column) took each row's earliest paper: a B/L typed
2024-04-02 beside its invoice of 2025-03-25 moved 10,000 out of the 12 months' revenue and made
49 days watch 409 black (d2). Only the papers that agree (within :data:`AGREE_DAYS` of their
median) count; an outlier is named and left out.

A planned ship date (预计出货日期, 计划出货日期, planned) is a plan, not a shipment: beside an
actual one (实际出货日期) it is never the ship date, beside a B/L only where a row's note
says the goods shipped (:func:`shipped_as_noted`; not samples, a PI or money), on the day the
note gives the shipping; with no order-date column it
dates an order only where no paper is typed, an order not shipped yet (d3: Beta's delayed
10,000 skipped "no order date"; Gamma's open counted from its plan). ETD is left as read
(core.ledger.unsent_lots.dated_elsewhere: an ETD typed beside 出货日期 is a shipment).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from core.i18n import N_
from core.ledger.fields import SYNONYMS
from core.ledger.normalise import fold, fold_header
from core.ledger.shipped_words import FEARED_ZH, NOT_EN, NOT_ZH, says_unshipped
from core.ledger.yearless import NamedYear, yearless_date
from core.messages import Message

AGREE_DAYS = 60  # a row's papers (invoice, 出货日期, B/L) lie within this many days of each other
# a B/L this long after the sheet's latest order or ship date is a year typed wrong (a sheet's
# orders may ship months later: their B/L is no typo)
LATE_DAYS = 180
# in a tab named for a month, a B/L this long after its row's order is a year typed wrong (a
# year, less the days a row's papers may lie apart)
YEAR_LATE_DAYS = 365 - AGREE_DAYS
# A B/L after its row's 出货日期 within the sheet's dates is the sailing, however long after:
# the 出货日期 may be the factory-ready day of a long production, never updated (rv55a s07a 74
# days, rv55d s47 66 and 75, rv55h s92 125 and 135: a flat 120 days blacklisted good buyers
# at 125 and 151 days). It is a typo only as its 出货日期 mistyped (:func:`mistyped_ship_day`):
# a year off (s43c 365), or day and month swapped (the carrier's 08/03/2025 read 2025-08-03 for
# 03-08: s43a 148 days, s43b 207; s47 04/11 read 11-04 beside 04-10, 208) where the B/L lies
# more than AGREE_DAYS after it and no note says the shipping was held (客户要求暂缓出货: s92b,
# sailed 148 days later); a swap near it (s92 Gamma: ready 05-06, a vessel's wait to 06-05) is
# the sailing.
PLANNED_WORDS = ("预计", "计划", "预定", "planned", "estimated", "expected", "scheduled")
# a note's day (3/20, 3月20日, 2025-03-20)
# a day as a clerk writes it in a note (3/20, 3.20, 3月20日, 2025-03-20): also core.ledger.
# cancelled_notes's
DAY_WRITTEN = r"(?:(20\d\d)\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*[日号]?"
_DAY = DAY_WRITTEN
# a note's words of the goods shipped (已发货, 货已发, 大货已发, 3/20已走货, 空运已发, 已开船,
# 已离港, 已报关出运, 已装柜发出, shipped, sailed, on board): not a PI, samples or a contract
# sent, nor money gone (PI已发, 已发样品, 定金已走账, 已发 PI: rv55d s44, s49 read as shipped,
# 10,000 72 days black), nor shipping promised ("shipped upon payment"); 已发 / 已走 only with
# nothing named after them but the container or B/L that went (已发TGHU1234567, 已发 柜号…:
# rv55h s93, 72 days black read as 0)
_GOODS = (r"(?:已经?|货已经?)(?:出货|发货|出运|装运|装船|走货|交货|开船|离港|报关出运|装柜发[出运]"
          r"|(?:发|走|出)(?=\s*(?:$|柜号|箱号|提单号|container|b/?l|[a-z]{4}\s*\d{7}(?!\d))))"
          r"|(?<![a-z])(?:shipped|sailed|on board)(?![a-z])(?!\s+(?:upon|after|when|once|against"
          r"|on (?:receipt|payment)))")
_ON_DAY = rf"已经?于\s*{_DAY}\s*(?:出货|发货|出运|装运|装船|走货|发|出|走)"  # 已于3月20日发货
_SHIPS = re.compile(rf"{_GOODS}|{_ON_DAY}")
# ... and its own day: right before the words (3/20已发, 3月20日已发货), inside them (已于3月20日
# 发货) or right after (已发货 3月28日, shipped on 3/20), not a day of something else (预计4/25到港,
# ETA 5/10, 客户4/30前付款, 第3/4柜: rv55d s51, 36 days watch or 21 none for 72 black)
_OWN_DAY = re.compile(rf"(?<!\d){_DAY}\s*(?={_GOODS})|{_ON_DAY}|(?:{_GOODS})\s*(?:on\s+|于\s*)?"
                      rf"(?<!\d){_DAY}(?![日号]?\s*(?:到|抵|前|柜|付|[/-]\d))")
# a clause naming something other than the goods, and not them, says nothing of their shipping
# (已发货，发票未发; 已出货 尾款未付); drawings, carton marks or a quotation (报价, 报价单) are no
# goods where the paper is what was sent (图纸已发, 箱唛已发, 报价单已发, 箱唛图已发: 10,000 72 days
# black before fix55q, rv55j s11j), but the goods' own making before 已发 (箱唛贴好已发, 报价确认后
# 已发, 按报价单已发, 按图纸做好已发: read unsent by fix55q, 10,000 72 days black → 0, rv56a s121,
# s127) is the goods sent; 货 beside a paper names the goods too (货和箱唛3/20已发: read unsent,
# 10,000 72 days black → 0, rv56d s142)
_GOODS_NAMED = re.compile(r"出货|发货|走货|装船|出运|装运|大货|货已|货(?=\s*[和与及跟&+])"
                          r"|[和与及跟&+]\s*大?货(?![款代])|(?<![a-z])goods(?![a-z])")
_PAPER = r"图纸|箱唛|唛头|报价"
# ... what lies between a paper and its 已发 says when, how or in what form the paper went, not
# that goods were made to it: a day (图纸3/10已发), a time word (箱唛昨天已发), a channel
# (图纸微信已发) or a kind of the paper (箱唛照片已发, 报价表已发) keeps it the paper (read shipped
# by fix56c, 10,000 72-87 days black where nothing is due, rv56c s130); a verb done to the
# goods (贴好, 确认后, 做好) or 按 before the paper (made to it) is the goods sent
_SENT_HOW = (rf"{_DAY}|今天|今日|昨天|昨日|前天|上周|本周|这周|上个?月|本月|刚刚?|早上|上午|下午"
             r"|晚上|微信|邮件|e-?mail|快递|wechat|whatsapp|qq|传真|fax|照片|图片|表|单|图|样|稿|pdf")
_PAPER_SENT = re.compile(rf"(?<!按)(?<!按照)(?:{_PAPER})(?:\s*(?:{_SENT_HOW}))*\s*[也都]?已")
# A B/L is issued once the goods are on board, and held till the buyer pays: 提单已发 tells the
# sailing (提单3/20已发), 提单未发 only the paper not sent (3/20已出，提单未发客户: read unsent,
# 10,000 72 days black → 0, rv56d s146)
_BL_HELD = rf"(?:提单|(?<![a-z])b/?l(?![a-z]))[^,，;；]*?{NOT_ZH}"
_OTHER = re.compile(rf"样|发票|合同|定金|订金|快递|单据|资料|文件|邮件|款|账|{_PAPER_SENT.pattern}"
                    rf"|{_BL_HELD}"
                    r"|(?<![a-z])(?:pi|samples?|proforma|invoice|contract|deposit|documents?"
                    r"|courier)(?![a-z])")
# ... and one saying the goods have not gone yet (大货未发, 未出, 待发: says_unshipped the rest)
_NOT_GONE = re.compile(rf"{NOT_ZH}(?:发|出|走)")
# A roll (甩柜, 被甩, rolled; not "rolled from" the vessel the goods came off) takes the goods
# off the vessel they were on: what the note says after it decides, a sailing said before it
# none ("not loaded until 3/20, then rolled", 3/20已发，被甩柜: shipped 03-20 by fix56c, 10,000
# 72 days black where nothing is due, rv56c s130), a sailing after it on its own day (3/20已发，
# 甩柜后3/27开船, 甩柜改3/27船: 65 days black, 3/13被甩柜，3/20开船: 72; read unsent by fix56e,
# rv56d s142). A roll denied or feared (没有甩柜, 未被甩柜, 差点被甩柜, 担心甩柜, 甩柜风险已解除,
# "not rolled") or told as past (3/20开船，之前被甩柜一次) took nothing off: 10,000 72 days black
# read unsent by fix56e. In a note telling a roll, a day's 开船 or 船 is the sailing that came
# of it, unless planned (预计3/27开船).
_ROLL = r"甩柜|被甩|(?<![a-z])rolled(?![a-z])(?!\s+(?:over\s+)?from)"
_ROLLED = re.compile(_ROLL)
_NO_ROLL = re.compile(
    rf"(?:{NOT_ZH}|{FEARED_ZH})被?(?:{_ROLL})(?:的?风险)?|(?:{_ROLL})的?风险"
    rf"|{NOT_EN}(?:{_ROLL})|(?<![a-z])(?:almost|nearly) (?:{_ROLL})"
    rf"|(?:之前|此前|先前|以前|曾经?|上次)[^,，;；。()（）]*?(?:{_ROLL})"
    rf"|(?<![a-z])(?:earlier|previously) (?:{_ROLL})|(?:{_ROLL}) (?:earlier|previously)"
    rf"|(?:{_ROLL})\s*(?:(?:{NOT_ZH}|不)(?:甩|被甩)?成功?|失败|未遂)"
    rf"|(?:本来|原本|原来)[要会将]?被?(?:{_ROLL})")  # only meant (本来要甩柜，没甩成: rv57a s204)
# ... a roll that failed said after it (甩柜没甩成, 甩柜失败: rv56e s153, 10,000 72 days black
# read unsent) took nothing off either; a booking cancelled (客户3/20的船位取消, 3/20的船取消了)
# is no sailing (read as one, a rolled order shipped 03-20: 0 → 72 days black)
_SAILS_ON = re.compile(
    rf"(?P<said>[^,，;；。()（）]*?)(?<!\d)(?P<day>{_DAY})\s*(?:已经?)?(?:开船|离港|开航|走(?:货|了)?"
    r"|开(?=[,，;；。()（）]|$)|的?船(?!期|位))"  # 3/27走, 3/27已开 (rv57a s204)
    r"(?![^,，;；。()（）]*?取消)")
# ... and one dated before the sailing the note names before it, none after it (3/20开船，3/13被
# 甩柜: rv56e s153, 10,000 72 days black read unsent) is past, as 3/13被甩柜，3/20开船 is; a
# sailing named after the roll is the one it came to, whatever vessel was booked before (订了3/20
# 的船，3/18被甩柜，3/27开船: 72 days where 65, rv57a s204)
_ROLLED_ON = re.compile(rf"(?<!\d)(?P<day>{_DAY})\s*(?:{_ROLL})")
# a booking cancelled (3/20的船位取消, 客户取消3/20的船位) tells of sailings as a roll does: the day
# of the one taken is the goods' (3/27开船，之前3/20的船位取消: nothing due where 65 days, s204)
_BOOKING_OFF = re.compile(r"船位[^,，;；。]{0,4}?取消|取消[^,，;；。]{0,8}?船位"
                          r"|船[^,，;；。位期]{0,2}?取消")
_A_DAY = re.compile(_DAY)
# "not <sailed> till/until <day>": the goods went on that day (customs hold, not on board till
# 3/20; not sailed until 3/20 (vessel delay): unsent before fix56c, rv56a s127, hand 72 black)
_NOT_TILL = re.compile(r"(?<![a-z])(?:not|n[’']t)\s+(?:yet\s+)?(?:been\s+)?"
                       r"(?:shipped|sailed|on board|loaded)"
                       rf"(?:\s+[a-z]+){{0,3}}?\s+(?:till|until)\s+(?P<day>{_DAY})")
_PAPER_NAMED = re.compile(_PAPER)
_CLAUSES = re.compile(r"[,，;；。、()（）\n]")
_PARTS = re.compile(r"[,，;；。、()（）\n]|\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+")
_BARE = re.compile(r"(已经?[发走出])\s+(?=[a-z0-9])")
_DELAYED = re.compile(r"延迟|推迟|延期|延后|暂缓|delay|postpone|on hold")
# the words a shipment's header holds (实际出货日期 holds 出货日期, actual ship date shipdate)
_SHIPMENT_WORDS = tuple(w for w in (fold_header(s) for s in SYNONYMS["ship_date"]) if len(w) > 3)


class Typo(NamedTuple):
    """A paper's date left out: its data row, its field and day, the field and day it is far
    from (both ISO days)."""

    row: int
    field: str
    day: str
    other: str
    other_day: str


def planned(header: str) -> bool:
    """Does a folded header name a planned date (预计出货日期), not one that happened?"""
    return any(word in header for word in PLANNED_WORDS)


def planned_apart(mapping: dict[str, int], folded: Sequence[str]) -> None:
    """auto_map's step before the papers: a planned ship-date column beside an actual one (or
    a B/L column) is not the ship date; with no other order-date column it is the order date's,
    each row's papers first (:func:`dates_of`). A planned date alone is left as read, and so is
    one beside an order date and a B/L only: its rows ship by their B/L, else by their notes
    (:func:`shipped_as_noted`)."""
    ship = mapping.get("ship_date")
    if ship is None or not planned(folded[ship]):
        return
    order = mapping.get("order_date")
    taken = set(mapping.values())
    actual = order if order is not None and _shipment(folded[order]) else next(
        (i for i, text in enumerate(folded) if i not in taken and _shipment(text)), None)
    if actual is None and ("bl_date" not in mapping or order is not None):
        return
    del mapping["ship_date"]
    if actual is not None:
        mapping["ship_date"] = actual
    if order is None or order == actual:
        mapping["order_date"] = ship


def shipped_as_noted(order: Sequence[str | None], plan: Sequence[str | None],
                     notes: Sequence[str | None]) -> list[str | None]:
    """Each row's ship date from a planned column beside a B/L one, where its B/L is not typed:
    a row whose note says the goods shipped (空运，3/20已发; 已出货; shipped; not PI已发 or
    已发样品) on the shipping's own day in the note (3/20已发, not 4/25到港), else on its plan;
    any other row (no note, 未发, 大货未发, 待发, 延迟) not shipped. The B/L is typed for
    sea freight only: Alpha's air shipment of 03-20 (OA 30, 10,000 unpaid) was no sale due,
    0 open, where it is 72 days black at 06-30 (rv55a s09)."""
    return [_noted_day(n, p, o) if n and _shipped(fold(n)) else None
            for o, p, n in zip(order, plan, notes or [None] * len(plan), strict=True)]


def _shipped(note: str) -> bool:
    """Does a folded note say the goods shipped: its last clause on their shipping saying so,
    not that they have not (大货未发, not on board yet), none delayed? A clause naming samples, a
    PI, a contract or money is about them. A clerk adds to a note as the goods move: a sailing
    after a clause of their not going is the later word ("not loaded on first vessel, sailed
    next vessel", "rolled, not loaded 3/18, sailed 3/20": read unsent by fix55q, rv56a s121,
    s127), and "not on board till 3/20" their sailing that day, a delay its why. A clause of a
    paper (箱唛贴好已发) never outvotes one of the goods, or of nothing named (大货未出, 3/25已发):
    the 已发 after a paper may be the paper's own (rv56c s130)."""
    note, sailed = _sailed_on(note)
    if _DELAYED.search(note) and not sailed:
        return False
    note = _BARE.sub(r"\1", note)  # 已发 PI is one part: what was sent
    note = _PAPER_SENT.sub(lambda m: "".join(m[0].split()), note)  # and 报价单 3/10 已发
    said = [c for c in _PARTS.split(note) if _of_goods(c)]
    told = [c for c in said if _not_gone(c) or _SHIPS.search(c)]
    goods = [c for c in told if _GOODS_NAMED.search(c) or not _PAPER_NAMED.search(c)] or told
    return bool(goods) and not _not_gone(goods[-1])


def _of_goods(clause: str) -> bool:
    """May a clause speak of the goods: naming them, or naming nothing else (not 发票未发, nor a
    paper sent: 图纸3/10已发's day is the drawings', not the shipping's)?"""
    return bool(_GOODS_NAMED.search(clause)) or not _OTHER.search(clause)


def _not_gone(clause: str) -> bool:
    return bool(_NOT_GONE.search(clause)) or says_unshipped(clause)


def _sailed_on(note: str) -> tuple[str, int]:
    """A folded note with each "not <sailed> till/until <day>" as the sailing that day (not
    sailed until 3/20 → sailed 3/20), and how many it held. Only a sailing said done: "won't
    ship until paid", "not paid until 4/30" are none. A note telling a roll is read from its
    last roll on (:data:`_ROLL`)."""
    note, held = _NOT_TILL.subn(r"sailed \g<day>", note)
    if _ROLLED.search(note) or _BOOKING_OFF.search(note):
        sailed = [(m.start("day"), _month_day(m["day"])) for m in _SAILS_ON.finditer(note)
                  if not planned(m["said"])]
        note = _ROLLED_ON.sub(lambda m: " " if all(at < m.start() for at, _ in sailed) and any(
            _month_day(m["day"]) < day for _, day in sailed) else m[0], note)  # past
        note = _NO_ROLL.sub(" ", _SAILS_ON.sub(
            lambda m: m[0] if planned(m["said"]) else f"{m['said']}sailed {m['day']}", note))
        note = _ROLLED.split(note)[-1]
    return note, held


def _month_day(text: str) -> tuple[int, int]:
    """A day as a note writes it (3/20, 3月20日) as its month and day, to tell which came first."""
    found = _A_DAY.search(text)
    return (int(found[2]), int(found[3])) if found else (0, 0)


def _noted_day(note: str, plan: str | None, order: str | None) -> str | None:
    """The day a note says its row shipped (a year's only where it names one, else the one
    nearest the plan's month), not before its order; else the plan's. A day of another clause
    (到港, ETA, 付款) or of a paper sent (图纸3/10已发) is not the shipping's."""
    base = plan or order
    said = next(filter(None, (_OWN_DAY.search(c) for c in _CLAUSES.split(_sailed_on(fold(note))[0])
                              if _SHIPS.search(c) and not _not_gone(c) and _of_goods(c))),
                None)
    if said is None or base is None:
        return plan
    groups = said.groups()
    year, month, day_ = next(groups[k:k + 3] for k in (0, 3, 6) if groups[k + 1])
    day = yearless_date(f"{month}月{day_}日", "mdy", NamedYear(
        int(year) if year else _day(base).year, None if year else _day(base).month))
    return plan if day is None or (order is not None and day.isoformat() < order) else (
        day.isoformat())


def _shipment(text: str) -> bool:
    return bool(text) and not planned(text) and any(w in text for w in _SHIPMENT_WORDS)


def _day(text: str) -> date:
    return date.fromisoformat(text[:10])


def _far(one: str, other: str) -> bool:
    return abs((_day(one) - _day(other)).days) > AGREE_DAYS


def checked_bl(order: Sequence[str | None], ship: Sequence[str | None],
               bl: Sequence[str | None], monthly: bool = False,
               notes: Sequence[str | None] = ()) -> tuple[list[str | None], list[Typo]]:
    """Each row's B/L date where it can be one (else None), and the typos left out: a B/L
    before its order date, far before its 出货日期 or mistyped from it
    (:func:`mistyped_ship_day`, its row's note in `notes` saying whether the shipping was
    held), or late: far after its 出货日期 and past the sheet's latest date, or far after that
    latest date (`monthly`, a tab named for a month: a year after its order, the tab's latest
    date being only its month's). A sheet without a B/L typed, most, pays no row's look
    (perf55b)."""
    if bl.count(None) == len(bl):
        return list(bl), []
    latest = max((d for d in (*order, *ship) if d), default=None)
    kept: list[str | None] = []
    typos: list[Typo] = []
    for j, (o, s, b) in enumerate(zip(order, ship, bl, strict=True)):
        wrong = b is not None and ((o is not None and b < o) or (s is not None and (
            mistyped_ship_day(b, s, notes[j] if j < len(notes) else None)
            or b < s and _far(b, s))) or _late(
            b, o or s, latest, monthly, s is not None and _far(b, s)))
        if wrong and b is not None:
            other, day = ("ship_date", s) if s else ("order_date", o or latest or "")
            typos.append(Typo(j, "bl_date", b, other, day))
        kept.append(None if wrong else b)
    return kept, typos


def mistyped_ship_day(bl: str, ship: str, note: str | None = None) -> bool:
    """Is a B/L its row's 出货日期 mistyped: the same day a year off, or a day whose day and
    month swapped lies near it (within AGREE_DAYS: 04/11 read 11-04 beside 04-10) while the B/L
    as typed lies far after it, where the row's `note` says no shipping was held?"""
    one, other = _day(bl), _day(ship)
    if one == other:
        return False
    if (one.month, one.day) == (other.month, other.day) and abs(one.year - other.year) == 1:
        return True
    if one.day > 12 or (one - other).days <= AGREE_DAYS or note and _DELAYED.search(fold(note)):
        return False
    return abs((date(one.year, one.day, one.month) - other).days) <= AGREE_DAYS


def _late(bl: str, own: str | None, latest: str | None, monthly: bool, delayed: bool) -> bool:
    """Is a B/L typed a year late? A sailing delayed past its 出货日期 (the day planned at order,
    never updated) is the day terms run from while it stays within the sheet's dates (rv55a
    s07a: 10,000 34 days watch, not 108 black from the plan); a month's tab is no bound on a
    project shipping months after its order (s07b: a January order's B/L of 08-05 kept)."""
    if monthly and own is not None:
        return (_day(bl) - _day(own)).days > YEAR_LATE_DAYS
    if latest is None:
        return False
    return bl > latest if delayed else (_day(bl) - _day(latest)).days > LATE_DAYS


def agreeing(j: int, typed: dict[str, str]) -> tuple[dict[str, str], list[Typo]]:
    """A row's typed papers (field: ISO day, the order column's first) that agree, and the
    outliers: those more than AGREE_DAYS from the papers' median; of two apart, the first kept."""
    days = sorted(typed.values())
    if len(days) < 2 or not _far(days[0], days[-1]):
        return typed, []
    middle = days[len(days) // 2] if len(days) > 2 else next(iter(typed.values()))
    kept = {n: d for n, d in typed.items() if not _far(d, middle)}
    first = next(iter(kept))
    return kept, [Typo(j, n, d, first, kept[first]) for n, d in typed.items() if n not in kept]


def typo_messages(sheet: str, headers: dict[str, str], typos: Sequence[Typo],
                  numbers: dict[int, int]) -> list[Message]:
    """The import's word on each paper date left out (both languages: the catalog), of the
    taken rows (`numbers`: data row -> sheet row)."""
    return [Message("paper_date_typo", N_(
        "Sheet “{sheet}” row {row}: “{column}” {day} is far from “{other}” {other_day} and "
        "looks mistyped: not read as the row's date."), {
            "sheet": sheet, "row": numbers[t.row], "column": headers[t.field], "day": t.day,
            "other": headers[t.other], "other_day": t.other_day})
            for t in typos if t.row in numbers]
