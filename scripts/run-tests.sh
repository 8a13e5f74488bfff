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
.venv/bin/python -m pytest "$@"
status=$?
set -e
if [ $status -eq 5 ]; then
  echo "pytest collected no tests: that is a failure here." >&2
  exit 1
fi
exit $status
