"""The identities model: a list model over the wallet's DIDs (immutable rows)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

__all__ = ["DidListModel", "DidRow", "KEY_TYPE_TEXT"]

Index = QModelIndex | QPersistentModelIndex

KEY_TYPE_TEXT = {"ed25519": "Ed25519", "p256": "P-256", "p384": "P-384"}


@dataclass(frozen=True)
class DidRow:
    did: str
    key_type: str
    label: str
    default: bool
    created_at: str

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> DidRow:
        return cls(str(d["did"]), str(d.get("key_type", "")), str(d.get("label", "")), bool(d.get("default")),
                   str(d.get("created_at", "")))

    @property
    def type_text(self) -> str:
        return KEY_TYPE_TEXT.get(self.key_type, self.key_type)


class DidListModel(QAbstractListModel):
    DID_ROLE = Qt.ItemDataRole.UserRole + 1
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[DidRow, ...] = ()

    def set_rows(self, rows: Sequence[DidRow]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple[DidRow, ...]:
        return self._rows

    def row_of(self, did: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.did == did), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            default = QCoreApplication.translate("identity", "default")
            mark = f" · {default}" if r.default else ""
            return f"{r.label or r.type_text}\n{r.type_text} · {_short(r.did)}{mark}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{r.label}, {r.type_text}{', default' if r.default else ''}, {r.did}"
        if role == self.DID_ROLE:
            return r.did
        if role == self.ROW_ROLE:
            return r
        return None


def _short(did: str) -> str:
    return did if len(did) <= 32 else f"{did[:20]}…{did[-8:]}"
