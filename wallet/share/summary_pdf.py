"""The printable ``summary.pdf`` of a share package (fpdf2, pure Python: the core stays Qt-free).

Everything printed comes from the *presented* credentials (derived proofs, chosen disclosures),
never from the stored originals, so a field the holder did not reveal cannot reach the PDF.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from wallet.share.presentation import Presentation

__all__ = ["disclosed_fields", "presented_credentials", "summary_pdf"]

_SKIP = {"@context", "proof", "type"}


def presented_credentials(p: Presentation) -> list[tuple[dict[str, Any], str]]:
    """(credential JSON as presented, format) for every credential in the presentation."""
    out: list[tuple[dict[str, Any], str]] = []
    if p.kind == "sd-jwt":
        assert p.text is not None
        return [(_sd_claims(p.text), "sd-jwt-vc")]
    doc = p.document or {}
    creds = doc.get("verifiableCredential") or []
    for c in creds if isinstance(creds, list) else [creds]:
        if isinstance(c, dict) and c.get("type") == "EnvelopedVerifiableCredential":
            head, _, body = str(c.get("id", "")).partition(",")
            if "sd-jwt" in head:
                out.append((_sd_claims(body), "sd-jwt-vc"))
            else:
                from wallet.credentials.formats import parse_text

                found = parse_text(body).credentials[0]
                out.append((found.document, found.format))
        elif isinstance(c, dict):
            out.append((c, "ldp-vc"))
    return out


def _sd_claims(text: str) -> dict[str, Any]:
    from wallet.credentials.formats import decode_jwt_unverified
    from wallet.proofs.sdjwt import list_disclosures

    _h, payload = decode_jwt_unverified(text.split("~", 1)[0])
    claims = {k: v for k, v in payload.items() if k not in ("_sd", "_sd_alg", "cnf")}
    for d in list_disclosures(text):
        if d.path.count("/") == 1 and d.name:
            claims[d.name] = d.value
    return claims


def disclosed_fields(doc: Any, prefix: str = "") -> list[tuple[str, str]]:
    """(path, value) for every leaf the credential shows, in reading order."""
    out: list[tuple[str, str]] = []
    if isinstance(doc, dict):
        for k, v in doc.items():
            if k in _SKIP or (k == "id" and isinstance(v, str) and v.startswith("urn:")):
                continue
            out += disclosed_fields(v, f"{prefix}.{k}" if prefix else k)
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out += disclosed_fields(v, f"{prefix}[{i}]")
    elif doc is not None:
        text = str(doc)
        if text.startswith("data:"):
            text = "(embedded image)"
        out.append((prefix, text if len(text) < 300 else text[:297] + "..."))
    return out


def summary_pdf(p: Presentation, *, qr_text: str | None, demo: bool, now: datetime,
                journey_png: bytes | None = None) -> bytes:
    from wallet.credentials.model import credential_model
    from wallet.credentials.presenter import present_fields, skill_text
    from wallet.pdf import new_document

    pdf = new_document("Learner Wallet share package")
    qr_png = None
    if qr_text:
        try:
            from wallet.share.qr import qr_png as make_png

            qr_png = make_png(qr_text)
        except Exception:  # no QR when it does not fit; the package itself is the proof
            qr_png = None
    creds = presented_credentials(p)
    for doc, fmt in creds or [({}, "")]:
        pdf.add_page()
        if demo:
            pdf.set_font("DejaVu", "B", 11)
            pdf.set_text_color(200, 30, 30)
            pdf.cell(0, 7, "DEMO — fictional learner and issuers, for demonstration only", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        m = credential_model(doc, fmt or "ldp-vc") if doc else None
        pdf.set_font("DejaVu", "B", 17)
        pdf.multi_cell(0, 9, m.title if m else "Presentation", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 11)
        if m:
            pdf.multi_cell(0, 6, f"Issued by: {m.issuer.name or m.issuer.id or 'not disclosed'}",
                           new_x="LMARGIN", new_y="NEXT")
            if m.achievement and m.achievement.name:
                pdf.multi_cell(0, 6, f"Achievement: {m.achievement.name}", new_x="LMARGIN", new_y="NEXT")
            if m.skills:
                names = ", ".join(skill_text(s)[0] for s in m.skills)
                pdf.multi_cell(0, 6, f"Skills: {names}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", 12)
        pdf.cell(0, 7, "What the holder chose to show", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        for f in present_fields(doc):
            pdf.multi_cell(0, 5, f"{f.label}: {f.value}", new_x="LMARGIN", new_y="NEXT")
            if f.shortened:
                pdf.set_font("DejaVu", "", 7)
                pdf.multi_cell(0, 4, f"    {f.full}", new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DejaVu", "", 9)
        if qr_png:
            pdf.ln(3)
            pdf.image(io.BytesIO(qr_png), w=70)
        pdf.ln(4)
        pdf.set_font("DejaVu", "B", 12)
        pdf.cell(0, 7, "How to verify", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        lines = [
            "This page is a summary for reading; the proof is the signed presentation in this package"
            + (" and the QR code above." if qr_png else "."),
            "Open the package (or scan the QR code) in Learner Wallet's Verify view, or run:",
            "    learner-wallet-cli verify <this package>",
            f"The presentation is signed by the holder {p.holder}"
            + (f" for {p.domain}" if p.domain else "")
            + (f" with request code {p.challenge}." if p.challenge else "."),
            f"Made on {now.date().isoformat()}.",
        ]
        for line in lines:
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    if journey_png:
        pdf.add_page(orientation="L")
        if demo:
            pdf.set_font("DejaVu", "B", 11)
            pdf.set_text_color(200, 30, 30)
            pdf.cell(0, 7, "DEMO — fictional learner and issuers, for demonstration only", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        pdf.set_font("DejaVu", "B", 15)
        pdf.cell(0, 9, "Skill journey", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(0, 5, "The learner's own summary of all their credentials, computed by Learner Wallet. It is "
                             "not signed: only the presentation in this package is proof.", new_x="LMARGIN", new_y="NEXT")
        pdf.image(io.BytesIO(journey_png), w=pdf.epw)
    return bytes(pdf.output())
