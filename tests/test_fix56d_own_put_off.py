"""fix56d (rv56a s123a, s123d, s123f): an agent's note naming his own invoice beside a 代X付款
claims his invoice only where it says this wire pays it.

Hassan Ali Mohamed buys in his own right (INV-H1) and wires money for Khartoum Star Trading
(INV-K1 5,000), both shipped 03-01 OA 30, 89 days late at 06-30. A clause putting his own
invoice off (INV-H1款下月付, INV-H1下次付) says the wire is not his: before, reader 102 read it
as his, his own invoice paid and Khartoum's left black. A wire over his own invoice, named
first, pays it first and passes the rest on.
"""

from __future__ import annotations

from pathlib import Path

from test_fix55g_agent_notes import HASSAN, _agent


def test_an_own_invoice_put_off_to_next_month_leaves_the_wire_to_the_client(tmp_path: Path):
    """s123a: INV-H1 10,000 open; 5,000 noted 代Khartoum Star付款，INV-H1款下月付. Hand:
    Hassan 10,000 open, 89 days, black; Khartoum 0. Before: 5,000 each, both black."""
    _, _, hassan, khartoum = _agent(tmp_path, ("INV-H1", 10_000), 5_000, [
        ("2025-05-01", HASSAN, 5_000, None, None, "代Khartoum Star付款，INV-H1款下月付")])
    assert hassan is not None and (hassan[0], hassan[2], hassan[4]) == (10_000, 89, "black")
    assert khartoum == (0, 0, 0, 0, None)


def test_an_own_invoice_paid_next_time_leaves_the_wire_to_the_client(tmp_path: Path):
    """s123d: INV-H1 5,000; 5,000 noted 代Khartoum Star付INV-K1，INV-H1下次付. Hand: Hassan
    5,000 open, 89 days, black; Khartoum 0. Before: Hassan 0, Khartoum 5,000 black."""
    _, _, hassan, khartoum = _agent(tmp_path, ("INV-H1", 5_000), 5_000, [
        ("2025-05-01", HASSAN, 5_000, None, None, "代Khartoum Star付INV-K1，INV-H1下次付")])
    assert hassan is not None and (hassan[0], hassan[2], hassan[4]) == (5_000, 89, "black")
    assert khartoum == (0, 0, 0, 0, None)


def test_an_own_invoice_named_first_is_paid_first_the_rest_passes_on(tmp_path: Path):
    """s123f: INV-H1 5,000; 8,000 noted INV-H1货款+代Khartoum Star付款. Hand: Hassan 0;
    Khartoum 2,000 open, 89 days, black; the report says the split in both languages.
    Before: Khartoum's 5,000 paid first, Hassan 2,000 open, black, Khartoum 0."""
    english, chinese, hassan, khartoum = _agent(tmp_path, ("INV-H1", 5_000), 5_000, [
        ("2025-05-01", HASSAN, 8_000, None, None, "INV-H1货款+代Khartoum Star付款")])
    assert hassan == (0, 0, 0, 0, None)
    assert khartoum is not None and (khartoum[0], khartoum[2], khartoum[4]) == (
        2_000, 89, "black")
    assert "names its own invoices first" in english and "5,000.00 USD counted on them" in english
    assert "先写了其自己的发票" in chinese and "其余 3,000.00 USD 按备注处理" in chinese
