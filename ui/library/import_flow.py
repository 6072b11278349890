"""Importing credentials: many files (File ▸ Import, Ctrl+O, drag and drop), the clipboard (Ctrl+V:
JSON, a JWT, an SD-JWT, ``VP1-`` or ``LW1:`` text, or an image of a QR code), a QR image or screenshot file, or a
region of the screen.

Every batch runs the core's one import path (:meth:`wallet.Wallet.import_items`) on the serial lane,
with progress per item and Cancel; this module only schedules it and shows the outcome. A batch ends with a summary — added, already in the wallet, and each
failure with its reason; a cancelled batch keeps what it imported so far and says so. The one
``wallet_changed`` of a batch comes after the batch, so the library reloads once, not once per file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ui.errors import Problem, describe, in_words
from ui.i18n import QT_TRANSLATE_NOOP
from ui.session import Session
from ui.tasks import OpContext, show_problem
from wallet import Change, ImportItem, ImportResult, Wallet

__all__ = ["FILE_FILTER", "ImportFlow", "ImportSummaryDialog", "import_batch", "list_texts"]

FILE_FILTER = QT_TRANSLATE_NOOP("import", "Credentials and QR images (*.json *.jsonld *.jwt *.sdjwt *.sd-jwt *.txt *.png "
                                          "*.jpg *.jpeg *.svg *.lwpkg *.zip);;All files (*)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("import", text)


def import_batch(wallet: Wallet, items: list[ImportItem], op: OpContext) -> tuple[ImportResult, Change] | ImportResult:
    """Run the core's one import path (serial lane) with this operation's progress and Cancel."""
    result = wallet.import_items(items, progress=op.progress, cancelled=op.cancelled)
    if result.added:
        return result, result.change
    return result


class _Batch:
    def __init__(self, items: list[ImportItem]) -> None:
        self.items = items

    def __call__(self, wallet: Wallet, op: OpContext) -> Any:
        return import_batch(wallet, self.items, op)


def _list_view(accessible: str, texts: list[str]) -> QListView:
    view = QListView()
    view.setAccessibleName(accessible)
    view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
    view.setUniformItemSizes(True)
    view.setModel(QStringListModel(texts, view))
    return view


def list_texts(view: QListView) -> list[str]:
    """The rows of one of the summary's lists."""
    model = view.model()
    return [str(model.index(i, 0).data()) for i in range(model.rowCount())]


