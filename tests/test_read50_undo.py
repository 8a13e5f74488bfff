"""Undo last import on a database whose copies are not beside it (rv50b): told the copies were
"made only from this version on" (从本版本起才会创建), a clerk who had copied the database
elsewhere did not look for its backups folder. The copy missing from the backups folder beside
the database is said so, naming the folder; an import made before copies were taken keeps the
old words."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import databases
import pytest
from databases import contents

from core import backups, i18n, recovery
from core.cli import main as cli
from core.messages import Refusal
from core.store import connect
from ui.errors import title_for

ELSEWHERE = {"en": ("is not in", "the backups folder beside the database file",
                    "copied or moved here without its backups folder"),
             "zh_CN": ("不在", "数据库文件旁的备份文件夹", "没有带上其备份文件夹")}
BEFORE_COPIES = {"en": "they are taken from this version on", "zh_CN": "从本版本起才会创建"}


@pytest.fixture
def moved(tmp_path: Path) -> Path:
    """The firm's database with two imports, copied to another folder without its backups."""
    db, _, _ = databases.two_months(tmp_path / "office")
    assert backups.listing(db)  # undo works where it was
    elsewhere = tmp_path / "laptop" / db.name
    elsewhere.parent.mkdir()
    shutil.copyfile(db, elsewhere)
    return elsewhere


def _undo(db: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return cli.run(["undo-import", "--db", str(db), "--yes"], out, err), out.getvalue(), (
        err.getvalue())


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_copied_database_is_told_its_copies_are_not_beside_it(moved, language):
    i18n.set_language(language)
    before = contents(moved)
    with pytest.raises(Refusal) as refused:
        recovery.plan_undo_import(moved)
    said = refused.value.message.text
    assert refused.value.code == "import_backup_elsewhere"
    assert all(words in said for words in ELSEWHERE[language])
    assert str(moved.parent / "backups") in said and moved.name in said
    assert BEFORE_COPIES[language] not in said
    assert title_for("import_backup_elsewhere") == title_for("no_import_backup")
    code, _, err = _undo(moved)
    assert code != 0 and str(moved.parent / "backups") in err
    assert contents(moved) == before


def test_copies_of_other_changes_beside_it_do_not_change_the_words(moved):
    """A correction made on the copy took a copy here; the import's copy is still elsewhere."""
    conn = connect(moved)
    backups.take(conn, moved, "override", "merge")
    conn.close()
    with pytest.raises(Refusal) as refused:
        recovery.plan_undo_import(moved)
    assert refused.value.code == "import_backup_elsewhere"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_an_import_made_before_copies_were_taken_keeps_the_old_words(tmp_path, language):
    """The database upgraded from schema 2 (the first version that took copies) after its
    last import: the upgrade's copy holds that import, no copy was taken before it."""
    db, _, _ = databases.two_months(tmp_path)
    shutil.rmtree(backups.folder_for(db))
    conn = connect(db)
    backups.take(conn, db, "migration", f"schema {backups.FIRST_SCHEMA}")
    conn.close()
    i18n.set_language(language)
    before = contents(db)
    with pytest.raises(Refusal) as refused:
        recovery.plan_undo_import(db)
    assert refused.value.code == "no_import_backup"
    assert BEFORE_COPIES[language] in refused.value.message.text
    assert ELSEWHERE[language][0] not in refused.value.message.text
    assert contents(db) == before


def test_an_upgrade_from_a_version_that_took_copies_is_no_reason(tmp_path):
    db, _, _ = databases.two_months(tmp_path)
    shutil.rmtree(backups.folder_for(db))
    conn = connect(db)
    backups.take(conn, db, "migration", f"schema {backups.FIRST_SCHEMA + 1}")
    backups.take(conn, db, "migration", "readings 3")
    conn.close()
    with pytest.raises(Refusal) as refused:
        recovery.plan_undo_import(db)
    assert refused.value.code == "import_backup_elsewhere"
