"""TradeTier (外贸客户分层): start the desktop app, or run a headless command.

``python main.py [--demo] [--lang zh_CN|en] [--db PATH]`` opens the app; ``python main.py
COMMAND …`` runs a command (``--help`` lists them); ``python main.py screenshot OUT.png`` renders
the window offscreen; ``python main.py self-test [--report PATH]`` checks an installed copy
(also ``TradeTier.exe self-test``).

Each path imports only what it runs: a command never loads Qt, and the app never loads the
command line, so both start fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_OPTIONS = {"--demo", "--lang", "--db"}


def _app_options(argv: list[str]) -> dict[str, str | bool] | None:
    """The options of `main.py` alone (no command), or None when a command is given."""
    found: dict[str, str | bool] = {}
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        name, _, value = arg.partition("=")
        if name not in APP_OPTIONS:
            return None
        if name == "--demo":
            found["demo"] = True
        else:
            if not value:
                if not rest:
                    return None
                value = rest.pop(0)
            found[name[2:]] = value
    return found


def main() -> int:
    for stream in ("stdout", "stderr"):  # a windowed build on Windows has neither
        if getattr(sys, stream) is None:
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(errors="replace")
    if getattr(sys, "frozen", False):
        # a frozen copy started as a helper process (core/analysis/last_month_beside.py) runs
        # its task and ends here, instead of opening a second window
        import multiprocessing

        multiprocessing.freeze_support()
    argv = sys.argv[1:]
    options = _app_options(argv)
    if options is not None and "-h" not in argv:
        from ui.app import main as app_main  # Qt: only for the app

        db = options.get("db")
        return app_main(demo=bool(options.get("demo")), language=options.get("lang"),  # type: ignore[arg-type]
                        db_path=Path(db) if isinstance(db, str) else None)
    if argv and argv[0] == "screenshot":
        from ui.screenshot import main as screenshot_main  # Qt: only for the app

        return screenshot_main(argv[1:])
    if argv and argv[0] == "self-test":
        from core.cli.selftest import main as selftest_main  # not loaded when the app starts

        def gui_steps() -> list:  # imported late: a bundle with a broken Qt still reports
            from ui.app import selftest_steps

            return selftest_steps()

        return selftest_main(argv[1:], gui_steps)
    from core.cli.main import main as cli_main  # not loaded when the app starts

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
