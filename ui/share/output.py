"""Step 4: the output — a presentation file, a share package (``.lwpkg``: zip with a printable PDF),
or a QR code shown large. A QR too large for a code says so and offers the file or package."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.qr import QrPanel

__all__ = ["FORMS", "OutputPage"]

FORMS = ("vp-file", "package", "qr")


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
        }
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
        self.journey_box = QCheckBox(self.tr("Add my skill journey as a page of the package"))
        self.journey_box.setObjectName("share-journey")
        self.journey_box.setAccessibleName(self.tr("Add my skill journey as a page of the package"))
        self.journey_box.setToolTip(self.tr("Your own summary of all your credentials (not signed); "
                                            "only the presentation is proof."))
        self.journey_box.setEnabled(False)
        choose.addWidget(self.journey_box)
        self.radios["package"].toggled.connect(self.journey_box.setEnabled)
        self.radios["vp-file"].setChecked(True)
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
        tl_row = QHBoxLayout()
        tl_row.addWidget(self.as_file_button)
        tl_row.addWidget(self.as_package_button)
        tl_row.addStretch(1)
        tl.addWidget(self.too_large_text)
        tl.addLayout(tl_row)
        tl.addStretch(1)

        self.qr = QrPanel()
        self.result = QStackedWidget()
        self.blank = QWidget()
        for w in (self.blank, self.qr, self.too_large):
            self.result.addWidget(w)

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
        self.result.setCurrentWidget(self.blank)

    def _create(self) -> None:
        self.create_requested.emit(self.form())

    def _as_file(self) -> None:
        self.set_form("vp-file")
        self.create_requested.emit("vp-file")

    def _as_package(self) -> None:
        self.set_form("package")
        self.create_requested.emit("package")

    def show_too_large(self, chars: int) -> None:
        self.too_large_text.setText(self.tr(
            "This presentation is %1 characters: too large for a QR code (a QR code holds about 4,000 at most, and a "
            "phone reads fewer). Share it as a presentation file or a share package instead, or go back and reveal "
            "fewer fields or credentials.").replace("%1", f"{chars:,}"))
        self.result.setCurrentWidget(self.too_large)

    def show_qr(self) -> None:
        self.result.setCurrentWidget(self.qr)
