"""Learner Wallet's core: keys, DIDs, the encrypted store and the credential engine. No Qt here.

The public surface is :data:`__all__` (pinned by a test); everything else is internal.
"""

from __future__ import annotations

from ._version import __version__
from .did import Resolver, VerificationMethod
from .errors import WalletError
from .report import Check, Report
from .wallet import Change, CredentialSummary, ImportResult, Wallet

__all__ = [
    "Change",
    "Check",
    "CredentialSummary",
    "ImportResult",
    "Report",
    "Resolver",
    "VerificationMethod",
    "Wallet",
    "WalletError",
    "__version__",
]
