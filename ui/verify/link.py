"""The verifier's share links: a link pasted, scanned or read from a QR image is opened by fetching the signed
presentation from its service and verifying it here, with the wallet's own engine, for that link.

Fetching is network use the user asked for (they gave the link), so it asks once per session with the
network question of :mod:`ui.settings.network` (unless Settings say "Always"). The download runs on the
parallel lane (:class:`ui.verify.jobs.FetchLink`); what comes back is verified like any other input, with
challenge = the link's id and domain = its service, so a presentation made for another link or altered on
the service is "Not verified" whatever the service's page says. A service that cannot be reached, or a
"no" to the question, leaves the link "not checked" — never "not verified".
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel

from ui.errors import describe
from ui.settings.network import allow_link
from ui.tasks import Op, run_op
from ui.verify.jobs import FetchLink, LinkFound

if TYPE_CHECKING:
    from ui.verify.view import VerifyView

__all__ = ["LinkOpener"]


class LinkOpener(QObject):
    """Opens share links for a :class:`ui.verify.view.VerifyView`; ``label`` says where the presentation came from."""

    def __init__(self, view: VerifyView) -> None:
        super().__init__(view)
        self.view = view
        self.link: Any = None  # the link being opened or last verified
        self.op: Op | None = None
        self._pending: Any = None
        self.label = QLabel()
        self.label.setObjectName("verify-link")
        self.label.setAccessibleName(self.tr("Share link"))
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setVisible(False)

    def found(self, found: LinkFound) -> None:
        """A verification job found a link: open it once the runner has handed over its results (the
        question box must not run inside the runner's delivery)."""
        self._pending = found.link
        QTimer.singleShot(0, self._open_pending)

    def _open_pending(self) -> None:
        link, self._pending = self._pending, None
        if link is not None:
            self.open(link)

    def open(self, link: Any) -> None:
        """Fetch (with permission) and verify the presentation behind ``link`` (a ``SharedLink``)."""
        self.link = link
        self._say(self.tr("Share link: %1").replace("%1", link.url))
        session = self.view.session
        if session is None or not allow_link(self.view, session, link.host):
            self._not_checked(self.tr("Not checked: the presentation behind this link was not fetched, because "
                                      "Learner Wallet stayed offline."),
                              self.tr("Open the link again and choose Fetch and verify, or set Network to Always "
                                      "in Settings."))
            return
        self._set_verdict(self.tr("Fetching the presentation from %1…").replace("%1", link.host), "")
        self.op = run_op(self.view, FetchLink(link), success=self._fetched, failure=self._failed, serial=False,
                         progress_label=self.tr("Fetching the shared presentation…"))

    def _fetched(self, result: Any) -> None:
        data, link = result
        if link is not self.link:
            return  # another link was opened since
        note = self.tr("Fetched from %1 and verified here by Learner Wallet, not on the service's word. It was "
                       "signed for this link.").replace("%1", link.host)
        if self.view.challenge:
            note += " " + self.tr("Your request code does not apply to a link.")
        self._say(note)  # the view names the link itself as the input
        self.view.verify_data(data, link.url, link=link)

    def _failed(self, exc: BaseException) -> None:
        problem = describe(exc)
        if problem is None:
            return
        self._not_checked(self.tr("Not checked: the presentation behind this link could not be fetched."),
                          problem.text())

    def forget(self) -> None:
        """Another input is being verified: the link line goes."""
        self.link = None
        self.label.setVisible(False)

    # --- words ----------------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.label.setText(text)
        self.label.setVisible(True)

    def _set_verdict(self, head: str, why: str) -> None:
        self.view.verdict.setText(html.escape(head) + (
            f"<br><span style='font-size:10pt; font-weight:400'>{html.escape(why)}</span>" if why else ""))
        self.view.verdict.setStyleSheet("font-size: 16pt; font-weight: 700;")

    def _not_checked(self, head: str, why: str) -> None:
        self.view.record = None
        self._set_verdict(head, why)
        self.view.report.clear()
        for b in (self.view.export_pdf_button, self.view.export_json_button):
            b.setEnabled(False)
