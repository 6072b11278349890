"""Layout and painting of the skill journey, shared by the interactive view and the exports.

:class:`JourneyScene` turns a :class:`wallet.journey.Journey` (plus filters) into geometry for a
given size, zoom and pan (:meth:`JourneyScene.layout`) and paints it on any ``QPainter``
(:meth:`JourneyScene.paint`): a widget, a ``QImage``, a ``QSvgGenerator`` or a ``QPdfWriter``.

The picture: terms across the top (grouped by academic year), one lane per skill with the skill
profile at its left (count and highest level), each credential a node coloured by experience
(competency credentials are diamonds), curves from the micro-credentials to the competency they
stacked into, stack progress rings on the right, and a legend at the bottom.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen

from ui.i18n import QT_TRANSLATE_NOOP
from wallet.journey.compute import EXPERIENCE_LABELS, Journey, JourneyNode, SkillSummary, StackProgress
from wallet.journey.config import Term

__all__ = ["EXPERIENCE_COLORS", "Filters", "Instance", "JourneyScene", "SceneLayout", "experience_color"]


# the wallet's experience labels (wallet.journey.EXPERIENCE_LABELS), for the catalogue
_EXPERIENCE_TEXTS = (
    QT_TRANSLATE_NOOP("journey", "Service-learning"), QT_TRANSLATE_NOOP("journey", "Community engagement"),
    QT_TRANSLATE_NOOP("journey", "Volunteering"), QT_TRANSLATE_NOOP("journey", "Study abroad"),
    QT_TRANSLATE_NOOP("journey", "Internship"), QT_TRANSLATE_NOOP("journey", "Student leadership"),
    QT_TRANSLATE_NOOP("journey", "Research"), QT_TRANSLATE_NOOP("journey", "Work"),
    QT_TRANSLATE_NOOP("journey", "Course"), QT_TRANSLATE_NOOP("journey", "Other"),
)


def experience_label(experience: str) -> str:
    """The experience type's label in the user's language."""
    return QCoreApplication.translate("journey", EXPERIENCE_LABELS.get(experience, experience))


# the default academic terms' names (a learner's own term names are shown as they are)
TERM_NAMES = (QT_TRANSLATE_NOOP("journey-terms", "Spring"), QT_TRANSLATE_NOOP("journey-terms", "Summer"),
              QT_TRANSLATE_NOOP("journey-terms", "Fall"), QT_TRANSLATE_NOOP("journey-terms", "Autumn"),
              QT_TRANSLATE_NOOP("journey-terms", "Winter"))


def stack_summary(st: StackProgress) -> str:
    """"3 of 4 Teamwork micro-credentials": the core's words in English; elsewhere the counts in the
    interface language (the credentials that count are listed under it anyway)."""
    said = QCoreApplication.translate("journey", "%1 of %2", "stack progress")
    if said == "%1 of %2":
        return st.summary
    return said.replace("%1", str(st.earned)).replace("%2", str(st.required))


def term_name(term: Term) -> str:
    return QCoreApplication.translate("journey-terms", term.name)


def term_label(term: Term) -> str:
    """"Fall 2023" in the user's language ("Otoño 2023")."""
    return (QCoreApplication.translate("journey", "%1 %2", "term name, year")
            .replace("%1", term_name(term)).replace("%2", str(term.year)))

#: one colour per experience (Okabe–Ito based, readable on light and dark backgrounds)
EXPERIENCE_COLORS: dict[str, str] = {
    "course": "#0072B2",
    "service-learning": "#009E73",
    "community-engagement": "#56B4E9",
    "volunteering": "#CC79A7",
    "internship": "#E69F00",
    "research": "#D55E00",
    "student-leadership": "#8E6BBF",
    "work": "#9C7A4B",
    "study-abroad": "#8A9A1B",
    "other": "#8A8F98",
}

LEFT_W = 236.0
RIGHT_W = 300.0
NARROW_W = 1100.0  # below this width (drawing units) the profile and stacks columns narrow with it
MIN_LEFT_W = 150.0
MIN_RIGHT_W = 190.0
AXIS_H = 50.0
LEGEND_H = 34.0
HEADER_H = 54.0
NODE_R = 8.0
GOAL_R = 12.0
SPACING = 27.0
MIN_LANE_H = 56.0
STACK_LINE_H = 17.0
MAX_STACK_LINES = 4
UNDATED = "undated"
GAP = "gap:"  # a column standing for several terms without credentials
GAP_WEIGHT = 0.45


