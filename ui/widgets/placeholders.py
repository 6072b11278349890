"""Honest placeholders: what a view will show once it has something to show, and what works today."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

__all__ = ["JourneyPlaceholder"]


class _Placeholder(QWidget):
    def __init__(self, name: str, title: str, body: str, today: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        heading = QLabel(title)
        heading.setObjectName("view-title")
        self.body = QLabel(body)
        self.body.setObjectName("placeholder-body")
        self.body.setAccessibleName(title)
        self.body.setWordWrap(True)
        self.today = QLabel(today)
        self.today.setAccessibleName(self.tr("What you can do today"))
        self.today.setWordWrap(True)
        self.today.setObjectName("placeholder-today")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addSpacing(12)
        layout.addWidget(self.body)
        layout.addWidget(self.today)
        layout.addStretch(1)
        for label in (self.body, self.today):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            label.setMaximumWidth(720)


class JourneyPlaceholder(_Placeholder):
    """What the Journey view shows while the wallet holds no credential to draw."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "journey-empty", self.tr("Journey"),
            self.tr("The skill journey appears here once your wallet holds credentials: it is computed from "
                    "them, with the skills their achievements align to (such as the NACE Career Readiness "
                    "Competencies), the experiences behind them, how micro-credentials stack into larger ones, "
                    "and when you earned each."),
            self.tr("Import the credentials you were given in the Library (Ctrl+O), or explore a fictional "
                    "learner's record with Help ▸ Demo wallet."),
            parent)
