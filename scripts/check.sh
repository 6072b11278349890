#!/usr/bin/env bash
# Exactly what CI runs: lint, types, then the whole test suite (scripts/test.sh).
#   scripts/check.sh [PYTEST ARGS...]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check wallet ui tests bench packaging
.venv/bin/mypy                                             # wallet/: strict
.venv/bin/mypy --check-untyped-defs --ignore-missing-imports ui
exec bash scripts/test.sh "$@"
