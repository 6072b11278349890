"""Parts of the library: the credential card (painted by a delegate) and the filter bar."""

from __future__ import annotations

import zlib
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.detail.images import ImageCache
from ui.library.model import (
    FACETS,
    SORTS,
    CredentialListModel,
    Roles,
    experience_label,
    not_yours_text,
    state_text,
)
from ui.widgets.state_icon import paint_state_icon, state_color

__all__ = ["CredentialDelegate", "FilterBar"]

IMAGE = 48
PAD = 10


class CredentialDelegate(QStyledItemDelegate):
    """A card per credential: image, title (the learner's own title when set), issuer · date · type,
    skill chips, and the verification state as an icon and words."""

    def __init__(self, images: ImageCache | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.images = images

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        h = option.fontMetrics.height()
        return QSize(0, max(IMAGE, 3 * h + 8) + 2 * PAD)  # the width follows the view

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget else None
        opt = QStyleOptionViewItem(option)
        opt.text = ""
        opt.icon = opt.icon.__class__()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        dark = pal.base().color().lightness() < 128
        text_color = pal.highlightedText().color() if selected else pal.text().color()
        sub_color = text_color if selected else pal.placeholderText().color()
        r = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        h = option.fontMetrics.height()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # image or placeholder
        img_rect = QRect(r.x(), r.y(), IMAGE, IMAGE)
        pixmap = None
        cid = str(index.data(Roles.ID) or "")
        if self.images is not None and index.data(Roles.HAS_IMAGE):
            pixmap = self.images.get(cid)
        if pixmap is not None and not pixmap.isNull():
            scaled = pixmap.scaled(IMAGE, IMAGE, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
            painter.drawPixmap(img_rect.x() + (IMAGE - scaled.width()) // 2,
                               img_rect.y() + (IMAGE - scaled.height()) // 2, scaled)
        else:
            self._placeholder(painter, img_rect, str(index.data() or "?"), str(index.data(Roles.ISSUER) or ""), dark)
        x = img_rect.right() + 12
        width = r.right() - x
        # the state, right-aligned on the first line: icon and words
        state_key = str(index.data(Roles.STATE) or "")
        state = state_text(state_key)
        fm = option.fontMetrics
        state_w = fm.horizontalAdvance(state)
        icon_size = max(12, h - 2)
        state_x = r.right() - state_w
        painter.setFont(option.font)
        painter.setPen(text_color if selected else state_color(state_key, dark))
        painter.drawText(QRect(state_x, r.y(), state_w + 2, h), Qt.AlignmentFlag.AlignLeft, state)
        paint_state_icon(painter, QRectF(state_x - icon_size - 6, r.y() + (h - icon_size) / 2, icon_size, icon_size),
                         state_key, dark)
        # title
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        title = str(index.data() or "")
        if index.data(Roles.FAVOURITE):
            title = "★ " + title
        if index.data(Roles.HIDDEN):
            title += "  " + _hidden_word()
        title_w = max(0, state_x - icon_size - 18 - x)
        painter.drawText(QRect(x, r.y(), title_w, h), Qt.AlignmentFlag.AlignLeft,
                         painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, title_w))
        # issuer · date · type
        painter.setFont(option.font)
        painter.setPen(sub_color)
        parts = [p for p in (not_yours_text(index.data(Roles.SUMMARY)), index.data(Roles.ISSUER), index.data(Roles.DATE),
                             index.data(Roles.TYPE)) if p]
        line = fm.elidedText("  ·  ".join(parts), Qt.TextElideMode.ElideMiddle, width)
        painter.drawText(QRect(x, r.y() + h + 3, width, h), Qt.AlignmentFlag.AlignLeft, line)
        # chips: skills, then the learner's tags (#tag)
        chips = [(s, False) for s in (index.data(Roles.SKILLS) or [])] + [
            ("#" + t, True) for t in (index.data(Roles.TAGS) or [])]
        self._chips(painter, QRect(x, r.y() + 2 * h + 8, width, h + 2), chips, option, selected, dark)
        painter.restore()

    def _placeholder(self, painter: QPainter, rect: QRect, title: str, issuer: str, dark: bool) -> None:
        hue = zlib.crc32(issuer.encode()) % 360
        bg = QColor.fromHsl(hue, 90, 70 if dark else 200)
        path = QPainterPath()
        path.addRoundedRect(QRectF(rect), 8, 8)
        painter.fillPath(path, bg)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(22)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff") if dark else QColor("#202124"))
        letter = next((ch for ch in title if ch.isalnum()), "?").upper()
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter)

    def _chips(self, painter: QPainter, rect: QRect, chips: list[tuple[str, bool]], option: QStyleOptionViewItem,
               selected: bool, dark: bool) -> None:
        if not chips:
            return
        font = QFont(option.font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        painter.setFont(font)
        fm = painter.fontMetrics()
        x = rect.x()
        fill = QColor("#3c4043") if dark else QColor("#e8eaed")
        text = option.palette.highlightedText().color() if selected else option.palette.text().color()
        for label, outlined in chips:
            w = fm.horizontalAdvance(label) + 14
            if x + w > rect.right():
                more = f"+{len(chips) - chips.index((label, outlined))}"
                painter.setPen(text)
                painter.drawText(QRect(x, rect.y(), rect.right() - x, rect.height()), Qt.AlignmentFlag.AlignVCenter, more)
                break
            chip = QRectF(x, rect.y(), w, rect.height())
            path = QPainterPath()
            path.addRoundedRect(chip, rect.height() / 2, rect.height() / 2)
            if outlined:
                painter.setPen(text)
                painter.drawPath(path)
            else:
                painter.fillPath(path, fill if not selected else QColor(0, 0, 0, 60))
            painter.setPen(text)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
            x += w + 6


def _hidden_word() -> str:
    return QCoreApplication.translate("library", "(hidden)")


class FilterBar(QWidget):
    """Sort, one drop-down per filter, "Show hidden", and "Share this collection" when one is chosen."""

    sort_changed = Signal(str)
    filter_changed = Signal(str, str)  # name, value ("" = any)
    show_hidden_changed = Signal(bool)
    share_collection_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter-bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.sort = QComboBox()
        self.sort.setObjectName("sort")
        self.sort.setAccessibleName(self.tr("Sort by"))
        self.sort.setToolTip(self.tr("Sort by"))
        self.sort.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # whole words in any language
        for key, text in SORTS.items():
            self.sort.addItem(QCoreApplication.translate("sort", text), key)
        self.sort.currentIndexChanged.connect(self._on_sort)
        sort_label = QLabel(self.tr("S&ort:"))
        sort_label.setBuddy(self.sort)
        layout.addWidget(sort_label)
        layout.addWidget(self.sort)
        layout.addSpacing(8)
        self.combos: dict[str, QComboBox] = {}
        names = {"type": self.tr("Type"), "issuer": self.tr("Issuer"), "skill": self.tr("Skill"),
                 "experience": self.tr("Experience"), "state": self.tr("State"), "tag": self.tr("Tag"),
                 "collection": self.tr("Collection")}
        for name in FACETS:
            combo = QComboBox()
            combo.setObjectName(f"filter-{name}")
            combo.setAccessibleName(self.tr("Filter by %1").replace("%1", names[name].lower()))
            combo.setToolTip(self.tr("Filter by %1").replace("%1", names[name].lower()))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(180)
            combo.addItem(QCoreApplication.translate("filter", FACETS[name]), "")
            combo.currentIndexChanged.connect(self._on_filter)
            self.combos[name] = combo
            layout.addWidget(combo)
        self.show_hidden = QCheckBox(self.tr("Show hi&dden"))
        self.show_hidden.setAccessibleName(self.tr("Show hidden and archived credentials"))
        self.show_hidden.toggled.connect(self.show_hidden_changed)
        layout.addWidget(self.show_hidden)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear every filter"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setVisible(False)
        layout.addWidget(self.clear_button)
        self.share_collection = QPushButton(self.tr("Share this collection…"))
        self.share_collection.setObjectName("share-collection")
        self.share_collection.setAccessibleName(self.tr("Share this collection"))
        self.share_collection.clicked.connect(self._share_collection)
        self.share_collection.setVisible(False)
        layout.addWidget(self.share_collection)
        layout.addStretch(1)

    def _on_sort(self, i: int) -> None:
        self.sort_changed.emit(str(self.sort.itemData(i)))

    def _on_filter(self, i: int) -> None:
        combo = self.sender()
        for name, c in self.combos.items():
            if c is combo:
                self.filter_changed.emit(name, str(c.currentData() or ""))
        self._update_buttons()

    def _update_buttons(self) -> None:
        values = self.values()
        self.clear_button.setVisible(bool(values))
        self.share_collection.setVisible(bool(values.get("collection")))

    def values(self) -> dict[str, str]:
        return {n: str(c.currentData()) for n, c in self.combos.items() if c.currentData()}

    def set_value(self, name: str, value: str) -> bool:
        combo = self.combos[name]
        i = combo.findData(value)
        if i < 0:
            return False
        combo.setCurrentIndex(i)
        return True

    def clear(self) -> None:
        for c in self.combos.values():
            c.setCurrentIndex(0)

    def _share_collection(self) -> None:
        value = self.values().get("collection")
        if value:
            self.share_collection_requested.emit(value)

    def populate(self, model: CredentialListModel) -> None:
        """Fill each drop-down with the values present (and their counts), keeping the choices made."""
        for name, combo in self.combos.items():
            current = str(combo.currentData() or "")
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(QCoreApplication.translate("filter", FACETS[name]), "")
            for value, count in model.facet_values(name):
                combo.addItem(f"{self._label(name, value)} ({count})", value)
            i = combo.findData(current) if current else 0
            if i < 0:  # the value is gone: keep it, with no rows, so the list does not change under the user
                combo.addItem(f"{self._label(name, current)} (0)", current)
                i = combo.count() - 1
            combo.setCurrentIndex(i)
            combo.setVisible(combo.count() > 1)
            combo.blockSignals(False)
        self._update_buttons()

    def _label(self, name: str, value: str) -> str:
        if name == "state":
            return state_text(value)
        if name == "experience":
            return experience_label(value)
        if name == "type":
            return QCoreApplication.translate("type", value)
        return value
