"""Believable sample ledgers of a made-up Ningbo exporter, so the app can be tried without data.

The files are generated, not hand-made, so tests can know exactly what is in them and the
shipped copies in resources/sample/ can be checked against a fresh run.
"""

from core.sample.firm import build_firm
from core.sample.model import SAMPLE_YEAR, Firm
from core.sample.workbook import (
    HEADER,
    TOTAL_MISMATCH_MONTH,
    forgotten_line,
    sample_file_names,
    write_sample_ledgers,
)

__all__ = [
    "HEADER",
    "SAMPLE_YEAR",
    "TOTAL_MISMATCH_MONTH",
    "Firm",
    "build_firm",
    "forgotten_line",
    "sample_file_names",
    "write_sample_ledgers",
]
