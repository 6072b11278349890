"""The way out of a damaged wallet: a banner naming records that cannot be read, with a Repair button.

Damaged records are already left out of the library (the core never lets one lock the wallet); this
banner says so and runs ``Wallet.repair`` on the serial lane, like every other wallet operation.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ui.session import Session
from ui.tasks import OpContext
from wallet import Wallet

__all__ = ["DamageBanner"]


class DamageBanner(QWidget):
    """Hidden while the wallet is intact."""

    repaired = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("damage-banner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Damaged records"))
        self.repair_button = QPushButton(self.tr("Repair: remove them"))
        self.repair_button.setAccessibleName(self.tr("Repair the wallet by removing the damaged records"))
        self.repair_button.clicked.connect(self.confirm_repair)
        self._dialog: QMessageBox | None = None
        self._remove_in_box: Any = None
        self._count = 0
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.repair_button)
        self.setVisible(False)

    def check(self) -> None:
        self.session.run(self, _problem_lines, success=self._show)

    def _show(self, lines: Any) -> None:
        lines = list(lines or [])
        if not lines:
            self.setVisible(False)
            return
        self.label.setText(self.tr(
            "%1 record(s) could not be read or were changed outside Learner Wallet; they are left out. Restore "
            "them from a backup, or remove them.").replace("%1", str(len(lines))))
        self.label.setToolTip("\n".join(lines))
        self._count = len(lines)
        self.repair_button.setEnabled(True)
        self.setVisible(True)

    def confirm_repair(self) -> None:
        """Ask first: removing records cannot be undone (a backup may still hold them)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove the damaged records?"),
                          self.tr("%1 record(s) that cannot be read will be removed from this wallet for good. If a "
                                  "backup holds them, restore it instead (File ▸ Restore…).")
                          .replace("%1", str(self._count)), QMessageBox.StandardButton.Cancel, self)
        remove = box.addButton(self.tr("Remove them"), QMessageBox.ButtonRole.DestructiveRole)
        box.setObjectName("repair-box")
        box.setAccessibleName(self.tr("Remove the damaged records?"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self._remove_in_box = remove
        box.buttonClicked.connect(lambda button: self.repair() if button is self._remove_in_box else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = box
        box.open()

    def repair(self) -> None:
        self.repair_button.setEnabled(False)
        self.session.run(self, _repair, success=self._repaired,
                         progress_label=self.tr("Repairing the wallet…"))

    def _repaired(self, result: Any) -> None:
        self.setVisible(False)
        self.repaired.emit()


def _problem_lines(wallet: Wallet, op: OpContext) -> list[str]:
    return [f"{p.table} {p.key}: {p.detail}" for p in wallet.problems()]


def _repair(wallet: Wallet, op: OpContext) -> Any:
    return wallet.repair()
