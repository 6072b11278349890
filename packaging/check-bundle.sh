#!/usr/bin/env bash
# Build the Linux bundle and prove it works on its own: --version matches wallet/_version.py and
# --selftest passes offscreen, run from outside the source tree with a clean environment, inside a
# private D-Bus session with an unlocked throwaway keychain (scripts/with-keychain.sh).
#   bash packaging/check-bundle.sh [OUT_DIR]        (default: a temporary folder, removed afterwards)
# Slow (a full PyInstaller build); CI may skip it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [ $# -ge 1 ]; then
  OUT=$1
else
  OUT=$(mktemp -d)
  trap 'rm -rf "$OUT"' EXIT
fi
bash "$ROOT/scripts/setup.sh"
bash "$ROOT/packaging/build-linux.sh" "$OUT"
OUT=$(cd "$OUT" && pwd)
APP="$OUT/learner-wallet/learner-wallet"
want=$("$ROOT/.venv/bin/python" -c "import sys; sys.path.insert(0, sys.argv[1]); from wallet._version import __version__; print(__version__)" "$ROOT")

# A clean environment: no virtualenv, no PYTHONPATH, no source tree as the working directory.
run_clean() {
  (cd / && env -i PATH=/usr/bin:/bin HOME="${HOME:-/tmp}" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
     ${DBUS_SESSION_BUS_ADDRESS:+DBUS_SESSION_BUS_ADDRESS="$DBUS_SESSION_BUS_ADDRESS"} \
     ${XDG_RUNTIME_DIR:+XDG_RUNTIME_DIR="$XDG_RUNTIME_DIR"} "$@")
}

got=$(run_clean "$APP" --version | tr -d '\r' | tail -n 1)
case "$got" in
  *"$want"*) echo "check-bundle: --version: $got" ;;
  *) echo "check-bundle: --version printed '$got', expected $want" >&2; exit 1 ;;
esac

export -f run_clean
log=$(mktemp)
set +e
"$ROOT/scripts/with-keychain.sh" bash -c 'run_clean "$0" --selftest' "$APP" 2>&1 | grep -v '^dbus-daemon' | tee "$log"
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
  echo "check-bundle: --selftest failed (exit $status)" >&2
  exit 1
fi
if ! grep -q "resources: $OUT/learner-wallet/" "$log"; then
  echo "check-bundle: the self-test did not use the bundle's own resources" >&2
  exit 1
fi
rm -f "$log"
echo "check-bundle: OK ($APP)"
