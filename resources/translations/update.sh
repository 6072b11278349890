#!/usr/bin/env bash
# Refresh the Spanish catalogue from the app's sources, fill it from es.py and compile it.
#   resources/translations/update.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
# the modules whose texts are in the catalogue (add a module here once its texts are in es.py)
files="ui/app.py ui/errors.py ui/main_window.py ui/session.py ui/tasks.py
  ui/views/first_run.py ui/views/identity.py ui/views/journey.py ui/views/library.py ui/views/placeholders.py
  ui/models/credentials.py ui/models/dids.py ui/dialogs/about.py ui/dialogs/identity.py ui/dialogs/settings.py"
.venv/bin/pyside6-lupdate -no-obsolete $files -ts resources/translations/learner_wallet_es.ts
.venv/bin/python resources/translations/fill.py resources/translations/learner_wallet_es.ts
.venv/bin/pyside6-lrelease resources/translations/learner_wallet_es.ts -qm resources/translations/learner_wallet_es.qm
