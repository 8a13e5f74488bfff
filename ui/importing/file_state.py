"""One file chosen in the import dialog: what its last reading found and the columns the clerk
chose, the mapping page's state (ui.importing.mapping draws it, ui.importing.dialog reads it
on the worker)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from core.i18n import labelled, tr
from core.ledger.chosen_columns import chosen_mapping
from core.ledger.fields import FIELD_BY_NAME, worded
from core.ledger.layout import has_required
from core.ledger.preview import FilePreview
from core.ledger.report import beside_name, status_text
from core.messages import Message


@dataclasses.dataclass
class FileState:
    """One chosen file: what its preview found and the mapping the user settled on."""

    path: Path
    preview: FilePreview | None = None
    refusal: Message | None = None  # the latest reading's refusal (an earlier sheet is kept)
    failure: str | None = None  # a bug while reading, as text
    detected: dict[str, str] | None = None  # the mapping found without the user's help
    mapping: dict[str, str] = dataclasses.field(default_factory=dict)
    # columns chosen while another tab than the first was shown, field (as core names it, a
    # payments tab's "amount" its received_amount) -> header: the tabs that have the header
    # read it so, the others keep their own columns (core.ledger.workbook_layouts)
    elsewhere: dict[str, str] = dataclasses.field(default_factory=dict)
    busy: bool = True
    fraction: float | None = None

    @property
    def has_sheet(self) -> bool:
        return bool(self.preview and self.preview.sheets)

    @property
    def refused(self) -> bool:
        return not self.busy and not self.has_sheet

    @property
    def refusal_text(self) -> str | None:
        """The latest reading's refusal as the files and mapping pages say it: a file refused
        before any tab was read with the word and format the import report gives it
        ("REFUSED (xls): …", as the command line), a refused re-reading the reason alone."""
        if self.refusal is None or self.has_sheet:
            return beside_name(self.refusal) if self.refusal else None
        file_format = self.preview.file_format if self.preview else None
        return labelled(status_text("refused", file_format), beside_name(self.refusal))

    def take(self, preview: FilePreview) -> None:
        """A new reading: a refused re-reading keeps the earlier sheet so the user can fix it."""
        self.busy, self.fraction, self.failure, self.refusal = False, None, None, preview.refusal
        if preview.sheets and preview.sheets[0].missing and self.words() \
                and not preview.sheets[0].words:
            return  # a payments sheet the clerk's mapping leaves without its received amount:
            # its rows keep their names and the clerk's choices, not the sheet as sales
        if preview.sheets or not self.has_sheet:
            self.preview = preview
        if preview.sheets:
            self.mapping = preview.mapping
            if self.detected is None:
                self.detected = dict(self.mapping)

    def missing(self) -> list[str]:
        """Required fields without a column (quantity × unit price stands in for amount)."""
        if not self.has_sheet:
            return []
        return has_required({name: 0 for name, header in self.mapping.items() if header})

    def words(self) -> dict[str, str]:
        """Its sheet's fields read as another (a payments sheet's amount is the money
        received): named so on the mapping page and in "choose a column for …"."""
        return self.preview.sheets[0].words if self.preview and self.preview.sheets else {}

    def field_name(self, name: str) -> str:
        """A field's name in the user's language, as this file's sheet means it."""
        return tr(worded(name, self.words()).label)

    def overrides(self) -> dict[str, str] | None:
        """Only what the user changed: the other tabs of a workbook keep their own columns.
        A column given to a row a payments sheet names as money received is given to that
        field (core reads the sheet as its headers say, then its received figure as the rows'
        amount): given to "amount", its other received column made the sheet one of sales,
        its payments sales paid by that column, and so remembered for next month's sheet.
        So is "— not used —": "amount" unmapped left the received column mapped, read again
        as the rows' amount, and the clerk's choice was undone."""
        if self.detected is None:
            return None
        words = self.words()
        changed = {words.get(name, name): header for name in FIELD_BY_NAME
                   if (header := self.mapping.get(name, "")) != self.detected.get(name, "")}
        return {**changed, **self.elsewhere} or None

    def tab_words(self, index: int) -> dict[str, str]:
        """The `index`-th tab's fields read as another (FileState.words, of any tab)."""
        sheets = self.preview.sheets if self.preview else []
        return sheets[index].words if 0 <= index < len(sheets) else {}

    def choose_on_tab(self, index: int, name: str, header: str) -> None:
        """The clerk chose `header` for the row `name` with the `index`-th tab shown: on the
        first tab, its mapping is the page's (the dialog sets it); on another, the choice is
        kept apart, named as core names it, for the tabs that have the header."""
        field = self.tab_words(index).get(name, name)
        if index:
            self.elsewhere[field] = header
        else:  # made again on the first tab: that choice is the latest
            self.elsewhere.pop(field, None)

    def tab_mapping(self, index: int) -> dict[str, str]:
        """The `index`-th ledger tab's columns under the clerk's choice: the choices made
        since the file was last read applied to the columns that reading found on the tab, as
        the import applies them (core.ledger.chosen_columns.chosen_mapping). A tab picked, or a
        column chosen, while the file is read again showed the columns of the last reading."""
        sheets = self.preview.sheets if self.preview else []
        if not 0 <= index < len(sheets):
            return {}
        read = sheets[0].mapping  # the page's choice, as the last reading took it
        changes = {name: self.mapping.get(name, "") for name in FIELD_BY_NAME
                   if self.mapping.get(name, "") != read.get(name, "")}
        named = {field: name for name, field in sheets[index].words.items()}  # as the page
        changes.update({named.get(field, field): header
                        for field, header in self.elsewhere.items()})
        return chosen_mapping(sheets[index], changes)

    def tab_missing(self, index: int) -> list[str]:
        """The required fields the `index`-th tab is without, under the clerk's choices."""
        if index == 0:
            return self.missing()
        return has_required({name: 0 for name, header in self.tab_mapping(index).items()
                             if header})
