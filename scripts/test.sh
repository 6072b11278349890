#!/usr/bin/env bash
# Set everything up and run the whole test suite, keychain tests included, inside a private
# D-Bus session with gnome-keyring unlocked by a throwaway password. Qt renders offscreen.
#   scripts/test.sh [PYTEST ARGS...]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1
exec scripts/with-keychain.sh .venv/bin/python -m pytest -p no:cacheprovider "$@"
