"""The library's models: a list model over immutable credential summaries and a search proxy.

The list model never calls the wallet; the view loads rows on the serial lane and hands them over
with :meth:`CredentialListModel.set_rows`. Search filters in memory as the user types.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from wallet import CredentialSummary

__all__ = ["CredentialFilterProxy", "CredentialListModel", "Roles", "STATE_TEXT"]

Index = QModelIndex | QPersistentModelIndex

# a verification state and how to say it (the words also feed search)
STATE_TEXT = {
    "verified": "Verified",
    "expired": "Expired",
    "revoked": "Revoked",
    "suspended": "Suspended",
    "not-verified": "Not verified",
    "not-checked": "Not checked (offline)",
    "unverified": "Not checked yet",
}


class Roles(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    ISSUER = Qt.ItemDataRole.UserRole + 2
    DATE = Qt.ItemDataRole.UserRole + 3
    STATE = Qt.ItemDataRole.UserRole + 4
    SEARCH = Qt.ItemDataRole.UserRole + 5
    SUMMARY = Qt.ItemDataRole.UserRole + 6


def _search_text(c: CredentialSummary) -> str:
    parts = [c.title, c.issuer_name, c.issuer_id, c.date, c.format, " ".join(c.types),
             STATE_TEXT.get(c.state, c.state), str(c.data.get("search", ""))]
    return " ".join(parts).lower()


class CredentialListModel(QAbstractListModel):
    """Rows are immutable :class:`wallet.CredentialSummary` values; replaced whole, never edited."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[CredentialSummary, ...] = ()
        self._search: tuple[str, ...] = ()

    def set_rows(self, rows: Sequence[CredentialSummary]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._search = tuple(_search_text(c) for c in self._rows)
        self.endResetModel()

    def rows(self) -> tuple[CredentialSummary, ...]:
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return c.title or "(untitled credential)"
        if role == Qt.ItemDataRole.ToolTipRole or role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{c.title}, {c.issuer_name or c.issuer_id}, {STATE_TEXT.get(c.state, c.state)}"
        if role == Roles.ID:
            return c.id
        if role == Roles.ISSUER:
            return c.issuer_name or c.issuer_id
        if role == Roles.DATE:
            return c.date[:10] if c.date else ""
        if role == Roles.STATE:
            return c.state
        if role == Roles.SEARCH:
            return self._search[index.row()]
        if role == Roles.SUMMARY:
            return c
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role, name in ((Roles.ID, b"id"), (Roles.ISSUER, b"issuer"), (Roles.DATE, b"date"), (Roles.STATE, b"state")):
            names[int(role)] = QByteArray(name)
        return names


class CredentialFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose text contains every word of the search, in any order, any case."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()

    def set_search(self, text: str) -> None:
        words = tuple(text.lower().split())
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        text = model.data(model.index(source_row, 0, source_parent), Roles.SEARCH) or ""
        return all(w in text for w in self._words)
