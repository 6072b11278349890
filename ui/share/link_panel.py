"""Step 4's link result: the link's small QR code (version 5 at most, printable), the link itself with a Copy
button, and when it expires. The code is the :class:`ui.widgets.qr.QrPanel` every QR uses (save, copy,
print, full screen); it carries only the short link, never the presentation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.widgets.qr import QrPanel

__all__ = ["LinkPanel"]


class LinkPanel(QWidget):
    """The link made by :class:`ui.share.jobs.ShareLink`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("share-link")
        self.link: Any = None
        self.qr = QrPanel()
        self.qr.view.setAccessibleName(self.tr("QR code of the link"))
        self.url = QLabel()
        self.url.setObjectName("share-link-url")
        self.url.setAccessibleName(self.tr("The link"))
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.url.setWordWrap(True)
        self.url.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.copy_button = QPushButton(self.tr("Copy link"))
        self.copy_button.setObjectName("share-link-copy")
        self.copy_button.setAccessibleName(self.tr("Copy the link"))
        self.copy_button.clicked.connect(self.copy)
        self.copy_button.setEnabled(False)
        self.expiry = QLabel()
        self.expiry.setObjectName("share-link-expiry")
        self.expiry.setAccessibleName(self.tr("When the link expires"))
        self.expiry.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.qr, 1)
        layout.addLayout(row)
        layout.addWidget(self.expiry)

    def show_link(self, link: Any, text: str, info: Any, png: bytes, *, demo: bool = False) -> None:
        """``link`` is the core's :class:`wallet.share.link.LinkShare`; the rest is :func:`render_qr`'s."""
        self.link = link
        self.qr.show_rendered(text, info, png, demo=demo)
        self.url.setText(link.url)
        self.copy_button.setEnabled(True)
        when = QLocale().toString(link.expires_at.astimezone().date(), QLocale.FormatType.LongFormat)
        self.expiry.setText(self.tr("The link works until %1. You can revoke it sooner in the share history, which "
                                    "also shows how often it was opened.").replace("%1", when))

    def clear(self) -> None:
        self.link = None
        self.qr.clear()
        self.url.setText("")
        self.expiry.setText("")
        self.copy_button.setEnabled(False)

    def copy(self) -> None:
        if self.link is not None:
            QGuiApplication.clipboard().setText(self.link.url)
