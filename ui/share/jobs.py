"""Background work of the share wizard: callables run on the serial lane as ``fn(wallet, op)``.

Nothing here touches a widget. Every export is recorded in the share history by the job that
writes it (one transaction of work, one ``Change("history")``); previews are never recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ui.tasks import OpContext
from wallet import Change, Wallet
from wallet.share.export import ShareRequest

__all__ = ["CredentialChoice", "ExportRequest", "LoadChoices", "Preview", "Export", "ShareQr", "ShareLink",
           "ReadShareService", "SHARE_SERVICE_SETTING", "QrFit"]

SHARE_SERVICE_SETTING = "share_service"  # the career office's share service URL (empty: none)


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
    values: dict[str, str] = field(default_factory=dict)  # pointer -> the holder's own value, said for people
    full_values: dict[str, str] = field(default_factory=dict)  # pointer -> the whole value when ``values`` shortens it


ExportRequest = ShareRequest  # the wizard's request is the core's


def _pointer_value(doc: Any, pointer: str) -> Any:
    from wallet.pointer import resolve

    return resolve(doc, pointer, None)


def _short(value: Any) -> str:
    import json

    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if text.startswith("data:"):
        return "(embedded image)"
    return text if len(text) <= 160 else text[:157] + "…"


def _said(pointer: str, value: Any) -> tuple[str, str]:
    """The holder's own value as the field presenter says it (dates in the interface language, DIDs
    shortened): (shown, the whole value when shortened)."""
    from ui.widgets.field_words import field_value
    from wallet.credentials.presenter import PresentedField, label_for, present_value

    if value is None:
        return "", ""
    shown, full, kind = present_value(pointer, value)
    key, label = label_for(pointer)
    raw = value if isinstance(value, str) else str(value) if isinstance(value, int) and not isinstance(value, bool) else ""
    return field_value(PresentedField(key, label, shown, full, kind, pointer, raw)), full


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
            values, full = {}, {}
            for p in pointers:
                shown, whole = _said(p, _pointer_value(doc, p))
                values[p] = shown
                if whole:
                    full[p] = whole
            summary = stored.summary
            out.append(CredentialChoice(cid, summary.display_title, fmt, opts.mode, opts.mandatory, opts.selectable,
                                        opts.not_disclosable, opts.reason, values, full))
        return out


class Preview:
    """What the employer will see: a real presentation is derived (not exported, not recorded) and
    its credentials are read back as presented."""

    def __init__(self, request: ShareRequest) -> None:
        self.request = request

    def __call__(self, wallet: Wallet, op: OpContext) -> tuple[ShareRequest, list[Any]]:
        from wallet.share.export import build_for
        from wallet.verifier.export import shown_credentials

        p = build_for(wallet, self.request, challenge="preview")
        return self.request, shown_credentials(p.to_bytes(), "preview")


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
    """The core's :func:`wallet.share.export.export_share` (``vp`` or ``package``); returns (entry, path, Change)."""

    def __init__(self, request: ShareRequest, form: str, path: str, include_journey: bool = False) -> None:
        self.request, self.form, self.path = request, form, path
        self.include_journey = include_journey

    def __call__(self, wallet: Wallet, op: OpContext) -> tuple[dict[str, Any], str, Change | None]:
        from wallet.share.export import export_share

        form = "vp" if self.form == "vp-file" else self.form
        journey = _journey_png(wallet) if self.include_journey and form == "package" else None
        made, change = export_share(wallet, self.request, form, self.path, journey_png=journey)
        return made.entry, str(made.path), change


class ShareQr:
    """The core builds and records the QR share (``qr-text``); the picture is drawn here.

    Returns (entry, text, info, png, Change); raises ``QRError`` (too large) before recording."""

    def __init__(self, request: ShareRequest) -> None:
        self.request = request

    def __call__(self, wallet: Wallet, op: OpContext) -> tuple[dict[str, Any], str, Any, bytes, Change | None]:
        from ui.widgets.qr import render_qr
        from wallet.share.export import build_for, history_entry
        from wallet.share.presentation import qr_text_for

        p = build_for(wallet, self.request)
        text, info, png = render_qr(qr_text_for(p))
        entry = history_entry(wallet, self.request, p, "qr", None)
        return entry, text, info, png, wallet.record_share(entry)


