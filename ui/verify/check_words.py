"""Each verification check said in plain, translated words, and drawn as one table row.

The core's :class:`~wallet.report.Check` carries a stable ``name``, a ``status`` and a ``detail``
sentence that names the specifics (which key, which date, which field). Here each (name, status)
pair gets a sentence a student or an employer understands, in the interface language; the core's
detail follows it, smaller, as the technical specifics. Both the credential detail view and the
employer's verifier draw their check tables with :func:`check_rows`.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.i18n import QT_TRANSLATE_NOOP
from wallet.credentials.presenter import humanize_paths
from wallet.verifier.export import check_label

__all__ = [
    "CHECK_NAMES",
    "CHECK_SENTENCES",
    "STATUS_MARKS",
    "STATUS_WORDS_TR",
    "VERDICT_WORDS",
    "check_name",
    "check_rows",
    "check_sentence",
    "issuer_words",
    "status_word",
    "verdict_words",
]


STATUS_MARKS = {"passed": "✓", "failed": "✗", "warning": "!", "not-checked": "?"}

# The core's words (wallet.report_export: VERDICT_TEXT, STATUS_WORDS, CHECK_LABELS) marked for the
# catalogue here, in one context; tests/ui/test_settings_spanish.py keeps them equal to the core's.
VERDICT_WORDS = {
    "verified": QT_TRANSLATE_NOOP("checks", "Verified"),
    "authentic-unrecognised": QT_TRANSLATE_NOOP("checks", "Authentic, issuer not recognised"),
    "not-verified": QT_TRANSLATE_NOOP("checks", "Not verified"),
}
STATUS_WORDS_TR = {
    "passed": QT_TRANSLATE_NOOP("checks", "OK"),
    "failed": QT_TRANSLATE_NOOP("checks", "Failed"),
    "warning": QT_TRANSLATE_NOOP("checks", "Warning"),
    "not-checked": QT_TRANSLATE_NOOP("checks", "Not checked"),
}
CHECK_NAMES = {
    "proof": QT_TRANSLATE_NOOP("checks", "Issuer's signature"),
    "jwt-signature": QT_TRANSLATE_NOOP("checks", "Issuer's signature"),
    "sd-jwt-signature": QT_TRANSLATE_NOOP("checks", "Issuer's signature"),
    "issuer-key": QT_TRANSLATE_NOOP("checks", "Issuer's key"),
    "issuer-trust": QT_TRANSLATE_NOOP("checks", "Issuer recognised"),
    "issuer-domain": QT_TRANSLATE_NOOP("checks", "Issuer's website"),
    "request": QT_TRANSLATE_NOOP("checks", "Answers your request"),
    "holder-key": QT_TRANSLATE_NOOP("checks", "Candidate's key"),
    "holder-proof": QT_TRANSLATE_NOOP("checks", "Candidate's signature"),
    "holder-binding": QT_TRANSLATE_NOOP("checks", "Issued to this candidate"),
    "key-binding": QT_TRANSLATE_NOOP("checks", "Presented by the key holder"),
    "challenge": QT_TRANSLATE_NOOP("checks", "Answers your request code"),
    "domain": QT_TRANSLATE_NOOP("checks", "Made for your organisation"),
    "expiry": QT_TRANSLATE_NOOP("checks", "Presentation not expired"),
    "validity": QT_TRANSLATE_NOOP("checks", "Validity dates"),
    "status": QT_TRANSLATE_NOOP("checks", "Not revoked or suspended"),
    "schema": QT_TRANSLATE_NOOP("checks", "Credential format"),
    "signed-fields": QT_TRANSLATE_NOOP("checks", "Every shown field is signed"),
    "disclosures": QT_TRANSLATE_NOOP("checks", "Disclosed fields match the signature"),
    "sd-jwt-type": QT_TRANSLATE_NOOP("checks", "Credential type"),
    "jwt-claims": QT_TRANSLATE_NOOP("checks", "Credential claims"),
    "credentials": QT_TRANSLATE_NOOP("checks", "Credentials in the presentation"),
    "contents": QT_TRANSLATE_NOOP("checks", "Contents"),
}


def _checks_tr(source: str) -> str:
    return QCoreApplication.translate("checks", source)


def verdict_words(verdict: str) -> str:
    """A report's verdict (or, for a finer state, the state's words) in the interface language."""
    if verdict not in VERDICT_WORDS:
        from ui.library.model import state_text

        return state_text(verdict)
    return _checks_tr(VERDICT_WORDS[verdict])


def status_word(status: str) -> str:
    """A check's outcome (OK, Failed, Warning, Not checked) in the interface language."""
    return _checks_tr(STATUS_WORDS_TR.get(status, status))


def check_name(name: str) -> str:
    """What a check checks, in the interface language (the core's label for a check it adds later)."""
    source = CHECK_NAMES.get(name)
    return _checks_tr(source) if source else check_label(name)

