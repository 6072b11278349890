"""Light and dark palettes. ``system`` follows the platform's colour scheme, live.

Fusion is used everywhere so both palettes look the same on every platform (and offscreen).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

__all__ = ["Theme", "dark_palette"]

STYLE_SHEET = """
QLabel#view-title { font-size: 18pt; font-weight: 600; }
QLabel#welcome-title { font-size: 20pt; font-weight: 600; }
QLabel#error-title { font-weight: 600; color: palette(link-visited); }
QLabel#demo-mark { background: #b3261e; color: white; font-weight: 700; padding: 4px 10px; }
QListWidget#sidebar { font-size: 11pt; border: none; }
QListWidget#sidebar::item { padding: 8px 10px; }
QLabel#placeholder-body { font-size: 11pt; }
QLabel#welcome-body, QLabel#welcome-did { font-size: 11pt; }
QLabel#empty-state, QLabel#placeholder-today { color: palette(placeholder-text); }
"""


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(32, 33, 36), QColor(41, 42, 45), QColor(232, 234, 237)
    roles = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base, QPalette.ColorRole.AlternateBase: QColor(48, 49, 52),
        QPalette.ColorRole.Text: text, QPalette.ColorRole.Button: QColor(53, 54, 58),
        QPalette.ColorRole.ButtonText: text, QPalette.ColorRole.ToolTipBase: window,
        QPalette.ColorRole.ToolTipText: text, QPalette.ColorRole.Highlight: QColor(66, 133, 244),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255), QPalette.ColorRole.Link: QColor(138, 180, 248),
        QPalette.ColorRole.LinkVisited: QColor(242, 139, 130), QPalette.ColorRole.PlaceholderText: QColor(154, 160, 166),
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
        app.setStyle("Fusion")
        self._light = QPalette(app.style().standardPalette())
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
