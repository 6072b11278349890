"""Step 4: the output — a presentation file, a share package (``.lwpkg``: zip with a printable PDF),
a self-contained QR code shown large, or a link on the career office's share service with its small,
printable QR code (version 5 at most). A QR too large for a code says so and offers the link, the file
or the package; it suggests revealing fewer fields only when that can help (never for a credential
that can only be shared whole)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.share.link_panel import LinkPanel
from ui.widgets.qr import QrPanel

__all__ = ["FORMS", "OutputPage"]

FORMS = ("vp-file", "package", "qr", "link")


class OutputPage(QWidget):
    create_requested = Signal(str)  # form

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("share-output")
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        texts = {
            "vp-file": (self.tr("Presentation file"),
                        self.tr("One signed file (.json, or .sdjwt for a single SD-JWT credential) to attach to an "
                                "application or upload to an employer's portal.")),
            "package": (self.tr("Share package (.lwpkg)"),
                        self.tr("A zip with the signed presentation, a printable PDF summary with its QR code, and a "
                                "manifest — for a hiring file.")),
            "qr": (self.tr("QR code"),
                   self.tr("Shown large on this screen (or full screen on a second one) for the employer's phone or "
                           "webcam; also as PNG/SVG, copy or print.")),
            "link": (self.tr("Link, with a small QR code"),
                     self.tr("Uploaded to your career office's share service: any phone opens the link or scans its "
                             "small QR code, which prints well. Signed by you for that one link.")),
        }
        self.journey_box = QCheckBox(self.tr("Add my skill journey as a page of the package"))
        choose = QVBoxLayout()
        for form in FORMS:
            title, body = texts[form]
            radio = QRadioButton(title)
            radio.setAccessibleName(title)
            radio.setAccessibleDescription(body)
            self.group.addButton(radio)
            self.radios[form] = radio
            desc = QLabel(body)
            desc.setWordWrap(True)
            desc.setIndent(24)
            choose.addWidget(radio)
            choose.addWidget(desc)
            if form == "package":
                indented = QHBoxLayout()
                indented.setContentsMargins(24, 0, 0, 0)
                indented.addWidget(self.journey_box)
                choose.addLayout(indented)
            if form == "link":
                choose.addLayout(self._link_options())
        self.journey_box.setObjectName("share-journey")
        self.journey_box.setAccessibleName(self.tr("Add my skill journey as a page of the package"))
        self.journey_box.setToolTip(self.tr("Your own summary of all your credentials (not signed); "
                                            "only the presentation is proof."))
        self.journey_box.setEnabled(False)
        self.radios["package"].toggled.connect(self.journey_box.setEnabled)
        self.radios["vp-file"].setChecked(True)
        self.group.buttonToggled.connect(self._update_create)
        self.create_button = QPushButton(self.tr("Create…"))
        self.create_button.setObjectName("share-create")
        self.create_button.setAccessibleName(self.tr("Create the presentation"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        row = QHBoxLayout()
        row.addWidget(self.create_button)
        row.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("share-status")
        self.status.setAccessibleName(self.tr("Share result"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.too_large = QWidget()
        tl = QVBoxLayout(self.too_large)
        tl.setContentsMargins(0, 0, 0, 0)
        self.too_large_text = QLabel()
        self.too_large_text.setObjectName("qr-too-large")
        self.too_large_text.setAccessibleName(self.tr("Too large for a QR code"))
        self.too_large_text.setWordWrap(True)
        self.as_file_button = QPushButton(self.tr("Save as a presentation file…"))
        self.as_file_button.setAccessibleName(self.tr("Save as a presentation file instead"))
        self.as_file_button.clicked.connect(self._as_file)
        self.as_package_button = QPushButton(self.tr("Save as a share package…"))
        self.as_package_button.setAccessibleName(self.tr("Save as a share package instead"))
        self.as_package_button.clicked.connect(self._as_package)
        self.as_link_button = QPushButton(self.tr("Share as a link"))
        self.as_link_button.setObjectName("share-as-link")
        self.as_link_button.setAccessibleName(self.tr("Share as a link with a small QR code instead"))
        self.as_link_button.clicked.connect(self._as_link)
        tl_row = QHBoxLayout()
        tl_row.addWidget(self.as_link_button)
        tl_row.addWidget(self.as_file_button)
        tl_row.addWidget(self.as_package_button)
        tl_row.addStretch(1)
        tl.addWidget(self.too_large_text)
        tl.addLayout(tl_row)
        tl.addStretch(1)

        self.qr = QrPanel()
        self.link = LinkPanel()
        self.result = QStackedWidget()
        self.blank = QWidget()
        for w in (self.blank, self.qr, self.too_large, self.link):
            self.result.addWidget(w)
        self.set_service("")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(choose)
        left.addLayout(row)
        left.addWidget(self.status)
        left.addStretch(1)
        top.addLayout(left, 2)
        top.addWidget(self.result, 3)
        layout.addLayout(top, 1)

    def form(self) -> str:
        return next(f for f, r in self.radios.items() if r.isChecked())

    def set_form(self, form: str) -> None:
        self.radios[form].setChecked(True)

    def reset(self) -> None:
        self.status.setText("")
        self.qr.clear()
        self.link.clear()
        self.result.setCurrentWidget(self.blank)

    def _create(self) -> None:
        self.create_requested.emit(self.form())

    def _as_file(self) -> None:
        self.set_form("vp-file")
        self.create_requested.emit("vp-file")

    def _as_package(self) -> None:
        self.set_form("package")
        self.create_requested.emit("package")

    def _as_link(self) -> None:
        self.set_form("link")
        self.create_requested.emit("link")

    # --- the link ------------------------------------------------------------------------------
    def _link_options(self) -> QVBoxLayout:
        self.days = QSpinBox()
        self.days.setObjectName("share-link-days")
        self.days.setRange(1, 365)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("How long the link lasts, in days"))
        days_label = QLabel(self.tr("Link lasts:"))
        days_label.setBuddy(self.days)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(days_label)
        row.addWidget(self.days)
        row.addStretch(1)
        self.link_note = QLabel()
        self.link_note.setObjectName("share-link-note")
        self.link_note.setAccessibleName(self.tr("About sharing by link"))
        self.link_note.setWordWrap(True)
        self.link_note.setIndent(24)
        column = QVBoxLayout()
        column.addLayout(row)
        column.addWidget(self.link_note)
        return column

    def no_service_text(self) -> str:
        return self.tr("To share by link, ask your career office for its share service address, then add it in "
                       "Settings (File ▸ Settings…).")

    def set_service(self, url: str) -> None:
        """The share service from Settings ("" when none): without one the link option says what it needs."""
        self.service = url
        if url:
            self.link_note.setText(self.tr("The service: %1. The presentation is signed for the link itself, so a "
                                           "request code from step 3 does not apply.").replace("%1", url))
        else:
            self.link_note.setText(self.no_service_text())
        self.days.setEnabled(bool(url))
        self.as_link_button.setEnabled(bool(url))
        self._update_create()

    def _update_create(self, *args: object) -> None:
        self.create_button.setEnabled(self.form() != "link" or bool(self.service))

    def show_link(self) -> None:
        self.result.setCurrentWidget(self.link)

    def show_too_large(self, chars: int, whole: list[str] | None = None) -> None:
        """The QR payload is ``chars`` characters; ``whole`` names the chosen credentials that can only be
        shared whole (then revealing fewer fields cannot help, and the message does not suggest it)."""
        head = self.tr("This presentation is %1 characters: too large for a QR code (a QR code holds about 4,000 at "
                       "most, and a phone reads fewer).").replace("%1", f"{chars:,}")
        if whole:
            why = self.tr("“%1” can only be shared whole: its issuer signed it as one piece, so it cannot be made "
                          "smaller.").replace("%1", "”, “".join(whole))
            way = self.tr("Share it as a link with a small QR code that any phone reads, or as a presentation file "
                          "or a share package.")
        else:
            why = ""
            way = self.tr("Share it as a link with a small QR code that any phone reads, or as a presentation file "
                          "or a share package — or go back and reveal fewer fields or credentials.")
        if not self.service:
            way += " " + self.no_service_text()
        self.too_large_text.setText(" ".join(t for t in (head, why, way) if t))
        self.as_link_button.setEnabled(bool(self.service))
        self.result.setCurrentWidget(self.too_large)

    def show_qr(self) -> None:
        self.result.setCurrentWidget(self.qr)
