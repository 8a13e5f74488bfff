"""lin38: a stored line this file writes again is this file's, not another list's, even where
it keeps the name of the file that first stored it (a line shown unchanged keeps its source).
The two rules weighing this file's payments against other lists ask it of each stored line:
`lump_wires._ours` (a wire on the invoices' rows and, less its charge, on a bank's row) and
`payments_seen._read_otherwise` (one wire, the bank's charge taken off). The bank's list whose
only slip the ledger re-lists is then no other list: the account is the same whether that
list was imported before the ledger, after it or not at all (order36). Without the check the
bank's list imported first made the ledger's own rows one wire with its re-listed slip.

wire38: the ledger's own two readings of one wire are one wire now (core.ledger.listed_twice):
its invoice rows and its re-listed slip less the charge, its slip and its own row of the wire
a charge apart on one sheet. The re-listed slip stays the ledger's own line (the account the
same in every order); what changed is that the ledger's two rows of it are counted once."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_corrected_payments_pay32 import NAIROBI, _pay
from test_payments_fix35e import LIMA, _sales
from test_payments_pay33 import _files, _tab
from test_payments_pay34 import BANK as BANK_SLIPS
from test_payments_pay34 import SALES
from test_payments_pay35a import BANK, NOTE_HEADER, TAB, _money

ORDERS = ("alone", "bank_first", "bank_after")


def in_order(tmp_path: Path, order: str, own: tuple, other: tuple):
    """The file imported alone, after the other list, or before it: (owed, results)."""
    files = {"alone": [own], "bank_first": [other, own], "bank_after": [own, other]}[order]
    return _files(tmp_path, *files)

# Lima's bank slip: the wire TT-5 of 04-20, 14,965 (35 of charges off) under no invoice
SLIP = _money(LIMA, "2025-04-20", 14_965, "USD", "TT-5")
LIMA_LEDGER = (TAB, {"台账": _sales(), "收款": [NOTE_HEADER, SLIP]})
LIMA_BANK = (BANK, {"收款": [NOTE_HEADER, SLIP]})


@pytest.mark.parametrize("order", ORDERS)
def test_a_lump_slip_the_ledger_re_lists_is_the_ledger_s_own_row(tmp_path: Path, order):
    """The ledger fills 已收金额 on INV-1 (10,000) and INV-2 (5,000) from wire TT-5 and its
    收款 tab re-lists the bank's slip, 14,965 TT-5 under no invoice; the bank's list has that
    slip alone. Hand count: 15,000 sold, one wire: nothing open, nothing on account, whether
    the bank's list came first, after or not at all. lin38 pinned (0, 15,000) in every order:
    the file's own rows were never weighed against each other, the wire counted twice; the
    slip is the same money as the invoices' 已收金额 (wire38, core.ledger.listed_twice). With
    the bank's list first the slip's line keeps the list's name; read as the list's (no
    `line.key not in keys`), it was taken for the bank's row of the ledger's invoices and
    dropped, the same (0, 0) but only in that order."""
    owed, _results = in_order(tmp_path, order, LIMA_LEDGER, LIMA_BANK)
    assert owed[LIMA] == (0, 0), "was (0, 15,000): the wire counted twice"


# May's ledger lists both: the bank's slip 4,985 "TT881" and its own 5,000 "TT-881" of 04-20
MAY = ("台账 2025-05.xlsx", {"台账": SALES, "收款": _tab(
    _pay(NAIROBI, "2025-04-20", 4_985, "TT881"),
    _pay(NAIROBI, "2025-04-20", 5_000, "TT-881 货款"))})


@pytest.mark.parametrize("order", ORDERS)
def test_a_slip_the_ledger_re_lists_beside_its_own_row_is_no_other_list_s(tmp_path: Path,
                                                                          order):
    """Nairobi's N-1 10,000 and N-2 3,000; May's 收款 tab lists 4,985 "TT881" (the bank's
    slip, the bank's list having it alone) and 5,000 "TT-881" of 04-20: one sheet, one wire
    reference folded, one day, 15 apart (within the bank's charge): one wire listed twice, the
    4,985 that reached the bank counted: 8,015 open, in every order. lin38 pinned 3,000 open
    (two payments, 9,985: a list held a wire once); wire38 reads the pair as the one wire
    (core.ledger.listed_twice). With the bank's list first and its line read as another
    list's (no `line.key not in keys` in `_read_otherwise`), the 5,000 was dropped as that
    list's wire read otherwise: 8,015 open, but only in that order."""
    owed, _results = in_order(tmp_path, order, MAY, BANK_SLIPS)
    assert owed[NAIROBI] == (8_015, 0), "was (3,000, 0): 9,985 counted for one wire"
