"""A printed list's notes never start a page "(continued)" with nothing of its table on it
(win44): list43b kept the footnote (the list's last paragraph) from going over alone, but
where two or more of the notes under the black list went over, page 2 read "Black list
(continued)" over notes only, the list's customers all on page 1. Now the table's last row
goes on with them, as it does with the footnote. On the audit's firm year (list43), written
with openpyxl and imported, the black list pushed down its first page line by line."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_action_lists_firm_year import _analysis, _imported
from test_list43b_printed_lists import pushed_down

from core.actions.stop_loss import members


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _imported(tmp_path_factory.mktemp("firm"))


def test_no_continued_page_holds_the_notes_alone_wherever_the_list_stands(
        qapp, db: Path, tmp_path: Path):
    analysis = _analysis(db)
    names = ["".join(member.customer.split()) for member in members(analysis, "black")]
    notes_over = 0  # pages starting among the notes, a row of the table above them
    for extra, page, body in pushed_down(analysis, tmp_path):
        if body.startswith("Line"):
            continue  # the lines above the table go over: its header follows them
        assert any(name in body for name in names), (extra, page, body[:200])
        row_last = max(body.rfind(name) for name in names)
        notes_over += bool(body[row_last:].count(".") > 2)
    assert notes_over  # some breaks fell among the notes: the last row went with them
