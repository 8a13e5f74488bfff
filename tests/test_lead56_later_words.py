"""One list of the words that put a payment off to another time (core.ledger.balance_words.
LATER: 下次, 另, 以后, 之后, 回头, 再): fix56l's balance beside a deposit and fix56d's agent's own
invoice beside a 代X付款 read the same words. fix56d's list lacked 另: 代Khartoum Star付款，
INV-H1另付 claimed the wire for Hassan's own invoice (rv56d s143 d4: Hassan 0, Khartoum 5,000,
89 days, black, where the wire is Khartoum's and INV-H1 is paid apart).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fix55g_agent_notes import HASSAN, _agent


@pytest.mark.parametrize("note", ["代Khartoum Star付款，INV-H1另付",
                                  "代Khartoum Star付款，INV-H1以后再付"])
def test_an_own_invoice_paid_apart_leaves_the_wire_to_the_client(tmp_path: Path, note: str):
    """INV-H1 5,000 and INV-K1 5,000, both 89 days late at 06-30; Hassan wires 5,000 noted
    `note`: the wire is Khartoum's, Hassan's own invoice still owed."""
    _, _, hassan, khartoum = _agent(tmp_path, ("INV-H1", 5_000), 5_000, [
        ("2025-05-01", HASSAN, 5_000, None, None, note)])
    assert hassan is not None and (hassan[0], hassan[2], hassan[4]) == (5_000, 89, "black")
    assert khartoum == (0, 0, 0, 0, None)
