"""A previewed tab's columns as the clerk's choices in the import dialog make them.

Kept apart from the preview itself (core.ledger.preview), which reads the file: this is what
the dialog asks on every change of a column's choice, while the file is read again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import TYPE_CHECKING

from core.ledger.layout import apply_overrides
from core.messages import Refusal

if TYPE_CHECKING:
    from core.ledger.preview import SheetPreview


def chosen_mapping(sheet: SheetPreview, changes: Mapping[str, str]) -> dict[str, str]:
    """A previewed tab's columns (field -> header) with the clerk's `changes` since it was
    read (field -> header, "" for not used) applied as the import applies its overrides
    (layout.apply_overrides: a column feeds one field); a header the tab lacks leaves its
    field as read, as the import's candidates leave it. The dialog shows the tab so while
    the file is read again."""
    headers: list[str | None] = [h or None for h in sheet.headers]
    mapped = {name: sheet.headers.index(header) for name, header in sheet.mapping.items()
              if header in sheet.headers}
    for name, header in changes.items():
        with contextlib.suppress(Refusal):  # no such column on this tab
            mapped = apply_overrides(headers, mapped, {name: header})
    return {name: sheet.headers[index] for name, index in mapped.items()}
