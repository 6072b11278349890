"""Views that read the whole wallet load it only when they are on screen.

Opening a wallet of 10,000 credentials should show the library first; a view the learner has not
opened yet (Share, Journey) would only compete with it for the serial lane and the interpreter.
Such a view is *stale* until loaded: shown while stale, it reloads; told of a change while
hidden, it only marks itself stale.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

__all__ = ["LoadWhenShown"]


class LoadWhenShown(QObject):
    """Attached to a view: calls ``load`` when the view is shown while stale, or at once when it is
    marked stale while visible. ``load`` calls :meth:`loading` when it actually starts a load."""

    def __init__(self, view: QWidget, load: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._load = load
        self.stale = True
        view.installEventFilter(self)

    def mark_stale(self) -> None:
        self.stale = True
        if self._view.isVisible():
            self._load()

    def loading(self) -> None:
        """The view's data is being loaded: it is up to date from here on."""
        self.stale = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Show and self.stale:
            self._load()
        return False
