"""TradeTier (外贸客户分层): start the desktop app, or run a headless command.

``python main.py`` opens the app; ``python main.py COMMAND …`` runs a command (see ``--help``).
"""

from __future__ import annotations

import sys


def main() -> int:
    for stream in ("stdout", "stderr"):  # a windowed build on Windows has neither
        if getattr(sys, stream) is None:
            import os

            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(errors="replace")
    from core.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
