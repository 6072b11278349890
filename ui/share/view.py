"""Share: a four-step wizard (credentials → fields → options → output) and the share history.

Opened with Ctrl+E, from a Library selection (:meth:`ShareView.start` with ids) or for a
collection. All wallet and crypto work runs on the serial lane (see :mod:`ui.share.jobs`); the
preview of what the employer will see is derived from a real presentation, debounced as the
boxes change.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.errors import describe
from ui.i18n import QT_TRANSLATE_NOOP
from ui.session import Session
from ui.share.fields import FieldsPage
from ui.share.history import HistoryPage
from ui.share.jobs import (
    Export,
    ExportRequest,
    LoadChoices,
    Preview,
    QrFit,
    ReadShareService,
    RecordShare,
    ShareLink,
    ShareQr,
)
from ui.share.options import OptionsPage
from ui.share.output import OutputPage
from ui.share.pick import PickPage, PickRow, pick_rows
from ui.tasks import OpContext, show_problem
from ui.widgets.lazy import LoadWhenShown
from wallet import Change, Wallet

__all__ = ["ShareView"]

PREVIEW_DELAY_MS = 250


def _load_rows(wallet: Wallet, op: OpContext) -> tuple[list[PickRow], list[str], list[dict[str, Any]]]:
    return pick_rows(wallet.credentials(include_hidden=False)), wallet.collections(), wallet.dids()


class ShareView(QWidget):
    step_changed = Signal(int)
    preview_updated = Signal()
    shared = Signal(object)  # the history entry of an export
    qr_shown = Signal(str)  # the QR text
    link_shown = Signal(object)  # wallet.share.link.LinkShare

    STEPS = (QT_TRANSLATE_NOOP("share-steps", "Choose credentials"), QT_TRANSLATE_NOOP("share-steps", "Choose fields"),
             QT_TRANSLATE_NOOP("share-steps", "Sign and address"), QT_TRANSLATE_NOOP("share-steps", "Share"))

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("share")
        self.step = 0
        self.choices: list[Any] = []
        self.last_request: ExportRequest | None = None
        self.last_entry: dict[str, Any] | None = None
        self.last_path = ""
        self._pending_ids: list[str] | None = None
        self._pending_collection: str | None = None
        self._loads = 0  # list loads on their way
        self._dialog: QFileDialog | None = None
        self._preview_serial = 0
        self.share_service = ""  # from Settings

        title = QLabel(self.tr("Share"))
        title.setObjectName("view-title")
        self.step_label = QLabel()
        self.step_label.setObjectName("share-step")
        self.step_label.setAccessibleName(self.tr("Step"))
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(16)
        head.addWidget(self.step_label, 1)

        self.pick = PickPage()
        self.fields = FieldsPage()
        self.options = OptionsPage()
        self.output = OutputPage()
        self.pages = QStackedWidget()
        for page in (self.pick, self.fields, self.options, self.output):
            self.pages.addWidget(page)
        self.back_button = QPushButton(self.tr("&Back"))  # Alt+B
        self.back_button.setAccessibleName(self.tr("Previous step"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("&Next"))  # Alt+N
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.restart_button = QPushButton(self.tr("Start over"))
        self.restart_button.setAccessibleName(self.tr("Start a new share"))
        self.restart_button.clicked.connect(self.restart)
        nav = QHBoxLayout()
        nav.addWidget(self.restart_button)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        wizard = QWidget()
        wl = QVBoxLayout(wizard)
        wl.addWidget(self.pages, 1)
        wl.addLayout(nav)

        self.history = HistoryPage(session)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Share"))
        self.tabs.addTab(wizard, self.tr("New share"))
        self.tabs.addTab(self.history, self.tr("History"))

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._run_preview)
        self.pick.selection_changed.connect(self._update_nav)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(PREVIEW_DELAY_MS)
        self._fit_timer.timeout.connect(self._run_qr_fit)
        self.pick.selection_changed.connect(self._fit_timer.start)
        self.fields.reveal_changed.connect(self._schedule_preview)
        self.output.create_requested.connect(self.make_output)
        self.output.qr.saved.connect(self._qr_saved)
        self.loader = LoadWhenShown(self, self.reload)  # the pick list reads every credential: only when shown
        session.opened.connect(self.loader.mark_stale)
        session.opened.connect(self.read_share_service)
        session.runner.wallet_changed.connect(self._on_wallet_changed)
        self._show_step(0)

    # --- loading (only while shown, or when a share starts: see LoadWhenShown) -------------------
    def reload(self) -> None:
        if self.session.wallet is None:
            return
        self.loader.loading()
        self._loads += 1
        self.session.run(self, _load_rows, success=self._rows_loaded, failure=self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        self._loads -= 1
        show_problem(self, describe(exc))

    def _rows_loaded(self, result: Any) -> None:
        self._loads -= 1
        rows, collections, dids = result
        self.pick.set_credentials(rows, collections, self._pending_ids)
        self.options.set_dids(dids)
        if self._pending_collection is not None:
            self.pick.select_collection(self._pending_collection)
            self._pending_collection = None
        if self._pending_ids is not None:
            self._pending_ids = None
            if self.pick.selected_ids():
                self.next()

    def _on_wallet_changed(self, change: Change) -> None:
        if change.kind in ("credentials", "curation", "dids"):
            self.loader.mark_stale()
        if change.kind == "settings" and (not change.ids or "share_service" in change.ids):
            self.read_share_service()

    def read_share_service(self) -> None:
        self.session.run(self, ReadShareService(), success=self._share_service_read)

    def _share_service_read(self, url: Any) -> None:
        self.share_service = str(url or "")
        self.output.set_service(self.share_service)

    # --- entry points -------------------------------------------------------------------------
    # --- a small interface for a guide (the demo tour) --------------------------------------------
    def shares(self, ids: tuple[str, ...]) -> bool:
        """Whether the wizard is past picking and holds exactly ``ids``."""
        return self.step >= 1 and tuple(c.id for c in self.choices) == ids

    def to_fields(self) -> None:
        """Back to the fields step (the preview of what the employer will see)."""
        self.tabs.setCurrentIndex(0)
        while self.step > 1:
            self.back()

    def reveal(self, credential_id: str, pointers: list[str]) -> None:
        """Choose the fields to reveal of one credential; ``preview_updated`` follows."""
        self.fields.set_revealed(credential_id, pointers)

    def preview_text(self) -> str:
        return self.fields.preview_state.text()

    def current_qr(self) -> str | None:
        """The text of the QR code on the output step, when one is shown."""
        qr = self.output.qr
        return qr.text if self.step == 3 and qr.image is not None else None

    def qr_info_text(self) -> str:
        return self.output.qr.info_label.text()

    def show_output(self) -> None:
        self.tabs.setCurrentIndex(0)

    def make_qr(self, credential_id: str, pointers: list[str], request_code: str) -> None:
        """Reveal ``pointers``, set the employer's request code and create the QR code (``qr_shown`` follows)."""
        self.tabs.setCurrentIndex(0)
        self.fields.set_revealed(credential_id, pointers)
        self.options.request_code.setText(request_code)
        while self.step < 3:
            self.next()
        self.output.set_form("qr")
        self.output.create_button.click()  # what a click on "Create…" does

    def tour_targets(self, what: str) -> list[QWidget]:
        """What a guide pointing at the preview (``fields``) or the QR code (``qr``) must not cover."""
        return [self.fields.preview] if what == "fields" else [self.output.qr]

    def start(self, ids: list[str] | None = None, collection: str | None = None) -> None:
        """A fresh share: preselect ``ids`` (then go straight to the fields) or a collection."""
        self.tabs.setCurrentIndex(0)
        self.options.reset()
        self.output.reset()
        self._show_step(0)
        if ids:
            self._pending_ids = list(ids)
            self.reload()
        else:
            self.pick.clear_selection()
            if collection and (self.loader.stale or self._loads):  # ticked once the list is loaded
                self._pending_collection = collection
                if self.loader.stale:
                    self.reload()
            elif collection:
                self.pick.select_collection(collection)
            self.pick.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def restart(self) -> None:
        self.start()

    # --- steps --------------------------------------------------------------------------------
    def _show_step(self, step: int) -> None:
        self.step = step
        self.pages.setCurrentIndex(step)
        self.step_label.setText(self.tr("Step %1 of 4 — %2").replace("%1", str(step + 1))
                                .replace("%2", QCoreApplication.translate("share-steps", self.STEPS[step])))
        self._update_nav()
        self.step_changed.emit(step)

    def _update_nav(self) -> None:
        self.back_button.setEnabled(self.step > 0)
        self.next_button.setVisible(self.step < 3)
        self.next_button.setEnabled(self.step != 0 or bool(self.pick.selected_ids()))

    def next(self) -> None:
        if self.step == 0:
            ids = self.pick.selected_ids()
            if not ids:
                return
            self.session.run(self, LoadChoices(ids), success=self._choices_loaded)
        elif self.step < 3:
            self._show_step(self.step + 1)

    def back(self) -> None:
        if self.step > 0:
            self._show_step(self.step - 1)

    def _choices_loaded(self, choices: Any) -> None:
        self.choices = list(choices)
        self.fields.set_choices(self.choices)
        self.output.reset()
        self._show_step(1)

    # --- step 1: which picks fit a self-contained QR code ----------------------------------------
    def _run_qr_fit(self) -> None:
        ids = self.pick.selected_ids()
        if not 0 < len(ids) <= 2:  # none: the general words; three or more never fit
            self.pick.show_qr_fit([])
            return
        self.session.run(self, QrFit(ids), success=self._qr_fit_ready)

    def _qr_fit_ready(self, result: Any) -> None:
        ids, fits = result
        if list(ids) == self.pick.selected_ids():
            self.pick.show_qr_fit(fits)

    # --- preview ------------------------------------------------------------------------------
    def request(self) -> ExportRequest:
        challenge, domain, expires = self.options.values()
        return ExportRequest(tuple(c.id for c in self.choices), self.fields.reveal(), self.options.holder_did(),
                             challenge, domain, expires)

    def _schedule_preview(self) -> None:
        self.fields.preview_pending()
        self._preview_timer.start()

    def _run_preview(self) -> None:
        if not self.choices:
            return
        self._preview_serial += 1
        self.session.run(self, Preview(self.request()), success=self._preview_ready, failure=self._preview_failed)

    def _preview_ready(self, result: Any) -> None:
        request, shown = result
        if request.reveal != self.fields.reveal() or request.ids != tuple(c.id for c in self.choices):
            return  # the boxes changed since: a newer preview is on its way
        self.fields.show_preview(shown)
        self.preview_updated.emit()

    def _preview_failed(self, exc: BaseException) -> None:
        problem = describe(exc)
        self.fields.preview_failed(problem.text() if problem else "")

    # --- output -------------------------------------------------------------------------------
    def _is_sd_jwt_alone(self) -> bool:
        return len(self.choices) == 1 and self.choices[0].format == "sd-jwt-vc"

    def make_output(self, form: str) -> None:
        """Make the chosen output; files ask where to save first."""
        if form == "qr":
            self.output.status.setText(self.tr("Signing and drawing the QR code…"))
            self.last_request = self.request()
            self.session.run(self, ShareQr(self.last_request), success=self._qr_ready, failure=self._qr_failed,
                             progress_label=self.tr("Signing the presentation…"))
            return
        if form == "link":
            self.make_link()
            return
        if form == "package":
            name, filt = "application.lwpkg", self.tr("Share packages (*.lwpkg *.zip)")
        elif self._is_sd_jwt_alone():
            name, filt = "presentation.sdjwt", self.tr("SD-JWT presentations (*.sdjwt)")
        else:
            name, filt = "presentation.json", self.tr("Presentations (*.json)")
        dialog = QFileDialog(self, self.tr("Save the presentation"), str(Path.home() / name), filt)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(name.rsplit(".", 1)[-1])
        dialog.setAccessibleName(self.tr("Where to save the presentation"))
        dialog.fileSelected.connect(self.export_package if form == "package" else self.export_file)
        self._dialog = dialog
        dialog.open()

    def export_file(self, path: str) -> None:
        self._export("vp-file", path)

    def export_package(self, path: str) -> None:
        self._export("package", path)

    def _export(self, form: str, path: str) -> None:
        if not path:
            return
        self.last_request = self.request()
        self.output.status.setText(self.tr("Signing and saving…"))
        self.session.run(self, Export(self.last_request, form, path,
                                                   include_journey=form == "package" and self.output.journey_box.isChecked()), success=self._exported,
                         failure=self._export_failed, progress_label=self.tr("Signing the presentation…"))

    def _exported(self, result: Any) -> None:
        entry, path, _change = result
        self.last_entry, self.last_path = entry, path
        what = self.tr("Share package") if entry["form"] == "package" else self.tr("Presentation")
        self.output.status.setText(self.tr("%1 saved to %2 — signed by %3 for %4, request code %5.")
                                   .replace("%1", what).replace("%2", path).replace("%3", entry["holder"])
                                   .replace("%4", entry["for"] or self.tr("anyone"))
                                   .replace("%5", entry["challenge"] or ""))
        self.shared.emit(entry)

    def _export_failed(self, exc: BaseException) -> None:
        self.output.status.setText("")
        show_problem(self, describe(exc))

    def _qr_ready(self, result: Any) -> None:
        entry, text, info, png, _change = result
        self.last_entry = entry
        self.output.qr.show_rendered(text, info, png, demo=self.session.is_demo)
        self.output.show_qr()
        self.output.status.setText(self.tr("Show this code to the employer, full screen if their phone struggles. "
                                           "Request code %1, for %2.").replace("%1", entry["challenge"] or "")
                                   .replace("%2", entry["for"] or self.tr("anyone")))
        self.shared.emit(entry)
        self.qr_shown.emit(text)

    def _qr_failed(self, exc: BaseException) -> None:
        from wallet.errors import QRError

        self.output.status.setText("")
        if isinstance(exc, QRError):
            chars = 0
            for word in str(exc).split():
                if word.replace(",", "").isdigit():
                    chars = int(word.replace(",", ""))
                    break
            self.output.show_too_large(chars, [c.title for c in self.choices if c.mode == "whole"])
        else:
            show_problem(self, describe(exc))

    # --- the link -----------------------------------------------------------------------------
    def make_link(self) -> None:
        """Upload to the share service from Settings (on the serial lane: the holder's key signs for the link)."""
        if not self.share_service:
            self.output.status.setText(self.output.no_service_text())
            return
        self.last_request = self.request()
        self.output.status.setText(self.tr("Signing the presentation for a new link on %1…")
                                   .replace("%1", self.share_service))
        self.output.create_button.setEnabled(False)
        self.link_op = self.session.run(self, ShareLink(self.last_request, self.share_service,
                                                        self.output.days.value()),
                                        success=self._link_ready, failure=self._link_failed,
                                        progress_label=self.tr("Sharing by link…"))
        if self.link_op is not None:
            self.link_op.cancelled.connect(self._link_cancelled)

    def _link_cancelled(self) -> None:
        self.output.create_button.setEnabled(True)
        self.output.status.setText(self.tr("Cancelled: no link was made."))

    def _link_ready(self, result: Any) -> None:
        link, text, info, png, _change = result
        self.output.create_button.setEnabled(True)
        self.output.link.show_link(link, text, info, png, demo=self.session.is_demo)
        self.output.show_link()
        self.output.status.setText(self.tr("Give the employer this link or its QR code: it opens a page that "
                                           "verifies your presentation, on any phone or computer."))
        self.link_shown.emit(link)

    def _link_failed(self, exc: BaseException) -> None:
        self.output.create_button.setEnabled(True)
        problem = describe(exc)
        self.output.status.setText(problem.text() if problem is not None else "")
        if problem is not None:
            show_problem(self, problem)

    def _qr_saved(self, form: str, path: str) -> None:
        if self.last_entry is None:
            return
        entry = {**self.last_entry, "form": form, "file": Path(path).name}
        entry.pop("id", None)
        entry.pop("created_at", None)
        self.session.run(self, RecordShare(entry), success=self._qr_save_recorded)
        self._qr_saved_entry = entry

    def _qr_save_recorded(self, change: Any) -> None:
        self.shared.emit(self._qr_saved_entry)