class RecordShare:
    def __init__(self, entry: dict[str, Any]) -> None:
        self.entry = entry

    def __call__(self, wallet: Wallet, op: OpContext) -> Change:
        return wallet.record_share(self.entry)


class QrFit:
    """For step 1: (title, disclosure mode) of each ticked credential. A credential shared ``whole`` is
    measured: ``whole-fits`` when it, whole, fits a QR code (the compact ``LW1:`` text; a dense code) and
    ``whole`` when it never can; selectively disclosable ones can when few fields are revealed."""

    # what the holder's signature, the request code and the expiry add to the QR text (LW1: characters)
    HOLDER_PROOF_CHARS = 220

    def __init__(self, ids: list[str]) -> None:
        self.ids = list(ids)

    def __call__(self, wallet: Wallet, op: OpContext) -> tuple[tuple[str, ...], list[tuple[str, str]]]:
        from wallet.errors import WalletError
        from wallet.share.presentation import VC2, disclosure_options
        from wallet.share.qr import qr_info, vp_to_compact_text

        out = []
        for cid in self.ids:
            stored = wallet.credential(cid)
            mode = str(disclosure_options(stored.raw, stored.format).mode)
            if mode == "whole" and isinstance(stored.raw, dict):
                try:
                    text = vp_to_compact_text({"@context": [VC2], "type": ["VerifiablePresentation"],
                                               "verifiableCredential": [stored.raw]})
                    if qr_info(text + "0" * self.HOLDER_PROOF_CHARS).fits:
                        mode = "whole-fits"
                except WalletError:
                    pass
            out.append((stored.summary.display_title, mode))
        return tuple(self.ids), out


class ReadShareService:
    """The share service URL from Settings ("" when none is set)."""

    def __call__(self, wallet: Wallet, op: OpContext) -> str:
        return str(wallet.setting(SHARE_SERVICE_SETTING, "") or "")


class _CancellableTransport:
    """The real HTTP transport, checking Cancel before each request and reporting each step."""

    def __init__(self, op: OpContext) -> None:
        self.op = op
        self.steps = 0

    def __call__(self, method: str, url: str, body: bytes | None, headers: dict[str, str]) -> tuple[int, bytes]:
        from PySide6.QtCore import QCoreApplication

        from wallet.share.link import http_transport

        self.op.check_cancelled()
        self.steps += 1
        text = (QCoreApplication.translate("ShareLink", "Asking the share service for a link…") if self.steps == 1
                else QCoreApplication.translate("ShareLink", "Uploading the signed presentation…"))
        self.op.progress(self.steps, 3, text)
        return http_transport(method, url, body, headers)


class ShareLink:
    """Upload through the core (:func:`wallet.share.link.create_link`: reserve a link, sign the presentation
    for it with the holder's key, upload, record in the history) and draw the link's QR code.

    On the serial lane because signing needs the wallet's signer; the network requests check Cancel first.
    Returns (LinkShare, text, QrInfo, png, Change)."""

    def __init__(self, request: ShareRequest, server: str, days: int) -> None:
        self.request, self.server, self.days = request, server, days

    def __call__(self, wallet: Wallet, op: OpContext) -> tuple[Any, str, Any, bytes, Change]:
        from ui.widgets.qr import render_qr
        from wallet.share.link import create_link

        link = create_link(wallet, list(self.request.ids), self.server, reveal=self.request.reveal,
                           holder=self.request.holder, expires_days=self.days, transport=_CancellableTransport(op))
        text, info, png = render_qr(link.url)
        return link, text, info, png, Change("history", (link.history_id,) if link.history_id else ())
