"""Journey: the skill journey computed from the wallet's credentials (``wallet.journey``), drawn by
``ui.journey.JourneyView``; an honest empty state while there is nothing to draw.

The journey reads every credential, so it is computed only when the page is visible and something
changed since the last time (credentials, curation or settings), on the serial lane.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ui.session import Session
from ui.tasks import OpContext
from ui.widgets.lazy import LoadWhenShown
from ui.widgets.placeholders import JourneyPlaceholder
from wallet import Change, Wallet

__all__ = ["JourneyPage"]

log = logging.getLogger(__name__)


class JourneyPage(QWidget):
    credential_activated = Signal(str)
    journey_loaded = Signal(object)  # wallet.journey.Journey

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("journey")
        self.placeholder = JourneyPlaceholder()
        self.body = self.placeholder.body
        self.view: Any = None
        try:
            from ui.journey.view import JourneyView
        except ImportError:  # the drawing is optional; the empty state still tells the truth
            log.exception("the journey view is not available")
        else:
            self.view = JourneyView()
            self.view.credential_activated.connect(self.credential_activated)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        if self.view is not None:
            self.pages.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.loader = LoadWhenShown(self, self.reload)  # the journey reads every credential: only when shown
        session.opened.connect(self.loader.mark_stale)
        session.runner.wallet_changed.connect(self._on_wallet_changed)

    def will_load(self) -> bool:
        """Whether showing the page computes the journey again (``journey_loaded`` then follows)."""
        return self.view is not None and self.loader.stale

    def _on_wallet_changed(self, change: Change) -> None:
        if change.kind in ("credentials", "curation", "settings"):
            self.loader.mark_stale()

    def reload(self) -> None:
        if self.view is None or self.session.wallet is None:
            return
        self.loader.loading()
        self.session.run(self, _compute_journey, success=self._loaded,
                         progress_label=self.tr("Computing your skill journey…"))

    def _loaded(self, journey: Any) -> None:
        if journey.nodes:
            self.view.export_title = (self.tr("Skill journey — DEMO, a fictional learner") if self.session.is_demo
                                      else self.tr("Skill journey"))
            self.view.set_journey(journey)
            self.pages.setCurrentWidget(self.view)
        else:
            self.pages.setCurrentWidget(self.placeholder)
        self.journey_loaded.emit(journey)


def _compute_journey(wallet: Wallet, op: OpContext) -> Any:
    from wallet.journey.compute import journey_for_wallet

    return journey_for_wallet(wallet)