_SIGNATURE = {
    "passed": QT_TRANSLATE_NOOP("checks", "The issuer's signature is valid: nothing has changed since it was signed."),
    "failed": QT_TRANSLATE_NOOP("checks", "The issuer's signature does not match: the credential was changed after "
                                          "signing, or the signature is damaged."),
    "warning": QT_TRANSLATE_NOOP("checks", "The issuer's signature is valid, with a caveat."),
    "not-checked": QT_TRANSLATE_NOOP("checks", "The issuer's signature could not be checked here."),
}

#: (check name, status) -> the plain sentence (English source; translated where shown)
CHECK_SENTENCES: dict[tuple[str, str], str] = {
    **{("proof", s): t for s, t in _SIGNATURE.items()},
    **{("jwt-signature", s): t for s, t in _SIGNATURE.items()},
    **{("sd-jwt-signature", s): t for s, t in _SIGNATURE.items()},
    ("issuer-key", "passed"): QT_TRANSLATE_NOOP("checks", "The signing key belongs to the issuer."),
    ("issuer-key", "failed"): QT_TRANSLATE_NOOP("checks", "The signing key does not belong to the issuer the credential names."),
    ("issuer-key", "warning"): QT_TRANSLATE_NOOP("checks", "The signing key could not be fully tied to the issuer."),
    ("issuer-key", "not-checked"): QT_TRANSLATE_NOOP("checks", "Whether the signing key belongs to the issuer was not checked."),
    ("issuer-trust", "passed"): QT_TRANSLATE_NOOP("checks", "A trust source you use recognises the issuer."),
    ("issuer-trust", "warning"): QT_TRANSLATE_NOOP("checks", "No trust source you use recognises the issuer: its name "
                                                             "is only what it calls itself."),
    ("issuer-trust", "failed"): QT_TRANSLATE_NOOP("checks", "DEMO issuer — fictional: anyone can sign in its name."),
    ("issuer-domain", "passed"): QT_TRANSLATE_NOOP("checks", "The issuer's website links itself to the issuer's key "
                                                             "(evidence of who runs the site, not trust)."),
    ("issuer-domain", "warning"): QT_TRANSLATE_NOOP("checks", "The issuer's website does not link itself to the "
                                                              "issuer's key."),
    ("issuer-domain", "not-checked"): QT_TRANSLATE_NOOP("checks", "The issuer's website could not be asked whether "
                                                                  "it links itself to the issuer's key."),
    ("request", "failed"): QT_TRANSLATE_NOOP("checks", "Nothing in this file answers your request code: it is not a "
                                                       "presentation signed for you."),
    ("holder-proof", "passed"): QT_TRANSLATE_NOOP("checks", "The candidate signed this presentation."),
    ("holder-proof", "failed"): QT_TRANSLATE_NOOP("checks", "The candidate's signature on the presentation is not valid."),
    ("holder-proof", "warning"): QT_TRANSLATE_NOOP("checks", "The candidate's signature is valid, with a caveat."),
    ("holder-proof", "not-checked"): QT_TRANSLATE_NOOP("checks", "The candidate's signature could not be checked here."),
    ("holder-binding", "passed"): QT_TRANSLATE_NOOP("checks", "The credential was issued to the person who presented it."),
    ("holder-binding", "failed"): QT_TRANSLATE_NOOP("checks", "The credential was issued to someone else."),
    ("holder-binding", "warning"): QT_TRANSLATE_NOOP("checks", "The credential does not say whom it was issued to."),
    ("key-binding", "passed"): QT_TRANSLATE_NOOP("checks", "The person presenting holds the key the credential was issued to."),
    ("key-binding", "failed"): QT_TRANSLATE_NOOP("checks", "Nothing proves that the credential's holder presented it."),
    ("challenge", "passed"): QT_TRANSLATE_NOOP("checks", "The presentation answers your request code."),
    ("challenge", "failed"): QT_TRANSLATE_NOOP("checks", "The presentation answers a different request code."),
    ("domain", "passed"): QT_TRANSLATE_NOOP("checks", "The presentation was made for your organisation."),
    ("domain", "failed"): QT_TRANSLATE_NOOP("checks", "The presentation was made for someone else."),
    ("expiry", "passed"): QT_TRANSLATE_NOOP("checks", "The presentation has not expired."),
    ("expiry", "failed"): QT_TRANSLATE_NOOP("checks", "The presentation has expired or its expiry cannot be read."),
    ("validity", "passed"): QT_TRANSLATE_NOOP("checks", "The credential is within its validity dates."),
    ("validity", "failed"): QT_TRANSLATE_NOOP("checks", "The credential has expired, is not valid yet, or has unreadable dates."),
    ("status", "passed"): QT_TRANSLATE_NOOP("checks", "The issuer has not revoked or suspended the credential."),
    ("status", "failed"): QT_TRANSLATE_NOOP("checks", "The issuer has revoked or suspended the credential."),
    ("status", "warning"): QT_TRANSLATE_NOOP("checks", "The issuer's status list was read, with a caveat."),
    ("status", "not-checked"): QT_TRANSLATE_NOOP("checks", "Whether the issuer revoked the credential could not be checked "
                                                           "(offline, or the status list is unavailable)."),
    ("schema", "passed"): QT_TRANSLATE_NOOP("checks", "The credential has the expected format."),
    ("schema", "failed"): QT_TRANSLATE_NOOP("checks", "The credential does not have the expected format."),
    ("schema", "warning"): QT_TRANSLATE_NOOP("checks", "The credential's format has minor problems."),
    ("signed-fields", "passed"): QT_TRANSLATE_NOOP("checks", "Every field shown is covered by the signature."),
    ("signed-fields", "failed"): QT_TRANSLATE_NOOP("checks", "Some fields shown are not covered by the signature: anyone "
                                                             "could have added them."),
    ("disclosures", "passed"): QT_TRANSLATE_NOOP("checks", "The disclosed fields are the ones the issuer signed."),
    ("disclosures", "failed"): QT_TRANSLATE_NOOP("checks", "The disclosed fields do not match what the issuer signed."),
    ("sd-jwt-type", "passed"): QT_TRANSLATE_NOOP("checks", "The credential declares a known type."),
    ("sd-jwt-type", "warning"): QT_TRANSLATE_NOOP("checks", "The credential declares an older or unknown type."),
    ("jwt-claims", "passed"): QT_TRANSLATE_NOOP("checks", "The token's claims agree with the credential."),
    ("jwt-claims", "failed"): QT_TRANSLATE_NOOP("checks", "The token's claims contradict the credential."),
    ("jwt-claims", "warning"): QT_TRANSLATE_NOOP("checks", "The token's claims agree with the credential, with a caveat."),
    ("credentials", "warning"): QT_TRANSLATE_NOOP("checks", "The presentation's credentials need your attention."),
    ("contents", "passed"): QT_TRANSLATE_NOOP("checks", "The file holds several credentials; each is checked below."),
}


