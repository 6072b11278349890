"""Shared pieces of the Data Integrity suites: proof configuration, hashing, dates, key checks."""

from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import rfc8785

from wallet.errors import MalformedProof
from wallet.jsonld import JsonLd
from wallet.roles import Signer

__all__ = [
    "ProofInput",
    "Signer",
    "jcs",
    "parse_xsd_datetime",
    "proof_config",
    "sha",
    "transform_hash",
    "unsecured",
    "xsd_now",
]

DI_V2_CONTEXT = "https://w3id.org/security/data-integrity/v2"
VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2"

_XSD_DATETIME = re.compile(r"^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")




@dataclass(frozen=True)
class ProofInput:
    """One proof to check: the document it covers (without ``proof``, or with the previous proofs
    for a chained proof) and the proof object itself."""

    document: dict[str, Any]
    proof: dict[str, Any]


def sha(data: bytes, hash_name: str) -> bytes:
    return hashlib.new(hash_name, data).digest()


def jcs(value: Any) -> bytes:
    """RFC 8785 JSON Canonicalization Scheme."""
    try:
        return bytes(rfc8785.dumps(value))
    except (rfc8785.CanonicalizationError, TypeError, ValueError) as exc:
        raise MalformedProof(f"the document cannot be canonicalized with JCS: {exc}") from exc


def unsecured(document: Mapping[str, Any]) -> dict[str, Any]:
    """The document without its ``proof``."""
    return {k: v for k, v in document.items() if k != "proof"}


def proof_config(document: Mapping[str, Any], proof: Mapping[str, Any]) -> dict[str, Any]:
    """Proof options = the proof minus ``proofValue``, with the document's ``@context``."""
    cfg = {k: copy.deepcopy(v) for k, v in proof.items() if k != "proofValue"}
    if "@context" in document:
        cfg["@context"] = copy.deepcopy(document["@context"])
    return cfg


def transform_hash(
    doc: Any, *, transform: str, hash_name: str, jsonld: JsonLd, canon_hash: str | None = None
) -> bytes:
    """Hash of the canonical form of ``doc``: RDFC-1.0 N-Quads (``rdfc``) or JCS (``jcs``)."""
    if transform == "jcs":
        return sha(jcs(doc), hash_name)
    nquads = jsonld.canonicalize(doc, hash_name=canon_hash or hash_name)
    return sha(nquads.encode("utf-8"), hash_name)


def parse_xsd_datetime(value: Any) -> datetime | None:
    """Parse an xsd:dateTime (a missing zone is read as UTC); ``None`` when it is not one."""
    if not isinstance(value, str) or not _XSD_DATETIME.match(value):
        return None
    text = value.replace("Z", "+00:00")
    if "." in text:  # Python accepts at most 6 fraction digits
        head, _, rest = text.partition(".")
        digits = re.match(r"\d+", rest)
        frac = digits.group(0) if digits else ""
        text = head + "." + (frac[:6].ljust(6, "0")) + rest[len(frac) :]
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def xsd_now(now: datetime | None = None) -> str:
    dt = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def hash_for_key(key_type: str) -> str:
    return "sha384" if key_type == "p384" else "sha256"
