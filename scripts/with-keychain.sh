#!/usr/bin/env bash
# Run a command inside a private D-Bus session with gnome-keyring's Secret Service,
# unlocked by a throwaway password. Used by the test command so keychain tests use a
# real keychain and never touch the user's own.
#   scripts/with-keychain.sh COMMAND [ARGS...]
set -euo pipefail
if [ -z "${LW_IN_PRIVATE_DBUS:-}" ]; then
  export LW_IN_PRIVATE_DBUS=1
  exec dbus-run-session -- "$0" "$@"
fi
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR_OVERRIDE:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
export HOME_FOR_KEYRING=$(mktemp -d)
# gnome-keyring keeps its keyrings under $XDG_DATA_HOME/keyrings; keep them throwaway
export XDG_DATA_HOME="$HOME_FOR_KEYRING/data"
mkdir -p "$XDG_DATA_HOME"
password="lw-test-$RANDOM-$RANDOM"
eval "$(printf '%s' "$password" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
eval "$(gnome-keyring-daemon --start --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL
export LW_KEYCHAIN_READY=1
"$@"
status=$?
rm -rf "$HOME_FOR_KEYRING"
exit $status
