"""Learner Wallet's core: keys, DIDs, the encrypted store and the credential engine. No Qt here.

The public surface is :data:`__all__` (pinned by a test); everything else is internal.
"""

from __future__ import annotations

from wallet._version import __version__
from wallet.errors import WalletError
from wallet.identity.did import Resolver, VerificationMethod
from wallet.verifier.report import Check, Report
from wallet.wallet import (
    Change,
    CredentialSummary,
    ImportItem,
    ImportResult,
    ItemOutcome,
    StoredCredential,
    Wallet,
)

__all__ = [
    "Change",
    "Check",
    "CredentialSummary",
    "ImportItem",
    "ImportResult",
    "ItemOutcome",
    "Report",
    "Resolver",
    "StoredCredential",
    "VerificationMethod",
    "Wallet",
    "WalletError",
    "__version__",
]
