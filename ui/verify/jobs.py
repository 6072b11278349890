"""Background work of the verifier. Stores nothing.

With a wallet open, verification runs on the serial lane with the wallet's resolver cache,
status-list documents and trust sources (they live in its database; the demo issuers only in the demo
wallet). Without one (an employer's kiosk: ``learner-wallet --verify``) it runs on the parallel lane,
offline, with the bundled registries and the trust lists the employer loaded (the verifier's own
settings, :func:`wallet.trust.config.load_verifier_config`).

A share link (pasted, scanned, or in a QR image) is not verified as it is: :class:`VerifyData` answers
:class:`LinkFound`, the view asks whether it may go online, and :class:`FetchLink` downloads the signed
presentation on the parallel lane (no wallet needed); the view then verifies those bytes like any other
input, for the link (challenge = its id, domain = its service) — the service's own verdict is never used.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ui.tasks import OpContext
from wallet.errors import QRError, WalletError

__all__ = ["DecodeFrame", "FetchLink", "LinkFound", "VerifyData"]


@dataclass(frozen=True)
class LinkFound:
    """The input was a share link (:class:`wallet.share.link.SharedLink`): fetch it, with permission."""

    link: Any
    name: str


class VerifyData:
    """``data`` (file bytes, pasted text, a QR image) -> :class:`wallet.report_export.VerificationRecord`."""

    def __init__(self, data: bytes, name: str, challenge: str | None, domain: str | None, *,
                 find_links: bool = True) -> None:
        self.data, self.name, self.challenge, self.domain = data, name, challenge, domain
        self.find_links = find_links

    def _link(self) -> LinkFound | None:
        from wallet.share.link import share_link_in

        link = share_link_in(self.data) if self.find_links else None
        return LinkFound(link, self.name) if link is not None else None

    def _run(self, resolver: Any, status_lists: Any, trust: Any) -> Any:
        from datetime import UTC, datetime

        from wallet.verifier.engine import verify_bytes
        from wallet.verifier.export import failed_record, verification_record

        now = datetime.now(UTC)
        try:
            reports = verify_bytes(self.data, self.name, resolver=resolver, now=now, challenge=self.challenge,
                                   domain=self.domain, status_lists=status_lists, trust=trust)
        except WalletError as exc:
            return failed_record(self.name, exc.to_json(), challenge=self.challenge, domain=self.domain, now=now)
        if not reports:
            return failed_record(self.name, {"code": "empty", "message": "The input holds no credential."},
                                 challenge=self.challenge, domain=self.domain, now=now)
        return verification_record(self.data, self.name, reports, challenge=self.challenge, domain=self.domain,
                                   now=now, trust_list_used=True)

    def with_wallet(self, wallet: Any, op: OpContext) -> Any:
        import dataclasses

        if (found := self._link()) is not None:
            return found
        record = self._run(wallet.resolver(), wallet.status_lists(), wallet.trust_sources())
        return dataclasses.replace(record, demo=bool(wallet.is_demo))

    def __call__(self, op: OpContext) -> Any:
        from wallet.identity.did import Resolver

        if (found := self._link()) is not None:
            return found
        return self._run(Resolver(), None, _verifier_sources())


def _verifier_sources() -> Any:
    """The employer's verifier without a wallet: the bundled registries plus the trust lists it loaded."""
    from wallet.trust.config import TrustConfig, load_verifier_config

    try:
        config = load_verifier_config()
    except WalletError:  # unreadable settings: the bundled registries still apply
        config = TrustConfig()
    return config.sources()


class FetchLink:
    """The signed presentation behind a share link -> (bytes, link). Network, asked for by the user; no
    wallet needed, so it runs on the parallel lane."""

    def __init__(self, link: Any) -> None:
        self.link = link

    def __call__(self, op: OpContext) -> tuple[bytes, Any]:
        from wallet.share.link import fetch_link

        op.check_cancelled()
        data = fetch_link(self.link)
        op.check_cancelled()
        return data, self.link


class DecodeFrame:
    """One camera frame (PNG bytes) -> the QR texts in it ([] when none)."""

    def __init__(self, png: bytes) -> None:
        self.png = png

    def __call__(self, op: OpContext) -> list[str]:
        from wallet.share.qr import read_qr_image

        try:
            return list(read_qr_image(self.png))
        except QRError:
            return []
