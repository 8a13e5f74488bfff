"""A header on two or three rows: which reading wins, and a mapping remembered for one of
its rows (rv53d r5, r6).

Every stack of a header's rows is a candidate (a row alone, with one sub-header row, with
two), scored as any header: the fields it maps, a required one missing costing three. Of equal
scores the earliest header wins, then its longest stack.

A database kept from before stacked headers were read (reader 53) remembers a clerk's mapping
of the header's single row as then read (李娜's 客户名称 the agent, --map customer=最终客户).
The stacked reading has another signature: unapplied, February's three end buyers' orders all
went to the agent (24,000 under HK Bright, Alpha, Gamma and Nordic gone), and a mapped
合同总价 left the file without an amount, refused. So a stack without a mapping of its own takes
its rows' remembered one, column by column where the stack names that column as the row did
(金额 under a group 发票 is no longer the 发票 a mapping of the row alone may have read), over
what its own names map (its receipts, read now, added).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from core.ledger.fields import REQUIRED
from core.ledger.stacked_header import Mapper, Stack


@dataclass
class Candidate:
    index: int  # the header's last row
    headers: list[str | None]
    mapping: dict[str, int]
    remembered: bool
    first: int  # its first row
    lacking: int  # the required fields its mapping lacks

    @property
    def score(self) -> tuple[int, int, int]:
        return len(self.mapping) + 3 * (len(REQUIRED) - self.lacking), -self.first, self.index


def read_before(stack: Stack, remembered: Mapping[str, dict[str, int]],
                signature: Callable[[list[str | None]], str],
                mapper: Mapper) -> dict[str, int] | None:
    """The stack's mapping from a remembered mapping of one of its rows, or None if none of
    them has one (a row alone is its own candidate: None)."""
    if stack.last == stack.first:
        return None
    for row in stack.rows:
        old = remembered.get(signature(row))
        if old:
            mapping = mapper(stack.names)
            for name, column in old.items():
                if column < min(len(row), len(stack.names)) and stack.names[column] \
                        and stack.names[column] == row[column]:  # not renamed by a group
                    mapping = {k: v for k, v in mapping.items() if v != column and k != name}
                    mapping[name] = column
            return dict(sorted(mapping.items(), key=lambda item: item[1]))  # as columns run
    return None
