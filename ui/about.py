"""About Learner Wallet: name, version, what it is, where the wallet lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from wallet import __version__

__all__ = ["AboutDialog"]


class AboutDialog(QDialog):
    def __init__(self, home: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Learner Wallet"))
        self.setAccessibleName(self.tr("About Learner Wallet"))
        version = self.tr("Version %1").replace("%1", __version__)
        name = QLabel(f"<h2>Learner Wallet</h2><p>{version}</p>")
        name.setObjectName("about-version")
        name.setAccessibleName(self.tr("Name and version"))
        body = QLabel(self.tr("Your own learning and employment record: verifiable credentials from Open Badges 3.0, "
                              "CLR 2.0 and W3C Verifiable Credentials, kept on this computer, with keys in its "
                              "keychain. Apache-2.0."))
        body.setWordWrap(True)
        body.setAccessibleName(self.tr("About"))
        layout = QVBoxLayout(self)
        layout.addWidget(name)
        layout.addWidget(body)
        if home is not None:
            where = QLabel(self.tr("Wallet folder: %1").replace("%1", str(home)))
            where.setAccessibleName(self.tr("Wallet folder"))
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
