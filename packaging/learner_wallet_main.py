"""Entry point of the bundled app (PyInstaller runs this file).

``learner-wallet`` starts the desktop app (``ui.app.main``, which also handles ``--selftest``,
``--version``, ``--verify`` ...). When started under a name beginning with ``learner-wallet-cli``
(the bundle ships a ``learner-wallet-cli`` link on Linux) it runs the command line instead.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    name = os.path.basename(sys.argv[0] if sys.argv else "").lower()
    if name.startswith("learner-wallet-cli"):
        from wallet.cli import main as cli_main

        return int(cli_main() or 0)
    from ui.app import main as app_main

    return int(app_main() or 0)


if __name__ == "__main__":
    sys.exit(main())
