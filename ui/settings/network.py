"""May Learner Wallet go online (status lists, did:web, issuer profiles)? The ``network`` setting says
``never`` (the default), ``always`` or ``ask``; "ask" means: ask once per session, the first time an
action such as Verify again needs the network, and remember the answer until the app closes.

The setting lives in the wallet's database, which only the serial lane may touch, so a small
:class:`NetworkPermission` object (a child of the session) keeps the current value, reloading it when
the wallet opens and when the setting changes. :func:`allow_network` answers from it without touching
the database::

    allowed = allow_network(self, session)
    session.run(self, VerifyAgain(cid, allow_network=allowed), ...)

Opening a share link in the verifier is an explicit action of the user that needs the network (the
presentation is on the link's service): :func:`allow_link` asks once per session with the same kind of
question, whatever the mode, unless the mode is "always" or the user already let the app go online.
Only a "yes" is remembered (a "no" keeps that one link offline; the next link asks again).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.session import Session
from ui.tasks import OpContext
from wallet import Change, Wallet

__all__ = ["NETWORK_MODES", "NetworkPermission", "allow_link", "allow_network", "network_permission"]

NETWORK_MODES = ("never", "ask", "always")
_NAME = "learner-wallet-network-permission"


def _read_mode(wallet: Wallet, op: OpContext) -> str:
    value = str(wallet.setting("network", "never"))
    return value if value in NETWORK_MODES else "never"


class NetworkPermission(QObject):
    """The session's network mode and, for "ask", this session's answer."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.setObjectName(_NAME)
        self.session = session
        self.mode = "never"
        self.answer: bool | None = None  # asked this session
        self.links_allowed = False  # "yes" to fetching a share link, this session
        self.box: QMessageBox | None = None
        session.opened.connect(self.reload)
        session.runner.wallet_changed.connect(self._on_wallet_changed)
        if session.wallet is not None:
            self.reload()

    def reload(self) -> None:
        self.session.run(None, _read_mode, success=self._loaded)

    def _loaded(self, mode: Any) -> None:
        self.set_mode(str(mode))

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.answer = None  # a changed setting is asked about afresh
        self.mode = mode if mode in NETWORK_MODES else "never"

    def _on_wallet_changed(self, change: Change) -> None:
        if change.kind == "settings" and (not change.ids or "network" in change.ids):
            self.reload()

    def allow(self, parent: QWidget | None) -> bool:
        if self.mode == "always":
            return True
        if self.mode != "ask":
            return False
        if self.answer is None:
            self.answer = self._ask(parent)
        return self.answer

    def _ask(self, parent: QWidget | None) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("network", "Go online to check?"),
                          QCoreApplication.translate("network", "Checking this fully needs the network: the issuer's revocation list, or "
                                        "its keys published on the web. Learner Wallet will contact the issuer's "
                                        "server; nothing about you is sent."),
                          QMessageBox.StandardButton.NoButton, parent)
        box.setObjectName("network-question")
        box.setInformativeText(QCoreApplication.translate("network", "Your answer holds until Learner Wallet closes. Change it for good "
                                             "in Settings."))
        self.yes_button = box.addButton(QCoreApplication.translate("network", "Go online"), QMessageBox.ButtonRole.YesRole)
        self.no_button = box.addButton(QCoreApplication.translate("network", "Stay offline"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(self.no_button)
        self.box = box
        box.exec()
        self.box = None
        return box.clickedButton() is self.yes_button


    def allow_link(self, parent: QWidget | None, host: str) -> bool:
        """May a share link's presentation be fetched from ``host``? Asked once per session (see the module)."""
        if self.mode == "always" or self.answer is True or self.links_allowed:
            return True
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("network", "Fetch the shared presentation?"),
                          QCoreApplication.translate("network", "This link points to a share service at %1. Learner "
                                                     "Wallet will download the signed presentation from it and verify "
                                                     "it here, itself; nothing about you is sent.").replace("%1", host),
                          QMessageBox.StandardButton.NoButton, parent)
        box.setObjectName("network-question")
        box.setAccessibleName(QCoreApplication.translate("network", "Fetch the shared presentation?"))
        box.setInformativeText(QCoreApplication.translate("network", "If you fetch it, links open without this "
                                                          "question until Learner Wallet closes."))
        self.yes_button = box.addButton(QCoreApplication.translate("network", "Fetch and verify"),
                                        QMessageBox.ButtonRole.YesRole)
        self.no_button = box.addButton(QCoreApplication.translate("network", "Stay offline"),
                                       QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(self.yes_button)
        self.box = box
        box.exec()
        self.box = None
        self.links_allowed = box.clickedButton() is self.yes_button
        return self.links_allowed


def network_permission(session: Session) -> NetworkPermission:
    """The session's :class:`NetworkPermission` (created on first use)."""
    found = session.findChild(NetworkPermission, _NAME)
    return found if found is not None else NetworkPermission(session)


def allow_network(parent: QWidget | None, session: Session) -> bool:
    """True when the wallet may go online now: "always", or "ask" and the user said yes (asked once per
    session, with a question box over ``parent``); False for "never" or a "no"."""
    return network_permission(session).allow(parent)


def allow_link(parent: QWidget | None, session: Session, host: str) -> bool:
    """True when the presentation behind a share link on ``host`` may be fetched now (see the module)."""
    return network_permission(session).allow_link(parent, host)
