"""Organise credentials: tags, collections, favourite, a title of your own, hide and archive.

All of it is the learner's own organisation, saved (encrypted) with ``wallet.curate``; the signed
credential never changes. For one credential the lists are edited whole; for several, tags and
collections are added or removed and the check boxes left half-checked keep each one as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.errors import describe
from ui.session import Session
from ui.tasks import OpContext
from wallet import Change, CredentialSummary, Wallet

__all__ = ["CurationDialog", "Curate", "split_labels"]


def split_labels(text: str) -> list[str]:
    """``"data, Job hunt ,"`` -> ``["data", "Job hunt"]``."""
    return [p.strip() for p in text.split(",") if p.strip()]


class _ListCompleter(QCompleter):
    """Completes the last comma-separated entry of a line edit."""

    def __init__(self, words: Sequence[str], parent: QWidget) -> None:
        super().__init__(QStringListModel(list(words)), parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchStartsWith)

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: Any) -> str:
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = [p.strip() for p in text.split(",")[:-1] if p.strip()]
        return ", ".join([*head, str(index.data())])


class Curate:
    """``wallet.curate(ids, **changes)`` on the serial lane."""

    def __init__(self, ids: Sequence[str], **changes: Any) -> None:
        self.ids = list(ids)
        self.changes = changes

    def __call__(self, wallet: Wallet, op: OpContext) -> Change:
        return wallet.curate(self.ids, **self.changes)


class CurationDialog(QDialog):
    curated = Signal(object)  # wallet.Change

    def __init__(self, session: Session, summaries: Sequence[CredentialSummary], tags: Sequence[str] = (),
                 collections: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.summaries = list(summaries)
        self.single = len(self.summaries) == 1
        self.setObjectName("curation-dialog")
        n = len(self.summaries)
        self.setWindowTitle(self.tr("Organise") if self.single else self.tr("Organise %1 credentials").replace("%1", str(n)))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(self.tr("Only you see this. The signed credential itself is never changed."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title shown in your wallet"))
        self.tags_edit = QLineEdit()
        self.collections_edit = QLineEdit()
        self.remove_tags_edit = QLineEdit()
        self.remove_collections_edit = QLineEdit()
        if self.single:
            c = self.summaries[0]
            self.title_edit.setText(c.curation.display_title)
            self.title_edit.setPlaceholderText(c.title)
            self.title_edit.setClearButtonEnabled(True)
            form.addRow(self.tr("&Title shown in your wallet:"), self.title_edit)
            self.tags_edit.setText(", ".join(c.curation.tags))
            self.collections_edit.setText(", ".join(c.curation.collections))
            self.tags_edit.setAccessibleName(self.tr("Tags, separated by commas"))
            self.collections_edit.setAccessibleName(self.tr("Collections, separated by commas"))
            form.addRow(self.tr("T&ags:"), self.tags_edit)
            form.addRow(self.tr("&Collections:"), self.collections_edit)
        else:
            self.title_edit.setVisible(False)
            self.tags_edit.setAccessibleName(self.tr("Tags to add, separated by commas"))
            self.collections_edit.setAccessibleName(self.tr("Collections to add, separated by commas"))
            self.remove_tags_edit.setAccessibleName(self.tr("Tags to remove, separated by commas"))
            self.remove_collections_edit.setAccessibleName(self.tr("Collections to remove, separated by commas"))
            form.addRow(self.tr("&Add tags:"), self.tags_edit)
            form.addRow(self.tr("Add to &collections:"), self.collections_edit)
            form.addRow(self.tr("&Remove tags:"), self.remove_tags_edit)
            form.addRow(self.tr("Remove from c&ollections:"), self.remove_collections_edit)
        self.tags_edit.setPlaceholderText(self.tr("e.g. data, job hunt"))
        self.collections_edit.setPlaceholderText(self.tr("e.g. Data analyst applications"))
        for edit, words in ((self.tags_edit, tags), (self.remove_tags_edit, tags),
                            (self.collections_edit, collections), (self.remove_collections_edit, collections)):
            edit.setCompleter(_ListCompleter(words, edit))
        self.favourite = self._box(self.tr("&Favourite"), [c.curation.favourite for c in self.summaries])
        self.hidden = self._box(self.tr("&Hide from the library"), [c.curation.hidden for c in self.summaries])
        self.archived = self._box(self.tr("A&rchive (kept, out of the way)"), [c.curation.archived for c in self.summaries])
        for box in (self.favourite, self.hidden, self.archived):
            form.addRow("", box)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    def _box(self, text: str, values: list[bool]) -> QCheckBox:
        box = QCheckBox(text)
        box.setAccessibleName(text.replace("&", ""))
        if all(values):
            box.setCheckState(Qt.CheckState.Checked)
        elif any(values):
            box.setTristate(True)
            box.setCheckState(Qt.CheckState.PartiallyChecked)
        return box

    def changes(self) -> dict[str, Any]:
        """What Save would apply, as ``wallet.curate`` keyword arguments."""
        out: dict[str, Any] = {}
        if self.single:
            c = self.summaries[0]
            title = self.title_edit.text().strip()
            if title == c.title:
                title = ""
            if title != c.curation.display_title:
                out["display_title"] = title
            tags, colls = split_labels(self.tags_edit.text()), split_labels(self.collections_edit.text())
            if tuple(tags) != c.curation.tags:
                out["tags"] = tags
            if tuple(colls) != c.curation.collections:
                out["collections"] = colls
        else:
            for key, edit in (("add_tags", self.tags_edit), ("add_collections", self.collections_edit),
                              ("remove_tags", self.remove_tags_edit),
                              ("remove_collections", self.remove_collections_edit)):
                labels = split_labels(edit.text())
                if labels:
                    out[key] = labels
        for key, box in (("favourite", self.favourite), ("hidden", self.hidden), ("archived", self.archived)):
            state = box.checkState()
            if state == Qt.CheckState.PartiallyChecked:
                continue
            value = state == Qt.CheckState.Checked
            if any(getattr(c.curation, key) != value for c in self.summaries):
                out[key] = value
        return out

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            self.accept()
            return
        self.buttons.setEnabled(False)
        self.session.run(self, Curate([c.id for c in self.summaries], **changes), success=self._saved,
                         failure=self._failed)

    def _saved(self, change: Any) -> None:
        self.curated.emit(change)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        problem = describe(exc)
        self.error.setText(problem.message if problem is not None else str(exc))
        self.error.setVisible(True)
