"""Step 2: per credential, which fields to reveal — a tree with checkboxes — and a running preview of
what the employer will see.

Mandatory fields are ticked and locked, with the issuer's reason; selectable ones are free; a
credential that can only be shared whole is one locked line with the reason. A branch's box
ticks or clears every selectable field under it. The preview is not computed here: the view
derives a real presentation in the background (:class:`ui.share.jobs.Preview`) and hands the
credentials *as presented* to :meth:`FieldsPage.show_preview`.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.share.jobs import CredentialChoice
from ui.widgets.field_words import field_label as label_of
from ui.widgets.field_words import field_rows_html, show_full_values
from wallet.credentials.presenter import short_did

__all__ = ["FieldsPage", "branch_label", "field_label"]

POINTER_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # credential | branch | mandatory | selectable | always | whole
CID_ROLE = Qt.ItemDataRole.UserRole + 2

def field_label(pointer: str) -> str:
    """A field's name for people, from the core's field presenter, in the interface language:
    ``/credentialSubject/achievement/alignment/0/targetName`` -> ``Skill``."""
    from wallet.credentials.presenter import PresentedField, label_for

    key, label = label_for(pointer)
    return label_of(PresentedField(key, label, ""))


def branch_label(pointer: str, values: dict[str, str]) -> str:
    """A branch of the tree in words: ``Skill: Teamwork`` for ``…/alignment/0``, ``Evidence 2`` for
    ``/evidence/1``, else the field presenter's label of the member."""
    tokens = pointer.lstrip("/").split("/")
    if not tokens[-1].isdigit():
        return field_label(pointer)
    name = next((values[pointer + "/" + k] for k in ("targetName", "name", "targetCode")
                 if values.get(pointer + "/" + k)), "")
    head = field_label("/" + "/".join(tokens[:-1])) if len(tokens) > 1 else ""
    if name:
        return f"{head}: {name}" if head else name
    return f"{head} {int(tokens[-1]) + 1}".strip()


def _child(item: QTreeWidgetItem, i: int) -> QTreeWidgetItem:
    child = item.child(i)
    assert child is not None
    return child


def _top(tree: QTreeWidget, i: int) -> QTreeWidgetItem:
    item = tree.topLevelItem(i)
    assert item is not None
    return item


