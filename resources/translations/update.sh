#!/usr/bin/env bash
# Refresh the Spanish catalogue from the app's sources, fill it from es.py and compile it.
#   resources/translations/update.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
# every module of the app (a new screen's texts are picked up without editing this list)
files=$(find ui -name '*.py' | sort)
.venv/bin/pyside6-lupdate -no-obsolete $files -ts resources/translations/learner_wallet_es.ts
.venv/bin/python resources/translations/fill.py resources/translations/learner_wallet_es.ts
.venv/bin/pyside6-lrelease resources/translations/learner_wallet_es.ts -qm resources/translations/learner_wallet_es.qm
