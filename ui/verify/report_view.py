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

from ui.errors import in_words
from ui.verify.check_words import check_name, check_rows, check_sentence, issuer_words, verdict_words
from ui.widgets.field_words import field_rows_html, show_full_values
from ui.widgets.state_icon import STATE_COLORS
from wallet.credentials.presenter import short_did

__all__ = ["VERDICT_COLORS", "ReportView", "first_problem", "issuers_line"]

# (light, dark), for verdicts and for the finer states: the one badge's colours (ui.widgets.state_icon)
VERDICT_COLORS = dict(STATE_COLORS)
STATUS_COLORS = {
    "passed": ("#1e7e34", "#81c995"), "failed": ("#b3261e", "#f28b82"),
    "warning": ("#9a6700", "#fdd663"), "not-checked": ("#5f6368", "#bdc1c6"),
    "detail": ("#5f6368", "#bdc1c6"),  # the smaller specifics under each check: >= 4.5:1 on the report's base
}


def _did_html(text: str) -> str:
    """A DID shortened, its whole value one hover (or click, to copy) away; other text as it is."""
    short = short_did(text)
    if short == text:
        return html.escape(text)
    full = html.escape(text, quote=True)
    return f"<a href='lw-full:{full}' title='{full}'>{html.escape(short)}</a>"


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
        show_full_values(self)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Only images added by :meth:`show_record`; never the network or the disk."""
        return self.document().resource(kind, QUrl(url) if isinstance(url, str) else url)

    def _dark(self) -> bool:
        return self.palette().base().color().lightness() < 128

    def _color(self, table: dict[str, tuple[str, str]], key: str) -> str:
        pair = table.get(key, ("#000000", "#ffffff"))
        return pair[1] if self._dark() else pair[0]

    def _checks(self, checks: Any) -> str:
        return check_rows(checks, lambda status: self._color(STATUS_COLORS, status))

    def _credential(self, index: int, sc: Any, rep: Any) -> str:
        doc = self.document()
        parts = []
        image = _image_of(sc.issuer_image) if sc is not None and sc.issuer_image else None
        img_html = ""
        if image is not None:
            url = QUrl(f"lw-issuer-image:{index}")
            doc.addResource(QTextDocument.ResourceType.ImageResource, url, image)
            img_html = f"<img src='{url.toString()}' width='40' height='40' style='vertical-align:middle'> "
        title = sc.title if sc is not None else rep.subject
        verdict = ""
        if rep is not None:
            color = self._color(VERDICT_COLORS, rep.state)
            verdict = f" — <span style='color:{color}'>{html.escape(verdict_words(rep.state))}</span>"
        parts.append(f"<h3>{img_html}{html.escape(title)}{verdict}</h3>")
        if rep is not None and rep.issuer:
            # who issued it, as a trust source says: the credential's own name for its issuer is only a claim
            issuer_id = rep.issuer.get("id", "")
            parts.append(f"<p>{html.escape(issuer_words(rep.issuer))}"
                         + (f" <small>({_did_html(issuer_id)})</small>" if issuer_id else "") + "</p>")
        elif sc is not None:
            issuer = sc.issuer_name or sc.issuer_id or self.tr("an issuer that is not disclosed")
            issued_by = self.tr("Issued by %1").replace("%1", issuer)
            parts.append(f"<p>{html.escape(issued_by)}"
                         + (f" <small>({_did_html(sc.issuer_id)})</small>" if sc.issuer_name and sc.issuer_id else "")
                         + "</p>")
        if rep is not None:
            parts.append(self._checks(rep.checks))
        if sc is not None:
            shown_head = self.tr("What the candidate chose to show")
            parts.append(f"<p><b>{html.escape(shown_head)}</b></p>{field_rows_html(sc.presented)}")
        return "".join(parts)

    def show_record(self, record: Any) -> None:
        parts = []
        req = (self.tr("Checked against your request code %1 for %2.").replace("%1", record.challenge or "—")
               .replace("%2", record.domain or "—") if record.challenge or record.domain
               else self.tr("No request code was used: a presentation made for someone else would pass too."))
        if record.challenge and (record.source or "").endswith(f"/v/{record.challenge}"):  # a share link (ui.verify.link)
            req = self.tr("Checked as the presentation of this share link: its request code is the link (%1 on %2), "
                          "so a presentation made for another link fails.").replace("%1", record.challenge)\
                .replace("%2", record.domain or "—")
        parts.append(f"<p>{html.escape(record.source or '')} — {html.escape(req)}</p>")
        if record.error:
            head = self.tr("This input could not be verified")
            said = in_words(str(record.error.get("code", "")), str(record.error.get("message", "")))
            parts.append(f"<h3>{html.escape(head)}</h3><p>{html.escape(said)}</p>")
            if record.error.get("fix"):
                parts.append(f"<p>{html.escape(record.error['fix'])}</p>")
        creds: list[Any] = []
        for rep in record.reports:
            if rep.kind == "presentation" and rep.format != "sd-jwt-vc":
                signed_by = html.escape(self.tr("The presentation, signed by %1")).replace("%1", _did_html(rep.subject))
                parts.append(f"<h3>{signed_by} — {html.escape(verdict_words(rep.state))}</h3>")
                parts.append(self._checks(rep.checks))
                creds.extend(rep.credentials)
            else:
                creds.append(rep)
        shown = list(record.shown)
        paired = len(shown) == len(creds)
        for i in range(max(len(shown), len(creds))):
            sc = shown[i] if i < len(shown) and (paired or not creds) else None
            rep = creds[i] if i < len(creds) else None
            parts.append(self._credential(i, sc, rep))
        if not paired and creds and shown:
            for i, sc in enumerate(shown):
                parts.append(self._credential(len(creds) + i, sc, None))
        if record.notes:
            why = self.tr("Not checked, and why")
            parts.append(f"<h3>{html.escape(why)}</h3><ul>")
            parts.extend(f"<li>{html.escape(n)}</li>" for n in record.notes)
            parts.append("</ul>")
        self.setHtml("".join(parts))


def first_problem(record: Any) -> str:
    """The first failed check, as 'what: check — detail' (for the one-line verdict)."""
    if record.error:
        return in_words(str(record.error.get("code", "")), str(record.error.get("message", "")), " ")
    for rep in record.reports:
        for r in (rep, *rep.credentials):
            for c in r.checks:
                if c.status == "failed":
                    what = check_name(c.name)
                    said = check_sentence(c.name, c.status)
                    return f"{r.subject}: {what} — " + (f"{said} ({c.detail})" if said else c.detail)
    return ""


def issuers_line(record: Any) -> str:
    """Who issued the credentials of a record, as trust sources say (one line under the verdict)."""
    said: list[str] = []

    def walk(rep: Any) -> None:
        if rep.issuer:
            words = issuer_words(rep.issuer)
            if words not in said:
                said.append(words)
        for inner in rep.credentials:
            walk(inner)

    for rep in record.reports:
        walk(rep)
    return " ".join(said)
