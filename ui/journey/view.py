"""The interactive skill journey: a filter bar over a custom-painted, zoomable timeline canvas.

``JourneyView.set_journey(journey)`` shows a :class:`wallet.journey.Journey`; clicking a credential,
or pressing Enter on the focused one, emits ``credential_activated(credential_id)``.

Keyboard: Tab into the timeline, arrow keys move between credentials (Left/Right along the lane
through time, Up/Down to the nearest credential in the next lane), Enter or Space opens, ``+`` / ``-``
zoom, ``0`` fits, Home / End jump to the first / last credential. The focused credential is spoken
through the canvas's accessible name and description.

The drawing scales with the canvas's font (presentation mode's x1.6 font gives a x1.6 drawing): the
scene is laid out in *drawing units* on a canvas of ``size / scale`` and painted through a ``scale``
transform, and every mouse position is divided by the same factor before hit-testing, so nodes,
lanes, header, axis, legend and their fonts grow together and clicks still land on what is drawn.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFontDatabase,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ui.journey.paint import (
    Filters,
    Instance,
    JourneyScene,
    SceneLayout,
    experience_label,
    stack_summary,
    term_label,
)
from ui.verify.check_words import verdict_words
from wallet.journey.compute import Journey, JourneyNode

__all__ = ["JourneyCanvas", "JourneyView", "describe_node"]

MIN_ZOOM, MAX_ZOOM = 0.4, 6.0
MAX_SCALE = 3.0
MIN_DRAWING_W = 760.0  # a larger font never shrinks the drawing below this many units across


def drawing_scale(widget: QWidget) -> float:
    """How much larger than normal to draw: the widget's font size over the platform's default font size
    (1.0 normally, 1.6 in presentation mode), never below 1, and no more than keeps the drawing
    ``MIN_DRAWING_W`` units wide (a timeline, not only its side columns, on a 1280×720 projector)."""
    base = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font = widget.font()
    if font.pointSizeF() > 0 and base.pointSizeF() > 0:
        ratio = font.pointSizeF() / base.pointSizeF()
    elif font.pixelSize() > 0 and base.pixelSize() > 0:
        ratio = font.pixelSize() / base.pixelSize()
    else:
        ratio = 1.0
    if widget.width() > 0:
        ratio = min(ratio, widget.width() / MIN_DRAWING_W)
    return max(1.0, min(MAX_SCALE, ratio))


def _issuer_words(n: JourneyNode) -> str:
    """Who issued it: a fact only when verified (a trust source recognised the issuer), else a claim."""
    if not n.issuer:
        return ""
    if n.state in (None, "verified"):  # None: a journey drawn without verification states
        return QCoreApplication.translate("journey", "Issued by %1").replace("%1", n.issuer)
    return QCoreApplication.translate("journey", "The issuer calls itself “%1”").replace("%1", n.issuer)


def describe_node(journey: Journey, n: JourneyNode, *, html: bool = False) -> str:
    """A sentence about one credential, for tooltips and screen readers."""
    skills = {s.skill.id: s.skill.name for s in journey.skills}
    terms = {t.key: term_label(t) for t in journey.terms}
    stacks = {s.id: s for s in journey.stacks}
    undated = QCoreApplication.translate("journey", "undated")
    parts = [
        f"{experience_label(n.experience)} · {terms.get(n.term or '', undated)}"
        + (f" ({n.date})" if n.date else ""),
        _issuer_words(n),
        verdict_words(n.state) if n.state else "",  # the badge's words (ui.widgets.state_icon levels)
        QCoreApplication.translate("journey", "Skills: %1").replace("%1", ", ".join(skills.get(s, s) for s in n.skills)),
    ]
    if n.highest_level:
        parts.append(QCoreApplication.translate("journey", "Level: %1").replace("%1", n.highest_level.text))
    for sid in n.competency_of:
        if sid in stacks:
            parts.append(QCoreApplication.translate("journey", "Competency earned by stacking: %1")
                         .replace("%1", stack_summary(stacks[sid])))
    for sid in n.component_of:
        if sid in stacks:
            parts.append(QCoreApplication.translate("journey", "Counts toward %1 (%2)")
                         .replace("%1", stacks[sid].name).replace("%2", stack_summary(stacks[sid])))
    parts = [x for x in parts if x]
    if not html:
        return f"{n.title}. " + ". ".join(parts) + "."
    from html import escape

    return f"<b>{escape(n.title)}</b><br>" + "<br>".join(escape(x) for x in parts)


class JourneyCanvas(QWidget):
    """The painted timeline. Owned by :class:`JourneyView`; usable alone (tests, exports)."""

    credential_activated = Signal(str)
    focus_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(480, 320)
        self.setAccessibleName(self.tr("Skill journey timeline"))
        self.setAccessibleDescription(self.tr("Use the arrow keys to move between credentials and Enter to open one."))
        self._scene = JourneyScene(Journey((), (), (), (), ()))
        self._zoom = 1.0
        self._pan = QPointF(0, 0)
        self._layout: SceneLayout | None = None
        self._hover: str | None = None
        self._focus: Instance | None = None
        self._drag: QPointF | None = None
        self._dragged = False
        self._fitted = True
        self._scale = drawing_scale(self)

    # --- state ----------------------------------------------------------------------------------
    def set_journey(self, journey: Journey, filters: Filters | None = None) -> None:
        self._scene = JourneyScene(journey, filters or self._scene.filters)
        self._focus = None
        self._hover = None
        self.fit()

    def set_filters(self, filters: Filters) -> None:
        focus_id = self._focus.node.id if self._focus else None
        self._scene = JourneyScene(self._scene.journey, filters)
        self._pan = QPointF(0, 0)
        self._relayout()
        self._focus = next((i for i in self.layout_().instances if i.node.id == focus_id), None)

    @property
    def scene(self) -> JourneyScene:
        return self._scene

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def scale(self) -> float:
        """Widget pixels per drawing unit (see the module docstring)."""
        return self._scale

    def to_scene(self, pos: QPointF) -> QPointF:
        """A widget position in drawing units, for hit-testing."""
        return QPointF(pos.x() / self._scale, pos.y() / self._scale)

    def node_radius(self, node_id: str) -> float | None:
        """A credential's drawn radius in widget pixels; None if hidden."""
        inst = next((i for i in self.layout_().instances if i.node.id == node_id), None)
        return inst.radius * self._scale if inst else None

    def label_pixel_size(self) -> float:
        """The height in widget pixels of the labels' font, as last painted (0 before the first paint)."""
        return self._scene.painted_label_px

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        self._fitted = False
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        lay = self.layout_()
        anchor = anchor or lay.timeline.center()
        # keep the point under the anchor still
        rel = (anchor.x() - lay.timeline.left() - self._pan.x()) / max(1.0, lay.content_width)
        self._zoom = zoom
        self._relayout()
        new = self.layout_()
        self._pan.setX(anchor.x() - lay.timeline.left() - rel * new.content_width)
        self._clamp_pan()
        self._relayout()

    def fit(self) -> None:
        """Zoom so that the whole timeline fits the view (within the zoom limits), from its start."""
        self._fitted = True  # kept fitted through resizes until the person zooms or pans
        self._pan = QPointF(0, 0)
        self._zoom = 1.0
        self._relayout()
        lay = self.layout_()
        if lay.content_width > lay.timeline.width() > 0:
            self._zoom = max(MIN_ZOOM, lay.timeline.width() / lay.content_width)
            self._relayout()

    def pan_by(self, dx: float, dy: float) -> None:
        self._fitted = False
        self._pan += QPointF(dx, dy)
        self._clamp_pan()
        self._relayout()

    def _clamp_pan(self) -> None:
        lay = self._layout or self.layout_()
        min_x = min(0.0, lay.timeline.width() - lay.content_width)
        min_y = min(0.0, lay.timeline.height() - lay.content_height)
        self._pan = QPointF(max(min_x, min(0.0, self._pan.x())), max(min_y, min(0.0, self._pan.y())))

    def layout_(self) -> SceneLayout:
        if self._layout is None:
            self._layout = self._scene.layout(self.width() / self._scale, self.height() / self._scale,
                                              self._zoom, self._pan)
        return self._layout

    def _relayout(self) -> None:
        self._layout = None
        if self._focus:
            fid, lane = self._focus.node.id, self._focus.lane
            self._focus = next((i for i in self.layout_().instances if i.node.id == fid and i.lane == lane), None)
        self.update()

    def node_center(self, node_id: str) -> QPointF | None:
        """Where a credential is drawn (its first lane), in widget coordinates; None if hidden."""
        inst = next((i for i in self.layout_().instances if i.node.id == node_id), None)
        return QPointF(inst.center.x() * self._scale, inst.center.y() * self._scale) if inst else None

    def focused_node(self) -> JourneyNode | None:
        return self._focus.node if self._focus else None

    def visible_node_ids(self) -> set[str]:
        return {i.node.id for i in self.layout_().instances}

    # --- Qt events ------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(1200, 720)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - presentation mode changes the font
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            scale = drawing_scale(self)
            if scale != self._scale:
                self._scale = scale
                if self._fitted:
                    self.fit()
                else:
                    self._layout = None
                    self._clamp_pan()
                    self._relayout()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._scale = drawing_scale(self)
        if self._fitted:
            self.fit()
        else:
            self._layout = None
            self._clamp_pan()
            self._relayout()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.scale(self._scale, self._scale)
        self._scene.paint(p, self.layout_(), self.palette(), hover=self._hover,
                          focus=self._focus.node.id if self._focus and self.hasFocus() else None)
        p.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = self.to_scene(event.position())
        if self._drag is not None:
            delta = pos - self._drag
            if (abs(delta.x()) + abs(delta.y())) * self._scale > 3:
                self._dragged = True
            self._drag = pos
            self.pan_by(delta.x(), delta.y())
            return
        lay = self.layout_()
        inst = lay.instance_at(pos)
        hover = inst.node.id if inst else None
        if hover != self._hover:
            self._hover = hover
            self.update()
        if inst:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            QToolTip.showText(event.globalPosition().toPoint(), describe_node(self._scene.journey, inst.node, html=True), self)
        elif (st := lay.stack_at(pos)) is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor if st.competency_node_id else Qt.CursorShape.ArrowCursor)
            tip = f"<b>{st.name}</b><br>{stack_summary(st)}"
            if st.missing:
                tip += "<br>Still needed: " + "; ".join(st.missing)
            if st.provider:
                tip += f"<br>Pathway from {st.provider}"
            QToolTip.showText(event.globalPosition().toPoint(), tip, self)
        else:
            self.unsetCursor()
            QToolTip.hideText()

    def leaveEvent(self, event: object) -> None:  # noqa: N802
        if self._hover:
            self._hover = None
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = self.to_scene(event.position())
            self._dragged = False
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        was_drag = self._dragged
        self._drag = None
        self._dragged = False
        if event.button() != Qt.MouseButton.LeftButton or was_drag:
            return
        lay = self.layout_()
        pos = self.to_scene(event.position())
        inst = lay.instance_at(pos)
        if inst:
            self._set_focus(inst)
            self.credential_activated.emit(inst.node.credential_id)
            return
        st = lay.stack_at(pos)
        if st and st.competency_node_id and (n := self._scene.journey.node(st.competency_node_id)):
            self.credential_activated.emit(n.credential_id)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self._zoom * (1.15 ** (delta.y() / 120)), self.to_scene(event.position()))
        elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier or delta.x():
            self.pan_by((delta.x() or delta.y()) / 2 / self._scale, 0)
        else:
            self.pan_by(0, delta.y() / 2 / self._scale)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        insts = self.layout_().instances
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self._zoom * 1.25)
        elif key == Qt.Key.Key_Minus:
            self.set_zoom(self._zoom / 1.25)
        elif key == Qt.Key.Key_0:
            self.fit()
        elif not insts:
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._focus:
                self.credential_activated.emit(self._focus.node.credential_id)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End):
            self._set_focus(self._move(key, insts))
        else:
            super().keyPressEvent(event)

    def _move(self, key: int, insts: list[Instance]) -> Instance:
        lanes = [ln.summary.skill.id for ln in self.layout_().lanes]
        order = sorted(insts, key=lambda i: (lanes.index(i.lane), i.center.x(), i.center.y()))
        cur = self._focus
        in_time = sorted(insts, key=lambda i: (i.center.x(), lanes.index(i.lane), i.center.y()))
        if cur is None or key == Qt.Key.Key_Home:
            return in_time[0]
        if key == Qt.Key.Key_End:
            return in_time[-1]
        same_lane = [i for i in order if i.lane == cur.lane]
        idx = next((k for k, i in enumerate(same_lane) if i is cur), 0)
        if key == Qt.Key.Key_Right:
            return same_lane[min(idx + 1, len(same_lane) - 1)]
        if key == Qt.Key.Key_Left:
            return same_lane[max(idx - 1, 0)]
        li = lanes.index(cur.lane)
        step = 1 if key == Qt.Key.Key_Down else -1
        li += step
        while 0 <= li < len(lanes):
            candidates = [i for i in order if i.lane == lanes[li]]
            if candidates:
                return min(candidates, key=lambda i: abs(i.center.x() - cur.center.x()))
            li += step
        return cur

    def _set_focus(self, inst: Instance) -> None:
        self._focus = inst
        lay = self.layout_()
        # scroll the focused credential into view
        dx = dy = 0.0
        if inst.center.x() < lay.timeline.left() + 20:
            dx = lay.timeline.left() + 40 - inst.center.x()
        elif inst.center.x() > lay.timeline.right() - 20:
            dx = lay.timeline.right() - 40 - inst.center.x()
        if inst.center.y() < lay.timeline.top() + 20:
            dy = lay.timeline.top() + 40 - inst.center.y()
        elif inst.center.y() > lay.timeline.bottom() - 20:
            dy = lay.timeline.bottom() - 40 - inst.center.y()
        if dx or dy:
            self.pan_by(dx, dy)
        text = describe_node(self._scene.journey, inst.node)
        self.setAccessibleName(self.tr("Skill journey timeline: %1").replace("%1", inst.node.title))
        self.setAccessibleDescription(text)
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))
        self.focus_changed.emit(inst.node.id)
        self.update()


