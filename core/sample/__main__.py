"""`python -m core.sample [folder] [--seed N]`: regenerate the shipped sample ledgers."""

from __future__ import annotations

import argparse
from pathlib import Path

from core.sample import write_sample_ledgers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m core.sample", description=__doc__)
    parser.add_argument("folder", nargs="?", default="resources/sample", type=Path)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args(argv)
    for path in write_sample_ledgers(args.folder, args.seed):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
