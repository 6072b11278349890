"""Verification reports for an employer's hiring file: one record per verified input, as JSON and PDF.

A :class:`VerificationRecord` keeps the reports of one input (:func:`wallet.verifier.verify_bytes`)
together with what the candidate showed: the credentials *as presented* — derived proofs, chosen
SD-JWT disclosures — read from the input itself, never from an original, so a field the holder did
not reveal cannot reach the report. Issuer images are kept only as ``data:`` URIs (nothing is
fetched).

* :func:`shown_credentials` — the presented credentials of an input (file bytes, QR text, package);
* :func:`verification_record` — reports + shown credentials + the request (challenge, domain);
* :func:`report_json` / :func:`report_pdf` — the exports (fpdf2 with the bundled DejaVu fonts, like
  :mod:`wallet.summary_pdf`).

``CHECK_LABELS`` / ``STATUS_WORDS`` / ``VERDICT_TEXT`` / ``STATE_TEXT`` are the plain-language names shared
with the UI; :func:`heading` is the one-line verdict of a report (who issued it, who says so).
"""

from __future__ import annotations

import base64
import io
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from wallet.credentials.presenter import PresentedField, humanize_paths
from wallet.verifier.report import Report

__all__ = [
    "CHECK_LABELS",
    "STATE_TEXT",
    "STATUS_WORDS",
    "VERDICT_TEXT",
    "ShownCredential",
    "VerificationRecord",
    "check_label",
    "failed_record",
    "heading",
    "overall_state",
    "overall_verdict",
    "report_json",
    "report_pdf",
    "shown_credentials",
    "verification_record",
]

VERDICT_TEXT = {
    "verified": "Verified",
    "authentic-unrecognised": "Authentic, issuer not recognised",
    "not-verified": "Not verified",
}

#: the state of a report in words (wallet.verifier.report.state_of): the one badge's words everywhere
STATE_TEXT = {
    "verified": "Verified",
    "authentic-unrecognised": "Authentic, issuer not recognised",
    "not-verified": "Not verified",
    "revoked": "Revoked",
    "suspended": "Suspended",
    "expired": "Expired",
    "demo-issuer": "DEMO issuer — fictional",
    "not-checked": "Not checked (offline)",
    "unverified": "Not checked yet",
}

STATUS_WORDS = {"passed": "OK", "failed": "Failed", "warning": "Warning", "not-checked": "Not checked"}

CHECK_LABELS = {
    "proof": "Issuer's signature",
    "jwt-signature": "Issuer's signature",
    "sd-jwt-signature": "Issuer's signature",
    "issuer-key": "Issuer's key",
    "issuer-trust": "Issuer recognised",
    "issuer-domain": "Issuer's website",
    "request": "Answers your request",
    "holder-key": "Candidate's key",
    "holder-proof": "Candidate's signature",
    "holder-binding": "Issued to this candidate",
    "key-binding": "Presented by the key holder",
    "challenge": "Answers your request code",
    "domain": "Made for your organisation",
    "expiry": "Presentation not expired",
    "validity": "Validity dates",
    "status": "Not revoked or suspended",
    "schema": "Credential format",
    "signed-fields": "Every shown field is signed",
    "disclosures": "Disclosed fields match the signature",
    "sd-jwt-type": "Credential type",
    "jwt-claims": "Credential claims",
    "credentials": "Credentials in the presentation",
    "contents": "Contents",
}

_VERDICT_RANK = {"not-verified": 2, "authentic-unrecognised": 1, "verified": 0}
_HIDDEN_CLAIMS = {"cnf", "_sd", "_sd_alg"}


def check_label(name: str) -> str:
    return CHECK_LABELS.get(name, name.replace("-", " ").capitalize())


def overall_verdict(reports: tuple[Report, ...] | list[Report]) -> str:
    """The worst verdict of ``reports`` (``not-verified`` when there is none)."""
    if not reports:
        return "not-verified"
    return max((r.verdict for r in reports), key=lambda v: _VERDICT_RANK[v])


def overall_state(reports: tuple[Report, ...] | list[Report]) -> str:
    """The worst state of ``reports`` (``not-verified`` when there is none)."""
    from wallet.verifier.report import worst_state

    return worst_state([r.state for r in reports])


def _issuers(report: Report) -> list[dict[str, str]]:
    own = [report.issuer] if report.issuer else []
    return own + [i for r in report.credentials for i in _issuers(r)]


def heading(report: Report) -> str:
    """The one-line verdict: the state in words, then who issued it — by the recognising source's name
    when one recognises the issuer, else only as what the credential calls itself ("calls itself …")."""
    text = STATE_TEXT.get(report.state, report.state)
    parts = []
    for i in _issuers(report):
        if i.get("recognisedName"):
            said = f"issued by {i['recognisedName']} (recognised by {i.get('recognisedBy', '')})"
            if i.get("claimedName") and i["claimedName"].casefold() != i["recognisedName"].casefold():
                said += f"; it calls itself {i['claimedName']!r}"
        else:
            said = f"the issuer calls itself {i['claimedName']!r}" if i.get("claimedName") else \
                f"the issuer {i.get('id', '')} gives no name"
        if said not in parts:
            parts.append(said)
    return text + (" — " + "; ".join(parts) if parts else "")


