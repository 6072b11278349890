"""Regenerate the README's other screenshots (share wizard steps, dark views, CLR detail, settings) from a fresh demo wallet.

    scripts/with-keychain.sh env QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/readme_screenshots.py [OUT]

Writes ``share-1-pick.png`` … ``share-5-history.png`` (with ``share-4-qr-too-large.png``),
``library-dark.png``, ``detail-dark.png``, ``identity-dark.png``, ``detail-clr.png`` and ``settings.png``
at 1280×800 (the dialog at its own size). The demo wallet is built in a temporary folder and its
keychain entries are removed afterwards. ``scripts/docs_screenshots.py`` renders the verifier's.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:  # noqa: PLR0915 - one straight walk through the views
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from ui.screenshots import demo_window, render
    from ui.share.request_code import request_code_text
    from ui.tasks import runner
    from wallet.demo.data import MICRO
    from wallet.demo.issuer import (
        MINIMAL_REVEAL,
        MINIMAL_SAMPLE,
        SAMPLE_CHALLENGE,
        SAMPLE_DOMAIN,
    )

    with demo_window("lw-readme-", "light") as (window, home):

        def settle(until: Callable[[], bool] = lambda: True, timeout: float = 120.0) -> None:
            end = time.monotonic() + timeout
            while True:
                runner().wait_idle(int(timeout * 1000))
                for _ in range(5):
                    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
                if until():
                    return
                if time.monotonic() > end:
                    raise SystemExit(f"timed out waiting for the view (status: {window.share.output.status.text()!r})")
                time.sleep(0.1)

        def shot(name: str) -> None:
            settle()
            print(render(window, out / name))

        settle()
        window.demo_features.tour.end()
        rows = window.library.model.rows()
        by_title = {c.title: c for c in rows if c.format == "ldp-vc"}
        sample = next(m.name for m in MICRO if m.key == MINIMAL_SAMPLE)  # the tour's: fits a QR code
        micro = by_title[sample]
        clr = next(c for c in rows if "Learner Record" in c.title)
        picks = [c.id for c in rows if c.format == "ldp-vc" and c.state == "verified"
                 and c.data.get("achievement_type") in ("MicroCredential", "Competency")][:3]

        # the share wizard, light
        share = window.share
        window.show_view("share")
        settle()
        share.start(picks)
        settle(lambda: share.step == 1)
        share.back()
        share.pick.search.setText("career")
        shot("share-1-pick.png")
        share.pick.search.clear()
        share.start([micro.id])
        settle(lambda: share.step == 1)
        updated: list[object] = []
        share.preview_updated.connect(lambda: updated.append(1))
        share.reveal(micro.id, list(MINIMAL_REVEAL))
        settle(lambda: bool(updated))
        shot("share-2-fields.png")
        share.options.request_code.setText(request_code_text(SAMPLE_CHALLENGE, SAMPLE_DOMAIN))
        share.next()
        shot("share-3-options.png")
        shown: list[str] = []
        share.qr_shown.connect(shown.append)
        share.make_qr(micro.id, list(MINIMAL_REVEAL), request_code_text(SAMPLE_CHALLENGE, SAMPLE_DOMAIN))
        settle(lambda: bool(shown))
        shot("share-4-output.png")
        share.export_file(str(home.parent / "presentation.json"))  # one entry in the history
        settle()
        share.start(picks)
        settle(lambda: share.step == 1)
        share.fields.select_all()
        while share.step < 3:
            share.next()
        share.output.set_form("qr")
        share.output.create_button.click()
        settle(lambda: share.output.result.currentWidget() is share.output.too_large)
        shot("share-4-qr-too-large.png")
        share.tabs.setCurrentIndex(1)
        shot("share-5-history.png")
        share.tabs.setCurrentIndex(0)

        # CLR detail and settings, light
        window.show_credential(clr.id)
        shot("detail-clr.png")
        window.library.show_list()
        from ui.screenshots import _settings_shot

        print(_settings_shot(window, window.session, runner(), out))

        # dark
        window.theme.apply("dark")
        window.show_view("library")
        shot("library-dark.png")
        window.show_credential(micro.id)
        shot("detail-dark.png")
        window.library.show_list()
        window.show_view("identity")
        shot("identity-dark.png")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
