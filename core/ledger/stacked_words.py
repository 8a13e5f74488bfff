"""The words a clerk writes under a header's names that are header, not data (acct54b).

- A share or a year under a group (收款 merged over 30% / 70%, 2025年): a header word, never
  an order's figure (a number cell stays data; only text is a header's). Two shares under a
  group of money received are its deposit and its balance (30% → 定金30%, 70% → 尾款70%, as
  a clerk who writes them out is read): read as a figure, the 70 % column was left unread,
  Beta's 3,500 balance paid shown open.
- A row of units only (订单金额 / USD, 收款 / RMB, 数量 / pcs) under the header: each column's
  currency or unit, written into its name (收款(RMB)); skipped as a row without a customer, the
  RMB receipts were read as USD (Beta 10,680 RMB for 1,500 USD read as paid in full, 0 open
  where 3,500).
- A generic word under a name that is no field by itself (订单 / 日期, 出货 / 日期, 发票 / 号码):
  the two read as one name (订单日期, 出货日期, 发票号码); read apart, three 日期 and no order
  date, the file was refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from core.ledger.amounts import header_currency
from core.ledger.header_units import header_scale
from core.ledger.readers.sheets import Cell

Mapper = Callable[[list[str | None]], dict[str, int]]
# 30%, 70 %, 30％, 2025年, FY2025: a share or a year written as a sub-header
HEADER_WORD = re.compile(r"\s*(?:\d{1,3}(?:\.\d+)?\s*[%％]|(?:19|20)\d{2}\s*年(?:度)?"
                         r"|FY\s*(?:19|20)\d{2})\s*", re.IGNORECASE)
_SHARE = re.compile(r"\s*\d{1,3}(?:\.\d+)?\s*[%％]\s*")
# a generic word that names a field only with the word above it
GENERIC = frozenset({"日期", "日", "号码", "号", "编号", "单号", "金额", "date", "no", "no.",
                     "number", "amount"})
_UNITS = frozenset({"元", "万元", "pcs", "pc", "个", "件", "套", "只", "台", "kg", "千克", "公斤",
                    "吨", "米", "箱", "ctn", "ctns", "set", "sets", "unit", "units", "%"})


# 单位：元, Unit: USD, Unit EUR, Unit (EUR): a units row's cell naming its unit as such. With its
# colon the label is taken off whatever follows; without one only before a currency, never the
# word alone: 'units' under 数量 read as 's' was no unit, the row no units row and its EUR under
# 订单金额 dollars (fix55h, rv55c s55: Berlin 5,000 EUR open shown 5,000 USD where 5,400); but
# "Unit EUR" kept whole was no currency either, the row skipped as one without its customer
# (fix55m, rv55e s65c: 华东五金's 5,000 RMB open under "Unit RMB" shown 5,000 USD, watch).
_UNIT_SAID = re.compile(r"^\s*(?:单位|units?)\s*[:：]\s*", re.IGNORECASE)
_UNIT_LABEL = re.compile(r"^\s*(?:单位|units?)\s*(?=\S)", re.IGNORECASE)


def _bare(text: str) -> str:
    return text.strip().strip("()（）").strip()


def unit_word(text: str) -> str:
    """A units row's cell as its unit alone: (元), 单位：元 and 单位 元 are 元."""
    said = _UNIT_SAID.sub("", text.strip())
    if said != text.strip():
        return _bare(said)
    rest = _bare(_UNIT_LABEL.sub("", said))
    return rest if rest and rest != _bare(said) and _currency(rest) else _bare(said)


def unit_currency(text: str) -> str | None:
    """The currency a units row's cell names: a lone 元 is RMB here, under a name, as it is in
    brackets in a header (收款(元)); unread, 35,500 yuan under 收款 / 元 beside 币种 USD were
    dollars, Beta's 5,000 open hidden (fix55a, rv55a s04y). 万元 is RMB in ten-thousands, as
    in a header (金额(万元), header_units): the row written into the names (订单金额(万元)) is
    read scaled; taken for no currency, the row was no units row and 10 万元 was 10 USD
    (fix55h, rv55c s56: 华东五金's 50,000 RMB open shown 0)."""
    return _currency(unit_word(text))


def _currency(word: str) -> str | None:
    return header_currency(header_scale(f"({word})")[1])


def is_unit(text: str) -> bool:
    """A currency code or a unit alone (USD, RMB, 美元, 元, pcs)."""
    word = unit_word(text)
    return unit_currency(word) is not None or word.lower() in _UNITS


def units_row_fields(rows: Sequence[Sequence[Cell]], index: int, mapping: dict[str, int],
                     named: dict[str, str]) -> frozenset[str]:
    """The fields whose currency (`named`) a units row at `index` wrote: a currency alone in
    the header's last row, under a name above it (units_named; fix54k)."""
    row = rows[index] if 0 < index < len(rows) else ()
    return frozenset(name for name in named if mapping[name] < len(row) and isinstance(
        cell := row[mapping[name]], str) and unit_currency(cell))


def completed(name: str, upper: str | None, mapper: Mapper) -> str | None:
    """订单 over 日期: 订单日期, where the upper word names no field and the two read one."""
    if not upper or name.strip().lower() not in GENERIC or mapper([upper]):
        return None
    joined = upper.strip() + name.strip() if not upper.strip()[-1:].isascii() \
        else f"{upper.strip()} {name.strip()}"
    return joined if mapper([joined]) else None


def shares_named(lower: list[str | None], groups: dict[int, str],
                 mapper: Mapper) -> list[str | None]:
    """Two shares under a group of money received: its deposit and its balance."""
    out = list(lower)
    by_group: dict[str, list[int]] = {}
    for c, group in groups.items():
        if out[c] is not None and _SHARE.fullmatch(out[c] or ""):
            by_group.setdefault(group, []).append(c)
    for group, columns in by_group.items():
        if len(columns) != 2 or "received_amount" not in mapper([group]):
            continue
        first, last = sorted(columns)
        out[first] = f"定金{(out[first] or '').strip()}"
        out[last] = f"尾款{(out[last] or '').strip()}"
    return out


def units_named(names: list[str | None], raw: Sequence[Cell],
                mapper: Mapper) -> list[str | None] | None:
    """The header's names with a units row's units in them (收款 / RMB: 收款(RMB)), or None if
    the row is no units row (a text cell not a unit, a figure, a unit under no name, under
    the currency column itself, or no currency at all)."""
    cells = [v.strip() if isinstance(v, str) and v.strip() else None for v in raw]
    if any(v is not None and not isinstance(v, str) for v in raw) or not any(cells):
        return None
    out = list(names) + [None] * max(0, len(cells) - len(names))
    mapping = mapper(out)
    currency = mapping.get("currency")
    for c, unit in enumerate(cells):
        if unit is None:
            continue
        if not is_unit(unit) or not out[c] or c == currency:
            return None
        out[c] = f"{out[c]}({unit_word(unit)})"
    if not any(unit_currency(v) for v in cells if v):
        return None
    return out
