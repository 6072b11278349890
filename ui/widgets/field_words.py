"""The core's field presenter (:mod:`wallet.credentials.presenter`) in the interface language.

The core names each field with a stable key and an English label; this module holds the same labels
marked for Qt's catalogue (context ``FieldLabel``), translates them, re-says dates in the interface
language and renders a field for rich text (a shortened DID keeps its full value as a link title).
``tests/ui/test_field_words.py`` keeps :data:`FIELD_LABELS` equal to the core's :data:`LABELS`.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QUrl
from PySide6.QtGui import QCursor, QGuiApplication, QHelpEvent
from PySide6.QtWidgets import QTextBrowser, QToolTip

from ui.i18n import QT_TRANSLATE_NOOP
from wallet.credentials.presenter import LABELS, PresentedField, present_fields

__all__ = ["FIELD_LABELS", "field_label", "field_rows_html", "field_value", "interface_language", "presented",
           "show_full_values"]

FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("FieldLabel", "Title"),
    "description": QT_TRANSLATE_NOOP("FieldLabel", "Description"),
    "name": QT_TRANSLATE_NOOP("FieldLabel", "Name"),
    "identifier": QT_TRANSLATE_NOOP("FieldLabel", "Identifier"),
    "issuer": QT_TRANSLATE_NOOP("FieldLabel", "Issuer"),
    "issuer-id": QT_TRANSLATE_NOOP("FieldLabel", "Issuer's identifier"),
    "issuer-website": QT_TRANSLATE_NOOP("FieldLabel", "Issuer's website"),
    "issuer-email": QT_TRANSLATE_NOOP("FieldLabel", "Issuer's email"),
    "issuer-about": QT_TRANSLATE_NOOP("FieldLabel", "About the issuer"),
    "valid-from": QT_TRANSLATE_NOOP("FieldLabel", "Valid from"),
    "valid-until": QT_TRANSLATE_NOOP("FieldLabel", "Valid until"),
    "issued": QT_TRANSLATE_NOOP("FieldLabel", "Issued"),
    "awarded": QT_TRANSLATE_NOOP("FieldLabel", "Awarded"),
    "holder": QT_TRANSLATE_NOOP("FieldLabel", "Holder"),
    "subject": QT_TRANSLATE_NOOP("FieldLabel", "About the learner"),
    "holder-key": QT_TRANSLATE_NOOP("FieldLabel", "Holder's key"),
    "learner": QT_TRANSLATE_NOOP("FieldLabel", "Learner"),
    "given-name": QT_TRANSLATE_NOOP("FieldLabel", "Given name"),
    "family-name": QT_TRANSLATE_NOOP("FieldLabel", "Family name"),
    "email": QT_TRANSLATE_NOOP("FieldLabel", "Email"),
    "website": QT_TRANSLATE_NOOP("FieldLabel", "Website"),
    "image": QT_TRANSLATE_NOOP("FieldLabel", "Image"),
    "credential-type": QT_TRANSLATE_NOOP("FieldLabel", "Kind of credential"),
    "achievement": QT_TRANSLATE_NOOP("FieldLabel", "Achievement"),
    "achievement-about": QT_TRANSLATE_NOOP("FieldLabel", "What it recognises"),
    "achievement-type": QT_TRANSLATE_NOOP("FieldLabel", "Kind of achievement"),
    "field-of-study": QT_TRANSLATE_NOOP("FieldLabel", "Field of study"),
    "code": QT_TRANSLATE_NOOP("FieldLabel", "Code"),
    "keyword": QT_TRANSLATE_NOOP("FieldLabel", "Keyword"),
    "credits": QT_TRANSLATE_NOOP("FieldLabel", "Credits"),
    "criteria": QT_TRANSLATE_NOOP("FieldLabel", "How it was earned"),
    "criteria-link": QT_TRANSLATE_NOOP("FieldLabel", "Criteria published by the issuer"),
    "creator": QT_TRANSLATE_NOOP("FieldLabel", "Created by"),
    "skill": QT_TRANSLATE_NOOP("FieldLabel", "Skill"),
    "skill-framework": QT_TRANSLATE_NOOP("FieldLabel", "Skill framework"),
    "skill-link": QT_TRANSLATE_NOOP("FieldLabel", "Skill reference"),
    "skill-code": QT_TRANSLATE_NOOP("FieldLabel", "Skill code"),
    "skill-about": QT_TRANSLATE_NOOP("FieldLabel", "About the skill"),
    "skill-kind": QT_TRANSLATE_NOOP("FieldLabel", "Kind of skill"),
    "started": QT_TRANSLATE_NOOP("FieldLabel", "Started"),
    "finished": QT_TRANSLATE_NOOP("FieldLabel", "Finished"),
    "credits-earned": QT_TRANSLATE_NOOP("FieldLabel", "Credits earned"),
    "term": QT_TRANSLATE_NOOP("FieldLabel", "Term"),
    "result": QT_TRANSLATE_NOOP("FieldLabel", "Result"),
    "result-level": QT_TRANSLATE_NOOP("FieldLabel", "Level achieved"),
    "result-status": QT_TRANSLATE_NOOP("FieldLabel", "Result status"),
    "assessed-on": QT_TRANSLATE_NOOP("FieldLabel", "Assessed on"),
    "rubric-level": QT_TRANSLATE_NOOP("FieldLabel", "Rubric level"),
    "evidence": QT_TRANSLATE_NOOP("FieldLabel", "Evidence"),
    "evidence-narrative": QT_TRANSLATE_NOOP("FieldLabel", "Evidence, in words"),
    "evidence-about": QT_TRANSLATE_NOOP("FieldLabel", "About the evidence"),
    "evidence-kind": QT_TRANSLATE_NOOP("FieldLabel", "Kind of evidence"),
    "evidence-audience": QT_TRANSLATE_NOOP("FieldLabel", "Evidence audience"),
    "evidence-link": QT_TRANSLATE_NOOP("FieldLabel", "Evidence link"),
    "endorsement": QT_TRANSLATE_NOOP("FieldLabel", "Endorsement"),
    "endorsement-comment": QT_TRANSLATE_NOOP("FieldLabel", "Endorsement comment"),
    "association": QT_TRANSLATE_NOOP("FieldLabel", "How the achievements fit together"),
    "revocation": QT_TRANSLATE_NOOP("FieldLabel", "Revocation status"),
    "type": QT_TRANSLATE_NOOP("FieldLabel", "Type"),
    "other": QT_TRANSLATE_NOOP("FieldLabel", "Other detail"),
}
_VALUE_WORDS = {
    "embedded image": QT_TRANSLATE_NOOP("FieldLabel", "embedded image"),
    "yes": QT_TRANSLATE_NOOP("FieldLabel", "yes"), "no": QT_TRANSLATE_NOOP("FieldLabel", "no"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldLabel", text)


def interface_language() -> str:
    """``es`` when the Spanish catalogue is installed, else ``en`` (the catalogue says which it is)."""
    return "es" if QCoreApplication.translate("language", "en") == "es" else "en"


def field_label(f: PresentedField) -> str:
    """The field's label in the interface language; a composite label (``Rubric level: points``)
    translates its container and keeps the member's words."""
    if f.key in FIELD_LABELS and f.label == LABELS.get(f.key):
        return _tr(FIELD_LABELS[f.key])
    head, sep, tail = f.label.partition(": ")
    if sep:
        for key, english in LABELS.items():
            if english == head and key in FIELD_LABELS:
                return f"{_tr(english)}: {tail}"
    return f.label


