"""`customers --json` writes a customer's invoices a block at a time (issue 11: the 1M
database analysed under 1 GB): the biggest customer of a million-line firm has some 21,000
invoices, which as dicts and text all at once took the command's peak 44 MB above the
analysis's. The text is still exactly json.dumps(indent=2) of the whole."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from core.analysis import run, serialise
from core.analysis.serialise import analysis_json, write_analysis_json
from core.store import connect


class _Writes(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def write(self, text: str) -> int:
        self.calls.append(text)
        return super().write(text)


def test_a_customers_invoices_are_written_a_block_at_a_time(sample_db: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    conn = connect(sample_db)
    analysis = run.analyse(conn)
    conn.close()
    biggest = max(analysis.customers, key=lambda c: len(c.receivables))
    assert len(biggest.receivables) > 5  # several blocks of two, and a last one
    monkeypatch.setattr(serialise, "RECEIVABLES_AT_ONCE", 2, raising=False)
    out = _Writes()
    write_analysis_json(analysis, analysis.customers, out)
    assert out.getvalue() == json.dumps(analysis_json(analysis, analysis.customers),
                                        ensure_ascii=False, indent=2)
    # no write holds more than one block's invoices: the whole customer was one write
    assert max(call.count('"invoice_no": ') for call in out.calls) == 2
    # a customer without invoices, and none at all, as json.dumps writes them
    for chosen in ([c for c in analysis.customers if not c.receivables][:3], []):
        out = _Writes()
        write_analysis_json(analysis, chosen, out)
        assert out.getvalue() == json.dumps(analysis_json(analysis, chosen),
                                            ensure_ascii=False, indent=2)
