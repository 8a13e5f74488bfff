"""The lead's last narrowing (rv55g s86a, found again by every reviewer's scenario at the pass's
end): a buyer's note naming its own invoice beside a 代X付款 of an earlier wire is its own money.

Hassan buys in his own right (INV-H1 5,000) and once paid for Khartoum; his 5,000 on 05-01 is
noted INV-H1货款（上笔代Khartoum Star付款）— the clerk's reminder that the *last* wire was
Khartoum's. Before: the note's 代 won, Hassan 5,000 open, 89 days, black, Khartoum's 5,000 paid
(a bad payer hidden). A wire worth more than his own invoice has open still passes the rest on
(s86b: 10,000 noted INV-H1 + 代Khartoum Star付款 pays both).
"""

from __future__ import annotations

from pathlib import Path

from test_fix55g_agent_notes import HASSAN, _agent


def test_a_note_naming_the_payers_own_invoice_is_its_own(tmp_path: Path):
    _, _, hassan, khartoum = _agent(tmp_path, ("INV-H1", 5_000), 5_000, [
        ("2025-05-01", HASSAN, 5_000, None, None, "INV-H1货款（上笔代Khartoum Star付款）")])
    assert hassan == (0, 0, 0, 0, None)
    assert khartoum is not None and khartoum[0] == 5_000 and khartoum[2] == 89
    assert khartoum[4] == "black"


def test_a_wire_over_the_payers_own_invoice_still_pays_the_one_it_names(tmp_path: Path):
    _, _, hassan, khartoum = _agent(tmp_path, ("INV-H1", 5_000), 5_000, [
        ("2025-05-01", HASSAN, 10_000, None, None, "INV-H1 + 代Khartoum Star付款")])
    assert hassan == khartoum == (0, 0, 0, 0, None)
