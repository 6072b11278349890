"""Views that read the whole wallet load it only when they are on screen.

Opening a wallet of 10,000 credentials should show the library first; a view the learner has not
opened yet (Share, Journey) would only compete with it for the serial lane and the interpreter.
Such a view is *stale* until loaded: shown while stale, it reloads; told of a change while
hidden, it only marks itself stale.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

__all__ = ["LoadsWhenShown"]


class LoadsWhenShown(QWidget):
    """Subclasses implement :meth:`reload` (starting with ``self.loading()``) and call
    :meth:`mark_stale` when the wallet opens or changes in a way they show."""

    _stale = True

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def loading(self) -> None:
        """Called by :meth:`reload` when it starts a load: the view is up to date from here on."""
        self._stale = False

    @property
    def stale(self) -> bool:
        return self._stale

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError
