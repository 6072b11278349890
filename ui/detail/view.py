"""One credential, for the learner: what it says (Open Badges 3.0 / CLR 2.0 rendered for people), how
it checked out (every check in plain language, Verify again with F5), the raw credential (read
only, Copy) and the learner's own notes (saved with ``wallet.curate``).

The view loads everything in one job on the serial lane (the credential is stored encrypted) and
decodes its images there too; the GUI thread only builds the HTML.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.detail.checks import ReportRenderer
from ui.detail.images import RemoteImage, image_uri_of, load_image, needs_fetch
from ui.detail.render import CredentialRenderer
from ui.library.curation import Curate, CurationDialog
from ui.library.model import not_yours_text, state_text
from ui.session import Session
from ui.tasks import OpContext
from ui.widgets.field_words import show_full_values
from ui.widgets.state_icon import state_color, state_pixmap
from wallet import Change, CredentialSummary, Wallet
from wallet.credentials.model import CredentialModel
from wallet.verifier.report import Report

__all__ = ["DetailData", "DetailView"]


@dataclass(frozen=True)
class DetailData:
    id: str
    summary: CredentialSummary
    model: CredentialModel
    report: Report | None
    raw_text: str
    image: QImage | None
    image_note: str
    issuer_image: QImage | None
    tags: tuple[str, ...]
    collections: tuple[str, ...]
    to_fetch: tuple[str, ...] = ()  # remote images not in the cache, fetched after the detail is shown


class _LoadDetail:
    def __init__(self, cid: str) -> None:
        self.cid = cid

    def __call__(self, wallet: Wallet, op: OpContext) -> DetailData:
        from wallet.journey.compute import model_of_raw

        stored = wallet.credential(self.cid)
        cid = stored.id
        summary = replace(stored.summary, curation=wallet.curation(cid))
        raw = stored.raw
        model = model_of_raw(raw, stored.format, stored.details)
        report = stored.report
        raw_text = json.dumps(raw, indent=2, ensure_ascii=False) if isinstance(raw, dict) else str(raw)
        allow = wallet.network_allowed()
        uri = image_uri_of(model)
        image = load_image(uri, 192, cached=wallet.cached_image)
        note = ""
        fetch = tuple(u for u, im in ((uri, image),) if u and needs_fetch(u, im, allow))
        if uri and image is None and not fetch:
            note = ("remote" if uri.startswith(("https://", "http://")) and not allow else "unreadable")
        issuer_image = load_image(model.issuer.image, 64, cached=wallet.cached_image)
        if needs_fetch(model.issuer.image, issuer_image, allow):
            fetch += (str(model.issuer.image),)
        return DetailData(cid, summary, model, report, raw_text, image, note, issuer_image,
                          tuple(wallet.tags()), tuple(wallet.collections()), fetch)


def _badge_image(data: DetailData, dark: bool) -> QImage:
    """The designed fallback art (:func:`ui.library.parts.paint_badge`) as a 96 px image (192 px drawn)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    from ui.library.model import type_of
    from ui.library.parts import paint_badge

    image = QImage(192, 192, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_badge(painter, QRectF(4, 4, 184, 184), data.summary.issuer_name or data.summary.issuer_id,
                type_of(data.summary), dark)
    painter.end()
    image.setDevicePixelRatio(2.0)
    return image


class _VerifyAgain:
    def __init__(self, cid: str, allow_network: bool = False) -> None:
        self.cid = cid
        self.allow_network = allow_network

    def __call__(self, wallet: Wallet, op: OpContext) -> tuple[Report, Change]:
        return wallet.verify_again(self.cid, allow_network=self.allow_network)


class _Browser(QTextBrowser):
    """A text browser that shows only the images added to its document: never the disk or the network."""

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        return self.document().resource(kind, QUrl(url) if isinstance(url, str) else url)


class DetailView(QWidget):
    back_requested = Signal()
    share_requested = Signal(object)  # list of credential ids
    delete_requested = Signal(object)  # list of credential ids
    loaded = Signal(str)  # the credential id, once shown
    verified = Signal(object)  # the new wallet.report.Report
    notes_saved = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.remote_images = RemoteImage(session, self)
        self.remote_images.ready.connect(self._remote_image_ready)
        self.setObjectName("credential-detail")
        self.setAccessibleName(self.tr("Credential"))
        self.data: DetailData | None = None
        self.credential_id: str | None = None
        self._curation_dialog: CurationDialog | None = None

        self.back_button = QPushButton(self.tr("← Library"))
        self.back_button.setAccessibleName(self.tr("Back to the library"))
        self.back_button.setToolTip(self.tr("Back to the library (Esc, Alt+Left)"))
        self.back_button.clicked.connect(self.go_back)
        self.state_icon = QLabel()
        self.state_icon.setAccessibleName(self.tr("Verification state icon"))
        self.state_label = QLabel()
        self.state_label.setObjectName("detail-state")
        self.state_label.setAccessibleName(self.tr("Verification state"))
        self.verify_button = QPushButton(self.tr("Verify again"))
        self.verify_button.setAccessibleName(self.tr("Verify this credential again"))
        self.verify_button.setToolTip(self.tr("Check the signature, dates and status again (F5)"))
        self.verify_button.clicked.connect(self.verify_again)
        self.organise_button = QPushButton(self.tr("Organise…"))
        self.organise_button.setAccessibleName(self.tr("Tags, collections, title, hide or archive"))
        self.organise_button.setToolTip(self.tr("Tags, collections, your own title, hide or archive (Ctrl+T)"))
        self.organise_button.clicked.connect(self.organise)
        self.favourite_button = QPushButton(self.tr("Favourite"))
        self.favourite_button.setCheckable(True)
        self.favourite_button.setAccessibleName(self.tr("Favourite"))
        self.favourite_button.clicked.connect(self._toggle_favourite)
        self.share_button = QPushButton(self.tr("Share…"))
        self.share_button.setAccessibleName(self.tr("Share this credential"))
        self.share_button.setToolTip(self.tr("Share this credential (Ctrl+E)"))
        self.share_button.clicked.connect(self._share)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete this credential"))
        self.delete_button.setToolTip(self.tr("Delete this credential (Delete); you can undo it"))
        self.delete_button.clicked.connect(self._delete)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.state_icon)
        top.addWidget(self.state_label)
        top.addSpacing(12)
        for b in (self.verify_button, self.organise_button, self.favourite_button, self.share_button,
                  self.delete_button):
            top.addWidget(b)

        self.curation_line = QLabel()
        self.curation_line.setObjectName("curation-line")
        self.curation_line.setAccessibleName(self.tr("Your organisation of this credential"))
        self.curation_line.setWordWrap(True)

        self.content = _Browser()
        self.content.setObjectName("credential-content")
        self.content.setAccessibleName(self.tr("What the credential says"))
        self.content.setOpenLinks(False)
        self.content.anchorClicked.connect(self._open_link)
        show_full_values(self.content)  # a shortened DID: whole on hover, copied on click
        self.content.document().setDocumentMargin(14)
        self.checks = _Browser()
        self.checks.setObjectName("credential-checks")
        self.checks.setAccessibleName(self.tr("Verification checks"))
        self.checks.setOpenLinks(False)
        self.checks.document().setDocumentMargin(14)

        self.raw = QPlainTextEdit()
        self.raw.setObjectName("raw-credential")
        self.raw.setAccessibleName(self.tr("The raw credential, as signed"))
        self.raw.setReadOnly(True)
        self.raw.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the raw credential"))
        self.copy_button.clicked.connect(self.copy_raw)
        self.copied = QLabel()
        self.copied.setAccessibleName(self.tr("Copy status"))
        raw_page = QWidget()
        raw_layout = QVBoxLayout(raw_page)
        raw_row = QHBoxLayout()
        raw_note = QLabel(self.tr("Exactly as the issuer signed it. Read only."))
        raw_note.setWordWrap(True)
        raw_row.addWidget(raw_note, 1)
        raw_row.addWidget(self.copied)
        raw_row.addWidget(self.copy_button)
        raw_layout.addLayout(raw_row)
        raw_layout.addWidget(self.raw, 1)

        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setAccessibleName(self.tr("Your notes"))
        self.notes.setPlaceholderText(self.tr("What you did, who to ask for a reference, how you want to tell the story…"))
        self.notes.modificationChanged.connect(self._notes_modified)
        self.save_notes_button = QPushButton(self.tr("Save notes"))
        self.save_notes_button.setAccessibleName(self.tr("Save your notes"))
        self.save_notes_button.setToolTip(self.tr("Save your notes (Ctrl+S)"))
        self.save_notes_button.setEnabled(False)
        self.save_notes_button.clicked.connect(self.save_notes)
        self.notes_status = QLabel()
        self.notes_status.setObjectName("notes-status")
        self.notes_status.setAccessibleName(self.tr("Notes status"))
        notes_page = QWidget()
        notes_layout = QVBoxLayout(notes_page)
        notes_intro = QLabel(self.tr("Private notes, kept encrypted in your wallet. They are never shared."))
        notes_intro.setWordWrap(True)
        notes_layout.addWidget(notes_intro)
        notes_layout.addWidget(self.notes, 1)
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.notes_status, 1)
        notes_row.addWidget(self.save_notes_button)
        notes_layout.addLayout(notes_row)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("detail-tabs")
        self.tabs.setAccessibleName(self.tr("Credential pages"))
        self.tabs.addTab(self.content, self.tr("About"))
        self.tabs.addTab(self.checks, self.tr("Checks"))
        self.tabs.addTab(raw_page, self.tr("Raw credential"))
        self.tabs.addTab(notes_page, self.tr("Notes"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.curation_line)
        layout.addWidget(self.tabs, 1)

        def shortcut(keys: QKeySequence | str, slot: Any, parent: QWidget | None = None) -> QShortcut:
            s = QShortcut(QKeySequence(keys), parent or self)
            s.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            s.activated.connect(slot)
            return s

        self.verify_shortcut = shortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self.verify_again)
        shortcut("Esc", self.go_back)
        shortcut("Alt+Left", self.go_back)
        shortcut("Ctrl+T", self.organise)
        shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self._delete_unless_editing)
        shortcut(QKeySequence(QKeySequence.StandardKey.Save), self.save_notes, notes_page)
        QWidget.setTabOrder(self.back_button, self.verify_button)
        QWidget.setTabOrder(self.verify_button, self.organise_button)
        QWidget.setTabOrder(self.organise_button, self.favourite_button)
        QWidget.setTabOrder(self.favourite_button, self.share_button)
        QWidget.setTabOrder(self.share_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.tabs)

        session.runner.wallet_changed.connect(self._on_wallet_changed)
        self._set_enabled(False)

    # --- loading ------------------------------------------------------------------------------
    def show_checks(self) -> None:
        """Bring the Checks page to the front."""
        self.tabs.setCurrentWidget(self.checks)

    def tour_targets(self) -> list[QWidget]:
        """What a guide pointing at the verdict must not cover."""
        return [self.state_label, self.verify_button]

    def show_credential(self, credential_id: str) -> None:
        """Load and show one credential (unsaved notes of the one shown before are saved first)."""
        self._save_notes_if_changed()
        if credential_id != self.credential_id:
            self.data = None
            self.tabs.setCurrentIndex(0)
            self.content.clear()
            self.checks.clear()
            self.raw.clear()
            self.notes.clear()
            self.notes.document().setModified(False)
        self.credential_id = credential_id
        self._set_enabled(False)
        self.session.run(self, _LoadDetail(credential_id), success=self._loaded, failure=self._load_failed)

    def reload(self) -> None:
        if self.credential_id is not None:
            self.session.run(self, _LoadDetail(self.credential_id), success=self._loaded, failure=self._load_failed)

    def _loaded(self, data: Any) -> None:
        if not isinstance(data, DetailData) or data.id != self.credential_id:
            return
        keep_notes = self.data is not None and self.notes.document().isModified()
        self.data = data
        self._render()
        if not keep_notes:
            self.notes.setPlainText(data.summary.curation.notes)
            self.notes.document().setModified(False)
            self.save_notes_button.setEnabled(False)
            self.notes_status.setText("")
        self._set_enabled(True)
        self.loaded.emit(data.id)
        for url in data.to_fetch:  # the detail is shown first; remote images follow when they arrive
            self.remote_images.fetch(url, 192 if url == image_uri_of(data.model) else 64)

    def _remote_image_ready(self, url: str, image: QImage) -> None:
        data = self.data
        if data is None or url not in data.to_fetch:
            return
        if url == image_uri_of(data.model):
            data = replace(data, image=image, to_fetch=tuple(u for u in data.to_fetch if u != url))
        else:
            data = replace(data, issuer_image=image, to_fetch=tuple(u for u in data.to_fetch if u != url))
        self.data = data
        self._render()

    def _load_failed(self, exc: BaseException) -> None:
        from wallet.errors import NotFound

        if isinstance(exc, NotFound):  # deleted meanwhile
            self.data = None
            self.credential_id = None
            self.back_requested.emit()
            return
        from ui.errors import describe
        from ui.tasks import show_problem

        show_problem(self, describe(exc))

    def _on_wallet_changed(self, change: Change) -> None:
        if self.credential_id is None or not self.isVisible():
            return
        if change.kind == "credentials" and self.credential_id in change.ids:
            self.reload()
        elif change.kind == "curation" and self.credential_id in change.ids:
            self.reload()
        elif change.kind == "settings":
            self.reload()

    def _set_enabled(self, on: bool) -> None:
        for w in (self.verify_button, self.organise_button, self.favourite_button, self.share_button,
                  self.delete_button, self.copy_button, self.notes):
            w.setEnabled(on)

    # --- rendering ----------------------------------------------------------------------------
    def _dark(self) -> bool:
        return self.palette().base().color().lightness() < 128

    def _render(self) -> None:
        data = self.data
        if data is None:
            return
        dark = self._dark()
        doc = self.content.document()
        image_url = issuer_url = None
        if data.image is not None:
            image_url = f"lw-image:{data.id}/main"
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(image_url), data.image)
        else:  # no art of its own: the library card's badge, in the issuer's colour with the type's glyph
            image_url = f"lw-image:{data.id}/badge"
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(image_url), _badge_image(data, dark))
        if data.issuer_image is not None:
            issuer_url = f"lw-image:{data.id}/issuer"
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(issuer_url), data.issuer_image)
        note = ""
        if data.image_note == "remote":
            note = self.tr("The image is on the issuer's website and is not fetched: the network setting is off.")
        renderer = CredentialRenderer(dark, self)
        title_html = ""
        if data.summary.curation.display_title:
            you_call_it = self.tr("You call it “%1”. The signed title is shown below.")
            title_html = f"<p><i>{you_call_it}</i></p>".replace("%1", _escape(data.summary.curation.display_title))
        scroll = self.content.verticalScrollBar().value()
        self.content.setHtml(title_html + renderer.html(data.model, image=image_url, issuer_image=issuer_url,
                                                        image_note=note))
        self.content.verticalScrollBar().setValue(scroll)
        self.checks.setHtml(ReportRenderer(dark, self).html(data.report))
        if self.raw.toPlainText() != data.raw_text:
            self.raw.setPlainText(data.raw_text)
        state = data.summary.state
        self.state_icon.setPixmap(state_pixmap(state, 18, dark, self.devicePixelRatioF()))
        not_yours = not_yours_text(data.summary)
        self.state_label.setText(state_text(state) + (f"  ·  {not_yours}" if not_yours else ""))
        self.state_label.setStyleSheet(f"color: {state_color(state, dark).name()}; font-weight: 600;")
        cur = data.summary.curation
        self.favourite_button.setChecked(cur.favourite)
        self.favourite_button.setText(self.tr("★ Favourite") if cur.favourite else self.tr("☆ Favourite"))
        bits = []
        if cur.tags:
            bits.append(self.tr("Tags: %1").replace("%1", ", ".join(cur.tags)))
        if cur.collections:
            bits.append(self.tr("Collections: %1").replace("%1", ", ".join(cur.collections)))
        if cur.archived:
            bits.append(self.tr("Archived"))
        if cur.hidden:
            bits.append(self.tr("Hidden from the library"))
        self.curation_line.setText("  ·  ".join(bits))
        self.curation_line.setVisible(bool(bits))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.data is not None:
            self._render()

    # --- actions ------------------------------------------------------------------------------
    def go_back(self) -> None:
        self._save_notes_if_changed()
        self.back_requested.emit()

    def verify_again(self) -> None:
        if self.data is None:
            return
        from ui.settings.network import allow_network

        online = allow_network(self, self.session)  # "always", or "ask" and the learner agreed
        self.verify_button.setEnabled(False)
        self.session.run(self, _VerifyAgain(self.data.id, online), success=self._verified, failure=self._verify_failed,
                         progress_label=self.tr("Verifying…"))

    def _verified(self, result: Any) -> None:
        self.verify_button.setEnabled(True)
        report = result[0]
        self.tabs.setCurrentWidget(self.checks)
        self.verified.emit(report)
        self.reload()

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        from ui.errors import describe
        from ui.tasks import show_problem

        show_problem(self, describe(exc))

    def organise(self) -> None:
        if self.data is None:
            return
        dialog = CurationDialog(self.session, [self.data.summary], self.data.tags, self.data.collections, self)
        self._curation_dialog = dialog
        dialog.open()

    def _toggle_favourite(self) -> None:
        if self.data is None:
            return
        self.session.run(self, Curate([self.data.id], favourite=not self.data.summary.curation.favourite))

    def _share(self) -> None:
        if self.data is not None:
            self.share_requested.emit([self.data.id])

    def _delete(self) -> None:
        if self.data is not None:
            self.delete_requested.emit([self.data.id])

    def _delete_unless_editing(self) -> None:
        if self.notes.hasFocus():
            return
        self._delete()

    def copy_raw(self) -> None:
        QGuiApplication.clipboard().setText(self.raw.toPlainText())
        self.copied.setText(self.tr("Copied."))

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("https", "http"):
            QDesktopServices.openUrl(url)

    # --- notes --------------------------------------------------------------------------------
    def _notes_modified(self, modified: bool) -> None:
        self.save_notes_button.setEnabled(modified)
        if modified:
            self.notes_status.setText(self.tr("Not saved yet."))

    def save_notes(self) -> None:
        if self.data is None:
            return
        text = self.notes.toPlainText()
        cid = self.data.id
        self.save_notes_button.setEnabled(False)
        self.session.run(self, Curate([cid], notes=text), success=self._notes_saved)
        self.notes.document().setModified(False)

    def _notes_saved(self, change: Any) -> None:
        self.notes_status.setText(self.tr("Saved."))
        if change.ids:
            self.notes_saved.emit(change.ids[0])

    def _save_notes_if_changed(self) -> None:
        if self.data is not None and self.notes.document().isModified():
            self.save_notes()


def _escape(text: str) -> str:
    import html

    return html.escape(text)
