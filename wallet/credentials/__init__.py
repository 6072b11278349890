"""Credentials: recognising input formats, the typed credential model, shape checks, and the
``verify_credential`` recipe."""

from __future__ import annotations

from wallet.credentials.formats import FoundCredential, ParsedInput, parse_input, parse_text
from wallet.credentials.model import CredentialModel, credential_fingerprint, credential_model
from wallet.credentials.schema import schema_check
from wallet.credentials.verify import validity_check, verify_credential, verify_input

__all__ = [
    "CredentialModel",
    "FoundCredential",
    "ParsedInput",
    "credential_fingerprint",
    "credential_model",
    "parse_input",
    "parse_text",
    "schema_check",
    "validity_check",
    "verify_credential",
    "verify_input",
]
