#!/usr/bin/env bash
# Set everything up and start Learner Wallet: your wallet when there is one, the demo wallet otherwise.
#   scripts/run.sh [learner-wallet options]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ $# -eq 0 ]; then
  if .venv/bin/python -c "import sys; from wallet.paths import resolve_home; from wallet.wallet import Wallet; sys.exit(0 if Wallet.exists(resolve_home()) else 1)"; then
    exec .venv/bin/learner-wallet
  fi
  exec .venv/bin/learner-wallet --demo
fi
exec .venv/bin/learner-wallet "$@"
