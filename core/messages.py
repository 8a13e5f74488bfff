"""Messages a user reads, each with a stable code, so JSON readers and tests need no text.

The template is the English message id; the text is rendered in the language in force when it
is read, so a result computed in one language can be shown in another. A message that tells
the user what to do can say it two ways: in the window (a menu command, a button) and on the
command line (a command, an option). The clerk in the window never types a command, and the
command line has no menus: its `command` template is read where `on_command_line` is in force
(core.cli sets it around each command), the window's everywhere else.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from core.i18n import _, listed, sentences, tr, with_note


class Term(str):
    """A message parameter that is itself a message id (a rung's name, a tier's name): it is
    translated when the message is read, like the template."""


class Lowered(Term):
    """A Term read inside a sentence ("amount “一万二” is not a number"): translated, its first
    letter lowered (a field's label, "Amount", heads its own line in the mapping dialog)."""


class Listed(str):
    """A message parameter that lists items ("A, B, …"; "A、B等"): laid out when the message
    is read, as the template is translated then. Joined once when the message was made, a
    list kept that language's separators: notes made in Chinese read "A、B等" in English
    sentences after the switch. Its text as made is its value as a string (JSON, tests)."""

    items: tuple[object, ...]
    shown: int | None

    def __new__(cls, items: Sequence[object], shown: int | None = None) -> Listed:
        made = super().__new__(cls, listed([str(i) for i in items], shown))
        made.items, made.shown = tuple(items), shown
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return Listed, (self.items, self.shown)

    def read(self) -> str:
        return listed([_read(i) for i in self.items], self.shown)


class Noted(str):
    """'name (note)' as a message parameter, its parentheses each language's when read."""

    name: str
    note: object

    def __new__(cls, name: str, note: object) -> Noted:
        made = super().__new__(cls, with_note(name, str(note)))
        made.name, made.note = name, note
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return Noted, (self.name, self.note)

    def read(self) -> str:
        return with_note(_read(self.name), _read(self.note))


_on_command_line = False


@contextmanager
def on_command_line() -> Iterator[None]:
    """Messages read meanwhile say the command line's way (a command, an option), not the
    window's menus; as the language, the reader's choice for the whole process while it lasts."""
    global _on_command_line
    before, _on_command_line = _on_command_line, True
    try:
        yield
    finally:
        _on_command_line = before


def _read(value: object) -> str:
    """An item of a Listed or either part of a Noted as read now: a Term translated."""
    return str(_param(value))


def _param(value: object) -> object:
    if isinstance(value, Lowered):
        text = _(value)
        return text[:1].lower() + text[1:]
    if isinstance(value, Term):
        return _(value)
    if isinstance(value, Message):  # a sentence of its own, with its own count's words
        return value.text
    return value.read() if isinstance(value, (Listed, Noted, Sentences)) else value


@dataclass(frozen=True)
class Message:
    code: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    command: str = ""  # the template said on the command line, where it names other steps

    @property
    def text(self) -> str:
        params = {k: _param(v) for k, v in self.params.items()}
        template = self.command if self.command and _on_command_line else self.template
        return tr(template, **params)

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "text": self.text}

    def __str__(self) -> str:
        return self.text


class Sentences(tuple[Message, ...]):
    """Messages one after another as a message parameter, spaced as the language in force
    spaces sentences when read (core.i18n.sentences)."""

    def read(self) -> str:
        return sentences(*(m.text for m in self))


class Refusal(Exception):
    """A file or request that cannot be taken; carries the message the user reads."""

    # the file's format, where known before the refusal (the report names it as "(xls)")
    file_format: str | None = None

    def __init__(self, code: str, template: str, **params: Any) -> None:
        self.message = Message(code, template, params)
        super().__init__(code)

    @classmethod
    def two_ways(cls, code: str, template: str, command: str, **params: Any) -> Refusal:
        """A refusal whose way out the window says by its menus (`template`) and the command
        line by its commands (`command`): Message.command."""
        made = cls(code, template, **params)
        made.message = Message(code, template, params, command)
        return made

    def __reduce__(self) -> tuple[object, ...]:
        """As it was made, message and format (a big file's tab refused in the process
        reading its tabs is raised in the import's: core.ledger.tabs_apart)."""
        return _refusal, (self.message, self.file_format)

    @property
    def code(self) -> str:
        return self.message.code

    @property
    def text(self) -> str:
        return self.message.text

    def __str__(self) -> str:
        return self.message.text


def _refusal(message: Message, file_format: str | None) -> Refusal:
    made = Refusal(message.code, message.template)
    made.message, made.file_format = message, file_format
    return made


class Cancelled(Exception):
    """Raised by long work when its cancel check answers true; nothing is written."""