def check_sentence(name: str, status: str) -> str:
    """The plain sentence for a check's outcome, translated ("" for a check this table does not know)."""
    source = CHECK_SENTENCES.get((name, status))
    return QCoreApplication.translate("checks", source) if source else ""


def check_rows(checks: Iterable[Any], color_of: Callable[[str], str]) -> str:
    """An HTML table: per check, the status (mark and word, in its colour), what was checked, the plain
    sentence and, smaller, the core's specific detail."""
    rows = []
    for c in checks:
        sentence = check_sentence(c.name, c.status)
        detail = html.escape(humanize_paths(c.detail))  # never a JSON path: "the achievement has no criteria"
        text = (f"{html.escape(sentence)}<br><small style='color:{color_of('detail')}'>{detail}</small>"
                if sentence and detail
                else html.escape(sentence) or detail)
        rows.append(
            f"<tr><td style='padding:3px 8px 3px 0; color:{color_of(c.status)}; white-space:nowrap' valign='top'><b>"
            f"{STATUS_MARKS.get(c.status, '')} {html.escape(status_word(c.status))}</b></td>"
            f"<td style='padding:3px 12px 3px 0; white-space:nowrap' valign='top'>{html.escape(check_name(c.name))}</td>"
            f"<td style='padding:3px 0'>{text}</td></tr>")
    return f"<table cellspacing='0'>{''.join(rows)}</table>"


def issuer_words(issuer: dict[str, str], claimed: str = "") -> str:
    """Who issued a credential, as a trust source says — never the credential's own claim as fact:
    "Issued by X (recognised by S)", or "The issuer calls itself “X”; no trust source you use recognises it"."""
    claimed = issuer.get("claimedName") or claimed
    if issuer.get("recognisedName"):
        source = issuer.get("recognisedBy", "")
        if issuer.get("sourceKind") == "user":
            said = _checks_tr("Issued by %1 (an issuer you trust)").replace("%1", issuer["recognisedName"])
        else:
            said = _checks_tr("Issued by %1 (recognised by %2)").replace("%1", issuer["recognisedName"]).replace(
                "%2", source)
        if claimed and claimed.casefold() != issuer["recognisedName"].casefold():
            said += " " + _checks_tr("It calls itself “%1”.").replace("%1", claimed)
        return said
    if claimed:
        return _checks_tr("The issuer calls itself “%1”; no trust source you use recognises it.").replace("%1", claimed)
    return _checks_tr("The issuer gives no name, and no trust source you use recognises it.")


ISSUER_SENTENCES = (
    QT_TRANSLATE_NOOP("checks", "Issued by %1 (an issuer you trust)"),
    QT_TRANSLATE_NOOP("checks", "Issued by %1 (recognised by %2)"),
    QT_TRANSLATE_NOOP("checks", "It calls itself “%1”."),
    QT_TRANSLATE_NOOP("checks", "The issuer calls itself “%1”; no trust source you use recognises it."),
    QT_TRANSLATE_NOOP("checks", "The issuer gives no name, and no trust source you use recognises it."),
)
