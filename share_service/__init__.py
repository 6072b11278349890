"""The Learner Wallet share service: short verification links for holder-signed presentations.

A career office runs it (``learner-wallet-share``, see docs/share-service.md). The wallet reserves a
link id, signs a presentation for it (challenge = the id, domain = the service's origin) and uploads
it; the service verifies it with the wallet's own engine before storing it and again when an employer
opens ``/v/<id>``. No Qt here: this package imports only the Qt-free ``wallet`` core.
"""

from __future__ import annotations

__all__ = ["create_app"]


def __getattr__(name: str) -> object:
    if name == "create_app":
        from share_service.app import create_app

        return create_app
    raise AttributeError(name)
