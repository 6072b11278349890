"""Step 1: choose the credentials to share — search, a state filter, a whole collection at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..models.credentials import STATE_TEXT

__all__ = ["PickPage"]

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
COLLECTIONS_ROLE = Qt.ItemDataRole.UserRole + 3


class PickPage(QWidget):
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("share-pick")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, issuers, skills…"))
        self.search.setAccessibleName(self.tr("Search credentials to share"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show"))
        self.filter.addItem(self.tr("All credentials"), "all")
        self.filter.addItem(self.tr("Verified only"), "verified")
        self.filter.addItem(self.tr("Selected only"), "selected")
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.collection = QComboBox()
        self.collection.setAccessibleName(self.tr("Add a whole collection"))
        self.collection.setToolTip(self.tr("Select every credential of a collection at once"))
        self.collection.activated.connect(self._collection_chosen)
        self.clear_button = QPushButton(self.tr("Clear selection"))
        self.clear_button.setAccessibleName(self.tr("Clear the selection"))
        self.clear_button.clicked.connect(self.clear_selection)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.filter)
        top.addWidget(self.collection)
        top.addWidget(self.clear_button)
        self.list = QListWidget()
        self.list.setObjectName("share-credentials")
        self.list.setAccessibleName(self.tr("Credentials to share"))
        self.list.setAlternatingRowColors(True)
        self.list.itemChanged.connect(self._item_changed)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Selected credentials"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Tick the credentials this employer should see. Next, you choose which of their "
                              "fields to reveal."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self._set_collections([])
        self._update_count()

    # --- content ------------------------------------------------------------------------------
    def set_credentials(self, rows: list[Any], collections: list[str], selected: list[str] | None = None) -> None:
        keep = set(selected if selected is not None else self.selected_ids())
        self.list.blockSignals(True)
        self.list.clear()
        for c in rows:
            state = STATE_TEXT.get(c.state, c.state)
            parts = [p for p in (c.issuer_name or c.issuer_id, c.date[:10] if c.date else "", state) if p]
            fmt = " · SD-JWT" if c.format == "sd-jwt-vc" else ""
            item = QListWidgetItem(f"{c.display_title}\n{'  ·  '.join(parts)}{fmt}")
            item.setData(ID_ROLE, c.id)
            item.setData(SEARCH_ROLE, (c.data.get("search", "") + " " + c.curation.search_text() + " "
                                       + c.display_title.lower()).lower())
            item.setData(STATE_ROLE, c.state)
            item.setData(COLLECTIONS_ROLE, list(c.curation.collections))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.id in keep else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._set_collections(collections)
        self._apply_filter()
        self._update_count()
        self.selection_changed.emit()

    def _set_collections(self, names: list[str]) -> None:
        self.collection.clear()
        self.collection.addItem(self.tr("Add a collection…") if names else self.tr("No collections yet"), None)
        for n in names:
            self.collection.addItem(n, n)
        self.collection.setEnabled(bool(names))

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def selected_ids(self) -> list[str]:
        return [str(i.data(ID_ROLE)) for i in self._items() if i.checkState() == Qt.CheckState.Checked]

    def set_selected(self, ids: list[str]) -> None:
        wanted = set(ids)
        self.list.blockSignals(True)
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._apply_filter()
        self._update_count()
        self.selection_changed.emit()

    def select_collection(self, name: str) -> int:
        """Tick every credential of collection ``name``; returns how many."""
        ids = [str(i.data(ID_ROLE)) for i in self._items() if name in (i.data(COLLECTIONS_ROLE) or [])]
        self.set_selected(sorted(set(self.selected_ids()) | set(ids)))
        return len(ids)

    def clear_selection(self) -> None:
        self.set_selected([])

    # --- slots --------------------------------------------------------------------------------
    def _collection_chosen(self, index: int) -> None:
        name = self.collection.itemData(index)
        if name:
            self.select_collection(str(name))
        self.collection.setCurrentIndex(0)

    def _item_changed(self, item: QListWidgetItem) -> None:
        self._update_count()
        self.selection_changed.emit()

    def _apply_filter(self, *args: Any) -> None:
        words = self.search.text().lower().split()
        mode = self.filter.currentData()
        for item in self._items():
            text = str(item.data(SEARCH_ROLE) or "")
            show = all(w in text for w in words)
            if mode == "verified":
                show = show and item.data(STATE_ROLE) == "verified"
            elif mode == "selected":
                show = show and item.checkState() == Qt.CheckState.Checked
            item.setHidden(not show)

    def _update_count(self) -> None:
        n = len(self.selected_ids())
        self.count.setText(self.tr("No credential selected") if n == 0 else
                           self.tr("1 credential selected") if n == 1 else
                           self.tr("%1 credentials selected").replace("%1", str(n)))
