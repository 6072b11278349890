#!/usr/bin/env bash
# Refresh the AppStream screenshots in packaging/linux/screenshots/ from the demo wallet, rendered offscreen
# by `learner-wallet --screenshot` in a throwaway demo folder and keychain.
#   bash packaging/make_screenshots.sh
# The metainfo lists library.png, journey.png and verify.png with their sizes (tests/test_packaging.py
# checks that they match); publish the folder at the metainfo's screenshot URLs.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$ROOT" && LEARNER_WALLET_DEMO_HOME="$tmp/demo" QT_QPA_PLATFORM=offscreen \
  scripts/with-keychain.sh .venv/bin/python -m ui.app --screenshot "$tmp/shots" --demo) 2> >(grep -v '^dbus-daemon' >&2)
mkdir -p "$ROOT/packaging/linux/screenshots"
for view in library journey verify; do
  cp "$tmp/shots/$view.png" "$ROOT/packaging/linux/screenshots/$view.png"
  echo "packaging/linux/screenshots/$view.png"
done
