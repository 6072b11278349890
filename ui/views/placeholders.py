"""Journey, Share and Verify: honest placeholders that say what is coming and what works today."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

__all__ = ["JourneyPlaceholder", "ShareView", "VerifyView"]


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
            self.tr("Import the credentials you were given in the Library (Ctrl+O), or try the demo with "
                    "`learner-wallet --demo`."),
            parent)


class ShareView(_Placeholder):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "share", self.tr("Share"),
            self.tr("Sharing appears here once holder-signed presentations are wired into the app: pick "
                    "credentials, pick the fields to reveal, sign with one of your identities, and export a "
                    "file, a share package with a printable summary, or a QR code."),
            self.tr("Not available yet in the app. Today: `learner-wallet-cli present` builds a presentation "
                    "from the command line."),
            parent)


class VerifyView(_Placeholder):
    def __init__(self, file: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            "verify", self.tr("Verify"),
            self.tr("The verifier appears here once the verification report screen is finished: open a file "
                    "or scan a QR code a candidate gives you, and see who issued what, whether it is genuine, "
                    "expired or revoked, and which fields the candidate chose to show. Nothing is stored."),
            self.tr("Not available yet in the app. Today: `learner-wallet-cli verify FILE` prints the same "
                    "per-check report."),
            parent)
        self.file = file
        self.file_label = QLabel()
        self.file_label.setObjectName("verify-file")
        self.file_label.setAccessibleName(self.tr("File to verify"))
        self.file_label.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(4, self.file_label)
        self.set_file(file)

    def set_file(self, file: Path | None) -> None:
        self.file = file
        self.file_label.setVisible(file is not None)
        if file is not None:
            self.file_label.setText(self.tr("File to verify: %1").replace("%1", str(file)))