@dataclass(frozen=True)
class ShownCredential:
    """One credential as the candidate presented it."""

    title: str
    format: str
    issuer_name: str
    issuer_id: str
    issuer_image: str | None  # a data: URI, or None
    fields: tuple[tuple[str, str], ...]  # (path, value): for the machine-readable JSON only
    presented: tuple[PresentedField, ...] = ()  # the same fields for people (labels, human values)

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "format": self.format, "issuer": {"name": self.issuer_name, "id": self.issuer_id},
                "fields": [{"path": p, "value": v} for p, v in self.fields]}


@dataclass(frozen=True)
class VerificationRecord:
    source: str
    checked_at: datetime
    reports: tuple[Report, ...]
    shown: tuple[ShownCredential, ...] = ()
    challenge: str | None = None
    domain: str | None = None
    trust_list_used: bool = False
    error: dict[str, str] | None = None  # the input could not be verified at all
    notes: tuple[str, ...] = field(default_factory=tuple)
    demo: bool = False  # checked inside the demo wallet: every export says so

    @property
    def verdict(self) -> str:
        return "not-verified" if self.error else overall_verdict(self.reports)

    @property
    def state(self) -> str:
        return "not-verified" if self.error else overall_state(self.reports)

    @property
    def verdict_text(self) -> str:
        return STATE_TEXT[self.state]

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "format": "learner-wallet-verification-report",
            "version": 1,
            "source": self.source,
            "checked_at": self.checked_at.astimezone(UTC).isoformat(timespec="seconds"),
            "verdict": self.verdict,
            "state": self.state,
            "verdict_text": self.verdict_text,
            "request": {"challenge": self.challenge, "domain": self.domain},
            "trust_list_used": self.trust_list_used,
            "reports": [r.to_json() for r in self.reports],
            "shown": [c.to_json() for c in self.shown],
            "not_checked": list(self.notes),
        }
        if self.demo:
            out["demo"] = True
            out["note"] = "DEMO: checked in the Learner Wallet demo, with fictional people and issuers."
        if self.error:
            out["error"] = self.error
        return out


# --- what was shown --------------------------------------------------------------------------------


def _sd_jwt_claims(text: str, now: datetime) -> dict[str, Any]:
    from wallet.proofs.sdjwt import verify_sd_jwt

    claims = verify_sd_jwt(text, resolver=None, now=now).claims  # disclosures applied, nothing looked up
    return {k: v for k, v in claims.items() if k not in _HIDDEN_CLAIMS}


def _shown(doc: dict[str, Any], fmt: str) -> ShownCredential:
    from wallet.credentials.model import credential_model
    from wallet.credentials.presenter import present_fields
    from wallet.share.summary_pdf import disclosed_fields

    m = credential_model(doc, fmt)
    image = m.issuer.image if isinstance(m.issuer.image, str) and m.issuer.image.startswith("data:image/") else None
    return ShownCredential(m.title, fmt, m.issuer.name or "", m.issuer.id or "", image,
                           tuple(disclosed_fields(doc)), tuple(present_fields(doc)))


def shown_credentials(data: bytes, name: str = "", *, now: datetime | None = None) -> list[ShownCredential]:
    """The credentials an input shows, as presented (containers unwrapped, SD-JWT disclosures applied)."""
    from wallet.credentials.formats import parse_input
    from wallet.verifier.engine import unwrap

    now = now or datetime.now(UTC)
    out: list[ShownCredential] = []
    for payload, pname in unwrap(data, name):
        parsed = parse_input(payload, name=pname)
        for found in parsed.credentials:
            if found.format == "sd-jwt-vc" and found.text:
                out.append(_shown(_sd_jwt_claims(found.text, now), "sd-jwt-vc"))
            else:
                out.append(_shown(found.document, found.format))
    return out


def _notes(reports: tuple[Report, ...], trust_list_used: bool) -> list[str]:
    notes: list[str] = []
    creds = [c for r in reports for c in ((r,) if r.kind == "credential" else r.credentials)]
    for r in (*reports, *creds):
        for c in r.checks:
            if c.status == "not-checked":
                notes.append(f"{r.subject or 'Credential'}: {check_label(c.name)} — {humanize_paths(c.detail)}")
    for cr in creds:
        trust = cr.check("issuer-trust")
        if trust is not None and trust.reason == "issuer-not-recognised":
            notes.append(f"{cr.subject or 'Credential'}: issuer not recognised — no trust source you use lists "
                         f"{trust.data.get('id', 'its issuer')}; its name is only what it calls itself.")
    for cr in creds:
        if cr.format != "sd-jwt-vc" and cr.check("status") is None:
            notes.append(f"{cr.subject or 'Credential'}: revocation — the credential names no status list, "
                         "so there was nothing to check.")
    return notes


