"""A cleared status on a line stored before schema 10 is named, with 已恢复 to write.

Schema 10 keeps the row that wrote a line's cancellation; a line stored before has none, and its
source may be a later file's blank row that left it cancelled, so a blank read again there is
not the clerk's correction (core.ledger.own_rows._writer). feb.xlsx cancels PO-1 (8,000, the
late payer's); the database is one schema 9 left. The clerk clears feb.xlsx's 已取消 and
imports it again: the order stays cancelled, as before, but before nothing said so, and the
clerk who meant to bring the order back had no way to know that 已恢复 was needed. Now the
report names the row (file, sheet, row) and says what to write, in both languages, by both
imports.
"""

from __future__ import annotations

from pathlib import Path

from languages import in_chinese
from ledgers import write_xlsx
from test_cancel_correction28c import corrections
from test_cancel_correction29 import _as_schema_9
from test_fast_import import _same_import
from test_words_audit14 import HEADER, PAYER, row, stored

from core.ledger.report import import_report
from core.store import connect


def _unknown(result) -> list[str]:  # noqa: ANN001
    return [w.text for w in result.warnings if w.code == "cancellation_kept_unknown"]


def test_a_cleared_status_on_a_line_stored_before_schema_10_is_named(tmp_path: Path) -> None:
    feb = tmp_path / "feb.xlsx"
    write_xlsx(feb, {"台账": [HEADER, row("PO-1", status="已取消"), PAYER]})
    _same_import(tmp_path, [feb])
    for name in ("fast.sqlite", "slow.sqlite"):
        _as_schema_9(tmp_path / name)
        connect(tmp_path / name).close()
    write_xlsx(feb, {"台账": [HEADER, row("PO-1"), PAYER]})
    [result] = _same_import(tmp_path, [feb])
    assert result.status == "imported" and not corrections(result)
    assert stored(tmp_path / "fast.sqlite", "status") == ["cancelled", None]
    [note] = _unknown(result)
    assert "“feb.xlsx”" in note and "PO-1 (“台账” row 2)" in note and "已恢复" in note
    assert "stored by an earlier version" in note and note in import_report(result)
    [note] = in_chinese(lambda: _unknown(result))
    assert "“feb.xlsx”中有 1 行" in note and "PO-1（“台账”第 2 行）" in note and "已恢复" in note
