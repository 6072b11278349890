"""``python -m share_service``: the same as ``learner-wallet-share``."""

import sys

from share_service.cli import main

sys.exit(main())