def experience_color(experience: str) -> QColor:
    return QColor(EXPERIENCE_COLORS.get(experience, EXPERIENCE_COLORS["other"]))


@dataclass(frozen=True)
class Filters:
    """What to show. Empty sets mean everything."""

    skills: frozenset[str] = frozenset()
    experiences: frozenset[str] = frozenset()
    date_from: date | None = None
    date_to: date | None = None

    def accepts(self, n: JourneyNode) -> bool:
        if self.experiences and n.experience not in self.experiences:
            return False
        if self.skills and not (self.skills & set(n.skills)):
            return False
        if self.date_from or self.date_to:
            if not n.date:
                return False
            d = date.fromisoformat(n.date)
            if (self.date_from and d < self.date_from) or (self.date_to and d > self.date_to):
                return False
        return True

    @property
    def active(self) -> bool:
        return bool(self.skills or self.experiences or self.date_from or self.date_to)


@dataclass
class Column:
    key: str
    label: str
    academic_year: str
    x0: float
    x1: float


@dataclass
class Lane:
    summary: SkillSummary
    y0: float
    y1: float


@dataclass
class Instance:
    """One drawing of a credential in one lane."""

    node: JourneyNode
    lane: str
    center: QPointF
    radius: float

    @property
    def goal(self) -> bool:
        return bool(self.node.competency_of)

    def contains(self, p: QPointF, slack: float = 4.0) -> bool:
        return math.hypot(p.x() - self.center.x(), p.y() - self.center.y()) <= self.radius + slack


@dataclass
class SceneLayout:
    width: float
    height: float
    header: QRectF
    axis: QRectF
    left: QRectF
    timeline: QRectF
    right: QRectF
    legend: QRectF
    columns: list[Column] = field(default_factory=list)
    lanes: list[Lane] = field(default_factory=list)
    instances: list[Instance] = field(default_factory=list)
    links: list[tuple[Instance, Instance, str]] = field(default_factory=list)
    stacks: list[tuple[StackProgress, QRectF]] = field(default_factory=list)
    content_width: float = 0.0
    content_height: float = 0.0
    hidden_stacks: int = 0

    def instance_at(self, p: QPointF) -> Instance | None:
        if not self.timeline.contains(p):
            return None
        best = None
        for inst in self.instances:
            if inst.contains(p) and (best is None or _dist(inst.center, p) < _dist(best.center, p)):
                best = inst
        return best

    def stack_at(self, p: QPointF) -> StackProgress | None:
        return next((s for s, r in self.stacks if r.contains(p)), None)


def _dist(a: QPointF, b: QPointF) -> float:
    return math.hypot(a.x() - b.x(), a.y() - b.y())


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                           a.blueF() * (1 - t) + b.blueF() * t)