class JourneyView(QWidget):
    """Filters (skill, experience, date range), zoom and export over a :class:`JourneyCanvas`."""

    credential_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Skill journey"))
        self._journey = Journey((), (), (), (), ())
        self.canvas = JourneyCanvas(self)
        self.canvas.credential_activated.connect(self.credential_activated)
        self.canvas.focus_changed.connect(self._show_status)

        self.skill_filter = QComboBox(self)
        self.skill_filter.setAccessibleName(self.tr("Filter by skill"))
        self.experience_filter = QComboBox(self)
        self.experience_filter.setAccessibleName(self.tr("Filter by experience"))
        self.from_filter = QComboBox(self)
        self.from_filter.setAccessibleName(self.tr("From term"))
        self.to_filter = QComboBox(self)
        self.to_filter.setAccessibleName(self.tr("To term"))
        for combo in (self.skill_filter, self.experience_filter, self.from_filter, self.to_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
            # a long skill name widens the open list, not the bar
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)

        def tool(text: str, tip: str, slot: object) -> QToolButton:
            b = QToolButton(self)
            b.setText(text)
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.clicked.connect(slot)
            return b

        self.zoom_out = tool("−", self.tr("Zoom out"), self._zoom_out)
        self.zoom_in = tool("+", self.tr("Zoom in"), self._zoom_in)
        self.zoom_fit = tool(self.tr("Fit"), self.tr("Fit the whole journey"), self.fit)
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export the journey as an image or PDF"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("PNG image…"), self._export_png)
        menu.addAction(self.tr("SVG drawing…"), self._export_svg)
        menu.addAction(self.tr("PDF document…"), self._export_pdf)
        self.export_button.setMenu(menu)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Selected credential"))
        self.status.setWordWrap(False)

        self.filter_bar = QWidget(self)
        self._filter_grid = QGridLayout(self.filter_bar)
        self._filter_grid.setContentsMargins(0, 0, 0, 0)
        self._filter_pairs: list[tuple[QLabel, QComboBox]] = []
        for label, combo in ((self.tr("Skill"), self.skill_filter), (self.tr("Experience"), self.experience_filter),
                             (self.tr("From"), self.from_filter), (self.tr("To"), self.to_filter)):
            lab = QLabel(label, self.filter_bar)
            lab.setBuddy(combo)
            self._filter_pairs.append((lab, combo))
        self._filter_rows = 0
        self._place_filters(1)
        self.tools = QWidget(self)
        tools = QHBoxLayout(self.tools)
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addStretch(1)
        for b in (self.zoom_out, self.zoom_in, self.zoom_fit, self.export_button):
            tools.addWidget(b)
        # one row when the window is wide enough, the tools under the filters when it is not (large text on a
        # projector): nothing is squeezed below its size
        self.bar = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.bar.setContentsMargins(8, 6, 8, 0)
        self.bar.addWidget(self.filter_bar, 1)
        self.bar.addWidget(self.tools)
        self.status.setWordWrap(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        outer.addLayout(self.bar)
        outer.addWidget(self.canvas, 1)
        outer.addWidget(self.status)
        self.setTabOrder(self.skill_filter, self.experience_filter)
        self.setTabOrder(self.experience_filter, self.from_filter)
        self.setTabOrder(self.from_filter, self.to_filter)
        self.setTabOrder(self.to_filter, self.canvas)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._reflow()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - presentation mode enlarges the text
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._reflow()

    def _place_filters(self, rows: int) -> None:
        """The four filters on one row, or two to a row."""
        if rows == self._filter_rows:
            return
        grid = self._filter_grid
        for lab, combo in self._filter_pairs:
            grid.removeWidget(lab)
            grid.removeWidget(combo)
        per_row = 4 if rows == 1 else 2
        for i, (lab, combo) in enumerate(self._filter_pairs):
            grid.addWidget(lab, i // per_row, 2 * (i % per_row))
            grid.addWidget(combo, i // per_row, 2 * (i % per_row) + 1)
        for col in range(8):
            grid.setColumnStretch(col, 1 if col % 2 and col < 2 * per_row else 0)
        self._filter_rows = rows

    def _reflow(self) -> None:
        """Filters and tools on one row when they fit; else the tools on a row of their own; else two filters
        to a row (large text on a projector): nothing is squeezed below its size."""
        margins = self.bar.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        one_row = sum(lab.sizeHint().width() + combo.sizeHint().width() + 2 * self._filter_grid.horizontalSpacing()
                      for lab, combo in self._filter_pairs)
        self._place_filters(1 if one_row <= room else 2)
        need = self.filter_bar.sizeHint().width() + self.tools.sizeHint().width() + self.bar.spacing()
        direction = QBoxLayout.Direction.TopToBottom if room < need else QBoxLayout.Direction.LeftToRight
        if self.bar.direction() != direction:
            self.bar.setDirection(direction)

    # --- API ------------------------------------------------------------------------------------
    def set_journey(self, journey: Journey) -> None:
        self._journey = journey
        combos = (self.skill_filter, self.experience_filter, self.from_filter, self.to_filter)
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        self.skill_filter.addItem(self.tr("All skills"), None)
        for s in journey.skills:
            self.skill_filter.addItem(f"{s.skill.name} ({s.count})", s.skill.id)
        self.experience_filter.addItem(self.tr("All experiences"), None)
        for e, c in journey.experiences:
            self.experience_filter.addItem(f"{experience_label(e)} ({c})", e)
        self.from_filter.addItem(self.tr("First term"), None)
        self.to_filter.addItem(self.tr("Last term"), None)
        for t in journey.terms:
            self.from_filter.addItem(term_label(t), t.start.isoformat())
            self.to_filter.addItem(term_label(t), t.end.isoformat())
        for combo in combos:
            combo.blockSignals(False)
        self.canvas.set_journey(journey, Filters())
        self.status.setText(self._summary())

    def journey(self) -> Journey:
        return self._journey

    def filters(self) -> Filters:
        return self.canvas.scene.filters

    def set_filters(self, filters: Filters) -> None:
        """Apply filters programmatically (the combo boxes follow when they can show them)."""
        for combo, value in ((self.skill_filter, next(iter(filters.skills), None) if len(filters.skills) == 1 else None),
                             (self.experience_filter, next(iter(filters.experiences), None)
                              if len(filters.experiences) == 1 else None),
                             (self.from_filter, filters.date_from.isoformat() if filters.date_from else None),
                             (self.to_filter, filters.date_to.isoformat() if filters.date_to else None)):
            combo.blockSignals(True)
            i = combo.findData(value)
            combo.setCurrentIndex(max(0, i))
            combo.blockSignals(False)
        self.canvas.set_filters(filters)

    # --- slots ----------------------------------------------------------------------------------
    def _apply_filters(self) -> None:
        skill = self.skill_filter.currentData()
        exp = self.experience_filter.currentData()
        dfrom = self.from_filter.currentData()
        dto = self.to_filter.currentData()
        self.canvas.set_filters(Filters(
            skills=frozenset({skill}) if skill else frozenset(),
            experiences=frozenset({exp}) if exp else frozenset(),
            date_from=date.fromisoformat(dfrom) if dfrom else None,
            date_to=date.fromisoformat(dto) if dto else None,
        ))

    def fit(self) -> None:
        """Fit range and zoom: every term from the first credential to the last, all in view."""
        for combo in (self.from_filter, self.to_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._apply_filters()
        self.canvas.fit()

    def _zoom_in(self) -> None:
        self.canvas.set_zoom(self.canvas.zoom * 1.25)

    def _zoom_out(self) -> None:
        self.canvas.set_zoom(self.canvas.zoom / 1.25)

    def _summary(self) -> str:
        j = self._journey
        if not j.nodes:
            return ""
        done = sum(1 for s in j.stacks if s.competency_node_id)
        return self.tr("%1 credentials · %2 skills · %3 of %4 stacks earned. Click a credential to open it; arrow keys "
                       "move, Enter opens.").replace("%1", str(len(j.nodes))).replace("%2", str(len(j.skills))) \
            .replace("%3", str(done)).replace("%4", str(len(j.stacks)))

    def _show_status(self, node_id: str) -> None:
        n = self._journey.node(node_id)
        if n:
            self.status.setText(describe_node(self._journey, n))

    def _export(self, kind: str, caption: str, pattern: str) -> None:
        from ui.journey import export

        path, _ = QFileDialog.getSaveFileName(self, caption, f"skill-journey.{kind}", pattern)
        if not path:
            return
        fn = {"png": export.export_png, "svg": export.export_svg, "pdf": export.export_pdf}[kind]
        fn(self._journey, path, filters=self.filters(), title=getattr(self, "export_title", "Skill journey"))

    def _export_png(self) -> None:
        self._export("png", self.tr("Export the journey as PNG"), self.tr("PNG images (*.png)"))

    def _export_svg(self) -> None:
        self._export("svg", self.tr("Export the journey as SVG"), self.tr("SVG drawings (*.svg)"))

    def _export_pdf(self) -> None:
        self._export("pdf", self.tr("Export the journey as PDF"), self.tr("PDF documents (*.pdf)"))
