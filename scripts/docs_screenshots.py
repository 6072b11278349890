"""Regenerate the employer-verifier screenshots in docs/screenshots from a fresh demo wallet.

    scripts/with-keychain.sh env QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/docs_screenshots.py [OUT]

The demo wallet is built in a temporary folder (its keychain entries are removed afterwards), and the
Verify view checks the demo's sample presentations as an employer would:

* ``verify.png``: the minimal disclosure (achievement name + one skill) against its request code;
* ``verify-failed-tampered.png``: the application presentation with one credential's title changed;
* ``verify-failed-other-request.png``: the application presentation against another opening's code.

The other views are rendered by ``learner-wallet --demo --screenshot DIR``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from ui.screenshots import demo_window, render
    from ui.tasks import runner
    from wallet.demo.issuer import SAMPLE_CHALLENGE, SAMPLE_DOMAIN

    with demo_window("lw-docs-") as (window, home):
        window.show_view("verify")
        view = window.verify
        finished: list[object] = []
        view.verification_finished.connect(finished.append)

        def verify(path: Path, name: str) -> None:
            finished.clear()
            view.verify_path(path)
            while not finished:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            runner().wait_idle(60_000)
            print(render(window, out / name))

        samples = home / "samples"
        view.set_request(SAMPLE_CHALLENGE, SAMPLE_DOMAIN)
        verify(samples / "minimal-disclosure-presentation.json", "verify.png")
        vp = json.loads((samples / "application-presentation.json").read_text())
        vp["verifiableCredential"][0]["credentialSubject"]["achievement"]["name"] = "Astrophysics"
        tampered = home.parent / "tampered.json"  # inside the temporary folder demo_window removes
        tampered.write_text(json.dumps(vp))
        verify(tampered, "verify-failed-tampered.png")
        view.set_request("hire-2026-1120-data-analyst", SAMPLE_DOMAIN)  # the code of another opening
        verify(samples / "application-presentation.json", "verify-failed-other-request.png")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
