#!/usr/bin/env bash
# Build the Linux bundle and prove it works on its own: --version matches wallet/_version.py (cold and
# warm start timed), --selftest passes offscreen and --screenshot renders every view (the verifier lists
# the cameras), run from outside the source tree with a clean environment, inside a private D-Bus session
# with an unlocked throwaway keychain (scripts/with-keychain.sh). Prints the bundle's size.
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

# Cold start: the first launch of the freshly built bundle (its files not yet read by anyone), then a
# warm one, each as a whole process (start, import, exit).
t0=$(date +%s%N)
got=$(run_clean "$APP" --version | tr -d '\r' | tail -n 1)
t1=$(date +%s%N)
run_clean "$APP" --version >/dev/null
t2=$(date +%s%N)
echo "check-bundle: start to exit (--version): cold $(( (t1 - t0) / 1000000 )) ms, warm $(( (t2 - t1) / 1000000 )) ms"
case "$got" in
  *"$want"*) echo "check-bundle: --version: $got" ;;
  *) echo "check-bundle: --version printed '$got', expected $want" >&2; exit 1 ;;
esac

export -f run_clean
log=$(mktemp)
set +e
t0=$(date +%s%N)
"$ROOT/scripts/with-keychain.sh" bash -c 'run_clean "$0" --selftest' "$APP" 2>&1 | grep -v '^dbus-daemon' | tee "$log"
status=${PIPESTATUS[0]}
t1=$(date +%s%N)
echo "check-bundle: --selftest (a wallet created, a credential verified, a view rendered offscreen): $(( (t1 - t0) / 1000000 )) ms"
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

# Every view rendered offscreen by the bundle, the verifier among them: it lists the cameras (on Linux through
# Video4Linux2, with no FFmpeg or Qt Multimedia inside) and, on a machine without one, says so instead.
shots=$(mktemp -d)
t0=$(date +%s%N)
set +e
"$ROOT/scripts/with-keychain.sh" bash -c 'run_clean "$0" --home "$1/home" --screenshot "$1/png" --verify' \
  "$APP" "$shots" >"$shots/log" 2>&1
status=$?
set -e
if [ "$status" -ne 0 ] || [ ! -s "$shots/png/verify.png" ]; then
  grep -v '^dbus-daemon' "$shots/log" >&2
  rm -rf "$shots"
  echo "check-bundle: the bundle could not render its views (--screenshot)" >&2
  exit 1
fi
t1=$(date +%s%N)
echo "check-bundle: --screenshot (every view offscreen, the verifier's camera list included): $(( (t1 - t0) / 1000000 )) ms"
rm -rf "$shots"
echo "check-bundle: size $(du -sm "$OUT/learner-wallet" | cut -f1) MiB"
echo "check-bundle: OK ($APP)"
