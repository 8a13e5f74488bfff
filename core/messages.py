"""Messages a user reads, each with a stable code, so JSON readers and tests need no text.

The template is the English message id; the text is rendered in the language in force when it
is read, so a result computed in one language can be shown in another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from core.i18n import _, listed, tr, with_note


class Term(str):
    """A message parameter that is itself a message id (a rung's name, a tier's name): it is
    translated when the message is read, like the template."""


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
        return with_note(self.name, _read(self.note))


def _read(value: object) -> str:
    return value.read() if isinstance(value, (Listed, Noted)) else str(value)


def _param(value: object) -> object:
    if isinstance(value, Term):
        return _(value)
    return value.read() if isinstance(value, (Listed, Noted)) else value


@dataclass(frozen=True)
class Message:
    code: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        params = {k: _param(v) for k, v in self.params.items()}
        return tr(self.template, **params)

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "text": self.text}

    def __str__(self) -> str:
        return self.text


class Refusal(Exception):
    """A file or request that cannot be taken; carries the message the user reads."""

    def __init__(self, code: str, template: str, **params: Any) -> None:
        self.message = Message(code, template, params)
        super().__init__(code)

    @property
    def code(self) -> str:
        return self.message.code

    @property
    def text(self) -> str:
        return self.message.text

    def __str__(self) -> str:
        return self.message.text


class Cancelled(Exception):
    """Raised by long work when its cancel check answers true; nothing is written."""
