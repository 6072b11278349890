"""The main window: navigation only. Which page shows, the sidebar, menus and shortcuts.

Pages: a wallet view when a wallet is open; otherwise the first-run welcome, "opening…", or the
problem page. Verify needs no wallet (an employer's kiosk runs ``learner-wallet --verify``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.about import AboutDialog
from ui.backup.dialogs import BackupActions
from ui.demo import DemoFeatures
from ui.errors import Problem
from ui.first_run import FirstRunView, ProblemView
from ui.identity.view import IdentityView
from ui.journey.page import JourneyPage
from ui.library.view import LibraryView
from ui.session import Session
from ui.settings.dialog import SettingsDialog
from ui.settings.network import network_permission
from ui.share.view import ShareView
from ui.tasks import OpContext
from ui.theme import Theme
from ui.verify.view import VerifyView
from wallet import Change, Wallet

__all__ = ["VIEW_NAMES", "MainWindow"]

VIEW_NAMES = ("library", "journey", "share", "verify", "identity")


class MainWindow(QMainWindow):
    view_changed = Signal(str)

    def __init__(self, session: Session, *, theme: Theme | None = None, verify_file: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.theme = theme
        self.state = "first-run"  # first-run | opening | problem | open
        self.current_view = "library"
        self.about_dialog: AboutDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.pending_offer: str | None = None  # an offer link given before the wallet was open
        self.setObjectName("main-window")
        self.setAccessibleName(self.tr("Learner Wallet"))
        self.resize(1100, 720)
        self.setMinimumSize(760, 520)

        self.views: dict[str, QWidget] = {
            "library": LibraryView(session), "journey": JourneyPage(session), "share": ShareView(session),
            "verify": VerifyView(session, verify_file), "identity": IdentityView(session),
        }
        self.library: LibraryView = self.views["library"]  # type: ignore[assignment]
        self.identity: IdentityView = self.views["identity"]  # type: ignore[assignment]
        self.verify: VerifyView = self.views["verify"]  # type: ignore[assignment]
        self.share: ShareView = self.views["share"]  # type: ignore[assignment]
        self.journey: JourneyPage = self.views["journey"]  # type: ignore[assignment]
        self.journey.credential_activated.connect(self.show_credential)
        self.library.share_requested.connect(self.share_credentials)
        self.first_run = FirstRunView(session)
        self.problem = ProblemView(session)
        self.opening = QLabel(self.tr("Opening your wallet…"))
        self.opening.setAccessibleName(self.tr("Opening your wallet"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        for page in (*self.views.values(), self.first_run, self.problem, self.opening):
            self.pages.addWidget(page)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Views"))
        self.sidebar.setFixedWidth(180)
        titles = (self.tr("Library"), self.tr("Journey"), self.tr("Share"), self.tr("Verify"), self.tr("Identity"))
        for i, (name, title) in enumerate(zip(VIEW_NAMES, titles, strict=True)):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(f"{title} (Ctrl+{i + 1})")
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row)

        self.demo_mark = QLabel(self.tr("DEMO — a fictional learner at a fictional university. Nothing here is real."))
        self.demo_mark.setObjectName("demo-mark")
        self.demo_mark.setAccessibleName(self.tr("Demo wallet"))
        self.demo_mark.setVisible(session.is_demo)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.sidebar)
        body.addWidget(self.pages, 1)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.demo_mark)
        self.backup = BackupActions(self, session)  # File ▸ Back up… / Restore…, and the reminder banner
        column.addWidget(self.backup.reminder)
        column.addLayout(body, 1)
        self.setCentralWidget(central)
        self.import_flow = self.library.import_flow  # File ▸ Import, Ctrl+V, drops, QR images, screen regions
        self.network_permission = network_permission(session)  # "ask": once per session (allow_network)
        self._build_menus()

        session.opened.connect(self._on_opened)
        session.open_failed.connect(self._on_open_failed)
        session.runner.wallet_changed.connect(self._on_wallet_changed)
        self._update_title()
        self._refresh_page()
        self.demo_features = DemoFeatures(self)  # tour, presentation mode, reset (after the window's own slots)
        self.first_run.demo_requested.connect(self.demo_features.open_demo)

    # --- menus and shortcuts ------------------------------------------------------------------
    def _action(self, menu: Any, text: str, slot: Any,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.import_action = self._action(file_menu, self.tr("&Import files…"), self.import_files,
                                          QKeySequence.StandardKey.Open)
        self.paste_action = self._action(file_menu, self.tr("&Paste to import"), self.paste_import,
                                         QKeySequence.StandardKey.Paste)
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # text fields keep their Ctrl+V
        self.region_action = self._action(file_menu, self.tr("Import a QR code from the &screen…"),
                                          self.import_region)
        self.receive_action = self._action(file_menu, self.tr("Receive from an &issuer…"), self._receive_from_menu)
        self.share_action = self._action(file_menu, self.tr("&Share…"), self.share_selection, "Ctrl+E")
        file_menu.addSeparator()
        self.backup_action = self._action(file_menu, self.tr("&Back up…"), self.backup.back_up)
        self.restore_action = self._action(file_menu, self.tr("&Restore…"), self.backup.restore)
        file_menu.addSeparator()
        self.settings_action = self._action(file_menu, self.tr("&Settings…"), self.show_settings,
                                            QKeySequence.StandardKey.Preferences)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        view_menu = bar.addMenu(self.tr("&View"))
        self.view_actions: dict[str, QAction] = {}
        for i, name in enumerate(VIEW_NAMES):
            self.view_actions[name] = self._action(view_menu, self.sidebar.item(i).text(), self._on_view_action,
                                                   f"Ctrl+{i + 1}")
            self.view_actions[name].setData(name)
        view_menu.addSeparator()
        self.find_action = self._action(view_menu, self.tr("&Find…"), self.focus_search, QKeySequence.StandardKey.Find)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(help_menu, self.tr("&About Learner Wallet"), self.show_about)

    # --- pages --------------------------------------------------------------------------------
    def start(self, view: str = "library") -> None:
        """Open the wallet when there is one (or the demo), else show the first-run welcome."""
        self.current_view = view
        if self.session.exists() or self.session.demo:
            self.state = "opening"
            self.session.open(self)
        else:
            self.state = "first-run"
        self._refresh_page()

    def show_view(self, name: str) -> None:
        if name not in VIEW_NAMES:
            raise ValueError(f"unknown view {name!r}")
        self.current_view = name
        self._refresh_page()
        self.view_changed.emit(name)

    def _page_for(self, name: str) -> QWidget:
        if name == "verify" or self.state == "open":
            return self.views[name]
        return {"opening": self.opening, "problem": self.problem}.get(self.state, self.first_run)

    def _refresh_page(self) -> None:
        is_open = self.state == "open"
        self.sidebar.setVisible(is_open or self.current_view == "verify")
        self.pages.setCurrentWidget(self._page_for(self.current_view))
        row = VIEW_NAMES.index(self.current_view)
        if self.sidebar.currentRow() != row:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(row)
            self.sidebar.blockSignals(False)
        for action in (self.import_action, self.paste_action, self.region_action, self.settings_action,
                       self.find_action, self.backup_action, self.receive_action):
            action.setEnabled(is_open)
        self.paste_action.setEnabled(is_open or self.current_view == "verify")
        self.demo_mark.setVisible(self.session.is_demo)

    def _on_sidebar_row(self, row: int) -> None:
        if 0 <= row < len(VIEW_NAMES):
            self.show_view(VIEW_NAMES[row])

    def _on_view_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.show_view(str(action.data()))

    def _on_opened(self) -> None:
        self.state = "open"
        self._update_title()
        self._refresh_page()
        if self.pending_offer is not None:
            offer, self.pending_offer = self.pending_offer, None
            self.receive_offer(offer or None)
        self.session.run(self, _read_theme, success=self._apply_theme)

    def _on_open_failed(self, problem: Problem) -> None:
        self.state = "problem"
        self.problem.show_problem(problem)
        self._refresh_page()

    def _on_wallet_changed(self, change: Change) -> None:
        if change.kind == "settings":
            self.session.run(self, _read_theme, success=self._apply_theme)

    def _apply_theme(self, scheme: Any) -> None:
        if self.theme is not None:
            self.theme.apply(str(scheme))

    def _update_title(self) -> None:
        title = self.tr("Learner Wallet")
        demo = self.tr("Demo")
        self.setWindowTitle(f"{title} — {demo}" if self.session.is_demo else title)

    # --- actions ------------------------------------------------------------------------------
    def import_files(self) -> None:
        if self.state == "open":
            self.show_view("library")
            self.import_flow.choose_files()

    def paste_import(self) -> None:
        """Ctrl+V: on Verify, verify the clipboard; elsewhere import it."""
        if self.current_view == "verify":
            self.verify.verify_clipboard()
        elif self.state == "open":
            from ui.receive import looks_like_offer

            text = QGuiApplication.clipboard().text()
            if looks_like_offer(text):  # an issuer's "Add to wallet" link: receive, do not import
                self.receive_offer(text.strip())
            else:
                self.import_flow.paste()

    def _receive_from_menu(self) -> None:
        self.receive_offer()

    def receive_offer(self, offer: str | None = None) -> None:
        """File ▸ Receive from an issuer…, a pasted offer link, or ``learner-wallet openid-credential-offer://…``
        (kept until the wallet is open)."""
        if self.state != "open":
            self.pending_offer = offer or ""
            return
        from ui.receive import ReceiveDialog

        self.receive_dialog = ReceiveDialog(self.session, self, offer)
        self.receive_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.receive_dialog.open()

    def import_region(self) -> None:
        if self.state == "open":
            self.import_flow.choose_region()

    def show_credential(self, credential_id: str) -> None:
        """Show one credential in the Library's detail view."""
        if self.state == "open":
            self.show_view("library")
            self.library.open_credential(credential_id)

    def share_credentials(self, ids: list[str], collection: str = "") -> None:
        """A new share of these credentials, or of a collection (from the Library)."""
        if self.state == "open":
            self.show_view("share")
            self.share.start(list(ids) or None, collection=collection or None)

    def share_selection(self) -> None:
        """Ctrl+E: a new share of the Library's selection (or an empty one)."""
        if self.state == "open":
            ids = self.library.selected_ids() if self.current_view == "library" else []
            self.show_view("share")
            self.share.start(ids)

    def focus_search(self) -> None:
        if self.state == "open":
            self.show_view("library")
            self.library.focus_search()

    def show_settings(self) -> None:
        if self.state == "open":
            self.settings_dialog = SettingsDialog(self.session, self)
            self.settings_dialog.open()

    def show_about(self) -> None:
        self.about_dialog = AboutDialog(self.session.home, self)
        self.about_dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.runner.shutdown()
        super().closeEvent(event)


def _read_theme(wallet: Wallet, op: OpContext) -> str:
    return str(wallet.setting("theme", "system"))
