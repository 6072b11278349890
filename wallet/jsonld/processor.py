"""The one home of pyld: expansion, compaction, RDF, canonicalization — offline only.

A :class:`JsonLd` object owns the offline loader and pyld's resolved-context cache. Keep one per
process (``default_jsonld()``) or pass your own; pyld's module-level cache is never used, the
cache is passed explicitly to every call through a ``ContextResolver``.

Inside a :func:`shared_work` block (one verification: a credential and the credentials nested in
it), the expansion of a document is computed once and shared by everything that needs it — its
canonicalization for the signature and the check that every field is covered by it. The share is
keyed by the SHA-256 of the document's full JSON text (a pure function of those bytes, never a
verdict) and dies with the block, so nothing carries over from one verification to the next.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from cachetools import LRUCache
from frozendict import frozendict
from pyld import jsonld as _pyld
from pyld.context_resolver import ContextResolver
from pyld.identifier_issuer import IdentifierIssuer
from pyld.nquads import parse_nquads

from wallet.errors import InputError, LimitExceeded, UnknownContext
from wallet.jsonld.canon import DEFAULT_LIMITS, CanonLimits, LimitedURDNA2015
from wallet.jsonld.fastexpand import FastExpandMixin
from wallet.jsonld.fastrdf import Rdfc10, Unsupported, quads_of_dataset, quads_of_expanded
from wallet.jsonld.loader import ContextBundle, OfflineDocumentLoader

__all__ = ["JsonLd", "JsonLdInvalid", "default_jsonld", "shared_work", "unwrap_error"]

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


_IRI_MEMO_MAX = 50_000
_FRONT_MAX = 4_096

# (JsonLd id, sha256 of the document's JSON) -> (expanded document, dropped terms); see shared_work
_SHARED: ContextVar[dict[tuple[int, bytes], tuple[Any, tuple[str, ...]]] | None] = ContextVar(
    "jsonld_shared_work", default=None
)


@contextmanager
def shared_work() -> Iterator[None]:
    """Share JSON-LD expansion between the steps of one verification (see the module docstring).

    Nested blocks join the outermost one; the shared expansions are dropped when it ends."""
    if _SHARED.get() is not None:
        yield
        return
    token = _SHARED.set({})
    try:
        yield
    finally:
        _SHARED.reset(token)


def _content_key(doc: Any) -> bytes | None:
    """SHA-256 of the document's full JSON text, or None when it is not plain JSON.

    Keys are not sorted: the same content written in another key order only misses the share."""
    try:
        text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError):
        return None
    return hashlib.sha256(text.encode("utf-8")).digest()


def _copy_json(value: Any) -> Any:
    """A deep copy of plain JSON data (lists, dicts, scalars), much faster than ``copy.deepcopy``."""
    if isinstance(value, dict):
        return {k: _copy_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy_json(v) for v in value]
    return value


class _LockedLRU(LRUCache):  # type: ignore[type-arg]
    """cachetools' LRU is not thread-safe; verification runs on a worker pool."""

    def __init__(self, maxsize: int) -> None:
        super().__init__(maxsize=maxsize)
        self._lock = threading.RLock()

    def __getitem__(self, key: Any) -> Any:
        with self._lock:
            return super().__getitem__(key)

    def __setitem__(self, key: Any, value: Any) -> None:
        with self._lock:
            super().__setitem__(key, value)

    def __delitem__(self, key: Any) -> None:
        with self._lock:
            super().__delitem__(key)

    def get(self, key: Any, default: Any = None) -> Any:
        with self._lock:
            return super().get(key, default)


def _ctx_key(local_ctx: Any) -> tuple[Any, ...] | None:
    if isinstance(local_ctx, str):
        return ("s", local_ctx)
    if isinstance(local_ctx, list) and all(isinstance(c, str) for c in local_ctx):
        return ("l", tuple(local_ctx))
    if isinstance(local_ctx, (dict, frozendict, list)):
        return ("i", id(local_ctx))
    return None


