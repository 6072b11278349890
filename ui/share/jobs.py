"""Background work of the share wizard: callables run on the serial lane as ``fn(wallet, op)``.

Nothing here touches a widget. Every export is recorded in the share history by the job that
writes it (one transaction of work, one ``Change("history")``); previews are never recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ui.tasks import OpContext
from wallet import Change, Wallet

__all__ = ["CredentialChoice", "ExportRequest", "LoadChoices", "Preview", "Export", "ShareQr"]


@dataclass(frozen=True)
class CredentialChoice:
    """One credential with what may be revealed of it, for the fields page."""

    id: str
    title: str
    format: str
    mode: str  # ecdsa-sd | sd-jwt | whole
    mandatory: tuple[str, ...]
    selectable: tuple[str, ...]
    always: tuple[str, ...]  # shown and not selectable (SD-JWT claims that are never disclosures)
    reason: str
    values: dict[str, str] = field(default_factory=dict)  # pointer -> the holder's own value, for labels


@dataclass(frozen=True)
class ExportRequest:
    ids: tuple[str, ...]
    reveal: dict[str, list[str]]
    holder: str | None
    challenge: str | None
    domain: str | None
    expires: datetime | None


def _pointer_value(doc: Any, pointer: str) -> Any:
    node = doc
    for token in pointer.lstrip("/").split("/"):
        key = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return None
    return node


def _short(value: Any) -> str:
    import json

    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if text.startswith("data:"):
        return "(embedded image)"
    return text if len(text) <= 160 else text[:157] + "…"


class LoadChoices:
    """Disclosure options and the holder's own values for ``ids``."""

    def __init__(self, ids: list[str]) -> None:
        self.ids = list(ids)

    def __call__(self, wallet: Wallet, op: OpContext) -> list[CredentialChoice]:
        from wallet.share.presentation import disclosure_options

        out = []
        for cid in self.ids:
            stored = wallet.credential(cid)
            raw, fmt = stored.raw, stored.format
            opts = disclosure_options(raw, fmt)
            doc = raw
            if fmt == "sd-jwt-vc" and isinstance(raw, str):
                from datetime import UTC

                from wallet.proofs.sdjwt import verify_sd_jwt

                doc = verify_sd_jwt(raw, resolver=None, now=datetime.now(UTC)).claims
            pointers = (*opts.mandatory, *opts.selectable, *opts.not_disclosable)
            values = {p: _short(_pointer_value(doc, p)) for p in pointers}
            summary = stored.summary
            out.append(CredentialChoice(cid, summary.display_title, fmt, opts.mode, opts.mandatory, opts.selectable,
                                        opts.not_disclosable, opts.reason, values))
        return out


class Preview:
    """What the employer will see: a real presentation is derived (not exported, not recorded) and
    its credentials are read back as presented."""

    def __init__(self, request: ExportRequest) -> None:
        self.request = request

    def __call__(self, wallet: Wallet, op: OpContext) -> tuple[ExportRequest, list[Any]]:
        from wallet.share.presentation import build_presentation
        from wallet.verifier.export import shown_credentials

        r = self.request
        p = build_presentation(wallet, list(r.ids), reveal=r.reveal, holder=r.holder, challenge="preview",
                               domain=r.domain)
        return r, shown_credentials(p.to_bytes(), "preview")


def _entry(wallet: Wallet, r: ExportRequest, p: Any, form: str, path: str | None) -> dict[str, Any]:
    titles = {c.id: c.display_title for c in wallet.summaries(r.ids)}
    return {
        "credentials": [{"id": i, "title": titles.get(i, i)} for i in r.ids],
        "fields": {i: list(p.revealed.get(i, [])) for i in r.ids},
        "for": r.domain or "",
        "challenge": p.challenge,
        "holder": p.holder,
        "form": form,
        "file": Path(path).name if path else "",
        "expires": r.expires.isoformat(timespec="seconds") if r.expires else None,
    }


def _build(wallet: Wallet, r: ExportRequest) -> Any:
    from wallet.share.presentation import build_presentation

    return build_presentation(wallet, list(r.ids), reveal=r.reveal, holder=r.holder, challenge=r.challenge,
                              domain=r.domain, expires=r.expires)


def _journey_png(wallet: Wallet) -> bytes | None:
    """The learner's skill journey as a PNG for the package (None when there is nothing to draw)."""
    from ui.journey.export import render_png
    from wallet.journey.compute import journey_for_wallet

    journey = journey_for_wallet(wallet)
    if not journey.nodes:
        return None
    title = "Skill journey — DEMO, a fictional learner" if wallet.is_demo else "Skill journey"
    return render_png(journey, title=title, scale=1.25)


class Export:
    """Build, write (``vp-file`` or ``package``) and record; returns (entry, path, Change)."""

    def __init__(self, request: ExportRequest, form: str, path: str, include_journey: bool = False) -> None:
        self.request, self.form, self.path = request, form, path
        self.include_journey = include_journey

    def __call__(self, wallet: Wallet, op: OpContext) -> tuple[dict[str, Any], str, Change]:
        from wallet.fileio import atomic_write

        p = _build(wallet, self.request)
        if self.form == "package":
            from wallet.share.package import build_package
            from wallet.share.presentation import qr_text_for
            from wallet.share.qr import qr_info

            qr_text: str | None = None
            try:
                text = qr_text_for(p)
                qr_text = text if qr_info(text).fits else None
            except Exception:  # the package is the proof; its PDF simply has no QR then
                qr_text = None
            data = build_package(p, qr_text=qr_text, demo=wallet.is_demo,
                                 journey_png=_journey_png(wallet) if self.include_journey else None)
        else:
            data = p.to_bytes()
        written = atomic_write(self.path, data)
        entry = _entry(wallet, self.request, p, self.form, str(written))
        return entry, str(written), wallet.record_share(entry)


class ShareQr:
    """Build the presentation and its QR; record the share only when it fits a QR code.

    Returns (entry, text, info, png, Change); raises ``QRError`` (too large) before recording."""

    def __init__(self, request: ExportRequest) -> None:
        self.request = request

    def __call__(self, wallet: Wallet, op: OpContext) -> tuple[dict[str, Any], str, Any, bytes, Change]:
        from ui.widgets.qr import render_qr
        from wallet.share.presentation import qr_text_for

        p = _build(wallet, self.request)
        text, info, png = render_qr(qr_text_for(p))
        entry = _entry(wallet, self.request, p, "qr", None)
        return entry, text, info, png, wallet.record_share(entry)


class RecordShare:
    def __init__(self, entry: dict[str, Any]) -> None:
        self.entry = entry

    def __call__(self, wallet: Wallet, op: OpContext) -> Change:
        return wallet.record_share(self.entry)
