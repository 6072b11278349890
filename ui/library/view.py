"""Library: the learner's credentials as cards, searched as they type, sorted and filtered (type,
issuer, skill, experience, state, tag, collection; hidden ones on request); import files (Ctrl+O, drag
and drop); open one (Enter, double-click) in the detail view; organise (Ctrl+T), hide (Ctrl+H),
verify again (F5), delete with a 10-second Undo (several at once after a confirmation).

Opening a large wallet shows the first screenful before the rest: the first load asks the wallet for
the newest credentials only (the list's default order, hidden and archived ones left out), shows them,
then prepares every row (search texts, facets, filter counts) in a second job on the serial lane. While
only the first rows are in, the count says the library is loading, the filter menus wait, and a search,
a filter or a sort applies to what is in; when every row arrives, the same search, filters and sort
are applied to all of them (the proxy keeps them and re-filters on the model's reset)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.detail.images import ImageCache
from ui.detail.view import DetailView
from ui.library import jobs
from ui.library.curation import Curate, CurationDialog
from ui.library.damage import DamageBanner
from ui.library.import_flow import ImportFlow
from ui.library.model import (
    CredentialFilterProxy,
    CredentialListModel,
    Roles,
    RowCache,
)
from ui.library.parts import CARD_MIN_WIDTH, CardGrid, CredentialDelegate, FilterBar
from ui.session import Session
from wallet import Change, ImportResult

__all__ = ["LibraryView"]

UNDO_SECONDS = 10
#: the first load shows at least this many rows before the rest; a wallet of no more is loaded whole
#: at once (building and preparing 100 rows takes a few milliseconds)
FIRST_ROWS_MIN = 100
PARTIAL_LIMIT = 500  # a curation of more credentials than this reloads the whole library


class LibraryView(QWidget):
    import_finished = Signal(object)  # wallet.ImportResult
    share_requested = Signal(object, str)  # credential ids, collection ("" for none)
    credential_opened = Signal(str)  # the detail view shows this credential
    rows_loaded = Signal()  # every row is in the model (after the first screenful, if there was one)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("library")
        self.setAcceptDrops(True)
        self._row_cache: RowCache = {}  # per-row search texts and facets, kept between loads
        #: how many rows the first load shows before the rest (None: a screenful, from the screen's size)
        self.first_rows: int | None = None
        self._first_pending = False  # the first screenful is being read
        self._ever_loaded = False  # every row has been in the model once
        self._partial_total = -1  # while only the first rows are in: how many credentials there are
        self.model = CredentialListModel(self)
        self.proxy = CredentialFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.images = ImageCache(session, parent=self)

        title = QLabel(self.tr("Library"))
        title.setObjectName("view-title")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, issuers, skills, tags, notes…"))
        self.search.setAccessibleName(self.tr("Search credentials"))
        self.search.setToolTip(self.tr("Search as you type (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.search.installEventFilter(self)  # Down moves into the results
        self.import_button = QPushButton(self.tr("Import files…"))
        self.import_button.setAccessibleName(self.tr("Import credential files"))
        self.import_button.setToolTip(self.tr("Import credential files (Ctrl+O)"))
        # the one import flow of the window (File ▸ Import, Ctrl+V, drops, this button): progress with
        # Cancel, then the summary of what was added, already there, or failed and why
        self.import_flow = ImportFlow(session, self)
        self.import_flow.finished.connect(self._imported)
        self.import_button.clicked.connect(self.choose_files)
        self.organise_button = QPushButton(self.tr("Organise…"))
        self.organise_button.setAccessibleName(self.tr("Organise the selected credentials"))
        self.organise_button.setToolTip(self.tr("Tags, collections, favourite, your own title, hide or archive (Ctrl+T)"))
        self.organise_button.clicked.connect(self.organise_selected)
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.setAccessibleName(self.tr("Hide the selected credentials, or show them again"))
        self.hide_button.setToolTip(self.tr("Hide the selected credentials, or show them again (Ctrl+H)"))
        self.hide_button.clicked.connect(self.toggle_hidden_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected credentials"))
        self.delete_button.setToolTip(self.tr("Delete the selected credentials (Delete); you can undo it"))
        self.delete_button.clicked.connect(self.delete_selected)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.search, 2)
        top.addWidget(self.import_button)
        top.addWidget(self.organise_button)
        top.addWidget(self.hide_button)
        top.addWidget(self.delete_button)

        self.filters = FilterBar()
        self.filters.sort_changed.connect(self.model.set_sort)
        self.filters.filter_changed.connect(self._on_filter)
        self.filters.show_hidden_changed.connect(self._on_show_hidden)
        self.filters.share_collection_requested.connect(self.share_collection)

        self.list = CardGrid()  # a collection of cards, as many columns as the width allows
        self.list.setObjectName("credential-list")
        self.list.setAccessibleName(self.tr("Credentials"))
        self.list.setAccessibleDescription(self.tr("Enter opens a credential; Delete deletes; F5 verifies again"))
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(CredentialDelegate(self.images, self.list))
        self.list.setUniformItemSizes(True)
        # laid out in batches between paints: placing 10,000 rows asks the (Python) proxy for each
        # row's index, so the first screenful and a cleared search show before every row is placed
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(500)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.selectionModel().selectionChanged.connect(self._update_actions)
        self.list.activated.connect(self._on_activated)
        self.images.image_ready.connect(self._image_ready)

        def shortcut(keys: QKeySequence | QKeySequence.StandardKey | str, slot: Any) -> QShortcut:
            s = QShortcut(QKeySequence(keys), self.list)
            s.setContext(Qt.ShortcutContext.WidgetShortcut)
            s.activated.connect(slot)
            return s

        shortcut(QKeySequence.StandardKey.Delete, self.delete_selected)
        shortcut(QKeySequence.StandardKey.Refresh, self.verify_selected)
        shortcut("Ctrl+T", self.organise_selected)
        shortcut("Ctrl+H", self.toggle_hidden_selected)
        self.empty = QLabel(self.tr(
            "No credentials yet.\n\nImport the files your university, employers or community partners gave you "
            "(Ctrl+O), or drop them here."))
        self.empty.setObjectName("empty-state")
        self.empty.setAccessibleName(self.tr("No credentials yet"))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match = QLabel(self.tr("No credential matches this search or these filters."))
        self.no_match.setAccessibleName(self.tr("No matches"))
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        for w in (self.empty, self.list, self.no_match):
            self.pages.addWidget(w)
        self.count = QLabel()
        self.count.setObjectName("count")
        self.count.setAccessibleName(self.tr("Credential count"))
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setAccessibleName(self.tr("Last action"))
        self.notice.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the deletion"))
        self.undo_button.setToolTip(self.tr("Undo the deletion (for %1 seconds)").replace("%1", str(UNDO_SECONDS)))
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.setVisible(False)
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(UNDO_SECONDS * 1000)
        self.undo_timer.timeout.connect(self._undo_expired)
        self._undo_token: Any = None
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.notice, 3)
        bottom.addWidget(self.undo_button)

        browse = QWidget()
        browse.setObjectName("library-browse")
        layout = QVBoxLayout(browse)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.pages, 1)
        self.browse = browse

        self.detail = DetailView(session)
        self.detail.back_requested.connect(self.show_list)
        self.detail.share_requested.connect(self._share_ids)
        self.detail.delete_requested.connect(self._delete_ids)
        self.stack = QStackedWidget()
        self.stack.addWidget(browse)
        self.stack.addWidget(self.detail)
        outer = QVBoxLayout(self)
        self.damage = DamageBanner(session)  # damaged records: named, with a way out
        self.damage.repaired.connect(self.reload)
        outer.addWidget(self.damage)
        outer.addWidget(self.stack, 1)
        outer.addLayout(bottom)
        QWidget.setTabOrder(self.search, self.import_button)
        QWidget.setTabOrder(self.import_button, self.organise_button)
        QWidget.setTabOrder(self.organise_button, self.hide_button)
        QWidget.setTabOrder(self.hide_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.filters.sort)
        last: QWidget = self.filters.sort
        chain: list[QWidget] = [*self.filters.combos.values(), self.filters.show_hidden, self.filters.clear_button,
                                self.filters.share_collection, self.list]
        for widget in chain:
            QWidget.setTabOrder(last, widget)
            last = widget

        session.opened.connect(self.reload)
        session.runner.wallet_changed.connect(self._on_wallet_changed)
        self._dialog: Any = None
        self._update_pages()

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self.focus_results()
            return True
        return super().eventFilter(watched, event)

    def focus_results(self) -> None:
        """Move from the search box into the results: the current card, else the first, selected."""
        if not self.proxy.rowCount():
            return
        index = self.list.currentIndex()
        if not index.isValid():
            index = self.proxy.index(0, 0)
            self.list.setCurrentIndex(index)
        self.list.scrollTo(index)
        self.list.setFocus(Qt.FocusReason.TabFocusReason)

    # --- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Load every row on the serial lane; the first time, the first screenful before the rest."""
        if self._first_pending:
            return  # the full load that follows the first screenful is queued after this change
        if not self._ever_loaded and self.model.sort_name() == "date":
            op = self.session.run(self, jobs.LoadFirst(self._first_count(), self._row_cache), success=self._first_loaded,
                                  failure=self._first_failed)
            self._first_pending = op is not None
            if op is not None:
                return
        self._load_all()

    def _load_all(self) -> None:
        self.session.run(self, jobs.LoadCredentials(self.model.sort_name(), self._row_cache), success=self._loaded)

    def _first_count(self) -> int:
        """How many cards fill the screen (the window can grow to it): columns times rows, one row
        spare; at least ``FIRST_ROWS_MIN``."""
        if self.first_rows is not None:
            return max(1, self.first_rows)
        screen = self.screen() or QGuiApplication.primaryScreen()
        size = screen.availableSize() if screen is not None else None
        if size is None or size.isEmpty():
            return FIRST_ROWS_MIN
        card_height = max(1, self.list.card_size().height())
        cards = max(1, size.width() // CARD_MIN_WIDTH) * (size.height() // card_height + 1)
        return max(FIRST_ROWS_MIN, cards)

    def _first_loaded(self, result: Any) -> None:
        self._first_pending = False
        prepared, rest = result
        if not rest:  # a small wallet: every row is here already
            self._loaded(prepared)
            return
        if not self._ever_loaded:
            self._partial_total = rest
            self.model.set_prepared(prepared)
            self._update_pages()
            if self.isVisible():
                self.list.viewport().repaint()  # the credentials show before the other views' loads are handled
        self._load_all()  # the rest, after the jobs the other views queued when the wallet opened

    def _first_failed(self, exc: BaseException) -> None:
        self._first_pending = False
        self._load_all()  # the full load reports what is wrong, if it still is

    def is_loading(self) -> bool:
        """True while only the first screenful is in the model (the rest is being prepared)."""
        return self._partial_total >= 0

    def _loaded(self, prepared: Any) -> None:
        current = self.current_id()
        selected = self.selected_list_ids()
        first = self.model.rowCount() == 0
        self._partial_total = -1
        self._ever_loaded = True
        self.model.set_prepared(prepared)
        self._restore_selection(selected, current)
        self._update_pages()
        if first and self.isVisible():
            self.list.viewport().repaint()  # the credentials show before the other views' loads are handled
        self.filters.populate(self.model)
        self.damage.check()
        self.rows_loaded.emit()

    def _rows_changed(self, updates: Any) -> None:
        self.model.update_rows(updates)
        self._update_pages()
        self.filters.populate(self.model)

    def _restore_selection(self, ids: list[str], current: str | None) -> None:
        sel = self.list.selectionModel()
        for cid in ids:
            index = self._proxy_index(cid)
            if index.isValid():
                sel.select(index, sel.SelectionFlag.Select)
        if current:
            index = self._proxy_index(current)
            if index.isValid():
                sel.setCurrentIndex(index, sel.SelectionFlag.NoUpdate)

    def _proxy_index(self, cid: str) -> Any:
        row = self.model.row_of(cid)
        return self.proxy.mapFromSource(self.model.index(row)) if row >= 0 else self.proxy.index(-1, 0)

    def _on_wallet_changed(self, change: Change) -> None:
        if change.kind == "curation" and change.ids and self.model.rowCount() and len(change.ids) <= PARTIAL_LIMIT:
            # tags, a title, hidden…: only those rows are read and replaced, not the whole library
            self.session.run(self, jobs.LoadSome(list(change.ids), self._row_cache), success=self._rows_changed)
        elif change.kind in ("credentials", "curation"):
            if change.kind == "credentials":
                self.images.clear(list(change.ids))
            self.reload()
        elif change.kind == "settings":
            self.images.clear()
            self.list.viewport().update()

    def _image_ready(self, cid: str) -> None:
        self.list.viewport().update()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_pages()

    def _on_filter(self, name: str, value: str) -> None:
        self.proxy.set_filter(name, value or None)
        self._update_pages()

    def _on_show_hidden(self, show: bool) -> None:
        self.proxy.set_show_hidden(show)
        self._update_pages()

    def _update_actions(self, *args: Any) -> None:
        ids = self.selected_list_ids()
        for b in (self.delete_button, self.organise_button, self.hide_button):
            b.setEnabled(bool(ids))
        all_rows = self.model.rows()
        rows = [all_rows[r] for r in map(self.model.row_of, ids) if r >= 0]
        all_hidden = bool(rows) and all(s.curation.hidden for s in rows)
        self.hide_button.setText(self.tr("Show again") if all_hidden else self.tr("Hide"))

    def _update_pages(self) -> None:
        self._update_actions()
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if self.is_loading():  # the first screenful: no "nothing matches" or counts before every row is in
            self.pages.setCurrentWidget(self.list)
            self.count.setText(self.tr("Loading %1 credentials…").replace("%1", str(self._partial_total)))
            return
        self.pages.setCurrentWidget(self.empty if total == 0 else self.list if shown else self.no_match)
        if total == shown:
            self.count.setText(self.tr("1 credential") if total == 1 else
                               self.tr("%1 credentials").replace("%1", str(total)))
        else:
            self.count.setText(self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total)))
        hidden = self.proxy.hidden_count()
        if hidden and not self.proxy.show_hidden():
            self.count.setText(self.count.text() + "  ·  " + self.tr("%1 hidden").replace("%1", str(hidden)))

    def select(self, credential_id: str) -> bool:
        """Select and show one credential (clearing a search or filters that hide it)."""
        row = self.model.row_of(credential_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row))
        if not index.isValid():
            self.filters.clear()
            index = self.proxy.mapFromSource(self.model.index(row))
        if not index.isValid():
            self.filters.show_hidden.setChecked(True)
            index = self.proxy.mapFromSource(self.model.index(row))
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)
        return True

    def focus_search(self) -> None:
        self.show_list()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- the detail view ----------------------------------------------------------------------
    def open_credential(self, credential_id: str) -> None:
        """Show one credential in the detail view (Enter or double-click in the list)."""
        self.select(credential_id)
        self.stack.setCurrentWidget(self.detail)
        self.detail.show_credential(credential_id)
        self.detail.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.credential_opened.emit(credential_id)

    def showing_detail(self) -> bool:
        return self.stack.currentWidget() is self.detail

    def show_top(self) -> None:
        """The whole list from its first card: no search, the detail closed (the guided tour's first stop)."""
        self.show_list()
        self.search.clear()
        if self.model.rowCount():
            self.list.scrollToTop()

    def center_on(self, credential_id: str) -> bool:
        """Select one credential and scroll it to the middle of the list."""
        if not self.select(credential_id):
            return False
        self.list.scrollTo(self.list.currentIndex(), QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def open_checks(self, credential_id: str) -> None:
        """Open one credential on its Checks page, once loaded (``detail.loaded`` fires then)."""
        self.detail.loaded.connect(self._show_checks_once)
        self.open_credential(credential_id)

    def _show_checks_once(self, credential_id: str) -> None:
        self.detail.loaded.disconnect(self._show_checks_once)
        self.detail.show_checks()

    def tour_targets(self) -> list[QWidget]:
        """What a guide pointing at this view must not cover."""
        if self.showing_detail():
            return self.detail.tour_targets()
        return [self.search]

    def show_list(self) -> None:
        if self.showing_detail():
            self.stack.setCurrentWidget(self.browse)
            cid = self.detail.credential_id
            if cid:
                self.select(cid)
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_activated(self, index: Any) -> None:
        cid = index.data(Roles.ID)
        if cid:
            self.open_credential(str(cid))

    # --- selection and actions ----------------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.list.currentIndex()
        return str(index.data(Roles.ID)) if index.isValid() else None

    def selected_list_ids(self) -> list[str]:
        rows = sorted(self.list.selectionModel().selectedIndexes(), key=lambda i: i.row())
        return [str(i.data(Roles.ID)) for i in rows]

    def selected_ids(self) -> list[str]:
        """The credential shown in the detail view, else the list's selection."""
        if self.showing_detail() and self.detail.credential_id:
            return [self.detail.credential_id]
        return self.selected_list_ids()

    def selected_summaries(self) -> list[Any]:
        all_rows = self.model.rows()
        return [all_rows[r] for r in map(self.model.row_of, self.selected_ids()) if r >= 0]

    def organise_selected(self) -> None:
        summaries = self.selected_summaries()
        if not summaries:
            return
        tags = [t for t, _ in self.model.facet_values("tag")]
        collections = [c for c, _ in self.model.facet_values("collection")]
        dialog = CurationDialog(self.session, summaries, tags, collections, self)
        self._dialog = dialog
        dialog.open()

    def toggle_hidden_selected(self) -> None:
        summaries = self.selected_summaries()
        if not summaries:
            return
        hide = not all(s.curation.hidden for s in summaries)
        n = len(summaries)
        self.session.run(self, Curate([s.id for s in summaries], hidden=hide))
        if hide:
            self.notice.setText(self.tr("Hidden: %1. Tick “Show hidden” to see them.").replace("%1", str(n)))
        else:
            self.notice.setText(self.tr("Shown again: %1.").replace("%1", str(n)))

    def set_favourite_selected(self, on: bool) -> None:
        ids = self.selected_ids()
        if ids:
            self.session.run(self, Curate(ids, favourite=on))

    def verify_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.session.run(self, jobs.VerifyAgain(ids), success=self._verified,
                             progress_label=self.tr("Verifying again…"))

    def _verified(self, result: Any) -> None:
        states, _change = result
        n = len(states)
        ok = sum(1 for s in states if s == "verified")
        self.notice.setText(self.tr("Verified again: %1 of %2 check out.").replace("%1", str(ok)).replace("%2", str(n)))

    def share_collection(self, collection: str) -> None:
        self.share_requested.emit([], collection)

    def _share_ids(self, ids: Any) -> None:
        self.share_requested.emit(list(ids), "")

    def _context_menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        if index.isValid() and not self.list.selectionModel().isSelected(index):
            self.list.setCurrentIndex(index)
        summaries = self.selected_summaries()
        if not summaries:
            return
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Credential actions"))

        def add(text: str, slot: Any, shortcut: str = "") -> QAction:
            action = menu.addAction(text)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            return action

        if len(summaries) == 1:
            add(self.tr("Open"), lambda: self.open_credential(summaries[0].id), "Return")
        add(self.tr("Verify again"), self.verify_selected, "F5")
        add(self.tr("Organise…"), self.organise_selected, "Ctrl+T")
        fav = all(s.curation.favourite for s in summaries)
        add(self.tr("Remove from favourites") if fav else self.tr("Add to favourites"),
            lambda: self.set_favourite_selected(not fav))
        add(self.tr("Show again") if all(s.curation.hidden for s in summaries) else self.tr("Hide"),
            self.toggle_hidden_selected, "Ctrl+H")
        add(self.tr("Share…"), lambda: self._share_ids([s.id for s in summaries]), "Ctrl+E")
        collection = self.filters.values().get("collection")
        if collection:
            add(self.tr("Share this collection…"), lambda: self.share_collection(collection))
        menu.addSeparator()
        add(self.tr("Delete"), self.delete_selected, "Del")
        self._menu = menu
        menu.popup(self.list.viewport().mapToGlobal(pos))

    # --- importing ----------------------------------------------------------------------------
    def choose_files(self) -> None:
        self.import_flow.choose_files()

    def import_files(self, paths: list[str]) -> None:
        if paths:
            self.import_flow.import_paths(list(paths))

    def _imported(self, batch: ImportResult) -> None:
        imported = batch
        parts = [self.tr("Added: %1.").replace("%1", str(len(imported.added)))]
        if imported.duplicates:
            parts.append(self.tr("Already in the wallet: %1.").replace("%1", str(len(imported.duplicates))))
        if imported.failed:
            parts.append(self.tr("Could not be imported: %1.").replace("%1", str(len(imported.failed))))
        self.notice.setText(" ".join(parts))
        self.import_finished.emit(imported)

    # --- delete with undo ---------------------------------------------------------------------
    def delete_selected(self) -> None:
        self._delete_ids(self.selected_ids())

    def _delete_ids(self, ids: Any) -> None:
        ids = list(ids)
        if not ids:
            return
        if len(ids) == 1:
            self._really_delete(ids)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete credentials"),
                          self.tr("Delete %1 credentials from this wallet?").replace("%1", str(len(ids))),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirm-delete")
        box.setInformativeText(self.tr("You can undo this for %1 seconds.").replace("%1", str(UNDO_SECONDS)))
        yes = box.addButton(self.tr("Delete %1").replace("%1", str(len(ids))), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("confirm-delete-yes")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(box.text())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._really_delete(ids) if button is yes else None)
        self._confirm = box
        box.open()

    def _really_delete(self, ids: list[str]) -> None:
        self.session.run(self, jobs.Delete(ids), success=self._deleted)

    def _deleted(self, result: Any) -> None:
        token, change = result
        self._undo_token = token
        n = len(change.ids)
        self.notice.setText(self.tr("Deleted 1 credential.") if n == 1 else
                            self.tr("Deleted %1 credentials.").replace("%1", str(n)))
        self.undo_button.setVisible(bool(token))
        if token:
            self.undo_timer.start()
        if self.showing_detail() and self.detail.credential_id in change.ids:
            self.detail.credential_id = None
            self.detail.data = None
            self.show_list()

    def _undo_expired(self) -> None:
        self._undo_token = None
        self.undo_button.setVisible(False)

    def undo_delete(self) -> None:
        token, self._undo_token = self._undo_token, None
        self.undo_timer.stop()
        self.undo_button.setVisible(False)
        if token:
            self.session.run(self, jobs.Undelete(token), success=self._undeleted)

    def _undeleted(self, change: Any) -> None:
        self.notice.setText(self.tr("Restored."))

    # --- drag and drop ------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)
