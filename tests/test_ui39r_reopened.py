"""A window closed while its work ran, then shown again (ui39r): since thr39 a closed window
hears a late outcome as a cancel, so nothing paints a closed window; shown again, what the close
cut short must be asked again, or the window stays as the close left it."""

from __future__ import annotations

from test_app_end_thr39 import WAIT, closed_as_its_analysis_ends

from ui.tasks import running


def test_a_window_closed_during_its_first_analysis_analyses_when_shown_again(
        qtbot, tmp_path, monkeypatch):
    window, painted = closed_as_its_analysis_ends(qtbot, tmp_path, monkeypatch)
    assert painted == [] and window.analysis is None  # not painted on the closed window
    with qtbot.waitSignal(window.analysed, timeout=WAIT):
        window.show()  # shown again: was left on "analysing…" for good, nothing asked
    assert window.analysis is not None and window.model.rowCount() > 0
    with qtbot.waitSignal(window.valued, timeout=WAIT):
        pass  # its lifetime values too
    qtbot.waitUntil(lambda: running() == [], timeout=WAIT)