def field_value(f: PresentedField) -> str:
    """The value as the interface says it (achievement types and small words translated)."""
    if f.kind == "image" or f.value in _VALUE_WORDS:
        return _tr(_VALUE_WORDS.get(f.value, f.value))
    if f.kind == "date" and f.raw:
        from wallet.credentials.presenter import format_date

        raw: Any = int(f.raw) if f.raw.isdigit() else f.raw
        return format_date(raw, interface_language())
    if f.kind == "achievement-type":
        return QCoreApplication.translate("type", f.value)
    return f.value


def presented(doc: Any, skip: frozenset[str] = frozenset()) -> list[PresentedField]:
    """:func:`~wallet.credentials.presenter.present_fields` with dates in the interface language."""
    return present_fields(doc, interface_language(), skip=skip)


def field_rows_html(fields: list[PresentedField] | tuple[PresentedField, ...], label_color: str = "") -> str:
    """The fields as rows of an HTML table: label, then value; a shortened value links to its full
    text (``lw-full:<text>``, shown as a tooltip and copied on click by the view)."""
    style = f" color:{label_color};" if label_color else ""
    rows = []
    for f in fields:
        value = html.escape(field_value(f))
        if f.shortened:
            value = (f"<a href='lw-full:{html.escape(f.full, quote=True)}' title='{html.escape(f.full, quote=True)}'>"
                     f"{value}</a>")
        rows.append(f"<tr><td style='padding:2px 12px 2px 0;{style} white-space:nowrap' valign='top'>"
                    f"{html.escape(field_label(f))}</td><td style='padding:2px 0'>{value}</td></tr>")
    return f"<table cellspacing='0'>{''.join(rows)}</table>" if rows else ""


class _FullValues(QObject):
    """On a text browser: hovering a shortened value shows it whole; clicking copies it whole."""

    def __init__(self, browser: QTextBrowser) -> None:
        super().__init__(browser)
        self.browser = browser
        browser.viewport().installEventFilter(self)
        browser.anchorClicked.connect(self._clicked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            anchor = self.browser.anchorAt(event.pos())
            if anchor.startswith("lw-full:"):
                QToolTip.showText(event.globalPos(), anchor.removeprefix("lw-full:"), self.browser)
                return True
        return False

    def _clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("lw-full:"):
            QGuiApplication.clipboard().setText(text.removeprefix("lw-full:"))
            QToolTip.showText(QCursor.pos(), QCoreApplication.translate("FieldLabel", "Copied: %1")
                              .replace("%1", text.removeprefix("lw-full:")), self.browser)


def show_full_values(browser: QTextBrowser) -> None:
    """Let ``browser`` show (tooltip) and copy (click) the whole of every shortened value it renders."""
    if browser.findChild(_FullValues) is None:
        _FullValues(browser)
