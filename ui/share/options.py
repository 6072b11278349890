"""Step 3: who signs (holder DID), which request it answers (the employer's request code, or one
generated here), and when the presentation expires."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.share.request_code import parse_request_code
from wallet.errors import InputError

__all__ = ["OptionsPage"]


class OptionsPage(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("share-options")
        self.holder = QComboBox()
        self.holder.setAccessibleName(self.tr("Sign as"))
        self.request_code = QLineEdit()
        self.request_code.setPlaceholderText("LWREQ1:…")
        self.request_code.setAccessibleName(self.tr("The employer's request code"))
        self.request_code.setToolTip(self.tr("Paste the request code the employer's verifier shows"))
        self.request_code.textChanged.connect(self._code_pasted)
        self.code_state = QLabel()
        self.code_state.setAccessibleName(self.tr("Request code state"))
        self.code_state.setWordWrap(True)
        self.challenge = QLineEdit()
        self.challenge.setAccessibleName(self.tr("Challenge"))
        self.challenge.textChanged.connect(self.changed)
        self.domain = QLineEdit()
        self.domain.setAccessibleName(self.tr("Domain (for whom)"))
        self.domain.setPlaceholderText(self.tr("e.g. careers.example.com"))
        self.domain.textChanged.connect(self.changed)
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setAccessibleName(self.tr("Generate a new challenge"))
        self.generate_button.clicked.connect(self.generate)
        challenge_row = QHBoxLayout()
        challenge_row.addWidget(self.challenge, 1)
        challenge_row.addWidget(self.generate_button)
        self.expires = QCheckBox(self.tr("Expires"))
        self.expires.setAccessibleName(self.tr("The presentation expires"))
        self.expires.setChecked(True)
        self.expiry = QDateTimeEdit()
        self.expiry.setAccessibleName(self.tr("Expiry date"))
        self.expiry.setCalendarPopup(True)
        self.expiry.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.expires.toggled.connect(self.expiry.setEnabled)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.expires)
        expiry_row.addWidget(self.expiry, 1)
        form = QFormLayout()
        form.addRow(self.tr("Sign as"), self.holder)
        form.addRow(self.tr("Request code"), self.request_code)
        form.addRow("", self.code_state)
        form.addRow(self.tr("Challenge"), challenge_row)
        form.addRow(self.tr("For (domain)"), self.domain)
        form.addRow(self.tr("Valid"), expiry_row)
        intro = QLabel(self.tr(
            "If the employer gave you a request code, paste it: your presentation then answers exactly their "
            "request, and cannot be replayed elsewhere. Otherwise a challenge is generated; tell them the domain "
            "you made it for."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        self.reset()

    def reset(self) -> None:
        self.request_code.clear()
        self.code_state.setText("")
        self.domain.clear()
        self.generate()
        when = datetime.now(UTC) + timedelta(days=30)
        self.expiry.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))
        self.expires.setChecked(True)

    def set_dids(self, dids: list[dict[str, Any]]) -> None:
        current = self.holder.currentData()
        self.holder.clear()
        self.holder.addItem(self.tr("Automatic: the identity the credentials were issued to"), None)
        for d in dids:
            label = d.get("label") or d["did"]
            self.holder.addItem(f"{label} — {d['did'][:24]}…", d["did"])
        index = self.holder.findData(current)
        self.holder.setCurrentIndex(max(index, 0))

    def generate(self) -> None:
        from wallet.share.presentation import new_challenge

        self.challenge.setText(new_challenge())

    def _code_pasted(self, text: str) -> None:
        if not text.strip():
            self.code_state.setText("")
            return
        try:
            challenge, domain = parse_request_code(text)
        except InputError as exc:
            self.code_state.setText(exc.message)
            return
        self.challenge.setText(challenge)
        self.domain.setText(domain)
        self.code_state.setText(self.tr("Request code accepted: for %1.").replace("%1", domain or "—"))
        self.changed.emit()

    # --- values -------------------------------------------------------------------------------
    def holder_did(self) -> str | None:
        value = self.holder.currentData()
        return str(value) if value else None

    def values(self) -> tuple[str | None, str | None, datetime | None]:
        challenge = self.challenge.text().strip() or None
        domain = self.domain.text().strip() or None
        expires = None
        if self.expires.isChecked():
            expires = datetime.fromtimestamp(self.expiry.dateTime().toSecsSinceEpoch(), UTC)
        return challenge, domain, expires
