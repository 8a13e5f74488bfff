#!/usr/bin/env bash
# Sets up TradeTier in .venv and starts it; extra arguments go to main.py.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup-env.sh"
if [ "$(uname -s)" = "Linux" ] && [ $# -eq 0 ]; then
  bash "$ROOT/scripts/linux-desktop-deps.sh"
fi
exec "$ROOT/.venv/bin/python" "$ROOT/main.py" "$@"
