"""The one verification badge, drawn with QPainter (no font glyphs to go missing): three levels —
green only for verified (a tick), amber for authentic but unrecognised (an exclamation mark) and for
expired (a clock), red for not verified (a cross), revoked / suspended (a bar) and demo issuers (a
cross) — plus grey for not checked (a question mark). Always shown beside the state's words
(:data:`ui.library.model.STATE_TEXT`); the icon and colour only help the eye."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap

__all__ = ["LEVEL_COLORS", "STATE_COLORS", "STATE_LEVELS", "paint_state_icon", "state_color", "state_level",
           "state_pixmap"]

# (light, dark) colours per badge level
LEVEL_COLORS = {
    "verified": ("#1e7e34", "#81c995"),
    "caution": ("#9a6700", "#fdd663"),
    "failed": ("#b3261e", "#f28b82"),
    "unknown": ("#5f6368", "#bdc1c6"),
}
#: every state of wallet.verifier.report and its badge level: green is "verified" alone
STATE_LEVELS = {
    "verified": "verified",
    "authentic-unrecognised": "caution",
    "expired": "caution",
    "revoked": "failed",
    "suspended": "failed",
    "not-verified": "failed",
    "demo-issuer": "failed",
    "not-checked": "unknown",
    "unverified": "unknown",
}
STATE_COLORS = {state: LEVEL_COLORS[level] for state, level in STATE_LEVELS.items()}


def state_level(state: str) -> str:
    return STATE_LEVELS.get(state, "unknown")


def state_color(state: str, dark: bool) -> QColor:
    pair = STATE_COLORS.get(state, STATE_COLORS["unverified"])
    return QColor(pair[1] if dark else pair[0])


def paint_state_icon(painter: QPainter, rect: QRectF, state: str, dark: bool) -> None:
    """Draw the icon for ``state`` inside ``rect`` (a square)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    disc = state_color(state, dark)
    mark = QColor("#202124") if dark else QColor("#ffffff")
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(disc)
    painter.drawEllipse(rect)
    s = rect.width()
    x, y = rect.x(), rect.y()
    pen = QPen(mark, max(1.5, s * 0.13))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)

    def p(fx: float, fy: float) -> QPointF:
        return QPointF(x + fx * s, y + fy * s)

    if state == "verified":
        path = QPainterPath(p(0.27, 0.52))
        path.lineTo(p(0.44, 0.69))
        path.lineTo(p(0.74, 0.34))
        painter.drawPath(path)
    elif state == "expired":  # a clock face
        painter.drawLine(p(0.5, 0.5), p(0.5, 0.26))
        painter.drawLine(p(0.5, 0.5), p(0.68, 0.6))
    elif state in ("revoked", "suspended"):  # no entry
        painter.drawLine(p(0.28, 0.5), p(0.72, 0.5))
    elif state == "authentic-unrecognised":  # an exclamation mark: genuine, but who is it?
        painter.drawLine(p(0.5, 0.24), p(0.5, 0.56))
        painter.drawPoint(p(0.5, 0.75))
    elif state in ("not-verified", "demo-issuer"):
        painter.drawLine(p(0.32, 0.32), p(0.68, 0.68))
        painter.drawLine(p(0.68, 0.32), p(0.32, 0.68))
    else:  # not checked
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(6, int(s * 0.72)))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "?")
    painter.restore()


def state_pixmap(state: str, size: int, dark: bool, ratio: float = 1.0) -> QPixmap:
    pm = QPixmap(int(size * ratio), int(size * ratio))
    pm.setDevicePixelRatio(ratio)
    pm.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pm)
    paint_state_icon(painter, QRectF(0, 0, size, size), state, dark)
    painter.end()
    return pm