class JourneyScene:
    """Geometry and painting for one journey; no widget state besides what is passed in."""

    def __init__(self, journey: Journey, filters: Filters | None = None, *, title: str = "") -> None:
        self.journey = journey
        self.filters = filters or Filters()
        self.title = title
        self.painted_label_px = 0.0  # the labels' font size in device pixels at the last paint
        self._nodes = {n.id: n for n in journey.nodes}

    # --- geometry -------------------------------------------------------------------------------
    def visible_nodes(self) -> list[JourneyNode]:
        return [n for n in self.journey.nodes if self.filters.accepts(n)]

    def _columns(self, nodes: list[JourneyNode]) -> list[tuple[str, str, str, float]]:
        """The timeline's columns: one per term, except that a run of two or more terms without a visible
        credential folds into one narrow gap column ("2010–2014"), so a record spread over many years
        opens on the terms where its credentials are."""
        f = self.filters
        used = {n.term for n in nodes}
        terms = [t for t in self.journey.terms
                 if not ((f.date_from and t.end < f.date_from) or (f.date_to and t.start > f.date_to))]
        out: list[tuple[str, str, str, float]] = []
        i = 0
        while i < len(terms):
            t = terms[i]
            if t.key not in used:
                j = i
                while j + 1 < len(terms) and terms[j + 1].key not in used:
                    j += 1
                if j > i:
                    first, last = terms[i], terms[j]
                    years = str(first.year) if first.year == last.end.year else f"{first.year}–{last.end.year}"
                    out.append((f"{GAP}{first.key}", years, "", GAP_WEIGHT))
                    i = j + 1
                    continue
            weight = 0.62 if (t.end - t.start).days < 80 else 1.0
            out.append((t.key, term_label(t), t.academic_year, weight))
            i += 1
        if any(n.term is None for n in nodes):
            out.append((UNDATED, QCoreApplication.translate("journey", "Undated"), "", 0.8))
        return out

    def layout(self, width: float, height: float, zoom: float = 1.0, pan: QPointF | None = None) -> SceneLayout:
        pan = pan or QPointF(0, 0)
        header_h = HEADER_H if self.title else 0.0
        top = header_h + AXIS_H
        header = QRectF(0, 0, width, header_h)
        narrow = min(1.0, width / NARROW_W)  # a small window or presentation mode's large drawing
        left_w = max(MIN_LEFT_W, LEFT_W * narrow)
        left = QRectF(0, top, left_w, max(0.0, height - top - LEGEND_H))
        right_w = max(MIN_RIGHT_W, RIGHT_W * narrow) if self.journey.stacks else 0.0
        timeline = QRectF(left_w, top, max(10.0, width - left_w - right_w), left.height())
        axis = QRectF(left_w, header_h, timeline.width(), AXIS_H)
        right = QRectF(width - right_w, header_h, right_w, height - header_h - LEGEND_H)
        legend = QRectF(0, height - LEGEND_H, width, LEGEND_H)
        lay = SceneLayout(width, height, header, axis, left, timeline, right, legend)

        nodes = self.visible_nodes()
        cols = self._columns(nodes)
        if not cols:
            return lay
        total_w = sum(c[3] for c in cols)
        unit = max(58.0, (timeline.width() - 8) / total_w) * zoom
        x = timeline.left() + 4 + pan.x()
        for key, label, ay, weight in cols:
            lay.columns.append(Column(key, label, ay, x, x + unit * weight))
            x += unit * weight
        lay.content_width = unit * total_w + 8
        col_of = {c.key: c for c in lay.columns}

        lane_ids = [s.skill.id for s in self.journey.skills]
        if self.filters.skills:
            lane_ids = [s for s in lane_ids if s in self.filters.skills]
        cells: dict[tuple[str, str], list[JourneyNode]] = {}
        for n in nodes:
            col = n.term or UNDATED
            if col not in col_of:
                continue
            for s in n.skills:
                if s in lane_ids:
                    cells.setdefault((s, col), []).append(n)
        summaries = {s.skill.id: s for s in self.journey.skills}
        lane_ids = [s for s in lane_ids if any(k[0] == s for k in cells)] if self.filters.active else lane_ids
        rows_needed: dict[str, int] = {}
        for (s, col), members in cells.items():
            c = col_of[col]
            per_row = max(1, int((c.x1 - c.x0 - 10) // SPACING))
            rows_needed[s] = max(rows_needed.get(s, 1), math.ceil(len(members) / per_row))
        n_lanes = max(1, len(lane_ids))
        fit = timeline.height() / n_lanes
        y = timeline.top() + pan.y()
        for s in lane_ids:
            h = max(MIN_LANE_H, rows_needed.get(s, 1) * SPACING + 22, min(fit, 96.0))
            lay.lanes.append(Lane(summaries[s], y, y + h))
            y += h
        lay.content_height = y - timeline.top() - pan.y()

        by_node: dict[str, list[Instance]] = {}
        for lane in lay.lanes:
            sid = lane.summary.skill.id
            for column in lay.columns:
                members = cells.get((sid, column.key), [])
                if not members:
                    continue
                per_row = max(1, int((column.x1 - column.x0 - 10) // SPACING))
                rows = math.ceil(len(members) / per_row)
                cy0 = (lane.y0 + lane.y1) / 2 - (rows - 1) * SPACING / 2
                for i, n in enumerate(members):
                    row, k = divmod(i, per_row)
                    in_row = min(per_row, len(members) - row * per_row)
                    cx = (column.x0 + column.x1) / 2 + (k - (in_row - 1) / 2) * SPACING
                    inst = Instance(n, sid, QPointF(cx, cy0 + row * SPACING), GOAL_R if n.competency_of else NODE_R)
                    lay.instances.append(inst)
                    by_node.setdefault(n.id, []).append(inst)
        for a, b, stack in self.journey.links:
            if a in by_node and b in by_node:
                goal = by_node[b]
                src = min(((i, j) for i in by_node[a] for j in goal),
                          key=lambda ij: (ij[0].lane != ij[1].lane, _dist(ij[0].center, ij[1].center)))
                lay.links.append((src[0], src[1], stack))

        if right_w:
            sy = right.top() + 48
            bold = QFont()
            bold.setPixelSize(13)
            bold.setBold(True)
            fm_bold = QFontMetricsF(bold)
            ordered = self.ordered_stacks()
            for i, st in enumerate(ordered):
                name_lines = len(self._wrap(fm_bold, st.name, right_w - 20 - 50, 2))
                height = max(58.0, 3 + 16 * name_lines + 20 + STACK_LINE_H * len(self.stack_lines(st)) + 6)
                r = QRectF(right.left() + 10, sy, right_w - 20, height)
                if r.bottom() > right.bottom():
                    lay.hidden_stacks = len(ordered) - i
                    break
                lay.stacks.append((st, r))
                sy += r.height() + 10
        return lay

    def ordered_stacks(self) -> list[StackProgress]:
        """What to talk about first: stacks in progress (closest to done first), ready to claim, then earned."""
        def rank(st: StackProgress) -> tuple[int, float]:
            state = 2 if st.competency_node_id else 1 if st.complete else 0
            return state, -st.fraction
        return sorted(self.journey.stacks, key=rank)

    def stack_lines(self, st: StackProgress) -> list[tuple[str, bool]]:
        """(text, done) lines under a stack: the credentials that count, then what is still needed."""
        out = []
        for nid in st.component_node_ids:
            n = self._nodes.get(nid)
            if n:
                out.append((n.title, True))
        if len(out) > MAX_STACK_LINES - 1:
            rest = QCoreApplication.translate("journey", "and %1 more").replace("%1", str(len(out) - (MAX_STACK_LINES - 2)))
            out = out[: MAX_STACK_LINES - 2] + [(rest, True)]
        out += [(m, False) for m in st.missing[:2]]
        return out

    # --- painting -------------------------------------------------------------------------------
    def paint(self, p: QPainter, lay: SceneLayout, palette: QPalette, *, hover: str | None = None,
              focus: str | None = None, highlight_stack: str | None = None) -> None:
        bg = palette.color(QPalette.ColorRole.Base)
        fg = palette.color(QPalette.ColorRole.Text)
        dark = bg.lightnessF() < 0.5
        muted = _blend(fg, bg, 0.45)
        grid = _blend(fg, bg, 0.86)
        band = _blend(fg, bg, 0.955 if not dark else 0.93)
        accent = palette.color(QPalette.ColorRole.Highlight)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.fillRect(QRectF(0, 0, lay.width, lay.height), bg)
        # pixel sizes: the same picture on a widget, a 2x PNG, an SVG and a 300 dpi PDF
        base_font = QFont(p.font())
        base_font.setPixelSize(13)
        t = p.worldTransform()
        self.painted_label_px = 13 * math.hypot(t.m11(), t.m12())
        small = QFont(base_font)
        small.setPixelSize(11)
        bold = QFont(base_font)
        bold.setBold(True)

        if lay.header.height():
            self._paint_header(p, lay, fg, muted, base_font)
        if not self.journey.nodes:
            p.setPen(muted)
            p.setFont(base_font)
            p.drawText(lay.timeline, Qt.AlignmentFlag.AlignCenter,
                       "No credentials yet: import some and your skill journey appears here.")
            p.restore()
            return

        # timeline: bands, grid, lanes
        p.save()
        p.setClipRect(lay.timeline.united(lay.axis))
        years: dict[str, list[Column]] = {}
        for c in lay.columns:
            years.setdefault(c.academic_year, []).append(c)
        for i, (_ay, cols) in enumerate(years.items()):
            if i % 2 == 0:
                p.fillRect(QRectF(cols[0].x0, lay.axis.top(), cols[-1].x1 - cols[0].x0,
                                  lay.axis.height() + lay.timeline.height()), band)
        p.setPen(QPen(grid, 1))
        for lane in lay.lanes:
            p.drawLine(QPointF(lay.timeline.left(), lane.y1), QPointF(lay.timeline.right(), lane.y1))
        for c in lay.columns:
            p.drawLine(QPointF(c.x1, lay.timeline.top()), QPointF(c.x1, lay.timeline.bottom()))
        # axis labels
        p.setFont(bold)
        for ay, cols in years.items():
            if not ay:
                continue
            box = QRectF(cols[0].x0, lay.axis.top() + 4, cols[-1].x1 - cols[0].x0, 20)
            p.setPen(fg)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, self._elide(p, QCoreApplication.translate("journey", "Academic year %1").replace("%1", str(ay)), box.width(), ay))
        p.setFont(small)
        p.setPen(muted)
        for c in lay.columns:
            box = QRectF(c.x0, lay.axis.top() + 26, c.x1 - c.x0, 20)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, self._elide(p, c.label, box.width(), c.label.split(" ")[0][:3]))
        p.setPen(QPen(grid, 1))
        p.drawLine(QPointF(lay.timeline.left(), lay.timeline.top()), QPointF(lay.timeline.right(), lay.timeline.top()))
        p.restore()

        # links (under the nodes)
        p.save()
        p.setClipRect(lay.timeline)
        hovered_stacks = set(self._nodes[hover].competency_of + self._nodes[hover].component_of) if hover in self._nodes else set()
        if highlight_stack:
            hovered_stacks.add(highlight_stack)
        for a, b, stack in lay.links:
            strong = bool(stack) and stack in hovered_stacks or hover in (a.node.id, b.node.id)
            color = QColor(fg)
            color.setAlphaF(0.85 if strong else 0.32)
            pen = QPen(color, 2.2 if strong else 1.4)
            if not stack:  # a CLR "precedes" sequence, not a stack
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            path = QPainterPath(a.center)
            dx = b.center.x() - a.center.x()
            lift = min(34.0, 6 + 0.1 * abs(dx)) if abs(a.center.y() - b.center.y()) < 4 else 0.0
            path.cubicTo(QPointF(a.center.x() + dx * 0.35, a.center.y() - lift),
                         QPointF(b.center.x() - dx * 0.35, b.center.y() - lift), b.center)
            p.drawPath(path)

        # nodes, grouped by experience so that pens and brushes change a few times, not per node
        groups: dict[str, list[tuple[Instance, float]]] = {}
        special: list[Instance] = []
        for inst in lay.instances:
            n = inst.node
            emphasise = n.id == hover or (highlight_stack is not None and (
                highlight_stack in n.component_of or highlight_stack in n.competency_of))
            groups.setdefault(n.experience, []).append((inst, inst.radius + (2 if emphasise else 0)))
            if n.id == focus:
                special.append(inst)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(grid, 2))
        leveled: list[tuple[Instance, QRectF, int]] = []
        for members in groups.values():
            for inst, r in members:
                lv = inst.node.highest_level
                if not inst.goal and lv and lv.position and lv.count:
                    # the rubric level as an outer ring: full is the top level
                    rr = r + 3.2
                    box = QRectF(inst.center.x() - rr, inst.center.y() - rr, 2 * rr, 2 * rr)
                    p.drawEllipse(box)
                    leveled.append((inst, box, -round(360 * 16 * lv.position / lv.count)))
        for exp in groups:
            p.setPen(QPen(_blend(experience_color(exp), fg, 0.2), 2))
            for inst, box, span in leveled:
                if inst.node.experience == exp:
                    p.drawArc(box, 90 * 16, span)
        p.setPen(QPen(bg, 2))
        for exp, members in groups.items():
            p.setBrush(experience_color(exp))
            for inst, r in members:
                if not inst.goal:
                    p.drawEllipse(inst.center, r, r)
        p.setBrush(fg)
        for exp, members in groups.items():
            p.setPen(QPen(experience_color(exp), 2.5))
            for inst, r in members:
                if inst.goal:
                    x, y, d = inst.center.x(), inst.center.y(), r + 1
                    p.drawPolygon([QPointF(x, y - d), QPointF(x + d, y), QPointF(x, y + d), QPointF(x - d, y)])
        for inst in special:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(accent, 2.4))
            fr = inst.radius + 5.5 + (2 if inst.node.id == hover else 0)
            p.drawEllipse(inst.center, fr, fr)
        p.restore()

        self._paint_profile(p, lay, fg, muted, grid, bold, small)
        if lay.right.width():
            self._paint_stacks(p, lay, fg, muted, grid, bg, bold, small, hovered_stacks)
        self._paint_legend(p, lay, fg, muted, grid, bg, small)
        p.restore()

    @staticmethod
    def _elide(p: QPainter, text: str, width: float, short: str = "") -> str:
        fm = QFontMetricsF(p.font())
        if fm.horizontalAdvance(text) <= width - 4:
            return text
        if short and fm.horizontalAdvance(short) <= width - 4:
            return short
        return fm.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width - 4))

    def _paint_header(self, p: QPainter, lay: SceneLayout, fg: QColor, muted: QColor, base: QFont) -> None:
        f = QFont(base)
        f.setPixelSize(20)
        f.setBold(True)
        p.setFont(f)
        p.setPen(fg)
        p.drawText(QRectF(16, 6, lay.width - 32, 26), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        j = self.journey
        span = f" · {term_label(j.terms[0])} – {term_label(j.terms[-1])}" if j.terms else ""
        done = sum(1 for s in j.stacks if s.competency_node_id)
        skills = sum(1 for s in j.skills if s.skill.kind in ("known", "custom"))
        sub = (QCoreApplication.translate("journey", "%1 credentials · %2 skills · %3 of %4 stacks earned")
               .replace("%1", str(len(j.nodes))).replace("%2", str(skills)).replace("%3", str(done))
               .replace("%4", str(len(j.stacks)))) + span
        p.setFont(base)
        p.setPen(muted)
        p.drawText(QRectF(16, 30, lay.width - 32, 18), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, sub)

    def _paint_profile(self, p: QPainter, lay: SceneLayout, fg: QColor, muted: QColor, grid: QColor,
                       bold: QFont, small: QFont) -> None:
        lw = lay.left.width()
        p.save()
        p.setFont(bold)
        p.setPen(fg)
        p.drawText(QRectF(16, lay.axis.top() + 4, lw - 24, 20), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   QCoreApplication.translate("journey", "Skill profile"))
        p.setFont(small)
        p.setPen(muted)
        p.drawText(QRectF(16, lay.axis.top() + 26, lw - 24, 20), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self._elide(p, QCoreApplication.translate("journey", "credentials · highest level"), lw - 20))
        p.setClipRect(lay.left)
        top_count = max((ln.summary.count for ln in lay.lanes), default=1) or 1
        for lane in lay.lanes:
            s = lane.summary
            mid = (lane.y0 + lane.y1) / 2
            name = s.skill.name if s.skill.kind != "tag" else QCoreApplication.translate("journey", "Tag: %1").replace("%1", s.skill.name)
            p.setFont(bold)
            p.setPen(fg if s.skill.kind == "known" else muted)
            p.drawText(QRectF(16, mid - 22, lw - 28, 18), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       self._elide(p, name, lw - 28))
            bar_w = (lw - 110) * s.count / top_count
            p.fillRect(QRectF(16, mid, lw - 110, 6), grid)
            p.fillRect(QRectF(16, mid, bar_w, 6), _blend(fg, grid, 0.35))
            p.setFont(small)
            p.setPen(fg)
            p.drawText(QRectF(lw - 88, mid - 6, 24, 18), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(s.count))
            lv = s.highest_level
            if lv and lv.position and lv.count:
                for k in range(lv.count):
                    c = QPointF(lw - 58 + k * 10, mid + 3)
                    p.setPen(QPen(fg, 1))
                    p.setBrush(QBrush(fg) if k < lv.position else Qt.BrushStyle.NoBrush)
                    p.drawEllipse(c, 3.2, 3.2)
                p.setPen(muted)
                p.drawText(QRectF(16, mid + 8, lw - 28, 16), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           self._elide(p, lv.text, lw - 28))
        p.restore()

    def _paint_stacks(self, p: QPainter, lay: SceneLayout, fg: QColor, muted: QColor, grid: QColor, bg: QColor,
                      bold: QFont, small: QFont, hovered: set[str]) -> None:
        p.save()
        p.setPen(QPen(grid, 1))
        p.drawLine(QPointF(lay.right.left(), lay.right.top()), QPointF(lay.right.left(), lay.right.bottom()))
        p.setFont(bold)
        p.setPen(fg)
        p.drawText(QRectF(lay.right.left() + 14, lay.right.top() + 4, lay.right.width() - 20, 20),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, QCoreApplication.translate("journey", "Stacks"))
        p.setFont(small)
        p.setPen(muted)
        p.drawText(QRectF(lay.right.left() + 14, lay.right.top() + 24, lay.right.width() - 20, 18),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self._elide(p, QCoreApplication.translate("journey", "micro-credentials toward a competency"),
                               lay.right.width() - 16))
        good = QColor("#1E9E5A") if not bg.lightnessF() < 0.5 else QColor("#3CC47C")
        fm_small = QFontMetricsF(small)
        for st, r in lay.stacks:
            if st.id in hovered:
                hl = QColor(fg)
                hl.setAlphaF(0.07)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(hl)
                p.drawRoundedRect(r, 6, 6)
            c = QPointF(r.left() + 28, r.top() + 28)
            ring = QRectF(c.x() - 21, c.y() - 21, 42, 42)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(grid, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            p.drawEllipse(ring)
            color = good if st.competency_node_id else (QColor("#E69F00") if st.complete else QColor("#0072B2"))
            p.setPen(QPen(color, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap if st.fraction < 1 else Qt.PenCapStyle.FlatCap))
            if st.fraction > 0:
                p.drawArc(ring, 90 * 16, -int(360 * 16 * min(1.0, st.fraction)))
            p.setPen(fg)
            p.setFont(bold)
            label = "✓" if st.competency_node_id else f"{st.earned}/{st.required}"
            p.drawText(ring, Qt.AlignmentFlag.AlignCenter, label)
            tx = r.left() + 60
            tw = r.right() - tx
            fm_bold = QFontMetricsF(bold)
            name_lines = self._wrap(fm_bold, st.name, tw, 2)
            for k, line in enumerate(name_lines):
                p.drawText(QRectF(tx, r.top() + 1 + k * 16, tw, 16), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            p.setFont(small)
            state = (QCoreApplication.translate("journey", "Earned") + self._when(st.competency_node_id)
                     if st.competency_node_id
                     else QCoreApplication.translate("journey", "Ready to claim") if st.complete
                     else QCoreApplication.translate("journey", "In progress"))
            sy2 = r.top() + 3 + 16 * max(1, len(name_lines))
            p.setPen(color)
            p.drawText(QRectF(tx, sy2, tw, 16), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, state)
            used = fm_small.horizontalAdvance(state + " · ")
            p.setPen(muted)
            p.drawText(QRectF(tx + used - fm_small.horizontalAdvance(" · "), sy2, tw - used + 12, 16),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       fm_small.elidedText(" · " + stack_summary(st), Qt.TextElideMode.ElideRight, tw - used + 10))
            y = sy2 + 20
            for text, done in self.stack_lines(st):
                mark = "✓" if done else "○"
                p.setPen(good if done else muted)
                p.drawText(QRectF(tx, y, 14, STACK_LINE_H), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, mark)
                p.setPen(fg if done else muted)
                p.drawText(QRectF(tx + 15, y, tw - 15, STACK_LINE_H),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           fm_small.elidedText(text, Qt.TextElideMode.ElideRight, tw - 17))
                y += STACK_LINE_H
        if lay.hidden_stacks:
            p.setPen(muted)
            p.drawText(QRectF(lay.right.left() + 14, lay.right.bottom() - 20, lay.right.width() - 20, 18),
                       Qt.AlignmentFlag.AlignLeft,
                       QCoreApplication.translate("journey", "+ %1 more").replace("%1", str(lay.hidden_stacks)))
        p.restore()

    @staticmethod
    def _wrap(fm: QFontMetricsF, text: str, width: float, max_lines: int) -> list[str]:
        """Word-wrap ``text`` into at most ``max_lines`` lines, eliding the last."""
        lines: list[str] = []
        words = text.split()
        while words and len(lines) < max_lines:
            line = words.pop(0)
            while words and fm.horizontalAdvance(line + " " + words[0]) <= width - 4:
                line += " " + words.pop(0)
            if len(lines) == max_lines - 1 and words:
                line = fm.elidedText(line + " " + " ".join(words), Qt.TextElideMode.ElideRight, width - 4)
                words = []
            lines.append(fm.elidedText(line, Qt.TextElideMode.ElideRight, width - 4))
        return lines or [""]

    def _when(self, node_id: str | None) -> str:
        n = self._nodes.get(node_id or "")
        if not n or not n.term:
            return ""
        term = next((t for t in self.journey.terms if t.key == n.term), None)
        return f" · {term_label(term)}" if term else ""

    def _paint_legend(self, p: QPainter, lay: SceneLayout, fg: QColor, muted: QColor, grid: QColor, bg: QColor,
                      small: QFont) -> None:
        p.save()
        p.setPen(QPen(grid, 1))
        p.drawLine(QPointF(0, lay.legend.top()), QPointF(lay.width, lay.legend.top()))
        p.setFont(small)
        fm = QFontMetricsF(small)
        x = 16.0
        y = lay.legend.center().y()
        present = [e for e, _ in self.journey.experiences]
        competency = QCoreApplication.translate("journey", "competency")
        stacked = QCoreApplication.translate("journey", "stacked into")
        before = QCoreApplication.translate("journey", "comes before")
        rubric = QCoreApplication.translate("journey", "rubric level (full ring = top level)")
        extras = [competency, stacked, rubric]
        if any(not stack for _a, _b, stack in self.journey.links):
            extras.append(before)
        needed = 16 + sum(32 + fm.horizontalAdvance(experience_label(e)) for e in present)
        needed += 8 + sum(46 + fm.horizontalAdvance(t) for t in extras)
        if needed > lay.width:  # a narrow window: shrink the legend rather than cut it off
            k = max(0.5, lay.width / needed)
            p.translate(0, y)
            p.scale(k, k)
            p.translate(0, -y)
        for e in present:
            p.setPen(QPen(bg, 1.5))
            p.setBrush(experience_color(e))
            p.drawEllipse(QPointF(x + 6, y), 6, 6)
            p.setPen(fg)
            label = experience_label(e)
            p.drawText(QPointF(x + 16, y + fm.ascent() / 2 - 1), label)
            x += 16 + fm.horizontalAdvance(label) + 16
        # shapes
        x += 8
        p.setPen(QPen(QColor(EXPERIENCE_COLORS["other"]), 1.5))
        p.setBrush(fg)
        path = QPainterPath()
        path.moveTo(x + 6, y - 8)
        path.lineTo(x + 14, y)
        path.lineTo(x + 6, y + 8)
        path.lineTo(x - 2, y)
        path.closeSubpath()
        p.drawPath(path)
        p.setPen(fg)
        p.drawText(QPointF(x + 20, y + fm.ascent() / 2 - 1), competency)
        x += 20 + fm.horizontalAdvance(competency) + 18
        line = QColor(fg)
        line.setAlphaF(0.5)
        p.setPen(QPen(line, 1.6))
        p.drawLine(QPointF(x, y), QPointF(x + 22, y))
        p.setPen(fg)
        p.drawText(QPointF(x + 28, y + fm.ascent() / 2 - 1), stacked)
        x += 28 + fm.horizontalAdvance(stacked) + 18
        if any(not stack for _a, _b, stack in self.journey.links):
            dashed = QPen(line, 1.6)
            dashed.setStyle(Qt.PenStyle.DashLine)
            p.setPen(dashed)
            p.drawLine(QPointF(x, y), QPointF(x + 22, y))
            p.setPen(fg)
            p.drawText(QPointF(x + 28, y + fm.ascent() / 2 - 1), before)
            x += 28 + fm.horizontalAdvance(before) + 18
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(grid, 2))
        p.drawEllipse(QRectF(x, y - 7, 14, 14))
        p.setPen(QPen(fg, 2))
        p.drawArc(QRectF(x, y - 7, 14, 14), 90 * 16, -270 * 16)
        p.drawText(QPointF(x + 20, y + fm.ascent() / 2 - 1), rubric)
        p.restore()
