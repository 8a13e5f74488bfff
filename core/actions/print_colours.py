"""The colours the lists print in, written once: the exported workbooks (openpyxl), the sample
ledgers' header row, and the PDF and preview (ui/style.py adds the "#" Qt wants), so a list
looks the same on paper whichever way it was printed. RGB hex, as openpyxl takes it."""

from __future__ import annotations

HEADER = "DDEBF7"  # a table's header row
RULE = "A6A6A6"  # the grid between cells
ALERT = "C00000"  # a banner the owner must read before acting
