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

    def search_texts(self) -> tuple[str, ...]:
        """The lower-case text each row is searched by, in row order."""
        return self._search

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
    """Keeps the rows whose text contains every word of the search, in any order, any case.

    The matching runs once per (search, rows) over the source model's precomputed texts (a list
    comprehension); ``filterAcceptsRow``, called by Qt once per row, only looks the answer up.
    That keeps a keystroke over 10,000 credentials well under 50 ms. The answers are keyed by the
    source's texts tuple, so a model reset can never be filtered with stale answers.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._source: CredentialListModel | None = None
        self._key: tuple[tuple[str, ...], tuple[str, ...]] | None = None
        self._accepted: list[bool] = []

    def setSourceModel(self, model: Any) -> None:
        self._source = model if isinstance(model, CredentialListModel) else None
        self._key = None
        super().setSourceModel(model)

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

    def _texts(self) -> tuple[str, ...]:
        if self._source is not None:
            return self._source.search_texts()
        model = self.sourceModel()
        return tuple(model.data(model.index(i, 0), Roles.SEARCH) or "" for i in range(model.rowCount()))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        words = self._words
        if not words:
            return True
        texts = self._texts()
        key = self._key
        if key is None or key[0] is not texts or key[1] is not words:
            self._accepted = [all(w in t for w in words) for t in texts]
            self._key = (texts, words)
        return source_row < len(self._accepted) and self._accepted[source_row]
