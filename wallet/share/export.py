"""The one share-export path: build a holder-signed presentation, write it in the chosen form, record it.

Used by ``learner-wallet-cli present`` and by the desktop Share wizard (which only schedules it on the
serial lane and draws the QR code itself). Forms:

``vp``        the presentation file (JSON, or SD-JWT text for a lone SD-JWT VC)
``package``   a share package (zip: presentation, printable PDF with the QR when it fits, manifest)
``qr-text``   the QR payload (``VP1-…`` or ``LW1:…``, or the SD-JWT text)
``qr-png``    a PNG of the QR code (captioned DEMO in the demo wallet)
``qr-svg``    an SVG of the QR code

Every written share is remembered in the share history (one entry, one ``Change("history")``).
A QR payload too large for a QR code raises :class:`wallet.errors.QRError` before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wallet.errors import InputError, WalletError
from wallet.fileio import atomic_write
from wallet.share.presentation import Presentation, build_presentation, qr_text_for

if TYPE_CHECKING:
    from wallet.share.qr import QrInfo
    from wallet.wallet import Change, Wallet

__all__ = ["FORMS", "ShareRequest", "ShareResult", "build_for", "export_share", "history_entry", "qr_text_or_none",
           "shared_credentials"]

FORMS = ("vp", "package", "qr-text", "qr-png", "qr-svg")
HISTORY_FORMS = {"vp": "vp-file", "package": "package"}  # every QR form is "qr" in the history
DEMO_CAPTION = "DEMO — fictional credentials, not a real record"


@dataclass(frozen=True)
class ShareRequest:
    """What to share: the stored credentials, the fields to reveal (JSON pointers, for all of them or per
    credential id; ``None`` reveals everything), the holder DID, and the employer's request."""

    ids: tuple[str, ...]
    reveal: dict[str, list[str]] | list[str] | None = None
    holder: str | None = None
    challenge: str | None = None
    domain: str | None = None
    expires: datetime | None = None
    qr_form: str = "auto"  # a JSON-LD QR: "auto" (the smaller code), "vp1" (what other wallets read) or "lw1"


@dataclass(frozen=True)
class ShareResult:
    """What was made: the presentation, the bytes written (if any) and where, the QR payload and its
    size when the form is a QR code, and the share-history entry."""

    presentation: Presentation
    form: str
    path: Path | None
    data: bytes
    qr_text: str | None
    qr_info: QrInfo | None
    entry: dict[str, Any]


def build_for(wallet: Wallet, request: ShareRequest, *, challenge: str | None = None) -> Presentation:
    """The presentation of ``request`` (``challenge`` overrides the request's, e.g. for a preview)."""
    if not request.ids:
        raise InputError("Choose at least one credential to share.")
    return build_presentation(wallet, list(request.ids), reveal=request.reveal, holder=request.holder,
                              challenge=challenge or request.challenge, domain=request.domain,
                              expires=request.expires)


def qr_text_or_none(p: Presentation, form: str = "auto") -> str | None:
    """The QR payload of ``p`` when it fits a QR code, else ``None`` (a package then has no QR)."""
    from wallet.share.qr import qr_info

    try:
        text = qr_text_for(p, form)
        return text if qr_info(text).fits else None
    except WalletError:
        return None


def history_entry(wallet: Wallet, request: ShareRequest, p: Presentation, form: str,
                  path: Path | None) -> dict[str, Any]:
    """The share-history entry of one share: titles and the verdict of each credential shared (from its
    stored report: ``state``, ``verdict`` and, when a trust source recognised the issuer, ``recognisedBy``),
    fields, for whom, in which form."""
    return {
        "credentials": shared_credentials(wallet, request.ids),
        "fields": {i: list(p.revealed.get(i, [])) for i in request.ids},
        "shown": shown_field_count(p),
        "for": request.domain or "",
        "challenge": p.challenge,
        "holder": p.holder,
        "form": form,
        "file": path.name if path else "",
        "expires": request.expires.isoformat(timespec="seconds") if request.expires else None,
    }


def shown_field_count(p: Presentation) -> int | None:
    """How many fields the employer sees, counted as the Share preview counts them (read back from the
    signed presentation); None when it cannot be read back."""
    from wallet.verifier.export import shown_credentials

    try:
        return sum(len(c.presented) for c in shown_credentials(p.to_bytes(), "share"))
    except WalletError:
        return None


def shared_credentials(wallet: Wallet, ids: tuple[str, ...] | list[str]) -> list[dict[str, Any]]:
    """The ``credentials`` of a share-history entry (every export and link records them so)."""
    summaries = {c.id: c for c in wallet.summaries(list(ids))}
    return [_shared(wallet, i, summaries.get(i)) for i in ids]


def _shared(wallet: Wallet, cid: str, summary: Any) -> dict[str, Any]:
    """One shared credential as the history keeps it: its title and the verdict it had when shared."""
    report = wallet.report(cid) if summary is not None else None
    state = report.state if report is not None else summary.state if summary is not None else "unverified"
    verdict = state if state in ("verified", "authentic-unrecognised") else "not-verified"  # as Report.verdict
    out: dict[str, Any] = {"id": cid, "title": summary.display_title if summary is not None else cid,
                           "state": state, "verdict": verdict}
    recognised = report.issuer.get("recognisedBy") if report is not None else None
    if recognised:
        out["recognisedBy"] = recognised
    return out


def export_share(wallet: Wallet, request: ShareRequest, form: str, out: str | Path | None = None, *,
                 journey_png: bytes | None = None, record: bool = True) -> tuple[ShareResult, Change | None]:
    """Build, write (when ``out`` is given) and record one share. See the module docstring for ``form``."""
    from wallet.share import qr

    if form not in FORMS:
        raise InputError(f"Unknown share form {form!r}; use one of {', '.join(FORMS)}.")
    p = build_for(wallet, request)
    text: str | None = None
    info = None
    if form == "vp":
        data = p.to_bytes()
    elif form == "package":
        from wallet.share.package import build_package

        data = build_package(p, qr_text=qr_text_or_none(p, request.qr_form), demo=wallet.is_demo,
                             journey_png=journey_png)
    else:
        text = qr_text_for(p, request.qr_form)
        info = qr.qr_info(text)  # raises QRError when too large, before anything is written
        caption = DEMO_CAPTION if wallet.is_demo else None
        if form == "qr-text":
            data = text.encode()
        elif form == "qr-png":
            data = qr.qr_png(text, caption=caption)
        else:
            data = qr.qr_svg(text, caption=caption).encode()
    path = atomic_write(out, data) if out is not None else None
    entry = history_entry(wallet, request, p, HISTORY_FORMS.get(form, "qr"), path)
    change = wallet.record_share(entry) if record else None
    return ShareResult(p, form, path, data, text, info, entry), change
