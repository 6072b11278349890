"""Background work of the verifier. Stores nothing.

With a wallet open, verification runs on the serial lane with the wallet's resolver cache,
status-list documents and trust list (they live in its database). Without one (an employer's
kiosk: ``learner-wallet --verify``) it runs on the parallel lane, offline, with no trust list.
"""

from __future__ import annotations

from typing import Any

from ui.tasks import OpContext
from wallet.errors import QRError, WalletError

__all__ = ["DecodeFrame", "VerifyData"]


class VerifyData:
    """``data`` (file bytes, pasted text, a QR image) -> :class:`wallet.report_export.VerificationRecord`."""

    def __init__(self, data: bytes, name: str, challenge: str | None, domain: str | None) -> None:
        self.data, self.name, self.challenge, self.domain = data, name, challenge, domain

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
                                   now=now, trust_list_used=trust is not None and len(trust) > 0)

    def with_wallet(self, wallet: Any, op: OpContext) -> Any:
        import dataclasses

        record = self._run(wallet.resolver(), wallet.status_lists(), wallet.trust_list())
        return dataclasses.replace(record, demo=bool(wallet.is_demo))

    def __call__(self, op: OpContext) -> Any:
        from wallet.identity.did import Resolver

        return self._run(Resolver(), None, None)


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
