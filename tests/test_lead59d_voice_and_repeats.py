"""rv59d's findings on fix59b, fix59g and the lead's 154, narrowed (reader 157).

- 我司 / 本司货款 in the clerk's voice are the seller's goods: 代Khartoum Star支付我司货款 and
  代…付款（不含本司货款） pay no goods of the agent's own (read so, Hassan's own 5,000 was
  paid and Khartoum black instead, rv59d s270 d, e, j); 及本司货款 / 含我司货款 still add them.
- A one-word name (代Star付款) that is a word of another customer's name too names nobody
  (read as Star Lighting's, its 6,000 owed cleared, s270 a).
- A later payment line of the row's sum still repeats it where it is a deposit's line (定金50%
  under a row holding the deposit) or where, counted beside the row, it would pay the order
  twice over (a total typed on the row before its 定金 and 尾款 lines): s271 B, C, E.
- 后 / 才 of an agreement made (客户验货后同意, 老板同意了才扣的) is no condition: taken (s273).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_fix59b_agent_wire_buyer import _agent
from test_fix59g_rest_on_own_line import AS_OF, C, _account, _import, _line, _sale
from test_lead58d_deduction_asked import _open
from test_lists_audit28 import at, by_name

from core.ledger.own_goods import own_goods

KHARTOUMS = ((5_000, 5_000, 89, 0), (0, 0, 0, 12_000))  # the whole wire Khartoum's


@pytest.mark.parametrize("note", ["代Khartoum Star支付我司货款", "代Khartoum Star付本司货款",
                                  "代Khartoum Star付款（不含本司货款）"])
def test_the_sellers_goods_in_the_clerks_voice_are_not_the_agents(tmp_path: Path,
                                                                   note: str) -> None:
    assert _agent(tmp_path, 5_000, 12_000, note) == KHARTOUMS
    assert own_goods("代Khartoum Star付款及本司货款") and own_goods("代X付款，含我司货款")


def test_a_one_word_name_in_another_customers_name_names_nobody() -> None:
    from core.ledger.payer_named import Buyers
    buyers = Buyers({"khartoum star trading": "Khartoum Star Trading",
                     "star lighting ltd": "Star Lighting Ltd",
                     "alpha haushalt gmbh": "Alpha Haushalt GmbH"})
    assert buyers("Star", said=True) is None
    assert buyers("Alpha", said=True) == "alpha haushalt gmbh"


def _open_and_credit(tmp_path: Path) -> tuple[float, float]:
    c = by_name(at(tmp_path / "fast.sqlite", AS_OF))[C]
    return round(c.open_amount, 2), round(c.credit_on_account, 2)


@pytest.mark.parametrize("first", [date(2025, 9, 8), date(2025, 9, 6)])
def test_a_total_typed_before_its_lines_is_counted_once(tmp_path: Path, first: date) -> None:
    _import(tmp_path, [_sale(12255, date(2025, 9, 5)), _line("定金30%", 3676.5, first),
                       _line("尾款70%", 8578.5, date(2025, 11, 20))])
    assert _open_and_credit(tmp_path) == (0, 0)


def test_a_deposit_line_repeating_the_rows_deposit_is_counted_once(tmp_path: Path) -> None:
    _import(tmp_path, [_sale(6127.5, date(2025, 9, 6)), _line("定金50%", 6127.5,
                                                              date(2025, 9, 10))])
    assert _open_and_credit(tmp_path) == (6127.5, 0)
    _import(tmp_path / "rest", [_sale(6127.5, date(2025, 11, 12)),
                                _line("余款", 6127.5, date(2025, 12, 20))])
    assert _account(tmp_path / "rest") == (0, 0, None, 0)  # fix59g's second payment


def test_an_agreement_made_after_a_look_is_taken(tmp_path: Path) -> None:
    notes = ["质量扣款500？客户验货后同意", "扣款500？客户看了照片后同意了",
             "扣款500？客户确认后已扣", "扣款500？老板同意了才扣的"]
    got = {note: _open(tmp_path / str(n), note) for n, note in enumerate(notes)}
    assert got == dict.fromkeys(notes, (0, 0, None))
    assert _open(tmp_path / "cond", "扣款500？客户同意后再扣")[0] == 500
