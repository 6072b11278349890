"""Parts of the library: the card grid, the credential card (painted by a delegate, with the credential's
art or a designed badge) and the filter bar."""

from __future__ import annotations

import math
import zlib
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
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
from ui.theme import color as theme_color
from ui.theme import is_dark
from ui.widgets.state_icon import paint_state_icon, state_color
from wallet.credentials.presenter import short_did

__all__ = ["CardGrid", "CredentialDelegate", "FilterBar", "paint_badge"]

IMAGE = 64
PAD = 12
CARD_MIN_WIDTH = 340  # a column of cards per this many pixels of the view's width
GAP = 10  # between cards


class CardGrid(QListView):
    """The library as a collection: cards in a grid whose columns follow the view's width (one card per
    ``CARD_MIN_WIDTH`` pixels, stretched to fill the row); arrows move between cards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setSpacing(0)
        self.setWordWrap(False)
        self.setFrameShape(QListView.Shape.NoFrame)
        self._card_height = 0

    def card_size(self) -> QSize:
        width = max(1, self.viewport().width() - 2)  # a pixel to spare: a full row must not wrap
        columns = max(1, width // CARD_MIN_WIDTH)
        h = self.fontMetrics().height()
        return QSize(width // columns, 2 * PAD + GAP + max(IMAGE, 4 * h + 10) + h + 10)

    def _fit(self) -> None:
        size = self.card_size()
        if size != self.gridSize():
            self.setGridSize(size)

    def viewportEvent(self, event: Any) -> bool:  # noqa: N802 - the viewport's width changes with the scroll bar
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return super().viewportEvent(event)

    def changeEvent(self, event: Any) -> None:  # noqa: N802 - a font change (presentation mode) resizes cards
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()


_TYPE_GLYPHS = {"Competency": "star", "Learner record": "stack", "Course": "book", "Course credit": "book",
                "Degree": "book", "Internship": "case", "Apprenticeship certificate": "case", "Work experience": "case",
                "Community service": "heart", "Service learning": "heart", "Volunteer": "heart",
                "Certificate": "seal", "Certification": "seal", "License": "seal", "Award": "star"}


def _initials(issuer: str) -> str:
    """Up to two initials of an issuer's name (``North Prairie University`` -> ``NP``); a DID gives ``ID``."""
    if issuer.startswith("did:") or not issuer.strip():
        return "ID"
    words = [w for w in issuer.replace("—", " ").replace("-", " ").split() if w[:1].isalnum()]
    caps = [w[0].upper() for w in words if w[0].isupper() or w[0].isdigit()] or [w[0].upper() for w in words]
    return "".join(caps[:2]) or "?"


def paint_badge(painter: QPainter, rect: QRectF, issuer: str, kind: str, dark: bool) -> None:
    """The designed fallback for a credential without art: a rosette badge in the issuer's colour with
    its initials, and the achievement type's glyph on a small disc."""
    hue = zlib.crc32(issuer.encode()) % 360
    fill = QColor.fromHsl(hue, 120, 96 if dark else 82)  # deep enough for white initials (>= 4.5:1)
    ring = QColor.fromHsl(hue, 110, 150 if dark else 190)
    c = rect.center()
    r = min(rect.width(), rect.height()) / 2
    # a twelve-point rosette, then the disc
    path = QPainterPath()
    points = 24
    for i in range(points):
        angle = math.pi * 2 * i / points - math.pi / 2
        radius = r if i % 2 == 0 else r * 0.88
        pt = QPointF(c.x() + radius * math.cos(angle), c.y() + radius * math.sin(angle))
        path.moveTo(pt) if i == 0 else path.lineTo(pt)
    path.closeSubpath()
    painter.fillPath(path, ring)
    disc = QPainterPath()
    disc.addEllipse(c, r * 0.74, r * 0.74)
    painter.fillPath(disc, fill)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(10, int(r * 0.56)))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, _initials(issuer))
    # the type's glyph, bottom right
    g = r * 0.36
    gc = QPointF(c.x() + r * 0.68, c.y() + r * 0.68)
    painter.setBrush(QColor("#ffffff"))
    painter.setPen(QPen(fill, 1.4))
    painter.drawEllipse(gc, g, g)
    _glyph(painter, gc, g * 0.62, _TYPE_GLYPHS.get(kind, "ribbon"), fill)


