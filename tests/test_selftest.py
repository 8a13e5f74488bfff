"""`main.py self-test`: every check passes on a good install, and a broken one says what broke.

The self-test is what CI runs inside the frozen bundle (scripts/ci-bundle.sh, the Windows
workflow), so its own behaviour is pinned here from source: exit code, report file, one line
per check, the reason on a failure.
"""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT

from core.cli import selftest

CHECKS = [name for name, _ in selftest.CORE_STEPS] + [
    "Qt starts (offscreen)", "Qt's own Chinese translations",
    "stop-loss black list printed to PDF", "main window renders (screenshot)"]


def _env(home) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRADETIER_HOME=str(home))
    env.pop("TRADETIER_EXIT_AFTER_SHOW", None)
    return env


def test_self_test_passes_and_writes_its_report(tmp_path):
    home, temp = tmp_path / "用户 张三", tmp_path / "临时 temp"
    temp.mkdir()
    report = tmp_path / "报告 folder" / "report.txt"
    env = _env(home) | {"TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp)}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "self-test", "--report",
                           str(report)], cwd=tmp_path, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    text = report.read_text(encoding="utf-8")
    for check in CHECKS:
        assert f"✓ {check}" in text, f"{check} not passed:\n{text}"
    assert "✗" not in text
    assert f"All {len(CHECKS)} checks passed" in text
    assert f"{temp}" in text and "测试 数据" in text  # Chinese characters and spaces in the path
    assert f"Report written to: {report}" in done.stdout
    assert list(temp.iterdir()) == []  # the work folder is cleaned up


def _quick(monkeypatch, *steps):
    """The real runner and report around a few cheap steps (the full import takes seconds)."""
    monkeypatch.setattr(selftest, "CORE_STEPS", [("folder with Chinese characters and spaces",
                                                  selftest.step_folder), *steps])


def test_a_failing_check_gives_exit_1_and_its_reason(monkeypatch, tmp_path, capsys):
    import openpyxl.xml

    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    _quick(monkeypatch, ("openpyxl XML guard (defusedxml)", selftest.step_xml_guard),
           ("Chinese messages (gettext catalog)", selftest.step_gettext))
    report = tmp_path / "report.txt"
    assert selftest.main(["--report", str(report)]) == selftest.EXIT_FAILED
    text = report.read_text(encoding="utf-8")
    assert "✗ openpyxl XML guard (defusedxml)" in text
    assert "DEFUSEDXML is False" in text
    assert "✓ Chinese messages (gettext catalog)" in text  # later checks still ran
    assert "1 of 3 checks FAILED: openpyxl XML guard (defusedxml)" in text
    assert str(report) in capsys.readouterr().out


def test_a_crashing_step_is_reported_not_raised(monkeypatch, tmp_path):
    def boom(_ctx):
        raise RuntimeError("disk on fire")

    _quick(monkeypatch, ("import the bundled sample ledgers", boom),
           ("analysis (tiers, risk, lists)", selftest.step_analyse))
    report = tmp_path / "report.txt"
    assert selftest.main(["--report", str(report)]) == selftest.EXIT_FAILED
    text = report.read_text(encoding="utf-8")
    assert "✗ import the bundled sample ledgers" in text
    assert "RuntimeError: disk on fire (test_selftest.py:" in text
    assert "✗ analysis (tiers, risk, lists)" in text and "needs the import" in text


def test_qt_that_does_not_load_is_a_failed_check(monkeypatch, tmp_path):
    def broken_qt():
        raise ImportError("libQt6Gui.so.6: cannot open shared object file")

    _quick(monkeypatch)
    report = tmp_path / "report.txt"
    assert selftest.main(["--report", str(report)], broken_qt) == selftest.EXIT_FAILED
    assert "✗ Qt loads" in report.read_text(encoding="utf-8")
    assert "libQt6Gui.so.6" in report.read_text(encoding="utf-8")


def test_report_goes_to_the_data_folder_by_default(monkeypatch, tmp_path):
    monkeypatch.setenv("TRADETIER_HOME", str(tmp_path / "数据"))
    _quick(monkeypatch)
    assert selftest.main([]) == selftest.EXIT_OK
    assert "All 1 checks passed" in (tmp_path / "数据" / selftest.REPORT_NAME).read_text(
        encoding="utf-8")


def test_bad_usage_is_exit_2():
    assert selftest.main(["--no-such-option"]) == selftest.EXIT_USAGE


def test_start_up_probe_prints_the_time_to_the_first_window(tmp_path):
    env = _env(tmp_path) | {"TRADETIER_EXIT_AFTER_SHOW": "1"}
    done = subprocess.run([sys.executable, str(ROOT / "main.py")], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("TRADETIER_FIRST_WINDOW"))
    seconds = float(line.split()[1])
    assert 0 < seconds < 60 and "visible=1" in line


def test_the_report_says_what_to_do_the_command_line_s_way(monkeypatch, tmp_path):
    """The self-test is run from a command line (or by IT, reading its report): a refused
    ledger or a damaged database says its way out as `main.py` commands do (--map, tradetier
    restore), not by the window's menus and import window, which the reader has not opened."""
    from ledgers import write_xlsx

    from core import paths

    samples = tmp_path / "resources" / "sample"
    samples.mkdir(parents=True)
    write_xlsx(samples / "no amount.xlsx", {"订单": [
        ["客户名称", "下单日期", "产品名称"], ["Acme", "2025-03-01", "灯具"]]})
    monkeypatch.setattr(paths, "resource_dir", lambda: tmp_path / "resources")

    def damaged_database(ctx):  # what the analysis then opens
        ctx.db.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4096)
        return "written"

    _quick(monkeypatch, ("import the bundled sample ledgers", selftest.step_import),
           ("a damaged database", damaged_database),
           ("analysis (tiers, risk, lists)", selftest.step_analyse))
    window_steps = [("Qt window", selftest.step_analyse)]  # a Qt step's report too
    report = tmp_path / "report.txt"
    assert selftest.main(["--report", str(report)], lambda: window_steps) == (
        selftest.EXIT_FAILED)
    text = report.read_text(encoding="utf-8")
    lines = {line.split()[1]: line for line in text.splitlines() if line[:1] in ("✓", "✗")}
    assert "--map FIELD=HEADER" in lines["import"], text
    assert lines["import"].count("no amount.xlsx") == 1, text  # the file named once
    assert "tradetier restore COPY" in lines["analysis"], text
    assert "tradetier restore COPY" in lines["Qt"], text
    assert "import window" not in text and "File →" not in text
