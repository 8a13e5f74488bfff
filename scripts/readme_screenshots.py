r"""The README's pictures (docs/img/{welcome,customers,overview}_LANG.png), taken again.

    for lang in en zh_CN; do xvfb-run -a -s "-screen 0 1600x1000x24" \
        .venv/bin/python scripts/readme_screenshots.py $lang docs/img; done

It walks the path a new user takes, on the real window: the app starts as ``main.py`` does in
an empty home folder, so the welcome page shows (welcome_LANG.png); "Try with sample data" is
clicked, the bundled sample ledgers are imported and analysed, and a black-listed customer is
selected so the panel shows its payment-risk card (customers_LANG.png); then the Overview tab
(overview_LANG.png), each tab's own work waited for (Tier movement's month ends are worked out
only once it is shown: ui.screenshot.show_tab). Each is the window at 1280x800 (``--size``).

Everything runs in a throwaway home (HOME, the data folder, the preferences), removed at the
end: the user's own database, recent list and window layout are never read or written, and
the pictures do not depend on them. Each step waits for the window to say it is done (its
analysis on screen, the runner idle), never for a fixed time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="readme_screenshots.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("lang", choices=("zh_CN", "en"))
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--size", default="1280x800", help="the window's size (WIDTHxHEIGHT)")
    return parser.parse_args(argv)


def throwaway_home(lang: str) -> Path:
    """A new empty home for this run, set before Qt or the app read where theirs is. Its
    name is fixed (the status bar shows the database's path), so the same screens give the
    same pictures; one a language, so both languages can run at once."""
    home = Path(tempfile.gettempdir()) / f"tradetier-readme-{lang}"
    try:
        home.mkdir()
    except FileExistsError:
        raise SystemExit(f"{home} is left from another run: remove it first") from None
    os.environ["HOME"] = str(home)
    for name in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "TRADETIER_HOME"):
        os.environ.pop(name, None)
    os.environ["TRADETIER_PREFERENCES"] = str(home / "preferences")
    return home


def take(args: argparse.Namespace) -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtTest import QTest

    from ui.app import make_app, start_window
    from ui.screenshot import show_tab, wait_settled, worth_showing

    app = make_app([sys.argv[0]], args.lang)
    window = start_window()  # the start of main.py, in the empty home: the welcome page
    window.resize(*(int(v) for v in args.size.split("x")))
    window.show()
    if not QTest.qWaitForWindowExposed(window) or not wait_settled(window):
        raise SystemExit("the window did not open on the welcome page")
    written: list[Path] = []

    def grab(view: str) -> None:
        app.processEvents()
        target = args.outdir / f"{view}_{args.lang}.png"
        if not window.grab().save(str(target)):
            raise SystemExit(f"could not write {target}")
        written.append(target)

    grab("welcome")
    window.welcome.sample_button.click()
    if not wait_settled(window, lambda: window.sample and window.stack.currentWidget()
                        is window.tabs and getattr(window.analysis, "lifetime", None) is not None):
        raise SystemExit("the sample data was not analysed")
    assert window.analysis is not None
    pick = worth_showing(window.analysis)
    window.select_customer(pick.customer_id if pick else None)
    grab("customers")
    if not show_tab(window, window.tabs.overview):  # the tab's own work waited for
        raise SystemExit("the Overview tab did not finish its work")
    grab("overview")
    window.close()
    window.deleteLater()  # torn down while Qt still runs
    app.processEvents()
    return written


def main(argv: list[str]) -> int:
    args = parse(argv)
    if not (os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
        print('no display: run it under xvfb-run -a -s "-screen 0 1600x1000x24"',
              file=sys.stderr)
        return 2
    args.outdir.mkdir(parents=True, exist_ok=True)
    home = throwaway_home(args.lang)
    try:
        for path in take(args):
            print(path)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
