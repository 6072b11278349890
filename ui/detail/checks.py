"""A stored verification report in plain language: the verdict, then every check as
"OK / Failed / Warning / Not checked — what was checked — the detail". For a CLR record, each
credential inside it gets its own verdict and checks."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QObject

from wallet.credentials.presenter import humanize_paths
from wallet.verifier.report import Report

__all__ = ["ReportRenderer"]

from ui.errors import in_words
from ui.verify.check_words import check_name, check_rows, check_sentence, issuer_words, verdict_words
from ui.verify.report_view import STATUS_COLORS, VERDICT_COLORS  # one palette for reports everywhere


def _e(text: Any) -> str:
    return html.escape(str(text))


class ReportRenderer(QObject):
    def __init__(self, dark: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dark = dark

    def _color(self, table: dict[str, tuple[str, str]], key: str) -> str:
        pair = table.get(key, ("#000000", "#ffffff"))
        return pair[1] if self.dark else pair[0]

    def verdict_words(self, report: Report) -> str:
        return verdict_words(report.state)  # the same words as the library card and the detail header

    def checks_table(self, report: Report) -> str:
        return check_rows(report.checks, lambda status: self._color(STATUS_COLORS, status))

    def html(self, report: Report | None, *, checked_when: str = "") -> str:
        if report is None:
            first = self.tr("This credential has not been checked yet.")
            then = self.tr("Press Verify again (F5) to check it now.")
            return f"<p>{_e(first)}</p><p>{_e(then)}</p>"
        color = self._color(VERDICT_COLORS, report.state)
        parts = [f"<h2 style='color:{color}'>{_e(self.verdict_words(report))}</h2>"]
        parts.append(f"<p>{_e(self._summary(report))}</p>")
        if report.issuer:
            parts.append(f"<p>{_e(issuer_words(report.issuer))}</p>")
        if checked_when:
            parts.append(f"<p>{_e(checked_when)}</p>")
        if report.error:
            head = self.tr("It could not be checked at all:")
            said = in_words(str(report.error.get("code", "")), str(report.error.get("message", "")), " ")
            parts.append(f"<p><b>{_e(head)}</b> {_e(said)}</p>")
            if report.error.get("fix"):
                parts.append(f"<p>{_e(report.error['fix'])}</p>")
        parts.append(self.checks_table(report))
        if report.credentials:
            inside = self.tr("The credentials inside this record")
            parts.append(f"<h3>{_e(inside)}</h3>")
            for i, inner in enumerate(report.credentials, 1):
                c = self._color(VERDICT_COLORS, inner.state)
                name = inner.subject or self.tr("Credential %1").replace("%1", str(i))
                parts.append(f"<p><b>{_e(name)}</b> — <span style='color:{c}'>{_e(self.verdict_words(inner))}</span></p>")
                parts.append(self.checks_table(inner))
        not_checked = [c for c in report.checks if c.status == "not-checked"]
        if not_checked:
            why = self.tr("Not checked, and why")
            parts.append(f"<h3>{_e(why)}</h3><ul>")
            parts.extend(f"<li>{_e(check_name(c.name))}: {_e(check_sentence(c.name, c.status) or humanize_paths(c.detail))}"
                         + (f" <small>({_e(humanize_paths(c.detail))})</small>" if check_sentence(c.name, c.status)
                            else "") + "</li>"
                         for c in not_checked)
            parts.append("</ul>")
        return "".join(parts)

    def _summary(self, report: Report) -> str:
        verdict = report.state
        if verdict == "verified":
            return self.tr("Every check passed, and a trust source you use recognises the issuer: the issuer really "
                           "signed this credential and nothing in it has changed.")
        if verdict == "authentic-unrecognised":
            return self.tr("The signature is good and nothing has changed, but no trust source you use recognises "
                           "the issuer: anyone can make a key that calls itself by any name.")
        if verdict == "demo-issuer":
            return self.tr("A fictional demo issuer signed this credential. Its keys are public, so it is never "
                           "verified outside the demo wallet.")
        if verdict == "not-checked":
            return self.tr("The signature could not be checked on this computer (for example, offline). "
                           "That does not mean it is wrong.")
        return self.tr("At least one check failed: do not rely on this credential as it is.")
