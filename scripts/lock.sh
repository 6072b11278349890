#!/usr/bin/env bash
# Re-pin the Python dependencies: resolve pyproject.toml (with the test and package extras) in a
# throwaway virtual environment and write every resolved version to requirements.lock, which
# scripts/setup.sh installs exactly. Run after changing dependencies in pyproject.toml.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"${PYTHON:-python3}" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q --upgrade pip >&2
"$tmp/venv/bin/python" -m pip install -q '.[test,package]' >&2
{
  echo "# Exact versions of every Python dependency (pyproject.toml with the test and package extras),"
  echo "# written by scripts/lock.sh; scripts/setup.sh installs exactly these."
  "$tmp/venv/bin/python" -m pip freeze --exclude learner-wallet | grep -v '^-e ' | LC_ALL=C sort -f
} > requirements.lock
echo "wrote requirements.lock ($(grep -vc '^#' requirements.lock) packages)" >&2
