"""Demo mode for career advisors: the guided tour, presentation mode and Reset demo, wired into a
main window's menus by :class:`DemoFeatures` (one line in ``MainWindow.__init__``).

* Help ▸ Demo wallet (on every wallet: opens the demo in its own window) and Help ▸ Guided tour (in the
  demo: starts it; elsewhere: opens the demo, which offers it) — :mod:`ui.demo.tour`, :mod:`ui.demo.launch`;
* View ▸ Presentation mode (F11) — :mod:`ui.demo.presentation`;
* File ▸ Reset demo… (demo wallets only, with a confirmation) — :mod:`ui.demo.reset`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.demo.launch import launch_demo
from ui.demo.presentation import PresentationMode
from ui.demo.reset import DemoReset
from ui.demo.tour import Tour

if TYPE_CHECKING:
    from ui.main_window import MainWindow

__all__ = ["DemoFeatures"]


def _menu_of(window: MainWindow, action: QAction) -> QMenu | None:
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and action in menu.actions():
            return menu
    return None


class DemoFeatures(QObject):
    """The demo's actions on ``window``: ``tour``, ``presentation``, ``reset`` and their QActions."""

    offer_tour = True  # set False before the wallet opens to skip the invitation (screenshots, scripts)
    launcher = staticmethod(launch_demo)  # opens the demo window; tests give their own

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.tour = Tour(window)
        self.presentation = PresentationMode(window)
        self.reset = DemoReset(window)
        self._offered = False

        file_menu = _menu_of(window, window.settings_action)
        view_menu = _menu_of(window, window.find_action)
        help_menu = _menu_of(window, window.about_action)
        self.reset_action = QAction(self.tr("&Reset demo…"), window)
        self.reset_action.triggered.connect(self.reset.confirm)
        if file_menu is not None:
            file_menu.insertAction(window.settings_action, self.reset_action)
        self.presentation_action = QAction(self.tr("&Presentation mode"), window)
        self.presentation_action.setCheckable(True)
        self.presentation_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.presentation_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.presentation_action.setToolTip(self.tr("Large text and full screen, for a projector (F11)"))
        self.presentation_action.toggled.connect(self.presentation.set_active)
        self.presentation.toggled.connect(self.presentation_action.setChecked)
        if view_menu is not None:
            view_menu.addSeparator()
            view_menu.addAction(self.presentation_action)
        self.tour_action = QAction(self.tr("&Guided tour"), window)
        self.tour_action.triggered.connect(self.start_tour)
        self.demo_action = QAction(self.tr("&Demo wallet"), window)
        self.demo_action.setToolTip(self.tr("Open a fictional learner's wallet in a new window, to explore or "
                                            "to show the app"))
        self.demo_action.triggered.connect(self.open_demo)
        if help_menu is not None:
            help_menu.insertAction(window.about_action, self.demo_action)
            help_menu.insertAction(window.about_action, self.tour_action)
            help_menu.insertSeparator(window.about_action)
        for action in (self.reset_action, self.presentation_action, self.tour_action, self.demo_action):
            window.addAction(action)  # shortcuts work even when the menu bar is hidden (full screen)

        window.session.opened.connect(self._on_opened)
        self.reset.reset_finished.connect(self._update_actions)
        self._update_actions()

    def _update_actions(self, *args: Any) -> None:
        w = self.window
        demo = w.session.is_demo
        is_open = w.state == "open" and w.session.wallet is not None
        self.reset_action.setVisible(demo)
        self.reset_action.setEnabled(demo and is_open)
        self.tour_action.setEnabled(is_open or not demo)
        self.demo_action.setVisible(not demo)

    def open_demo(self) -> None:
        """Help ▸ Demo wallet, or "Try the demo" on the first-run page: the demo in its own window."""
        if not self.launcher():
            from ui.errors import Problem
            from ui.tasks import show_problem

            show_problem(self.window, Problem(self.tr("The demo could not be opened"),
                                              self.tr("The system did not start a new window."),
                                              self.tr("Start Learner Wallet with the --demo option."), "demo-launch"))

    def start_tour(self) -> None:
        """The tour runs on the demo wallet: started here in the demo, else the demo opens and offers it."""
        if self.window.session.is_demo:
            self.tour.start()
        else:
            self.open_demo()

    def _on_opened(self) -> None:
        self._update_actions()
        if self.window.session.is_demo and self.offer_tour and not self._offered:
            self._offered = True
            self.tour.offer()