class FieldsPage(QWidget):
    reveal_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("share-fields")
        self.choices: list[CredentialChoice] = []
        self.tree = QTreeWidget()
        self.tree.setObjectName("disclosure-tree")
        self.tree.setAccessibleName(self.tr("Fields to reveal"))
        self.tree.setHeaderLabels([self.tr("Field"), self.tr("Your value")])
        self.tree.setColumnWidth(0, 300)
        self.tree.setUniformRowHeights(True)
        self.tree.itemChanged.connect(self._item_changed)
        self.minimal_button = QPushButton(self.tr("Only what is required"))
        self.minimal_button.setAccessibleName(self.tr("Reveal only the required fields"))
        self.minimal_button.clicked.connect(self.select_minimal)
        self.all_button = QPushButton(self.tr("Everything"))
        self.all_button.setAccessibleName(self.tr("Reveal every field"))
        self.all_button.clicked.connect(self.select_all)
        buttons = QHBoxLayout()
        buttons.addWidget(self.minimal_button)
        buttons.addWidget(self.all_button)
        buttons.addStretch(1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Only what the issuer requires is shown at first (locked boxes; hover for why). "
                              "Tick what this employer should also see."))
        hint.setWordWrap(True)
        ll.addWidget(hint)
        ll.addWidget(self.tree, 1)
        ll.addLayout(buttons)

        self.preview = QTextBrowser()
        self.preview.setObjectName("share-preview")
        self.preview.setAccessibleName(self.tr("What the employer will see"))
        self.preview.setOpenLinks(False)
        show_full_values(self.preview)
        self.preview_state = QLabel()
        self.preview_state.setAccessibleName(self.tr("Preview state"))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("What the employer will see"))
        title.setObjectName("section-title")
        title.setStyleSheet("font-weight: 600;")
        rl.addWidget(title)
        rl.addWidget(self.preview, 1)
        rl.addWidget(self.preview_state)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.shown: list[Any] = []

    # --- the tree -----------------------------------------------------------------------------
    def set_choices(self, choices: list[CredentialChoice]) -> None:
        self.choices = list(choices)
        self.tree.blockSignals(True)
        self.tree.clear()
        for c in self.choices:
            top = QTreeWidgetItem([c.title, self._mode_text(c)])
            top.setData(0, KIND_ROLE, "credential")
            top.setData(0, CID_ROLE, c.id)
            top.setToolTip(0, c.reason)
            top.setToolTip(1, c.reason)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            if c.mode == "whole":
                leaf = QTreeWidgetItem([self.tr("The whole credential, every field"), c.reason])
                leaf.setData(0, KIND_ROLE, "whole")
                leaf.setData(0, CID_ROLE, c.id)
                leaf.setFlags(Qt.ItemFlag.ItemIsEnabled)
                leaf.setCheckState(0, Qt.CheckState.Checked)
                leaf.setToolTip(0, c.reason)
                top.addChild(leaf)
            else:
                for p in c.mandatory:
                    self._add_leaf(top, c, p, "mandatory")
                for p in c.always:
                    self._add_leaf(top, c, p, "always")
                for p in c.selectable:
                    self._add_leaf(top, c, p, "selectable")
                self._refresh_branches(top)
            top.setExpanded(True)
        self.tree.blockSignals(False)
        self.tree.expandAll()  # every field in view: nothing to choose is hidden in a fold
        self.tree.resizeColumnToContents(0)
        # long nested labels must not squeeze "Your value" to a few letters: at most ~60% of the width
        cap = max(300, int(self.tree.viewport().width() * 0.6))
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), cap))
        self.reveal_changed.emit()

    def _mode_text(self, c: CredentialChoice) -> str:
        if c.mode == "whole":
            return self.tr("Shared whole only")
        return self.tr("%1 required, %2 to choose from").replace("%1", str(len(c.mandatory) + len(c.always))) \
            .replace("%2", str(len(c.selectable)))

    def _branch(self, top: QTreeWidgetItem, tokens: list[str], top_values: dict[str, str]) -> QTreeWidgetItem:
        node = top
        for depth in range(len(tokens)):
            found = None
            for i in range(node.childCount()):
                child = _child(node, i)
                if child.data(0, KIND_ROLE) == "branch" and child.data(0, POINTER_ROLE) == "/" + "/".join(
                        tokens[:depth + 1]):
                    found = child
                    break
            if found is None:
                found = QTreeWidgetItem([branch_label("/" + "/".join(tokens[:depth + 1]), top_values), ""])
                found.setData(0, KIND_ROLE, "branch")
                found.setData(0, POINTER_ROLE, "/" + "/".join(tokens[:depth + 1]))
                found.setData(0, CID_ROLE, top.data(0, CID_ROLE))
                found.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                found.setCheckState(0, Qt.CheckState.Unchecked)
                node.addChild(found)
            node = found
        return node

    def _add_leaf(self, top: QTreeWidgetItem, c: CredentialChoice, pointer: str, kind: str) -> None:
        tokens = pointer.lstrip("/").split("/")
        parent = self._branch(top, tokens[:-1], c.values)
        leaf = QTreeWidgetItem([field_label(pointer), c.values.get(pointer, "")])
        leaf.setData(0, KIND_ROLE, kind)
        leaf.setData(0, POINTER_ROLE, pointer)
        leaf.setData(0, CID_ROLE, c.id)
        if kind == "selectable":
            leaf.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            leaf.setCheckState(0, Qt.CheckState.Unchecked)  # private by default: the student adds what to show
            leaf.setToolTip(0, self.tr("You choose whether the employer sees this."))
        else:
            leaf.setFlags(Qt.ItemFlag.ItemIsEnabled)  # locked: not user-checkable
            leaf.setCheckState(0, Qt.CheckState.Checked)
            why = (self.tr("Required by the issuer: %1") if kind == "mandatory"
                   else self.tr("Always shown: %1")).replace("%1", c.reason)
            leaf.setToolTip(0, why)
            leaf.setToolTip(1, why)
            leaf.setText(0, leaf.text(0) + "  " + (self.tr("(required)") if kind == "mandatory"
                                                   else self.tr("(always shown)")))
        leaf.setToolTip(1, c.full_values.get(pointer) or c.values.get(pointer, ""))
        parent.addChild(leaf)

    def _leaves(self, item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        out = []
        for i in range(item.childCount()):
            child = _child(item, i)
            if child.childCount():
                out += self._leaves(child)
            else:
                out.append(child)
        return out

    def _refresh_branches(self, item: QTreeWidgetItem) -> Qt.CheckState:
        """Set every branch's box from its leaves; returns the state of ``item``."""
        if item.childCount() == 0:
            return item.checkState(0)
        states = [self._refresh_branches(_child(item, i)) for i in range(item.childCount())]
        if all(s == Qt.CheckState.Checked for s in states):
            state = Qt.CheckState.Checked
        elif all(s == Qt.CheckState.Unchecked for s in states):
            state = Qt.CheckState.Unchecked
        else:
            state = Qt.CheckState.PartiallyChecked
        if item.data(0, KIND_ROLE) == "branch":
            item.setCheckState(0, state)
        return state

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        self.tree.blockSignals(True)
        if item.data(0, KIND_ROLE) == "branch":
            on = item.checkState(0) != Qt.CheckState.Unchecked
            for leaf in self._leaves(item):
                if leaf.data(0, KIND_ROLE) == "selectable":
                    leaf.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        top = item
        while (up := top.parent()) is not None:
            top = up
        self._refresh_branches(top)
        self.tree.blockSignals(False)
        self.reveal_changed.emit()

    def _tops(self) -> list[QTreeWidgetItem]:
        return [_top(self.tree, i) for i in range(self.tree.topLevelItemCount())]

    def leaf(self, cid: str, pointer: str) -> QTreeWidgetItem | None:
        top = next((t for t in self._tops() if t.data(0, CID_ROLE) == cid), None)
        return next((lf for lf in self._leaves(top) if lf.data(0, POINTER_ROLE) == pointer), None) if top else None

    def set_revealed(self, cid: str, pointers: list[str]) -> None:
        """Tick exactly ``pointers`` among the selectable fields of ``cid`` (programmatic selection)."""
        wanted = set(pointers)
        top = next(t for t in self._tops() if t.data(0, CID_ROLE) == cid)
        self.tree.blockSignals(True)
        for lf in self._leaves(top):
            if lf.data(0, KIND_ROLE) == "selectable":
                lf.setCheckState(0, Qt.CheckState.Checked if lf.data(0, POINTER_ROLE) in wanted
                                 else Qt.CheckState.Unchecked)
        self._refresh_branches(top)
        self.tree.blockSignals(False)
        self.reveal_changed.emit()

    def select_minimal(self) -> None:
        for c in self.choices:
            if c.mode != "whole":
                self.set_revealed(c.id, [])

    def select_all(self) -> None:
        for c in self.choices:
            if c.mode != "whole":
                self.set_revealed(c.id, list(c.selectable))

    def reveal(self) -> dict[str, list[str]]:
        """Chosen selectable pointers per credential (mandatory ones are always revealed)."""
        out: dict[str, list[str]] = {}
        for top in self._tops():
            cid = str(top.data(0, CID_ROLE))
            out[cid] = [str(lf.data(0, POINTER_ROLE)) for lf in self._leaves(top)
                        if lf.data(0, KIND_ROLE) == "selectable" and lf.checkState(0) == Qt.CheckState.Checked]
        return out

    # --- the preview --------------------------------------------------------------------------
    def preview_pending(self) -> None:
        self.preview_state.setText(self.tr("Updating the preview…"))

    def preview_failed(self, message: str) -> None:
        self.shown = []
        self.preview.setHtml(f"<p>{html.escape(message)}</p>")
        self.preview_state.setText(self.tr("The preview could not be made."))

    def show_preview(self, shown: list[Any]) -> None:
        self.shown = list(shown)
        parts = []
        for s in shown:
            parts.append(f"<h3>{html.escape(s.title)}</h3>")
            issued_by = self.tr("Issued by %1").replace("%1", s.issuer_name or short_did(s.issuer_id))
            parts.append(f"<p><i>{html.escape(issued_by)}</i></p>")
            parts.append(field_rows_html(s.presented))
        self.preview.setHtml("".join(parts))
        n = sum(len(s.presented) for s in shown)
        self.preview_state.setText(self.tr("%1 fields, read back from the signed presentation.").replace("%1", str(n)))

    def preview_text(self) -> str:
        return self.preview.toPlainText()
