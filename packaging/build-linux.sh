#!/usr/bin/env bash
# Build the self-contained Linux bundle of Learner Wallet with PyInstaller (one folder).
#   bash packaging/build-linux.sh OUT_DIR
# Leaves:
#   OUT_DIR/learner-wallet/learner-wallet          the app (also: --selftest, --version, --verify FILE)
#   OUT_DIR/learner-wallet/learner-wallet-cli      the command line (a link to the same program)
#   OUT_DIR/learner-wallet/share/...               desktop entries, AppStream metainfo, icons, MIME types
#   OUT_DIR/learner-wallet/install.sh              installs it for one user (~/.local) or system-wide
#   OUT_DIR/learner-wallet-<version>-linux-<arch>.tar.gz
# and prints the size and the build time. Needs .venv (scripts/setup.sh); installs the
# `package` extra (PyInstaller) into it when missing.
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "usage: $0 OUT_DIR" >&2
  exit 2
fi
ROOT=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$1"
OUT=$(cd "$1" && pwd)
PY="$ROOT/.venv/bin/python"
start=$(date +%s)

if [ ! -x "$PY" ]; then
  bash "$ROOT/scripts/setup.sh"
fi
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  echo "build-linux: installing PyInstaller (the 'package' extra) into .venv" >&2
  "$PY" -m pip install -q -e "$ROOT[package]" >&2
fi
VERSION=$("$PY" -c "import re,sys; print(re.search(r'__version__\s*=\s*\"([^\"]+)\"', open(sys.argv[1]).read()).group(1))" \
  "$ROOT/wallet/_version.py")
ARCH=$(uname -m)
APP_ID=org.learnerwallet.LearnerWallet

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$OUT/learner-wallet"
echo "build-linux: PyInstaller, version $VERSION" >&2
(cd "$ROOT" && "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$OUT" --workpath "$work/build" packaging/learner-wallet.spec) >&2

BUNDLE="$OUT/learner-wallet"
[ -x "$BUNDLE/learner-wallet" ] || { echo "build-linux: no executable at $BUNDLE/learner-wallet" >&2; exit 1; }
ln -sf learner-wallet "$BUNDLE/learner-wallet-cli"

# ICU's data for English and Spanish only (31 -> 7 MiB; packaging/shrink_icu.py says what is kept).
for icu in "$BUNDLE"/_internal/PySide6/Qt/lib/libicudata.so.*; do
  [ -f "$icu" ] && "$PY" "$ROOT/packaging/shrink_icu.py" "$icu" >&2
done

# Desktop integration files, laid out as under a prefix's share/.
share="$BUNDLE/share"
install -Dm644 "$ROOT/packaging/linux/$APP_ID.desktop" "$share/applications/$APP_ID.desktop"
install -Dm644 "$ROOT/packaging/linux/$APP_ID.Verifier.desktop" "$share/applications/$APP_ID.Verifier.desktop"
install -Dm644 "$ROOT/packaging/linux/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
install -Dm644 "$ROOT/packaging/linux/$APP_ID.mime.xml" "$share/mime/packages/$APP_ID.xml"
install -Dm644 "$ROOT/resources/icons/learner-wallet.svg" "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in "$ROOT"/resources/icons/learner-wallet-*.png; do
  n=$(basename "$png" .png); n=${n#learner-wallet-}
  install -Dm644 "$png" "$share/icons/hicolor/${n}x${n}/apps/$APP_ID.png"
  for mime in application-x-learner-wallet-package application-x-learner-wallet-backup; do
    install -Dm644 "$png" "$share/icons/hicolor/${n}x${n}/mimetypes/$mime.png"
  done
done
install -m755 "$ROOT/packaging/linux/install.sh" "$BUNDLE/install.sh"
install -m644 "$ROOT/CHANGELOG.md" "$BUNDLE/CHANGELOG.md"

# What Qt is inside, and nothing that must not be.
"$PY" "$ROOT/packaging/bundle_report.py" "$BUNDLE" >&2

tarball="$OUT/learner-wallet-$VERSION-linux-$ARCH.tar.gz"
tar -C "$OUT" -czf "$tarball" learner-wallet
end=$(date +%s)
echo "build-linux: bundle $BUNDLE: $(du -sh "$BUNDLE" | cut -f1) on disk, archive $(du -h "$tarball" | cut -f1) ($tarball)"
echo "build-linux: built in $((end - start)) s"
