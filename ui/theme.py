"""One palette and one type scale, light and dark. ``system`` follows the platform's colour scheme, live.

Fusion is used everywhere so both palettes look the same on every platform (and offscreen), through
:class:`ContrastStyle`, which draws every check box's outline in a colour that stands out from the
field (Fusion draws it in a shade of the window colour: about 1:1 on the dark palette).

The palette meets WCAG AA on both themes — text 4.5:1, controls 3:1 — measured from rendered pixels
by ``tests/ui/test_contrast.py``: :data:`COLORS` holds the few colours the views paint themselves
(muted text, card surface, chips, check box outlines), :func:`color` picks the one for a palette.
The type scale is the style sheet's: view titles 20pt, section titles 13pt, body 10pt (the app font),
small 9pt.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

__all__ = ["COLORS", "ContrastStyle", "Theme", "color", "dark_palette", "is_dark", "light_palette"]

#: (light, dark) colours the views paint themselves; each measured against the surface it sits on
COLORS = {
    "muted": ("#54595f", "#bdc1c6"),       # secondary text (issuer/date lines, empty states, details)
    "card": ("#ffffff", "#2d2e31"),        # a library card
    "card-border": ("#c4c7cc", "#5f6368"),
    "chip": ("#e8eaed", "#3c4043"),        # a skill chip (text is the palette's text)
    "outline": ("#5f6368", "#9aa0a6"),     # check box outlines: >= 3:1 against the field
    "accent": ("#1967d2", "#8ab4f8"),
}

STYLE_SHEET = """
QLabel#view-title { font-size: 20pt; font-weight: 600; }
QLabel#welcome-title { font-size: 20pt; font-weight: 600; }
QLabel#section-title { font-size: 13pt; font-weight: 600; }
QLabel#error-title { font-weight: 600; color: palette(link-visited); }
QLabel#demo-mark { background: #b3261e; color: white; font-weight: 700; padding: 4px 10px; }
QListWidget#sidebar { font-size: 11pt; border: none; }
QListWidget#sidebar::item { padding: 8px 10px; }
QLabel#placeholder-body { font-size: 11pt; }
QLabel#welcome-body, QLabel#welcome-did { font-size: 11pt; }
QLabel#empty-state, QLabel#placeholder-today { color: palette(placeholder-text); font-size: 11pt; }
"""


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def color(name: str, palette: QPalette | None = None) -> QColor:
    """One of :data:`COLORS` for ``palette`` (the application's by default)."""
    pal = palette if palette is not None else QGuiApplication.palette()
    light, dark = COLORS[name]
    return QColor(dark if is_dark(pal) else light)


def light_palette(base: QPalette) -> QPalette:
    """Fusion's light palette with the muted text and selection colours of :data:`COLORS`."""
    p = QPalette(base)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor(COLORS["muted"][0]))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#1967d2"))  # white text on it: 5.6:1
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, QColor("#1558b0"))
    return p


class ContrastStyle(QProxyStyle):
    """Fusion, with check box outlines that stand out from the field on both palettes."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,  # noqa: N802
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                       QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(color("outline", option.palette))
            pen.setWidthF(1.5)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            r = QRectF(option.rect).adjusted(1.0, 1.0, -1.0, -1.0)
            side = min(r.width(), r.height())
            box = QRectF(r.center().x() - side / 2, r.center().y() - side / 2, side, side)
            painter.drawRoundedRect(box, 2, 2)
            painter.restore()


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(32, 33, 36), QColor(41, 42, 45), QColor(232, 234, 237)
    roles = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base, QPalette.ColorRole.AlternateBase: QColor(48, 49, 52),
        QPalette.ColorRole.Text: text, QPalette.ColorRole.Button: QColor(53, 54, 58),
        QPalette.ColorRole.ButtonText: text, QPalette.ColorRole.ToolTipBase: window,
        QPalette.ColorRole.ToolTipText: text, QPalette.ColorRole.Highlight: QColor("#1967d2"),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255), QPalette.ColorRole.Link: QColor(138, 180, 248),
        QPalette.ColorRole.LinkVisited: QColor(242, 139, 130), QPalette.ColorRole.PlaceholderText: QColor(COLORS["muted"][1]),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(110, 113, 118))
    return p


class Theme(QObject):
    """Applies ``system`` / ``light`` / ``dark`` to the application and follows system changes."""

    def __init__(self, app: QApplication, scheme: str = "system") -> None:
        super().__init__(app)
        self.app = app
        self.scheme = scheme
        app.setStyle(ContrastStyle())
        self._light = light_palette(app.style().standardPalette())
        app.styleHints().colorSchemeChanged.connect(self._on_system_changed)
        self.apply(scheme)

    def is_dark(self) -> bool:
        if self.scheme == "dark":
            return True
        if self.scheme == "light":
            return False
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark

    def apply(self, scheme: str) -> None:
        self.scheme = scheme if scheme in ("system", "light", "dark") else "system"
        self.app.setPalette(dark_palette() if self.is_dark() else self._light)
        # widgets polished under the application style sheet keep their old palette: re-polish them
        self.app.setStyleSheet("")
        self.app.setStyleSheet(STYLE_SHEET)

    def _on_system_changed(self, *args: object) -> None:
        if self.scheme == "system":
            self.apply("system")
