"""Offline JSON-LD: the bundled contexts, a document loader that never touches the network, and
RDFC-1.0 canonicalization with work limits. The only package that imports pyld."""

from __future__ import annotations

from typing import Any

from wallet.jsonld.canon import DEFAULT_LIMITS, CanonLimits, LimitedURDNA2015
from wallet.jsonld.loader import ContextBundle, OfflineDocumentLoader, resources_dir
from wallet.jsonld.processor import JsonLd, JsonLdInvalid, default_jsonld, relabel, shared_work, unwrap_error

__all__ = [
    "DEFAULT_LIMITS",
    "CanonLimits",
    "ContextBundle",
    "JsonLd",
    "JsonLdInvalid",
    "LimitedURDNA2015",
    "OfflineDocumentLoader",
    "canonicalize",
    "default_jsonld",
    "relabel",
    "resources_dir",
    "shared_work",
    "unwrap_error",
]


def canonicalize(doc: Any, *, hash_name: str = "sha256", processor: JsonLd | None = None) -> str:
    """RDFC-1.0 (URDNA2015) canonical N-Quads of ``doc``; ``hash_name`` "sha384" for P-384 suites.

    Contexts come only from the bundle (``UnknownContext`` otherwise); a poisoned dataset raises
    ``LimitExceeded``.
    """
    return (processor or default_jsonld()).canonicalize(doc, hash_name=hash_name)
