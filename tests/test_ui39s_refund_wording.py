"""ui39s: a refund re-sent with another sum and day was named as a payment: "the customer is
shown that much more paid", backwards for money sent back. It is said as a refund now, in both
languages: "shown that much more sent back"; a payment's pair keeps its own words
(test_corrected_payments_paydup31).

April's 台账: MT-1 Sofa 15,000 paid on 04-10, its refund row -3,000 on 04-20 (退款). May's
re-sends the sale and the refund as -3,500 on 04-25: both sum and day changed, so both counted
and the pair named. So was a refund moved to another invoice ("the first is shown that much
more paid")."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import write_xlsx
from test_lists_audit28 import d
from test_ref39_refund_tab import HEADER, _sale

from core import i18n
from core.ledger.importer import import_files


def _row(received: float, day: str, note: str | None) -> list[object]:
    return ["MT-1", "Mumbai Mart", d("2025-03-01"), "Sofa", 0, "USD", "OA 30 days", None,
            received, d(day), note]


# MT-2, another invoice of Mumbai's, paid in full on 04-11
LAMP = ["MT-2", "Mumbai Mart", d("2025-03-02"), "Lamp", 8_000, "USD", "OA 30 days",
        d("2025-03-06"), 8_000, d("2025-04-11"), None]


def _named(tmp_path: Path, april: list[object], may: list[object], code: str) -> list[str]:
    """The warnings of `code` May's file, imported after April's, gives, as the language
    says them."""
    db = tmp_path / "firm.sqlite"
    first = write_xlsx(tmp_path / "台账 2025-04.xlsx", {"台账": [HEADER, _sale(), LAMP, april]})
    second = write_xlsx(tmp_path / "台账 2025-05.xlsx", {"台账": [HEADER, _sale(), LAMP, may]})
    [a] = import_files(db, [first])
    [b] = import_files(db, [second])
    assert (a.status, b.status) == ("imported", "imported")
    return [m.text for m in b.warnings if m.code.endswith(code)]


@pytest.mark.parametrize(("language", "said", "never"), [
    ("en", "shown that much more sent back", "more paid"),
    ("zh_CN", "该客户会多显示这笔已退金额", "已收金额"),
])
def test_a_refund_s_pair_is_said_as_money_sent_back(tmp_path, language, said, never):
    i18n.set_language(language)
    [text] = _named(tmp_path, _row(-3_000, "2025-04-20", "退款"),
                    _row(-3_500, "2025-04-25", "退款"), "maybe_corrected")
    assert said in text and never not in text  # was "…shown that much more paid"
    assert "-3,000.00 2025-04-20 → -3,500.00 2025-04-25" in text


@pytest.mark.parametrize(("language", "said", "never"), [
    ("en", "the first is shown that much more sent back", "more paid"),
    ("zh_CN", "原处会多显示这笔已退金额", "已收金额"),
])
def test_a_refund_moved_to_another_invoice_is_said_as_money_sent_back(
        tmp_path, language, said, never):
    """May's file has April's refund (-3,000 of 04-20) under MT-2, its note changed: both
    counted, the pair named as a refund that may have moved."""
    i18n.set_language(language)
    moved = _row(-3_000, "2025-04-20", "退款 改记")
    moved[0], moved[3] = "MT-2", "Lamp"
    [text] = _named(tmp_path, _row(-3_000, "2025-04-20", "退款"), moved, "maybe_moved")
    assert said in text and never not in text  # was "…shown that much more paid"
    assert "Mumbai Mart MT-1 → Mumbai Mart MT-2, -3,000.00 2025-04-20" in text

# (a payment's pair keeps "more paid": test_corrected_payments_paydup31)
