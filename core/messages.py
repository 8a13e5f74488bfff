"""Messages a user reads, each with a stable code, so JSON readers and tests need no text.

The template is the English message id; the text is rendered in the language in force when it
is read, so a result computed in one language can be shown in another.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.i18n import _, tr


class Term(str):
    """A message parameter that is itself a message id (a rung's name, a tier's name): it is
    translated when the message is read, like the template."""


@dataclass(frozen=True)
class Message:
    code: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        params = {k: _(v) if isinstance(v, Term) else v for k, v in self.params.items()}
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
