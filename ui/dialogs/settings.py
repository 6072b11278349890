"""Settings: network lookups and the colour scheme. Read and written through the serial lane."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from wallet import Change, Wallet

from ..session import Session
from ..tasks import OpContext

__all__ = ["SettingsDialog"]


class SettingsDialog(QDialog):
    saved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.network = QCheckBox(self.tr("Look up issuers and status lists on the network"))
        self.network.setAccessibleName(self.tr("Allow network lookups"))
        note = QLabel(self.tr("Off: everything is checked offline, and what needs the network is reported as "
                              "\"not checked\", never as invalid."))
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("About network lookups"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Colour scheme"))
        self.theme.addItem(self.tr("Follow the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        form = QFormLayout()
        form.addRow(self.network)
        form.addRow(note)
        form.addRow(self.tr("&Colours:"), self.theme)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save settings"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        session.run(self, _read, success=self._loaded)

    def _loaded(self, values: Any) -> None:
        network, theme = values
        self.network.setChecked(network == "always")
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))

    def save(self) -> None:
        values = ("always" if self.network.isChecked() else "never", str(self.theme.currentData()))
        self.session.run(self, _Write(values), success=self._saved)

    def _saved(self, result: Any) -> None:
        self.saved.emit()
        self.accept()


def _read(wallet: Wallet, op: OpContext) -> tuple[str, str]:
    return str(wallet.setting("network", "never")), str(wallet.setting("theme", "system"))


class _Write:
    def __init__(self, values: tuple[str, str]) -> None:
        self.values = values

    def __call__(self, wallet: Wallet, op: OpContext) -> Change:
        wallet.set_setting("network", self.values[0])
        wallet.set_setting("theme", self.values[1])
        return Change("settings", ("network", "theme"))
