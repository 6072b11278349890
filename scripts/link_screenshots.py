"""Regenerate the share-by-link screenshots in docs/screenshots from a fresh demo wallet and the demo's own
share service on loopback (as ``learner-wallet --demo`` starts it).

    scripts/with-keychain.sh env QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/link_screenshots.py [OUT]

* ``share-4-link.png``: step 4 of the Share wizard with the link, its small QR code, Copy and expiry;
* ``verify-link.png``: the employer's verifier after opening that link (fetched and verified here);
* ``share-5-history-link.png``: the share history with the link, its expiry and views, Revoke.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SKILL = "/credentialSubject/achievement/alignment/0/targetName"


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication([])  # noqa: F841 - kept alive while the window lives

    from ui.demo.share_service import demo_share_service
    from ui.screenshots import demo_window, render
    from ui.tasks import runner

    def wait_for(cond: object) -> None:
        while not cond():  # type: ignore[operator]
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    with demo_window("lw-docs-link-") as (window, home):
        session = window.session
        service = demo_share_service(session)  # as the app starts it with the demo
        try:
            share = window.share
            wait_for(lambda: bool(service.origin) and share.output.service == service.origin)
            ids = {c.display_title: c.id for c in session.wallet.credentials()}  # type: ignore[union-attr]
            cid = ids["Service-Learning: Community Health Outreach"]
            window.show_view("share")
            share.start([cid])
            wait_for(lambda: share.step == 1 and bool(share.choices))
            share.fields.set_revealed(cid, [SKILL])
            share.next()
            share.next()
            share.output.set_form("link")
            made: list[object] = []
            share.link_shown.connect(made.append)
            share.make_output("link")
            wait_for(lambda: bool(made))
            runner().wait_idle(60_000)
            print(render(window, out / "share-4-link.png"))

            window.network_permission.links_allowed = True  # the employer said "Fetch and verify" once
            window.show_view("verify")
            view = window.verify
            finished: list[object] = []
            view.verification_finished.connect(finished.append)
            QGuiApplication.clipboard().setText(made[0].url)  # type: ignore[attr-defined]
            view.verify_clipboard()
            wait_for(lambda: bool(finished))
            runner().wait_idle(60_000)
            print(render(window, out / "verify-link.png"))

            window.show_view("share")
            share.tabs.setCurrentWidget(share.history)
            share.history.check_views()  # the employer's view above, as the service counted it
            runner().wait_idle(60_000)
            share.history.select_link(made[0].url)  # type: ignore[attr-defined]
            print(render(window, out / "share-5-history-link.png"))
        finally:
            service.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