def verification_record(data: bytes, name: str, reports: list[Report] | tuple[Report, ...], *,
                        challenge: str | None = None, domain: str | None = None, now: datetime | None = None,
                        trust_list_used: bool = False) -> VerificationRecord:
    """Reports of ``data`` (already verified) with what it shows and what was not checked."""
    from wallet.errors import WalletError

    now = now or datetime.now(UTC)
    try:
        shown = tuple(shown_credentials(data, name, now=now))
    except WalletError:
        shown = ()
    reps = tuple(reports)
    return VerificationRecord(name, now, reps, shown, challenge, domain, trust_list_used,
                              notes=tuple(_notes(reps, trust_list_used)))


def failed_record(name: str, error: dict[str, str], *, challenge: str | None = None, domain: str | None = None,
                  now: datetime | None = None) -> VerificationRecord:
    """The record of an input that could not be verified at all (``error`` from ``WalletError.to_json``)."""
    return VerificationRecord(name, now or datetime.now(UTC), (), (), challenge, domain, error=error)


# --- exports ---------------------------------------------------------------------------------------


def report_json(record: VerificationRecord) -> bytes:
    return json.dumps(record.to_json(), indent=2, ensure_ascii=False).encode()


def _data_uri_image(uri: str) -> io.BytesIO | None:
    head, _, body = uri.partition(",")
    if not head.startswith(("data:image/png", "data:image/jpeg", "data:image/jpg")) or ";base64" not in head:
        return None
    try:
        return io.BytesIO(base64.b64decode(body, validate=False))
    except ValueError:
        return None


def report_pdf(record: VerificationRecord) -> bytes:
    """The report as a PDF for the hiring file: verdict, every check, what was not checked, the shown fields."""
    from wallet.pdf import new_document

    pdf = new_document("Verification report")
    pdf.add_page()

    def line(text: str, size: float = 10, bold: bool = False, h: float = 5.5) -> None:
        pdf.set_font("DejaVu", "B" if bold else "", size)
        pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")

    if record.demo:
        pdf.set_text_color(200, 30, 30)
        line("DEMO — checked in the demo wallet; fictional people and issuers", 11, True, 7)
        pdf.set_text_color(0, 0, 0)
    line("Verification report", 18, True, 9)
    colour = {"verified": (30, 126, 52), "authentic-unrecognised": (154, 103, 0),
              "not-checked": (90, 90, 90), "expired": (154, 103, 0)}.get(record.state, (179, 38, 30))
    pdf.set_text_color(*colour)
    line(record.verdict_text, 15, True, 8)
    pdf.set_text_color(0, 0, 0)
    line(f"Input: {record.source or '(pasted or scanned)'}")
    line(f"Checked: {record.checked_at.astimezone(UTC).strftime('%Y-%m-%d %H:%M UTC')}")
    if record.challenge or record.domain:
        line(f"Request code: {record.challenge or '—'}   Domain: {record.domain or '—'}")
    else:
        line("Request code: none given, so the presentation was not checked against a request.")
    if record.error:
        pdf.ln(2)
        line("The input could not be verified", 12, True, 7)
        line(record.error.get("message", ""))
    for rep in record.reports:
        pdf.ln(2)
        kind = "Presentation" if rep.kind == "presentation" else "Credential"
        line(f"{kind}: {rep.subject}", 12, True, 7)
        line(f"Result: {heading(rep)}", 10, True)
        for c in rep.checks:
            line(f"  {STATUS_WORDS[c.status]} — {check_label(c.name)}: {humanize_paths(c.detail)}", 9, h=5)
        for sub in rep.credentials:
            line(f"  Credential: {sub.subject} — {heading(sub)}", 10, True)
            for c in sub.checks:
                line(f"    {STATUS_WORDS[c.status]} — {check_label(c.name)}: {humanize_paths(c.detail)}", 9, h=5)
    if record.notes:
        pdf.ln(2)
        line("Not checked, and why", 12, True, 7)
        for n in record.notes:
            line(f"  {n}", 9, h=5)
    if record.shown:
        pdf.ln(2)
        line("What the candidate chose to show", 12, True, 7)
        for sc in record.shown:
            pdf.ln(1)
            line(sc.title, 11, True, 6)
            img = _data_uri_image(sc.issuer_image) if sc.issuer_image else None
            if img is not None:
                try:
                    pdf.image(img, w=14)
                except Exception:  # an image fpdf2 cannot read is left out; the name stays
                    pass
            line(f"Issued by: {sc.issuer_name or sc.issuer_id or 'not disclosed'}", 10)
            for f in sc.presented:
                line(f"  {f.label}: {f.value}", 8.5, h=4.6)
                if f.shortened:
                    line(f"      {f.full}", 7, h=4)
    pdf.ln(3)
    line("Made by Learner Wallet's verifier. Nothing was fetched from the network unless the settings allowed it; "
         "the JSON export of this report carries every check in machine-readable form.", 8, h=4.5)
    return bytes(pdf.output())
