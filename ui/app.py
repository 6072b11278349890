"""The composition root and ``main()``: the ``learner-wallet`` command.

    learner-wallet [--home DIR] [--demo] [--verify [FILE]] [--screenshot DIR] [--selftest] [--version]

``--home`` (or ``LEARNER_WALLET_HOME``) chooses the wallet folder; ``--demo`` opens the demo wallet
in its own folder. Exit codes: 0 fine, 1 a failure was reported, 2 bad usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from wallet import __version__
from wallet.paths import demo_home, resolve_home

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="learner-wallet", description="Learner Wallet: your own verifiable credentials.")
    p.add_argument("--home", metavar="DIR", help="the wallet folder (default: LEARNER_WALLET_HOME or the platform's)")
    p.add_argument("--demo", action="store_true", help="open the demo wallet (created on first use)")
    p.add_argument("--verify", nargs="?", const="", default=None, metavar="FILE",
                   help="open on the verifier, optionally with FILE")
    p.add_argument("--screenshot", metavar="DIR", help="render every main view into DIR/<view>.png and exit")
    p.add_argument("--selftest", action="store_true", help="run the built-in self-test and exit")
    p.add_argument("--version", action="version", version=f"learner-wallet {__version__}")
    p.add_argument("offer", nargs="?", metavar="OFFER",
                   help="an issuer's credential offer link (openid-credential-offer://…): opens the Receive dialog")
    return p


def _selftest() -> int:
    try:
        from ui import selftest  # written with the packaging; imported only when asked for
    except ImportError as exc:
        print(f"learner-wallet: the self-test is not part of this build ({exc}).", file=sys.stderr)
        return 2
    return int(selftest.run())


def _set_window_icon(app: object) -> None:
    from PySide6.QtGui import QIcon

    from wallet.jsonld.loader import resources_dir

    try:
        icon = resources_dir() / "icons" / "learner-wallet.svg"
    except FileNotFoundError:
        return
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))  # type: ignore[attr-defined]


class _OfferEvents:
    """macOS delivers a clicked ``openid-credential-offer://`` link (CFBundleURLTypes) as a QFileOpenEvent."""

    @staticmethod
    def install(app: object, window: object) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802 - Qt's name
                if getattr(event, "type", lambda: None)() == QEvent.Type.FileOpen:
                    url = event.url().toString()  # type: ignore[attr-defined]
                    if url.startswith("openid-credential-offer:"):
                        window.receive_offer(url)  # type: ignore[attr-defined]
                        return True
                return False

        window._offer_events = Filter(app)  # type: ignore[attr-defined,arg-type]  # kept alive with the window
        app.installEventFilter(window._offer_events)  # type: ignore[attr-defined]


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.selftest:
        return _selftest()
    verify_file = Path(args.verify).expanduser() if args.verify else None
    if verify_file is not None and not verify_file.is_file():
        print(f"learner-wallet: {verify_file} is not a file.", file=sys.stderr)
        return 2
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_translator
    from ui.main_window import MainWindow
    from ui.session import Session
    from ui.tasks import runner
    from ui.theme import Theme

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "learner-wallet"])
    assert isinstance(app, QApplication)
    app.setApplicationName("Learner Wallet")
    app.setOrganizationName("learner-wallet")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.learnerwallet.LearnerWallet")  # matches packaging/linux/*.desktop
    _set_window_icon(app)
    theme = Theme(app)
    home = demo_home() if args.demo else resolve_home(args.home)
    install_translator(app, home=home)  # the language chosen in Settings, else the system's
    session = Session(home, runner(), demo=args.demo)

    if args.screenshot:
        from ui.screenshots import ScreenshotError, take_screenshots

        try:
            written = take_screenshots(Path(args.screenshot).expanduser(), session, theme=theme,
                                       verify_file=verify_file)
        except ScreenshotError as exc:
            print(f"learner-wallet: {exc}", file=sys.stderr)
            return 1
        finally:
            session.close()
        for path in written:
            print(path)
        return 0

    from ui.demo.share_service import demo_share_service

    demo_service = demo_share_service(session)  # a demo wallet gets a share service on loopback (stopped at exit)
    session.open_early()  # overlaps building the window
    window = MainWindow(session, theme=theme, verify_file=verify_file)
    window.show()
    window.start("verify" if args.verify is not None else "library")
    if args.offer:  # a click on an "Add to wallet" link (the desktop entry's %u, Windows' "%1")
        window.receive_offer(args.offer)
    _OfferEvents.install(app, window)  # macOS hands such links over as an open event
    try:
        return int(app.exec())
    finally:
        demo_service.stop()
        session.close()


if __name__ == "__main__":
    sys.exit(main())
