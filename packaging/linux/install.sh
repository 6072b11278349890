#!/usr/bin/env bash
# Install (or remove) this Learner Wallet bundle.
#   ./install.sh [--prefix DIR] [--uninstall]
# Default prefix: ~/.local for a user, /usr/local for root. Copies the bundle to PREFIX/lib/learner-wallet,
# links learner-wallet and learner-wallet-cli into PREFIX/bin, and installs the desktop entries
# (Exec with the absolute path), AppStream metainfo, icons and MIME types under PREFIX/share, then refreshes
# the desktop, MIME and icon caches when their tools are present.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=org.learnerwallet.LearnerWallet
if [ "$(id -u)" = 0 ]; then PREFIX=/usr/local; else PREFIX="$HOME/.local"; fi
UNINSTALL=
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX=$2; shift 2 ;;
    --prefix=*) PREFIX=${1#--prefix=}; shift ;;
    --uninstall) UNINSTALL=1; shift ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
LIB="$PREFIX/lib/learner-wallet"
LIST="$LIB/.installed-files"

refresh() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true
  command -v update-mime-database >/dev/null && update-mime-database "$PREFIX/share/mime" >/dev/null 2>&1 || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
}

if [ -n "$UNINSTALL" ]; then
  if [ -f "$LIST" ]; then
    while IFS= read -r f; do rm -f "$f"; done < "$LIST"
  fi
  rm -rf "$LIB"
  refresh
  echo "Removed Learner Wallet from $PREFIX (your wallet data and keychain entries are kept)."
  exit 0
fi

if [ "$HERE" != "$LIB" ]; then
  rm -rf "$LIB"
  mkdir -p "$PREFIX/lib"
  cp -a "$HERE" "$LIB"
fi
: > "$LIST"
mkdir -p "$PREFIX/bin"
for cmd in learner-wallet learner-wallet-cli; do
  ln -sfn "$LIB/$cmd" "$PREFIX/bin/$cmd"
  echo "$PREFIX/bin/$cmd" >> "$LIST"
done
(cd "$LIB/share" && find . -type f) | while IFS= read -r rel; do
  rel=${rel#./}
  dest="$PREFIX/share/$rel"
  mkdir -p "$(dirname "$dest")"
  case "$rel" in
    applications/*.desktop)
      sed -e "s|^Exec=learner-wallet|Exec=$PREFIX/bin/learner-wallet|" "$LIB/share/$rel" > "$dest" ;;
    *) cp "$LIB/share/$rel" "$dest" ;;
  esac
  echo "$dest" >> "$LIST"
done
refresh
echo "Installed Learner Wallet in $LIB; run $PREFIX/bin/learner-wallet (or find it in the applications menu)."
