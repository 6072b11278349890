"""First run: one sentence on what a DID is, and a button that creates the wallet and its first DID.

Keychain errors are shown with the core's fix text and a Retry button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.errors import Problem
from ui.identity.view import what_is_a_did
from ui.session import Session

__all__ = ["FirstRunView", "ProblemView"]


class _Card(QWidget):
    """A centred column of at most ~560 px."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = QFrame()
        self.card.setObjectName("card")
        self.card.setFixedWidth(560)  # word-wrapped labels need a definite width to compute their height
        self.column = QVBoxLayout(self.card)
        self.column.setSpacing(14)
        # no alignment flag on the card: aligned items lose height-for-width, and wrapped labels get clipped
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def add_label(self, text: str, name: str, accessible: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        self.column.addWidget(label)
        return label


class FirstRunView(_Card):
    demo_requested = Signal()  # "Try the demo": the window opens the demo wallet

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("first-run")
        self.add_label(self.tr("Welcome to Learner Wallet"), "welcome-title", self.tr("Welcome"))
        self.add_label(self.tr("Keep the credentials your university, employers and community partners give you, "
                               "see the skills they add up to, and share only what you choose."),
                       "welcome-body", self.tr("What Learner Wallet does"))
        self.add_label(what_is_a_did(), "welcome-did", self.tr("What a DID is"))
        self.create_button = QPushButton(self.tr("Create my wallet"))
        self.create_button.setObjectName("create-wallet")
        self.create_button.setAccessibleName(self.tr("Create my wallet and my first DID"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_wallet)
        self.column.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_label(self.tr("Not ready yet, or showing the app to someone? Explore a fictional learner's "
                               "four-year record, with a guided tour."), "welcome-demo", self.tr("The demo wallet"))
        self.demo_button = QPushButton(self.tr("Try the demo"))
        self.demo_button.setObjectName("try-demo")
        self.demo_button.setAccessibleName(self.tr("Try the demo wallet in a new window"))
        self.demo_button.clicked.connect(self.demo_requested)
        self.column.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.error_title = self.add_label("", "error-title", self.tr("Problem"))
        self.error_text = self.add_label("", "error-text", self.tr("What went wrong"))
        self.error_fix = self.add_label("", "error-fix", self.tr("How to fix it"))
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setObjectName("retry")
        self.retry_button.setAccessibleName(self.tr("Retry creating the wallet"))
        self.retry_button.clicked.connect(self.create_wallet)
        self.column.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.where = self.add_label(self.tr("Your wallet will be kept in %1").replace("%1", str(session.home)),
                                    "wallet-home", self.tr("Wallet folder"))
        session.create_failed.connect(self.show_problem)
        self.show_problem(None)

    def create_wallet(self) -> None:
        self.show_problem(None)
        self.create_button.setEnabled(False)
        self.session.create(self)

    def show_problem(self, problem: Problem | None) -> None:
        self.create_button.setEnabled(True)
        for label, text in ((self.error_title, problem.title if problem else ""),
                            (self.error_text, problem.message if problem else ""),
                            (self.error_fix, problem.fix if problem else "")):
            label.setText(text)
            label.setVisible(bool(text))
        self.retry_button.setVisible(problem is not None)
        self.create_button.setVisible(problem is None)


class ProblemView(_Card):
    """The wallet could not be opened: what went wrong, the fix, Retry."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("problem")
        self.title = self.add_label("", "error-title", self.tr("Problem"))
        self.text = self.add_label("", "error-text", self.tr("What went wrong"))
        self.fix = self.add_label("", "error-fix", self.tr("How to fix it"))
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setAccessibleName(self.tr("Retry opening the wallet"))
        self.retry_button.clicked.connect(self.retry)
        self.column.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_problem(self, problem: Problem) -> None:
        self.title.setText(problem.title)
        self.text.setText(problem.message)
        self.fix.setText(problem.fix)
        self.fix.setVisible(bool(problem.fix))

    def retry(self) -> None:
        self.session.open(self)
