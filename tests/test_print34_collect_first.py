"""A salesperson's "Collect first" names the customers whose overdue money comes first (print34).

The salesperson's PDF (and its chat lines) said "Collect first: Acme Trading (45,200 USD, 75
days), +86 138 (3,000 USD, 45 days)": +86 138 is only on the watch list ("Follow closely"),
whose customers the owner's lists follow, not chase first. The customers whose overdue money
is collected first are those whose supply waits on the owner (black and confirm-payment), as
the owner's lists and the pyramid's boxes say; the PDF is read back as a reader would.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from languages import in_chinese
from pdf_reading import pdf_text
from test_actions import HYPERLINK, make_analysis

from core.actions import chat_summary
from core.actions.stop_loss import collect_first


def test_the_salesperson_s_pdf_collects_first_from_the_held_customers_only(qapp,
                                                                          tmp_path: Path):
    from ui.printing import pages as printing

    analysis = make_analysis()
    written = dict(printing.pdfs_per_salesperson(analysis, tmp_path))
    [zhang] = [path for path in written if "张伟" in path.name]
    text = pdf_text(zhang)
    assert "Collect first: Acme Trading (45,200 USD, 75 days)" in text
    assert "+86 138 (3,000 USD" not in text  # watch list only: followed closely, not first
    assert written[zhang].splitlines()[1] == "Collect first: Acme Trading (45,200 USD, 75 days)"
    # the watch list's customer is still on the copy, under its own heading
    assert "Follow closely" in text and "+86 138" in text


def test_a_confirm_payment_customer_is_collected_first_a_watched_one_is_not():
    analysis = make_analysis()
    confirm = [replace(c, list="confirm") if c.customer == "+86 138" else c
               for c in analysis.customers]
    asked = replace(analysis, customers=confirm)
    assert [c.customer for c in collect_first(asked)] == ["Acme Trading", HYPERLINK, "+86 138"]
    assert chat_summary(asked, "张伟").splitlines()[1] == (
        "Collect first: Acme Trading (45,200 USD, 75 days), +86 138 (3,000 USD, 45 days)")
    # 李娜's watched -Ltd owes 500 overdue: her only held customer is collected first
    assert chat_summary(analysis, "李娜").splitlines()[1].startswith("Collect first: ")
    assert "-Ltd" not in chat_summary(analysis, "李娜").splitlines()[1]
    assert in_chinese(lambda: chat_summary(analysis, "张伟").splitlines()[1]) == (
        "优先催收：Acme Trading（45,200 USD，75 天）")
