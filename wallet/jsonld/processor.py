"""The one home of pyld: expansion, compaction, RDF, canonicalization — offline only.

A :class:`JsonLd` object owns the offline loader and pyld's resolved-context cache. Keep one per
process (``default_jsonld()``) or pass your own; pyld's module-level cache is never used, the
cache is passed explicitly to every call through a ``ContextResolver``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cachetools import LRUCache
from pyld import jsonld as _pyld
from pyld.context_resolver import ContextResolver
from pyld.nquads import parse_nquads

from ..errors import InputError, LimitExceeded, UnknownContext
from .canon import DEFAULT_LIMITS, CanonLimits, LimitedURDNA2015
from .loader import ContextBundle, OfflineDocumentLoader

__all__ = ["JsonLd", "JsonLdInvalid", "default_jsonld", "unwrap_error"]

_C14N_LABEL = re.compile(r"_:c14n(\d+)")


class JsonLdInvalid(InputError):
    """The document is not valid JSON-LD (pyld refused it)."""

    code = "bad-input"


def unwrap_error(exc: BaseException) -> BaseException:
    """The wallet error hidden in a pyld error chain (UnknownContext, LimitExceeded), else ``exc``."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if isinstance(cur, (UnknownContext, LimitExceeded)):
            return cur
        details = getattr(cur, "details", None)
        if isinstance(details, dict):
            for v in details.values():
                if isinstance(v, (UnknownContext, LimitExceeded)):
                    return v
        cur = cur.__cause__ or cur.__context__
    return exc


class JsonLd:
    """JSON-LD processing over the bundled contexts, with a process-wide context cache."""

    def __init__(
        self,
        bundle: ContextBundle | None = None,
        *,
        limits: CanonLimits = DEFAULT_LIMITS,
        cache_size: int = 512,
    ) -> None:
        self.bundle = bundle or ContextBundle.load()
        self.loader = OfflineDocumentLoader(self.bundle)
        self.limits = limits
        self._cache: LRUCache[str, Any] = LRUCache(maxsize=cache_size)

    # --- pyld plumbing ------------------------------------------------------------------
    def _options(self, **extra: Any) -> dict[str, Any]:
        opts: dict[str, Any] = {
            "documentLoader": self.loader,
            "contextResolver": ContextResolver(self._cache, self.loader),
            "base": "",
            "processingMode": "json-ld-1.1",
            "extractAllScripts": True,
        }
        opts.update(extra)
        return opts

    def _run(self, fn: Callable[..., Any], *args: Any) -> Any:
        try:
            return fn(*args)
        except (UnknownContext, LimitExceeded):
            raise
        except _pyld.JsonLdError as exc:
            inner = unwrap_error(exc)
            if inner is not exc:
                raise inner from exc
            raise JsonLdInvalid(f"the document is not valid JSON-LD: {_describe(exc)}") from exc
        except RecursionError as exc:
            raise LimitExceeded("the document is nested too deeply for JSON-LD processing") from exc

    # --- operations ---------------------------------------------------------------------
    def expand(self, doc: Any, *, on_dropped: Callable[[str], None] | None = None) -> Any:
        proc = _pyld.JsonLdProcessor(on_property_dropped=on_dropped) if on_dropped else _pyld.JsonLdProcessor()
        return self._run(proc.expand, doc, self._options())

    def compact(self, doc: Any, ctx: Any) -> Any:
        return self._run(_pyld.JsonLdProcessor().compact, doc, ctx, self._options())

    def to_dataset(self, doc: Any) -> dict[str, Any]:
        """The RDF dataset (pyld form) of a JSON-LD document."""
        opts = self._options(produceGeneralizedRdf=False)
        return self._run(_pyld.JsonLdProcessor().to_rdf, doc, opts)  # type: ignore[no-any-return]

    def to_nquads(self, doc: Any) -> str:
        opts = self._options(produceGeneralizedRdf=False, format="application/n-quads")
        return self._run(_pyld.JsonLdProcessor().to_rdf, doc, opts)  # type: ignore[no-any-return]

    def canonicalize(self, doc: Any, *, hash_name: str = "sha256") -> str:
        """RDFC-1.0 canonical N-Quads of a JSON-LD document."""
        return self.canonicalize_with_map(doc, hash_name=hash_name)[0]

    def canonicalize_with_map(self, doc: Any, *, hash_name: str = "sha256") -> tuple[str, dict[str, str]]:
        dataset = self.to_dataset(doc)
        return self._canon_dataset(dataset, hash_name)

    def canonicalize_nquads(self, nquads: str, *, hash_name: str = "sha256") -> tuple[str, dict[str, str]]:
        """Canonicalize N-Quads text; returns (canonical N-Quads, input label -> ``c14nN`` label map).

        Labels in the map are bare (no ``_:``), as in the DI selective-disclosure primitives.
        """
        try:
            dataset = parse_nquads(nquads)
        except _pyld.JsonLdError as exc:
            raise JsonLdInvalid(f"invalid N-Quads: {_describe(exc)}") from exc
        return self._canon_dataset(dataset, hash_name)

    def _canon_dataset(self, dataset: dict[str, Any], hash_name: str) -> tuple[str, dict[str, str]]:
        algo = LimitedURDNA2015(hash_name, self.limits)
        out = algo.main(dataset, {"algorithm": "URDNA2015", "format": "application/n-quads"})
        issued = {k[2:]: v[2:] for k, v in algo.canonical_issuer.existing.items()}
        return out, issued


def _describe(exc: BaseException) -> str:
    parts = []
    cur: BaseException | None = exc
    while cur is not None and len(parts) < 4:
        msg = getattr(cur, "message", None) or str(cur).split("\n", 1)[0]
        if msg and msg not in parts:
            parts.append(str(msg))
        cur = cur.__cause__
    return "; ".join(parts)


def relabel(nquads: list[str] | str, label_map: dict[str, str]) -> list[str]:
    """Replace blank-node labels ``_:x`` with ``_:label_map[x]`` in N-Quads and sort the lines."""
    lines = nquads.splitlines(keepends=True) if isinstance(nquads, str) else list(nquads)
    pat = re.compile(r"_:([^\s]+)")

    def sub(m: re.Match[str]) -> str:
        new = label_map.get(m.group(1))
        return "_:" + new if new is not None else m.group(0)

    out = [pat.sub(sub, line) for line in lines]
    out.sort()
    return out


@functools.lru_cache(maxsize=4)
def _default(directory: str | None) -> JsonLd:
    return JsonLd(ContextBundle.load(Path(directory)) if directory else None)


def default_jsonld() -> JsonLd:
    """The process-wide processor over the bundled contexts (its context cache is what makes
    repeated verification fast). It holds only derived, read-only data about the bundle."""
    return _default(None)
