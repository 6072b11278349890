"""The verification report on screen: the verdict in one line, every check in plain language, what
was not checked and why, and only the fields the candidate disclosed — with the issuer's name and
image (``data:`` images only, added as document resources; nothing is fetched)."""

from __future__ import annotations

import base64
import html
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from wallet.report_export import STATUS_WORDS, VERDICT_TEXT, check_label

__all__ = ["VERDICT_COLORS", "ReportView"]

# (light, dark)
VERDICT_COLORS = {
    "verified": ("#1e7e34", "#81c995"),
    "verified-with-warnings": ("#9a6700", "#fdd663"),
    "not-verified": ("#b3261e", "#f28b82"),
    "not-checked": ("#5f6368", "#bdc1c6"),
}
STATUS_COLORS = {
    "passed": ("#1e7e34", "#81c995"), "failed": ("#b3261e", "#f28b82"),
    "warning": ("#9a6700", "#fdd663"), "not-checked": ("#5f6368", "#bdc1c6"),
}


def _image_of(uri: str) -> QImage | None:
    head, _, body = uri.partition(",")
    if not head.startswith("data:image/") or ";base64" not in head:
        return None
    try:
        image = QImage.fromData(base64.b64decode(body, validate=False))
    except ValueError:
        return None
    return None if image.isNull() else image


class ReportView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verification-report")
        self.setAccessibleName(self.tr("Verification report"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Only images added by :meth:`show_record`; never the network or the disk."""
        return self.document().resource(kind, QUrl(url) if isinstance(url, str) else url)

    def _dark(self) -> bool:
        return self.palette().base().color().lightness() < 128

    def _color(self, table: dict[str, tuple[str, str]], key: str) -> str:
        pair = table.get(key, ("#000000", "#ffffff"))
        return pair[1] if self._dark() else pair[0]

    def _checks(self, checks: Any) -> str:
        rows = []
        for c in checks:
            color = self._color(STATUS_COLORS, c.status)
            rows.append(
                f"<tr><td style='padding:2px 10px 2px 0; color:{color}; white-space:nowrap'><b>"
                f"{html.escape(self.tr(STATUS_WORDS[c.status]))}</b></td>"
                f"<td style='padding:2px 10px 2px 0; white-space:nowrap'>{html.escape(self.tr(check_label(c.name)))}</td>"
                f"<td style='padding:2px 0'>{html.escape(c.detail)}</td></tr>")
        return f"<table cellspacing='0'>{''.join(rows)}</table>"

    def show_record(self, record: Any) -> None:
        doc = self.document()
        parts = []
        color = self._color(VERDICT_COLORS, record.verdict)
        parts.append(f"<h2 style='color:{color}'>{html.escape(self.tr(VERDICT_TEXT[record.verdict]))}</h2>")
        req = (self.tr("Checked against your request code %1 for %2.").replace("%1", record.challenge or "—")
               .replace("%2", record.domain or "—") if record.challenge or record.domain
               else self.tr("No request code was used: a presentation made for someone else would pass too."))
        parts.append(f"<p>{html.escape(record.source or '')} — {html.escape(req)}</p>")
        if record.error:
            parts.append(f"<h3>{html.escape(self.tr('This input could not be verified'))}</h3>"
                         f"<p>{html.escape(record.error.get('message', ''))}</p>")
            if record.error.get("fix"):
                parts.append(f"<p>{html.escape(record.error['fix'])}</p>")
        for i, sc in enumerate(record.shown):
            image = _image_of(sc.issuer_image) if sc.issuer_image else None
            img_html = ""
            if image is not None:
                url = QUrl(f"lw-issuer-image:{i}")
                doc.addResource(QTextDocument.ResourceType.ImageResource, url, image)
                img_html = f"<img src='{url.toString()}' width='48' height='48' style='vertical-align:middle'> "
            issuer = sc.issuer_name or sc.issuer_id or self.tr("an issuer that is not disclosed")
            parts.append(f"<h3>{img_html}{html.escape(sc.title)}</h3>")
            parts.append(f"<p>{html.escape(self.tr('Issued by %1').replace('%1', issuer))}"
                         + (f" <small>({html.escape(sc.issuer_id)})</small>" if sc.issuer_name and sc.issuer_id else "")
                         + "</p>")
            rows = "".join(f"<tr><td style='padding-right:10px'>{html.escape(p)}</td><td>{html.escape(v)}</td></tr>"
                           for p, v in sc.fields)
            parts.append(f"<p><b>{html.escape(self.tr('What the candidate chose to show'))}</b></p>"
                         f"<table cellspacing='0'>{rows}</table>")
        for rep in record.reports:
            title = self.tr("The presentation, signed by %1") if rep.kind == "presentation" else self.tr("%1")
            parts.append(f"<h3>{html.escape(title.replace('%1', rep.subject))} — "
                         f"{html.escape(self.tr(VERDICT_TEXT[rep.verdict]))}</h3>")
            parts.append(self._checks(rep.checks))
            for sub in rep.credentials:
                parts.append(f"<h4>{html.escape(sub.subject)} — {html.escape(self.tr(VERDICT_TEXT[sub.verdict]))}</h4>")
                parts.append(self._checks(sub.checks))
        if record.notes:
            parts.append(f"<h3>{html.escape(self.tr('Not checked, and why'))}</h3><ul>")
            parts.extend(f"<li>{html.escape(n)}</li>" for n in record.notes)
            parts.append("</ul>")
        self.setHtml("".join(parts))