class ImportSummaryDialog(QDialog):
    """Added, already in the wallet, and every failure with its reason. Not modal."""

    def __init__(self, batch: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-summary")
        self.setWindowTitle(self.tr("Import finished") if not batch.cancelled else self.tr("Import cancelled"))
        self.setAccessibleName(self.windowTitle())
        r = batch
        layout = QVBoxLayout(self)
        if batch.cancelled:
            self.cancelled_label = QLabel(self.tr("You cancelled the import after %1 of %2 items. What was imported "
                                                  "before that stays in your wallet.")
                                          .replace("%1", str(batch.processed)).replace("%2", str(batch.total)))
            self.cancelled_label.setWordWrap(True)
            layout.addWidget(self.cancelled_label)
        self.added_label = QLabel(self.tr("Added: %1").replace("%1", str(len(r.added))))
        self.added_label.setObjectName("import-added")
        self.duplicates_label = QLabel(self.tr("Already in your wallet: %1").replace("%1", str(len(r.duplicates))))
        self.duplicates_label.setObjectName("import-duplicates")
        self.failed_label = QLabel(self.tr("Could not be imported: %1").replace("%1", str(len(r.failed))))
        self.failed_label.setObjectName("import-failed")
        # one string-list model per list: a thousand rows cost one call, not a thousand (no stall at the end)
        self.added = _list_view(self.tr("Credentials added"),
                                [a.get("title") or a.get("file") or a.get("id", "") for a in r.added])
        self.duplicates = _list_view(self.tr("Credentials already in your wallet"),
                                     [d.get("title") or d.get("file") or d.get("id", "") for d in r.duplicates])
        self.failures = _list_view(self.tr("Files that could not be imported, with the reason"),
                                   [self.failure_text(f) for f in r.failed])
        self.failures.setObjectName("import-failures")
        self.failures.setWordWrap(True)
        for label, view in ((self.added_label, self.added), (self.duplicates_label, self.duplicates),
                            (self.failed_label, self.failures)):
            layout.addWidget(label)
            view.setVisible(view.model().rowCount() > 0)
            view.setMaximumHeight(160)
            layout.addWidget(view)
        if r.failed:
            hint = QLabel(self.tr("Check that each file is a credential you were given, not damaged or cut short."))
            hint.setWordWrap(True)
            layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(520, 360)

    @staticmethod
    def failure_text(failure: dict[str, Any]) -> str:
        name = Path(str(failure.get("file", ""))).name or str(failure.get("file", ""))
        reason = in_words(str(failure.get("code", "")), str(failure.get("message", "")), " ")
        fix = str(failure.get("fix", ""))
        return f"{name}: {reason}" + (f" — {fix}" if fix else "")


class ImportFlow(QObject):
    """The import actions of the window. ``finished(ImportResult)`` after each batch (summary shown)."""

    finished = Signal(object)  # ImportResult
    started = Signal(int)  # number of items

    def __init__(self, session: Session, parent_widget: QWidget, *, show_summary: bool = True) -> None:
        super().__init__(parent_widget)
        self.session = session
        self.parent_widget = parent_widget
        self.show_summary = show_summary
        self.summary: ImportSummaryDialog | None = None
        self.op: Any = None
        self._dialog: QFileDialog | None = None
        self._selector: Any = None

    # --- sources ------------------------------------------------------------------------------
    def choose_files(self) -> None:
        """File ▸ Import: choose many files (credentials, QR images, screenshots, share packages)."""
        dialog = QFileDialog(self.parent_widget, QCoreApplication.translate("import", "Import credentials"),
                             str(Path.home()), _tr(FILE_FILTER))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAccessibleName(QCoreApplication.translate("import", "Choose credential files or QR images"))
        dialog.filesSelected.connect(self.import_paths)
        self._dialog = dialog
        dialog.open()

    def import_paths(self, paths: list[str]) -> Any:
        items = [ImportItem(Path(p).name, path=str(p)) for p in paths]
        return self.import_items(items)

    def paste(self) -> Any:
        """Ctrl+V: import what is on the clipboard (an image of a QR code, or text)."""
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        if mime is not None and mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                return self.import_image(image, QCoreApplication.translate("import", "clipboard image"))
        text = clipboard.text().strip()
        if not text:
            show_problem(self.parent_widget, Problem(
                QCoreApplication.translate("import", "The clipboard is empty"),
                QCoreApplication.translate("import", "There is no text or image on the clipboard."),
                QCoreApplication.translate("import", "Copy a credential (JSON, a JWT or SD-JWT), VP1- or LW1: text or a picture of a QR code, "
                    "then paste again."), "empty-clipboard"))
            return None
        return self.import_items([ImportItem(QCoreApplication.translate("import", "clipboard text"), data=text.encode("utf-8"))])

    def import_image(self, image: QImage, name: str) -> Any:
        from ui.verify.camera import image_png

        return self.import_items([ImportItem(name, data=image_png(image))])

    def choose_region(self) -> None:
        """Scan a QR code from a region of the screen."""
        from ui.verify.region import RegionSelector

        self._selector = RegionSelector(parent=self.parent_widget)
        self._selector.chosen.connect(self._region_chosen)
        self._selector.start()

    def _region_chosen(self, image: QImage) -> None:
        self.import_image(image, QCoreApplication.translate("import", "screen region"))

    # --- the batch ----------------------------------------------------------------------------
    def import_items(self, items: list[ImportItem]) -> Any:
        if not items:
            return None
        self.started.emit(len(items))
        self.op = self.session.run(self.parent_widget, _Batch(items), success=self._done,
                                   failure=self._failed, progress_label=QCoreApplication.translate("import", "Importing credentials…"))
        return self.op

    def _done(self, result: Any) -> None:
        batch: ImportResult = result[0] if isinstance(result, tuple) else result
        self.op = None
        if self.show_summary:
            if self.summary is not None:
                self.summary.close()
            self.summary = ImportSummaryDialog(batch, self.parent_widget)
            self.summary.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.summary.destroyed.connect(self._summary_gone)
            self.summary.open()
        self.finished.emit(batch)

    def _summary_gone(self, *args: Any) -> None:
        self.summary = None

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        show_problem(self.parent_widget, describe(exc))
