"""The reader's version is the one its history's newest lines name: a merge that kept an older
branch's `READER_VERSION = 16` below the pass's 17 had every import keyed by reader 16, so a
firm's files read by the last release would not have been read again the new way."""

import ast
import re
from pathlib import Path

from core.ledger import reader_version

SOURCE = Path(reader_version.__file__).read_text(encoding="utf-8")


def test_the_version_is_set_once():
    names = [target.id for node in ast.parse(SOURCE).body if isinstance(node, ast.Assign)
             for target in node.targets if isinstance(target, ast.Name)]
    assert names.count("READER_VERSION") == 1


def test_the_version_is_its_newest_history_lines():
    told = {int(number) for number in re.findall(r"^# (\d+) \(", SOURCE, re.M)}
    assert max(told) == reader_version.READER_VERSION
