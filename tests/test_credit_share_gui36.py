"""The credit dialog's "Insured share of a loss" read "90.00 %" beside a note saying "90% by
default", where the settings write every percentage with the digits it has ("50 %"); found
reviewing the window screen by screen (gui36), driven through the customer menu's entry.
"""

from __future__ import annotations

from test_credit_ui import (
    open_dialog,
    window,  # noqa: F401 - the fixture
)

from ui.customers.credit import INSURED
from ui.main_window import MainWindow


def test_the_insured_share_shows_its_digits_not_two_zeros(window: MainWindow) -> None:  # noqa: F811
    dialog = open_dialog(window, "Lone Debtor")
    dialog.insurance.setCurrentIndex(dialog.insurance.findData(INSURED))
    assert dialog.percent.isEnabled()
    assert dialog.percent.text() == "90%"  # the default, as the note beside it says it
    dialog.percent.setValue(87.5)
    assert dialog.percent.text() == "87.5%"  # a share with a decimal keeps it
    dialog.reject()


def test_the_ledger_s_insured_share_shows_its_digits_too(window: MainWindow) -> None:  # noqa: F811
    dialog = open_dialog(window, "Insured Debtor")  # 中信保 90% in the ledger
    assert dialog.percent.text() == "90%"
    dialog.reject()
