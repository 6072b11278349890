#!/usr/bin/env bash
# Set up everything Learner Wallet needs, on a fresh machine:
#   1. system packages (Debian/Ubuntu, when run as root): Qt runtime libraries,
#      D-Bus and gnome-keyring (the Secret Service used for keys), fonts, and the
#      desktop-file/AppStream validators used by the packaging check;
#   2. a virtual environment in .venv with the project and its test extras;
#   3. the interop tests' JavaScript tool (tests/interop) and the test OID4VCI issuer (tests/oid4vci):
#      `npm ci` of their package-lock.json files.
# It is idempotent and quick when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  # Qt 6 runtime (offscreen and xcb platforms)
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0
  libxkbcommon-x11-0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0
  libxrender1 libxi6 libsm6 libice6 libnss3 libasound2 libpulse0 libpulse-mainloop-glib0
  fonts-dejavu-core
  # the keychain: a private D-Bus session with gnome-keyring's Secret Service
  dbus dbus-x11 gnome-keyring libsecret-tools
  # packaging checks
  desktop-file-utils appstream
  # the bundle build: ICU's icupkg and genccode shrink the bundled ICU data (packaging/shrink_icu.py)
  icu-devtools
  # interop harness
  nodejs npm
  # the share service's tests: a real PostgreSQL server (started by the tests on loopback) and Debian's
  # chromium, driven by Playwright (which never downloads a browser of its own here)
  postgresql chromium
  # the camera test compiles the kernel's videodev2.h to check ui/verify/v4l2.py's structures against it
  gcc libc6-dev linux-libc-dev
)

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && [ -z "${LW_SKIP_APT:-}" ]; then
  missing=()
  for p in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # node/npm may come from elsewhere (e.g. nodesource); only install when absent
  if command -v node >/dev/null 2>&1; then
    filtered=(); for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p"); done
    missing=("${filtered[@]+"${filtered[@]}"}")
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing system packages: ${missing[*]}" >&2
    apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
  fi
elif [ "$(id -u)" != 0 ]; then
  echo "setup: not root; make sure these (or your platform's equivalents) are installed: ${SYSTEM_PACKAGES[*]}" >&2
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
# Python dependencies: exactly the versions pinned in requirements.lock (scripts/lock.sh writes it from
# pyproject.toml), then the project itself, editable, without resolving anything again.
stamp=.venv/.lw-installed
want=$(cat pyproject.toml requirements.lock | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >&2
  .venv/bin/python -m pip install -q -r requirements.lock >&2
  .venv/bin/python -m pip install -q --no-deps -e . >&2
  echo "$want" > "$stamp"
fi

# The Node tools the tests run, each exactly as its lock file pins it, reinstalled only when that file
# changes, one `npm ci` at a time (two setups at once would delete each other's node_modules):
#   tests/interop  the reference JavaScript stack (Digital Bazaar / DCC / @sd-jwt), see its README;
#   tests/oid4vci  the OID4VCI issuer the receiving tests run on loopback (@openid4vc/openid4vci and
#                  @openid4vc/oauth2; it signs with the tests/interop stack).
npm_install() {
  local dir=$1 sum stamp
  sum=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  stamp=$dir/node_modules/.lw-package-lock.sha256
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ] && return 0
  exec 9<"$dir/package-lock.json"
  command -v flock >/dev/null 2>&1 && flock 9
  if ! { [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ]; }; then
    echo "setup: installing $dir (npm ci)" >&2
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
    echo "$sum" > "$stamp"
  fi
  exec 9<&-
}
if command -v npm >/dev/null 2>&1; then
  npm_install tests/interop
  npm_install tests/oid4vci
else
  echo "setup: npm not found; the interop and receiving tests will fail until Node.js >= 20 and npm are installed" >&2
fi
