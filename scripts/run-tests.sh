#!/usr/bin/env bash
# Sets up .venv with the test tools and runs the whole test suite (GUI tests run offscreen).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup-env.sh" "[dev]"
if [ "$(uname -s)" = "Linux" ]; then
  bash "$ROOT/scripts/linux-desktop-deps.sh" || true
fi
cd "$ROOT"
.venv/bin/ruff check .
.venv/bin/python -m mypy  # files and strictness: [tool.mypy] in pyproject.toml
set +e
# One process per core, a test file to a process (pytest-xdist; pyproject.toml says why);
# `bash scripts/run-tests.sh -n 0 tests/test_x.py` runs in this process alone.
.venv/bin/python -m pytest -n auto --dist loadfile "$@"
status=$?
set -e
if [ $status -eq 5 ]; then
  echo "pytest collected no tests: that is a failure here." >&2
  exit 1
fi
exit $status