def _glyph(painter: QPainter, c: QPointF, s: float, name: str, ink: QColor) -> None:
    painter.save()
    painter.setPen(QPen(ink, max(1.2, s * 0.22), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if name == "star":
        star = QPainterPath()
        for i in range(10):
            angle = math.pi * 2 * i / 10 - math.pi / 2
            radius = s if i % 2 == 0 else s * 0.45
            pt = QPointF(c.x() + radius * math.cos(angle), c.y() + radius * math.sin(angle))
            star.moveTo(pt) if i == 0 else star.lineTo(pt)
        star.closeSubpath()
        painter.fillPath(star, ink)
    elif name == "stack":
        for dy in (-0.55, 0.0, 0.55):
            painter.drawLine(QPointF(c.x() - s, c.y() + dy * s), QPointF(c.x() + s, c.y() + dy * s))
    elif name == "book":
        painter.drawRect(QRectF(c.x() - s * 0.8, c.y() - s * 0.7, s * 1.6, s * 1.4))
        painter.drawLine(QPointF(c.x(), c.y() - s * 0.7), QPointF(c.x(), c.y() + s * 0.7))
    elif name == "case":
        painter.drawRect(QRectF(c.x() - s * 0.9, c.y() - s * 0.4, s * 1.8, s * 1.2))
        painter.drawRect(QRectF(c.x() - s * 0.35, c.y() - s * 0.8, s * 0.7, s * 0.4))
    elif name == "heart":
        heart = QPainterPath()
        heart.moveTo(c.x(), c.y() + s * 0.8)
        heart.cubicTo(c.x() - s * 1.4, c.y() - s * 0.2, c.x() - s * 0.5, c.y() - s * 1.1, c.x(), c.y() - s * 0.35)
        heart.cubicTo(c.x() + s * 0.5, c.y() - s * 1.1, c.x() + s * 1.4, c.y() - s * 0.2, c.x(), c.y() + s * 0.8)
        painter.fillPath(heart, ink)
    elif name == "seal":
        painter.drawEllipse(c, s * 0.6, s * 0.6)
        painter.drawLine(QPointF(c.x() - s * 0.3, c.y() + s * 0.5), QPointF(c.x() - s * 0.5, c.y() + s))
        painter.drawLine(QPointF(c.x() + s * 0.3, c.y() + s * 0.5), QPointF(c.x() + s * 0.5, c.y() + s))
    else:  # ribbon: a badge for micro-credentials and anything else
        painter.drawEllipse(QPointF(c.x(), c.y() - s * 0.25), s * 0.55, s * 0.55)
        painter.drawLine(QPointF(c.x() - s * 0.35, c.y() + s * 0.2), QPointF(c.x() - s * 0.55, c.y() + s))
        painter.drawLine(QPointF(c.x() + s * 0.35, c.y() + s * 0.2), QPointF(c.x() + s * 0.55, c.y() + s))
    painter.restore()


class CredentialDelegate(QStyledItemDelegate):
    """A card per credential: its art (the credential's image or the issuer's logo, else a badge in the
    issuer's colour with the type's glyph), title (the learner's own title when set, two lines), issuer,
    date · type, skill chips, and the verification state as an icon and words."""

    def __init__(self, images: ImageCache | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.images = images

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = option.widget
        if isinstance(view, CardGrid):
            return view.card_size()
        h = option.fontMetrics.height()
        return QSize(CARD_MIN_WIDTH, 2 * PAD + GAP + max(IMAGE, 4 * h + 10) + h + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        pal = option.palette
        dark = is_dark(pal)
        text_color = pal.text().color()
        sub_color = theme_color("muted", pal)
        fm = option.fontMetrics
        h = fm.height()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect).adjusted(GAP / 2, GAP / 2, -GAP / 2, -GAP / 2)
        shape = QPainterPath()
        shape.addRoundedRect(card, 10, 10)
        painter.fillPath(shape, theme_color("card", pal))
        accent = pal.highlight().color()
        border = QPen(accent if selected else theme_color("card-border", pal), 2.5 if selected else 1.0)
        if focused and not selected:
            border = QPen(accent, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(border)
        painter.drawPath(shape)
        r = card.adjusted(PAD, PAD, -PAD, -PAD).toRect()
        # the art
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
            paint_badge(painter, QRectF(img_rect), str(index.data(Roles.ISSUER) or ""),
                        str(index.data(Roles.KIND) or ""), dark)
        x = img_rect.right() + 14
        width = r.right() - x
        # title: two lines, the learner's own title when set
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        title = str(index.data() or "")
        if index.data(Roles.FAVOURITE):
            title = "★ " + title
        if index.data(Roles.HIDDEN):
            title += "  " + _hidden_word()
        bfm = painter.fontMetrics()
        first, rest = _split_line(title, bfm, width)
        painter.drawText(QRect(x, r.y(), width, h), Qt.AlignmentFlag.AlignLeft, first)
        if rest:
            painter.drawText(QRect(x, r.y() + h, width, h), Qt.AlignmentFlag.AlignLeft,
                             bfm.elidedText(rest, Qt.TextElideMode.ElideRight, width))
        # issuer, then date · type
        painter.setFont(option.font)
        painter.setPen(sub_color)
        issuer = str(index.data(Roles.ISSUER) or "")
        issuer = short_did(issuer) if issuer.startswith("did:") else issuer
        painter.drawText(QRect(x, r.y() + 2 * h + 4, width, h), Qt.AlignmentFlag.AlignLeft,
                         fm.elidedText(issuer, Qt.TextElideMode.ElideRight, width))
        parts = [p for p in (not_yours_text(index.data(Roles.SUMMARY)), index.data(Roles.DATE),
                             index.data(Roles.TYPE)) if p]
        painter.drawText(QRect(x, r.y() + 3 * h + 6, width, h), Qt.AlignmentFlag.AlignLeft,
                         fm.elidedText("  ·  ".join(parts), Qt.TextElideMode.ElideRight, width))
        # bottom row: the state (icon and words) on the left, chips after it
        bottom = r.y() + max(IMAGE, 4 * h + 10) + 8
        state_key = str(index.data(Roles.STATE) or "")
        state = state_text(state_key)
        icon_size = max(12, h - 2)
        paint_state_icon(painter, QRectF(r.x(), bottom + (h + 2 - icon_size) / 2, icon_size, icon_size), state_key, dark)
        painter.setPen(state_color(state_key, dark))
        state_w = fm.horizontalAdvance(state)
        painter.drawText(QRect(r.x() + icon_size + 6, bottom, state_w + 2, h + 2), Qt.AlignmentFlag.AlignVCenter, state)
        chips = [(sk, False) for sk in (index.data(Roles.SKILLS) or [])] + [
            ("#" + t, True) for t in (index.data(Roles.TAGS) or [])]
        chip_x = r.x() + icon_size + state_w + 20
        self._chips(painter, QRect(chip_x, bottom, r.right() - chip_x, h + 2), chips, option, dark)
        painter.restore()

    def _chips(self, painter: QPainter, rect: QRect, chips: list[tuple[str, bool]], option: QStyleOptionViewItem,
               dark: bool) -> None:
        if not chips or rect.width() <= 0:
            return
        font = QFont(option.font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        painter.setFont(font)
        fm = painter.fontMetrics()
        x = rect.x()
        fill = theme_color("chip", option.palette)
        text = option.palette.text().color()
        for i, (label, outlined) in enumerate(chips):
            w = fm.horizontalAdvance(label) + 14
            more = f"+{len(chips) - i}"
            if x + w > rect.right() - (fm.horizontalAdvance(more) + 4 if i < len(chips) - 1 else 0):
                painter.setPen(text)
                painter.drawText(QRect(x, rect.y(), rect.right() - x, rect.height()), Qt.AlignmentFlag.AlignVCenter,
                                 more)
                break
            chip = QRectF(x, rect.y(), w, rect.height())
            path = QPainterPath()
            path.addRoundedRect(chip, rect.height() / 2, rect.height() / 2)
            if outlined:
                painter.setPen(text)
                painter.drawPath(path)
            else:
                painter.fillPath(path, fill)
            painter.setPen(text)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
            x += w + 6


def _split_line(text: str, fm: Any, width: int) -> tuple[str, str]:
    """The words of ``text`` that fit on one line of ``width``, and the rest."""
    if fm.horizontalAdvance(text) <= width:
        return text, ""
    words = text.split(" ")
    line = ""
    for i, w in enumerate(words):
        candidate = f"{line} {w}".strip()
        if fm.horizontalAdvance(candidate) > width:
            if not line:
                return fm.elidedText(text, Qt.TextElideMode.ElideRight, width), ""
            return line, " ".join(words[i:])
        line = candidate
    return line, ""


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