class _MemoProcessor(FastExpandMixin, _pyld.JsonLdProcessor):  # type: ignore[misc]
    """pyld's processor with a memo of *processed* contexts.

    pyld caches a processed context per (resolved context, active context uuid), but a
    non-propagating (type-scoped) context is processed against a fresh clone with a fresh uuid,
    so every OB 3.0 / CLR type-scoped context was re-processed on every call. Here the result of
    ``_process_context`` is memoised on (uuid of the *frozen* active context, the local context,
    flags). Frozen active contexts never change, the local context objects of the bundle are
    read-only, and the memo holds a reference to each keyed object so an ``id`` is never reused
    while its entry lives. Results that are not frozen are not memoised.
    """

    def __init__(self, memo: LRUCache[tuple[Any, ...], Any], iri_memo: dict[Any, Any],
                 value_infos: dict[Any, Any] | None = None, key_plans: dict[Any, Any] | None = None,
                 memo_front: dict[Any, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._memo = memo
        self._memo_front = memo_front if memo_front is not None else {}
        self._iri_memo = iri_memo
        self._value_infos = value_infos if value_infos is not None else {}
        self._key_plans = key_plans if key_plans is not None else {}

    def expand(self, input_: Any, options: Any) -> Any:
        """pyld 3.3's ``expand`` for an in-memory document (no remote context, no expandContext),
        copying the input with :func:`_copy_json` instead of ``copy.deepcopy``; else pyld's own."""
        if not isinstance(input_, (dict, list)) or (options and "expandContext" in options):
            return super().expand(input_, options)
        options = dict(options) if options else {}
        options.setdefault("isFrame", False)
        options.setdefault("keepFreeFloatingNodes", False)
        options.setdefault("documentLoader", _pyld._default_document_loader)
        options.setdefault("contextResolver", ContextResolver(_pyld._resolved_context_cache, options["documentLoader"]))
        options.setdefault("extractAllScripts", False)
        options.setdefault("processingMode", "json-ld-1.1")
        options.setdefault("base", "")
        active_ctx = self._get_initial_context(options)
        expanded = self._expand(active_ctx, None, _copy_json(input_), options, inside_list=False)
        if isinstance(expanded, dict) and "@graph" in expanded and len(expanded) == 1:
            expanded = expanded["@graph"]
        elif expanded is None:
            expanded = []
        return _pyld.JsonLdProcessor.arrayify(expanded)

    def _expand_iri(
        self,
        active_ctx: Any,
        value: Any,
        base: Any = None,
        vocab: bool = False,
        local_ctx: Any = None,
        defined: Any = None,
    ) -> Any:
        # outside context processing, with a frozen active context, the answer is a pure function
        if local_ctx is None and isinstance(active_ctx, frozendict) and isinstance(value, str):
            uid = active_ctx.get("_uuid")
            if uid is not None and (base is None or isinstance(base, str)):
                key = (uid, value, base, vocab)
                memo = self._iri_memo
                try:
                    return memo[key]
                except KeyError:
                    pass
                out = super()._expand_iri(active_ctx, value, base, vocab)
                if len(memo) >= _IRI_MEMO_MAX:
                    memo.clear()
                memo[key] = out
                return out
        return super()._expand_iri(active_ctx, value, base, vocab, local_ctx, defined)

    def _process_context(
        self,
        active_ctx: Any,
        local_ctx: Any,
        options: Any,
        override_protected: bool = False,
        propagate: bool = True,
        validate_scoped: bool = True,
        cycles: Any = None,
    ) -> Any:
        uid = active_ctx.get("_uuid") if isinstance(active_ctx, frozendict) else None
        lkey = _ctx_key(local_ctx) if uid is not None else None
        if uid is None or lkey is None:
            return super()._process_context(
                active_ctx, local_ctx, options, override_protected, propagate, validate_scoped, cycles
            )
        key = (uid, lkey, override_protected, propagate, validate_scoped)
        front = self._memo_front  # a lock-free front of the LRU (dict reads are atomic)
        hit = front.get(key)
        if hit is None:
            hit = self._memo.get(key)
            if hit is not None:
                if len(front) >= _FRONT_MAX:
                    front.clear()
                front[key] = hit
        if hit is not None:
            return hit[0]
        out = super()._process_context(
            active_ctx, local_ctx, options, override_protected, propagate, validate_scoped, cycles
        )
        if isinstance(out, frozendict):
            self._memo[key] = (out, local_ctx, active_ctx)
        return out


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
        self._cache: LRUCache[str, Any] = _LockedLRU(cache_size)
        self._memo: LRUCache[tuple[Any, ...], Any] = _LockedLRU(cache_size * 8)
        self._iri_memo: dict[Any, Any] = {}
        self._value_infos: dict[Any, Any] = {}  # (context uuid, term) -> how its values expand
        self._key_plans: dict[Any, Any] = {}  # (context uuid, key) -> how a node object's key expands
        self._memo_front: dict[Any, Any] = {}  # lock-free front of _memo

    def _processor(self, on_dropped: Callable[[str], None] | None = None) -> _pyld.JsonLdProcessor:
        if on_dropped is not None:
            return _MemoProcessor(self._memo, self._iri_memo, self._value_infos, self._key_plans,
                                  self._memo_front, on_property_dropped=on_dropped)
        return _MemoProcessor(self._memo, self._iri_memo, self._value_infos, self._key_plans, self._memo_front)

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
        if on_dropped is None and _SHARED.get() is not None:
            return _copy_json(self._expanded(doc)[0])
        return self._run(self._processor(on_dropped).expand, doc, self._options())

    def _expanded(self, doc: Any) -> tuple[Any, tuple[str, ...]]:
        """(expansion, dropped terms) of ``doc``; computed once per :func:`shared_work` block.

        The shared expansion is read-only: callers copy before handing it to code that may write."""
        shared = _SHARED.get()
        key = _content_key(doc) if shared is not None else None
        if shared is not None and key is not None:
            hit = shared.get((id(self), key))
            if hit is not None:
                return hit
        dropped: list[str] = []
        expanded = self._run(self._processor(dropped.append).expand, doc, self._options())
        out = (expanded, tuple(dropped))
        if shared is not None and key is not None:
            shared[(id(self), key)] = out
        return out

    def dropped_terms(self, doc: Any) -> list[str]:
        """Properties JSON-LD expansion silently drops (terms no context defines).

        jsonld.js "safe mode" (used by the reference verifiers) refuses such documents, because a
        dropped property is displayed but not covered by the signature; callers can do the same."""
        return list(self._expanded(doc)[1])

    def compact(self, doc: Any, ctx: Any) -> Any:
        return self._run(self._processor().compact, doc, ctx, self._options())

    def to_dataset(self, doc: Any) -> dict[str, Any]:
        """The RDF dataset (pyld form) of a JSON-LD document (pyld's ``to_rdf`` after expansion)."""
        opts = self._options(produceGeneralizedRdf=False)
        if _SHARED.get() is None:
            return self._run(self._processor().to_rdf, doc, opts)  # type: ignore[no-any-return]
        expanded = _copy_json(self._expanded(doc)[0])  # the node map may relabel values in place
        return self._run(self._dataset_of_expanded, expanded, opts)  # type: ignore[no-any-return]

    def _dataset_of_expanded(self, expanded: Any, options: dict[str, Any]) -> dict[str, Any]:
        # pyld 3.3 JsonLdProcessor.to_rdf, from "create node map" on (the expansion is done)
        proc = self._processor()
        issuer = IdentifierIssuer("_:b")
        node_map: dict[str, Any] = {"@default": {}}
        proc._create_node_map(expanded, node_map, "@default", issuer)
        dataset: dict[str, Any] = {}
        for graph_name, graph in sorted(node_map.items()):
            if graph_name == "@default" or _pyld._is_absolute_iri(graph_name):
                dataset[graph_name] = proc._graph_to_rdf(graph, issuer, options)
        return dataset

    def to_nquads(self, doc: Any) -> str:
        opts = self._options(produceGeneralizedRdf=False, format="application/n-quads")
        return self._run(self._processor().to_rdf, doc, opts)  # type: ignore[no-any-return]

    def canonicalize(self, doc: Any, *, hash_name: str = "sha256") -> str:
        """RDFC-1.0 canonical N-Quads of a JSON-LD document."""
        return self.canonicalize_with_map(doc, hash_name=hash_name)[0]

    def canonicalize_with_map(self, doc: Any, *, hash_name: str = "sha256") -> tuple[str, dict[str, str]]:
        """Canonical N-Quads and the blank node label map (labels bare, as ``canonicalize_nquads``).

        The expansion goes straight to N-Quads terms and RDFC-1.0 over strings (:mod:`.fastrdf`);
        the rare shapes that path leaves alone go through pyld's node map and URDNA2015."""
        expanded = self._expanded(doc)[0]  # read-only here: quads_of_expanded never writes
        try:
            quads = quads_of_expanded(expanded)
        except Unsupported:
            return self._canon_dataset(self.to_dataset(doc), hash_name)
        out, labels = Rdfc10(hash_name, self.limits).canonicalize(quads)
        return out, {k[2:]: v[2:] for k, v in labels.items()}

    def canonicalize_nquads(self, nquads: str, *, hash_name: str = "sha256") -> tuple[str, dict[str, str]]:
        """Canonicalize N-Quads text; returns (canonical N-Quads, input label -> ``c14nN`` label map).

        Labels in the map are bare (no ``_:``), as in the DI selective-disclosure primitives.
        """
        try:
            dataset = parse_nquads(nquads)
        except _pyld.JsonLdError as exc:
            raise JsonLdInvalid(f"invalid N-Quads: {_describe(exc)}") from exc
        out, labels = Rdfc10(hash_name, self.limits).canonicalize(quads_of_dataset(dataset))
        return out, {k[2:]: v[2:] for k, v in labels.items()}

    def _canon_dataset(self, dataset: dict[str, Any], hash_name: str) -> tuple[str, dict[str, str]]:
        algo = LimitedURDNA2015(hash_name, self.limits)
        out = algo.main(dataset, {"algorithm": "URDNA2015", "format": "application/n-quads"})
        issued = {k[2:]: v[2:] for k, v in algo.canonical_issuer.existing.items()}
        return out, issued


def _describe(exc: BaseException) -> str:
    parts: list[str] = []
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
