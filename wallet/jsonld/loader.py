"""The offline JSON-LD document loader: serves only the bundled contexts, never the network.

The bundle lives in ``resources/contexts/`` with a ``manifest.json`` mapping each context URL to a
file and its SHA-256; a file whose digest differs from the manifest is refused (a tampered or
half-copied bundle must not silently change what a signature covers).

Documents are returned with ``"tag": "static"``: pyld then keeps the *resolved and processed*
context across calls (``pyld.context_resolver.ContextResolver._cache_resolved_context``), which is
the main performance lever of verification — a wallet checks the same few contexts all day.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wallet.errors import UnknownContext

__all__ = ["ContextBundle", "OfflineDocumentLoader", "resources_dir"]

_ENV = "LEARNER_WALLET_RESOURCES"


def resources_dir() -> Path:
    """The folder holding ``contexts/`` and the other bundled resources.

    Looked up in order: ``$LEARNER_WALLET_RESOURCES``; ``<repo root>/resources`` next to the
    ``wallet`` package (source checkout or editable install); ``sys._MEIPASS/resources``
    (PyInstaller bundle). Raises ``FileNotFoundError`` naming every place tried.
    """
    tried: list[str] = []
    env = os.environ.get(_ENV)
    candidates: list[Path] = []
    if env:
        candidates.append(Path(env))
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        candidates.append(Path(meipass) / "resources")
    for cand in candidates:
        tried.append(str(cand))
        if (cand / "contexts" / "manifest.json").is_file():
            return cand
    raise FileNotFoundError(
        "the bundled resources folder was not found (tried: " + ", ".join(tried) + f"); set {_ENV}"
    )


@dataclass(frozen=True)
class _Entry:
    file: str
    sha256: str


@dataclass
class ContextBundle:
    """The bundled contexts: URL -> parsed document, loaded lazily and checked against the manifest."""

    directory: Path
    entries: Mapping[str, _Entry]
    _parsed: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, directory: Path | None = None) -> ContextBundle:
        directory = directory or resources_dir() / "contexts"
        manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
        table = manifest.get("contexts", manifest)
        entries: dict[str, _Entry] = {}
        for url, spec in table.items():
            if url.startswith("_"):
                continue
            if isinstance(spec, str):  # plain URL -> file form
                raise ValueError(f"manifest entry for {url} has no sha256")
            entries[url] = _Entry(spec["file"], spec["sha256"].lower())
        return cls(directory, entries)

    def urls(self) -> list[str]:
        return sorted(self.entries)

    def __contains__(self, url: object) -> bool:
        return isinstance(url, str) and _normalize_url(url) in self.entries

    def document(self, url: str) -> Any:
        """The parsed context document for ``url``; ``UnknownContext`` when it is not bundled."""
        key = _normalize_url(url)
        entry = self.entries.get(key)
        if entry is None:
            raise UnknownContext(url)
        doc = self._parsed.get(entry.file)
        if doc is None:
            data = (self.directory / entry.file).read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            if digest != entry.sha256:
                raise ValueError(
                    f"bundled context {entry.file} does not match its manifest sha256 "
                    f"({digest} != {entry.sha256}); reinstall Learner Wallet"
                )
            doc = json.loads(data)
            self._parsed[entry.file] = doc
        return doc


def _normalize_url(url: str) -> str:
    # a fragment never changes which context is meant
    return url.split("#", 1)[0]


class OfflineDocumentLoader:
    """A pyld ``documentLoader(url, options)`` that answers only from a :class:`ContextBundle`.

    An unknown URL raises :class:`~wallet.errors.UnknownContext` (pyld wraps it; callers unwrap
    it with :func:`wallet.jsonld.processor.unwrap_error`). No network call is ever made.
    """

    def __init__(self, bundle: ContextBundle) -> None:
        self.bundle = bundle
        self.requested: list[str] = []  # every URL asked for that was not bundled (diagnostics)

    def __call__(self, url: str, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        try:
            doc = self.bundle.document(url)
        except UnknownContext:
            self.requested.append(url)
            raise
        return {
            "contentType": "application/ld+json",
            "contextUrl": None,
            "documentUrl": url,
            "document": doc,
            "tag": "static",
        }
