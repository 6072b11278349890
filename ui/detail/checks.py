"""A stored verification report in plain language: the verdict, then every check as
"OK / Failed / Warning / Not checked — what was checked — the detail". For a CLR record, each
credential inside it gets its own verdict and checks."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QObject

from wallet.verifier.report import Report

__all__ = ["ReportRenderer"]

from ui.errors import in_words
from ui.verify.check_words import check_name, check_rows, check_sentence, verdict_words
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
        return verdict_words(report.verdict)

    def checks_table(self, report: Report) -> str:
        return check_rows(report.checks, lambda status: self._color(STATUS_COLORS, status))

    def html(self, report: Report | None, *, checked_when: str = "") -> str:
        if report is None:
            first = self.tr("This credential has not been checked yet.")
            then = self.tr("Press Verify again (F5) to check it now.")
            return f"<p>{_e(first)}</p><p>{_e(then)}</p>"
        color = self._color(VERDICT_COLORS, report.verdict)
        parts = [f"<h2 style='color:{color}'>{_e(self.verdict_words(report))}</h2>"]
        parts.append(f"<p>{_e(self._summary(report))}</p>")
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
                c = self._color(VERDICT_COLORS, inner.verdict)
                name = inner.subject or self.tr("Credential %1").replace("%1", str(i))
                parts.append(f"<p><b>{_e(name)}</b> — <span style='color:{c}'>{_e(self.verdict_words(inner))}</span></p>")
                parts.append(self.checks_table(inner))
        not_checked = [c for c in report.checks if c.status == "not-checked"]
        if not_checked:
            why = self.tr("Not checked, and why")
            parts.append(f"<h3>{_e(why)}</h3><ul>")
            parts.extend(f"<li>{_e(check_name(c.name))}: {_e(check_sentence(c.name, c.status) or c.detail)}"
                         + (f" <small>({_e(c.detail)})</small>" if check_sentence(c.name, c.status) else "") + "</li>"
                         for c in not_checked)
            parts.append("</ul>")
        return "".join(parts)

    def _summary(self, report: Report) -> str:
        verdict = report.verdict
        if verdict == "verified":
            return self.tr("Every check passed: the issuer really signed this credential and nothing in it has changed.")
        if verdict == "verified-with-warnings":
            return self.tr("The signature is good; some checks have warnings or could not be made (see below).")
        if verdict == "not-checked":
            return self.tr("The signature could not be checked on this computer (for example, offline). "
                           "That does not mean it is wrong.")
        return self.tr("At least one check failed: do not rely on this credential as it is.")
