"""The term-id assignment and context handling of the legacy CBOR-LD format.

A line-by-line counterpart of ``Transformer.js``, ``Compressor.js`` and ``Decompressor.js`` in
``@digitalcredentials/cborld`` 4.3.4 (the codec behind the DCC ``vpqr`` QR format): term ids are
handed out while contexts are met during the walk (keys of each context in sorted order, ids from
100 in steps of two; id + 1 marks an array value), the walk visits keys in sorted term order, and
the active context follows the reference's rules for embedded, type-scoped and property-scoped
contexts — including its quirks (an embedded context of a value stays on the stack for the
following values of the same property), because ids and value types must come out identical for
the reference to read what we write and vice versa.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from wallet.errors import UnsupportedFormat
from wallet.share.cborld import _codecs as C

__all__ = ["Compressor", "Decompressor", "Incompressible", "Loader"]

Loader = Callable[[str], Any]
_MISSING = object()


class Incompressible(Exception):
    """The document uses something the reference codec cannot compress (stored uncompressed)."""


@dataclass
class _Entry:
    context: Any
    alias_id: set[str] = field(default_factory=set)
    alias_type: set[str] = field(default_factory=set)
    scoped: dict[str, Any] = field(default_factory=dict)
    terms: dict[str, Any] = field(default_factory=dict)


def _truthy(v: Any) -> bool:
    """JavaScript truthiness (an empty array or object is true)."""
    if v is None or v is False:
        return False
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return v == v and v != 0
    if isinstance(v, str):
        return v != ""
    return True


def _has_object(value: Any) -> bool:
    if isinstance(value, Mapping):
        return True
    return isinstance(value, list) and any(_has_object(v) for v in value)


def _context_keys(context: Any) -> dict[str, Any]:
    if isinstance(context, Mapping):
        return dict(context)
    if isinstance(context, list):  # Object.keys() of an array
        return {str(i): v for i, v in enumerate(context)}
    raise Incompressible("a JSON-LD context is neither an object nor an array")


class _Transformer(ABC):
    error: type[Exception] = Incompressible

    def __init__(self, loader: Loader, *, charge: Callable[[int], None] | None = None,
                 tables: C.Tables = C.LEGACY) -> None:
        self._loader = loader
        self.tables = tables
        self._by_url: dict[str, _Entry] = {}
        self._by_obj: dict[int, tuple[Any, _Entry]] = {}
        self.term_to_id: dict[str, int] = dict(C.KEYWORDS)
        self.id_to_term: dict[int, str] = {v: k for k, v in C.KEYWORDS.items()}
        self.next_id = C.FIRST_CUSTOM_TERM_ID
        self._charge = charge or (lambda n: None)

    def fail(self, message: str) -> Exception:
        return self.error(message)

    # --- ids on the wire (the legacy tables write term ids as they are) ---------------------------

    def wire_id(self, term_id: int) -> int:
        """The (even) id written for the term whose id is ``term_id``."""
        preferred = self.tables.preferred_wire_id
        if not preferred:
            return term_id
        wire = preferred.get(self.id_to_term.get(term_id, ""))
        if wire is not None:
            return wire
        return term_id + C.KEYWORD_SHIFT if term_id < C.FIRST_CUSTOM_TERM_ID else term_id

    def term_of_wire(self, wire: int) -> str | None:
        """The term an (even) id read from the wire stands for, or None."""
        preferred = self.tables.preferred_terms
        if not preferred:
            return self.id_to_term.get(wire)
        if wire < 2 + 2 * len(preferred):
            term = preferred[(wire - 2) // 2] if wire >= 2 and wire % 2 == 0 else None
            return term if term in self.term_to_id else None
        if wire < C.FIRST_CUSTOM_TERM_ID:
            kw = wire - C.KEYWORD_SHIFT
            return self.id_to_term.get(kw) if 0 < kw < C.FIRST_CUSTOM_TERM_ID else None
        return self.id_to_term.get(wire)

    # --- contexts ----------------------------------------------------------------------------------

    def _get_document(self, url: str) -> Any:
        result = self._loader(url)
        doc = result.get("document", result) if isinstance(result, Mapping) and "document" in result else result
        if isinstance(doc, (str, bytes)):
            doc = json.loads(doc)
        if not isinstance(doc, Mapping) or "@context" not in doc:
            raise self.fail(f"the context document {url} has no @context")
        context = doc["@context"]
        excluded = C.CODEC_EXCLUDED_TERMS.get(url)
        if excluded and isinstance(context, Mapping):
            context = {k: v for k, v in context.items() if k not in excluded}
        return context

    def _lookup(self, context: Any) -> _Entry | None:
        if isinstance(context, str):
            return self._by_url.get(context)
        hit = self._by_obj.get(id(context))
        return hit[1] if hit is not None and hit[0] is context else None

    def _add_context(self, context: Any, url: str | None) -> _Entry:
        if not isinstance(context, (Mapping, list)):
            raise self.fail("a JSON-LD context is neither an object nor an array")
        keys = _context_keys(context)
        import_url = keys.get("@import")
        if _truthy(import_url):
            if not isinstance(import_url, str):
                raise self.fail("@import must be a URL")
            imported = self._by_url.get(import_url)
            if imported is None:
                imported = self._add_context(self._get_document(import_url), import_url)
            keys = {**_context_keys(imported.context), **keys}
            context = keys
        entry = _Entry(context)
        for key in sorted(keys, key=C.utf16_key):
            d = keys[key]
            if not _truthy(d):
                continue
            if d == "@id" or (isinstance(d, Mapping) and d.get("id") == "@id"):
                entry.alias_id.add(key)
            elif d == "@type" or (isinstance(d, Mapping) and d.get("id") == "@type"):
                entry.alias_type.add(key)
            if key in C.KEYWORDS:
                continue
            if key not in self.term_to_id:
                self.term_to_id[key] = self.next_id
                self.id_to_term[self.next_id] = key
                self.next_id += 2
            entry.terms[key] = d
            scoped = d.get("@context") if isinstance(d, Mapping) else None
            if _truthy(scoped):
                entry.scoped[key] = scoped
        if url:
            self._by_url[url] = entry
        else:
            self._by_obj[id(context)] = (context, entry)
        return entry

    def _update_stack(self, stack: list[_Entry], contexts: Any) -> None:
        if not _truthy(contexts):
            return
        if not isinstance(contexts, list):
            contexts = [contexts]
        for context in contexts:
            entry = self._lookup(context)
            if entry is None:
                if isinstance(context, str):
                    entry = self._add_context(self._get_document(context), context)
                else:
                    entry = self._add_context(context, None)
            new = _Entry(context, set(entry.alias_id), set(entry.alias_type), dict(entry.scoped),
                         dict(entry.terms))
            old = stack[-1] if stack else None
            stack.append(new)
            if old is None:
                continue

            def cleared(key: str, ctx: Any = context) -> bool:
                return isinstance(ctx, Mapping) and key in ctx and ctx[key] is None

            for alias in old.alias_id:
                if not (cleared(alias) or alias in new.terms):
                    new.alias_id.add(alias)
            for alias in old.alias_type:
                if not (cleared(alias) or alias in new.terms):
                    new.alias_type.add(alias)
            for key, value in old.scoped.items():
                if not (cleared(key) or key in new.scoped):
                    new.scoped[key] = value
            for key, value in old.terms.items():
                if not (cleared(key) or key in new.terms):
                    new.terms[key] = value

    @staticmethod
    def _top(stack: list[_Entry]) -> _Entry:
        return stack[-1] if stack else _Entry({})

    def _apply_embedded(self, contexts: Any, stack: list[_Entry]) -> _Entry:
        self._update_stack(stack, contexts)
        return self._top(stack)

    def _apply_type_scoped(self, obj: Mapping[str, Any], stack: list[_Entry]) -> _Entry:
        active = self._top(stack)
        types: list[str] = []
        for term in ["@type", *active.alias_type]:
            value = obj.get(term)
            for t in value if isinstance(value, list) else [value]:
                if isinstance(t, str) and t not in types:
                    types.append(t)
        scoped = active.scoped
        for t in sorted(types, key=C.utf16_key):
            contexts = scoped.get(t)
            if _truthy(contexts):
                self._update_stack(stack, contexts)
                active = stack[-1]
                scoped = active.scoped
        return active

    def term_type(self, active: _Entry, d: Any) -> str | None:
        t = d.get("@type") if isinstance(d, Mapping) else None
        if not isinstance(t, str) or not t:
            return None
        prefix, *suffix = t.split(":")
        pdef = active.terms.get(prefix)
        if pdef is None:
            return t
        if isinstance(pdef, str):
            return pdef + ":".join(suffix)
        if isinstance(pdef, Mapping) and isinstance(pdef.get("@id"), str):
            return str(pdef["@id"]) + ":".join(suffix)
        raise self.fail("JSON-LD term definitions must be strings or objects with @id")

    # --- the walk ----------------------------------------------------------------------------------

    def transform(self, obj: Any, tmap: Any, stack: list[_Entry], depth: int) -> None:
        if depth > 200:
            raise self.fail("the document is nested too deeply")
        self.before_contexts(obj, tmap)
        self._apply_embedded(obj.get("@context"), stack)
        self.after_contexts(obj, tmap)
        child_stack = list(stack)
        self.before_type_scoped(self._top(stack), obj, tmap)
        top1 = len(stack)
        active = self._apply_type_scoped(obj, stack)
        for term, term_id, plural, d, value in self.entries(obj, tmap, active.terms):
            if term == "@id" or term in active.alias_id:
                self.object_id(obj, tmap, term, term_id, value)
                continue
            if term == "@type" or term in active.alias_type:
                self.object_type(obj, tmap, term, term_id, plural, value)
                continue
            if term.startswith("@"):
                raise self.fail(f"the keyword {term} is not supported by the CBOR-LD codec")
            prop_stack = child_stack
            scoped_active: _Entry | None = None
            scoped = active.scoped.get(term)
            top2 = len(stack)
            if _truthy(scoped):
                scoped_active = self._apply_embedded(scoped, stack)
                prop_stack = list(stack)
            term_type = self.term_type(scoped_active or active, d)
            if plural and not isinstance(value, list):
                raise self.fail(f"the value of the plural term {term} is not an array")
            entries: list[Any] = []
            for v in value if plural else [value]:
                if v is None:
                    entries.append(None)
                    continue
                if self.typed_value(entries, term_type, v):
                    continue
                self.plain_value(entries, v, prop_stack, depth)
            if scoped_active is not None:
                del stack[top2:]
            self.assign(obj, tmap, term, term_id, plural, entries)
        del stack[top1:]

    # optional hooks: a subclass overrides the ones it needs; by default they do nothing
    def before_contexts(self, obj: Any, tmap: Any) -> None:  # noqa: B027 - an optional hook
        return None

    def after_contexts(self, obj: Any, tmap: Any) -> None:  # noqa: B027 - an optional hook
        return None

    def before_type_scoped(self, active: _Entry, obj: Any, tmap: Any) -> None:  # noqa: B027 - an optional hook
        return None

    @abstractmethod
    def entries(self, obj: Any, tmap: Any, terms: dict[str, Any]) -> list[tuple[str, int, bool, Any, Any]]:
        """Implemented by Compressor (JSON-LD -> CBOR) and Decompressor (CBOR -> JSON-LD)."""

    @abstractmethod
    def object_id(self, obj: Any, tmap: Any, term: str, term_id: int, value: Any) -> None:
        """Implemented by Compressor (JSON-LD -> CBOR) and Decompressor (CBOR -> JSON-LD)."""

    @abstractmethod
    def object_type(self, obj: Any, tmap: Any, term: str, term_id: int, plural: bool, value: Any) -> None:
        """Implemented by Compressor (JSON-LD -> CBOR) and Decompressor (CBOR -> JSON-LD)."""

    @abstractmethod
    def typed_value(self, entries: list[Any], term_type: str | None, value: Any) -> bool:
        """Implemented by Compressor (JSON-LD -> CBOR) and Decompressor (CBOR -> JSON-LD)."""

    @abstractmethod
    def plain_value(self, entries: list[Any], value: Any, stack: list[_Entry], depth: int) -> None:
        """Implemented by Compressor (JSON-LD -> CBOR) and Decompressor (CBOR -> JSON-LD)."""

    @abstractmethod
    def assign(self, obj: Any, tmap: Any, term: str, term_id: int, plural: bool, entries: list[Any]) -> None:
        """Implemented by Compressor (JSON-LD -> CBOR) and Decompressor (CBOR -> JSON-LD)."""


class Compressor(_Transformer):
    """JSON-LD document -> the CBOR value (maps with integer keys) of a compressed CBOR-LD payload."""

    def compress(self, doc: Any) -> Any:
        docs = doc if isinstance(doc, list) else [doc]
        out = []
        for d in docs:
            if not isinstance(d, Mapping):
                raise self.fail("a JSON-LD document must be an object")
            tmap: dict[int, Any] = {}
            self.transform(d, tmap, [], 0)
            out.append(tmap)
        return out if isinstance(doc, list) else out[0]

    def after_contexts(self, obj: Any, tmap: Any) -> None:
        if "@context" not in obj:
            return
        context = obj["@context"]
        if not _truthy(context):
            raise self.fail("an empty @context is not kept by the CBOR-LD codec")
        values = context if isinstance(context, list) else [context]
        encoded: list[Any] = []
        for v in values:
            if isinstance(v, str):
                encoded.append(self.tables.context_url_to_id.get(v, v))
            elif isinstance(v, Mapping):
                encoded.append(v)
            else:
                raise self.fail("a @context entry must be a URL or an object")
        tmap[1 if isinstance(context, list) else 0] = encoded if isinstance(context, list) else encoded[0]

    def entries(self, obj: Any, tmap: Any, terms: dict[str, Any]) -> list[tuple[str, int, bool, Any, Any]]:
        out = []
        for key in sorted(obj, key=C.utf16_key):
            if key == "@context":
                continue
            d = terms.get(key)
            if d is None and key not in C.KEYWORDS:
                raise self.fail(f"the term {key!r} is not defined by the document's contexts")
            value = obj[key]
            plural = isinstance(value, list)
            term_id = self.wire_id(self.term_to_id[key])
            out.append((key, term_id + 1 if plural else term_id, plural, d, value))
        return out

    def object_id(self, obj: Any, tmap: Any, term: str, term_id: int, value: Any) -> None:
        # not a string: kept as is, like the reference (encode() checks that it reads back the same);
        # the reference decoder would turn an object kept as is into {}
        if _has_object(value):
            raise self.fail(f"{term} holds an object")
        enc = C.encode_uri(value)
        tmap[term_id] = value if enc is None else enc

    def object_type(self, obj: Any, tmap: Any, term: str, term_id: int, plural: bool, value: Any) -> None:
        out: list[Any] = []
        for v in value if plural else [value]:
            if _has_object(v):
                raise self.fail(f"{term} holds an object")
            tid = self.term_to_id.get(v) if isinstance(v, str) else None
            if tid is not None:
                out.append(self.wire_id(tid))
            else:
                enc = C.encode_uri(v)
                out.append(v if enc is None else enc)
        tmap[term_id] = out if plural else out[0]

    def typed_value(self, entries: list[Any], term_type: str | None, value: Any) -> bool:
        enc: Any = None
        if term_type == "@id":
            enc = C.encode_uri(value)
        elif term_type == "@vocab":
            if C.is_int(value) and self.term_of_wire(value) is not None:
                raise self.fail("a number in a vocabulary-typed property would read back as a term")
            tid = self.term_to_id.get(value) if isinstance(value, str) else None
            enc = self.wire_id(tid) if tid is not None else C.encode_uri(value)
        elif term_type == C.MULTIBASE_TYPE:
            enc = C.encode_multibase(value, base64url=self.tables.base64url_multibase)
        elif term_type == C.CRYPTOSUITE_TYPE and self.tables.cryptosuites:
            enc = self.tables.cryptosuites.get(value) if isinstance(value, str) else None
            if enc is None and C.is_int(value):
                raise self.fail("a number in a cryptosuite property would read back as a cryptosuite name")
        elif term_type in (C.XSD_DATE, C.XSD_DATETIME):
            if not isinstance(value, str):
                raise self.fail("a typed date value is not a string")
            date_type = term_type == C.XSD_DATE
            if ("T" in value) == date_type:  # the reference keeps these as they are
                return False
            enc = C.encode_date(value) if date_type else C.encode_datetime(value)
            if enc is None:  # kept as text, still typed
                entries.append(value)
                return True
        if enc is None:
            return False
        entries.append(enc)
        return True

    def plain_value(self, entries: list[Any], value: Any, stack: list[_Entry], depth: int) -> None:
        if isinstance(value, list):  # an array inside an array: each item must be an object
            children = []
            for item in value:
                if not isinstance(item, Mapping):
                    raise self.fail("nested arrays of plain values are not supported by the CBOR-LD codec")
                child: dict[int, Any] = {}
                self.transform(item, child, stack, depth + 1)
                children.append(child)
            entries.append(children)
        elif isinstance(value, Mapping):
            child = {}
            self.transform(value, child, stack, depth + 1)
            entries.append(child)
        elif isinstance(value, (str, int, float, bool)):
            entries.append(value)
        else:
            raise self.fail(f"a {type(value).__name__} is not a JSON value")

    def assign(self, obj: Any, tmap: Any, term: str, term_id: int, plural: bool, entries: list[Any]) -> None:
        tmap[term_id] = entries if plural else entries[0]


class Decompressor(_Transformer):
    """The CBOR value of a compressed CBOR-LD payload -> the JSON-LD document."""

    error = UnsupportedFormat

    def fail(self, message: str) -> Exception:
        return UnsupportedFormat(f"malformed CBOR-LD: {message}")

    def decompress(self, value: Any) -> Any:
        maps = value if isinstance(value, (list, tuple)) else [value]
        out = []
        for m in maps:
            if not isinstance(m, Mapping):
                raise self.fail("the payload is not a map")
            obj: dict[str, Any] = {}
            self.transform(obj, m, [], 0)
            out.append(obj)
        return out if isinstance(value, (list, tuple)) else out[0]

    def _raw(self, value: Any) -> Any:
        """A value kept as is: CBOR maps/arrays -> JSON objects/arrays (bytes are not JSON)."""
        if isinstance(value, Mapping):
            out = {}
            for k, v in value.items():
                if not isinstance(k, str):
                    raise self.fail("an uncompressed object has a key that is not text")
                self._charge(len(k) + 4)
                out[k] = self._raw(v)
            return out
        if isinstance(value, (list, tuple)):
            self._charge(2)
            return [self._raw(v) for v in value]
        if isinstance(value, bytes):
            raise self.fail("a binary value that no codec explains")
        if isinstance(value, str):
            self._charge(len(value) + 2)
        elif not (value is None or isinstance(value, (bool, int, float))):
            raise self.fail(f"unexpected CBOR value {type(value).__name__}")
        else:
            self._charge(8)
        return value

    def _context(self, value: Any) -> Any:
        if C.is_int(value):
            url = self.tables.context_id_to_url.get(value)
            if url is None:
                raise self.fail(f"undefined compressed context {value}")
            self._charge(len(url) + 2)
            return url
        return self._raw(value)

    def before_contexts(self, obj: Any, tmap: Any) -> None:
        one, many = tmap.get(0), tmap.get(1)
        if _truthy(one):
            obj["@context"] = self._context(one)
        if _truthy(many):
            if _truthy(one):
                raise self.fail("both the singular and the plural context ids are present")
            if not isinstance(many, (list, tuple)):
                raise self.fail("the plural context value is not an array")
            obj["@context"] = [self._context(v) for v in many]

    def before_type_scoped(self, active: _Entry, obj: Any, tmap: Any) -> None:
        for term in ["@type", *active.alias_type]:
            tid = self.term_to_id.get(term)
            if tid is None:
                continue
            tid = self.wire_id(tid)
            value = tmap.get(tid, _MISSING)
            if value is _MISSING:
                value = tmap.get(tid + 1, _MISSING)
            if value is not _MISSING:
                if isinstance(value, (list, tuple)):
                    obj[term] = [self._vocab(v) for v in value]
                else:
                    obj[term] = self._vocab(value)

    def _vocab(self, value: Any) -> Any:
        if isinstance(value, (list, tuple)):
            url = C.decode_uri(value)
            if url is not None:
                self._charge(len(url) + 2)
                return url
        elif C.is_int(value) and (term := self.term_of_wire(value)) is not None:
            self._charge(len(term) + 2)
            return term
        return self._raw(value)

    def entries(self, obj: Any, tmap: Any, terms: dict[str, Any]) -> list[tuple[str, int, bool, Any, Any]]:
        out = []
        for key, value in tmap.items():
            if key in (0, 1) and C.is_int(key):
                continue
            if not C.is_int(key):
                raise self.fail(f"the map key {key!r} is not a term id")
            plural = key & 1 == 1
            term = self.term_of_wire(key - 1 if plural else key)
            if term is None:
                raise self.fail(f"unknown term id {key}")
            d = terms.get(term)
            if d is None and term not in C.KEYWORDS:
                raise self.fail(f"the term {term!r} is not defined by the document's contexts")
            out.append((term, key, plural, d, value))
        out.sort(key=lambda e: C.utf16_key(e[0]))
        return out

    def object_id(self, obj: Any, tmap: Any, term: str, term_id: int, value: Any) -> None:
        url = C.decode_uri(value)
        if url is not None:
            self._charge(len(url) + len(term) + 6)
            obj[term] = url
        else:
            self._charge(len(term) + 4)
            obj[term] = self._raw(value)

    def object_type(self, obj: Any, tmap: Any, term: str, term_id: int, plural: bool, value: Any) -> None:
        self._charge(len(term) + 4)
        if plural:
            if not isinstance(value, (list, tuple)):
                raise self.fail(f"the value of the plural term {term} is not an array")
            obj[term] = [self._vocab(v) for v in value]
        else:
            obj[term] = self._vocab(value)

    def typed_value(self, entries: list[Any], term_type: str | None, value: Any) -> bool:
        out: Any = None
        if term_type == "@id":
            out = C.decode_uri(value)
        elif term_type == "@vocab":
            if isinstance(value, (list, tuple)):
                out = C.decode_uri(value)
            elif C.is_int(value):
                out = self.term_of_wire(value)
        elif term_type == C.MULTIBASE_TYPE:
            out = C.decode_multibase(value, base64url=self.tables.base64url_multibase)
        elif term_type == C.CRYPTOSUITE_TYPE and self.tables.cryptosuites and C.is_int(value):
            out = self.tables.cryptosuite_by_id.get(value)
            if out is None:
                raise self.fail(f"undefined compressed cryptosuite {value}")
        elif term_type == C.XSD_DATE:
            out = C.decode_date(value)
        elif term_type == C.XSD_DATETIME:
            out = C.decode_datetime(value)
        if out is None:
            return False
        self._charge(len(out) + 2)
        entries.append(out)
        return True

    def plain_value(self, entries: list[Any], value: Any, stack: list[_Entry], depth: int) -> None:
        if isinstance(value, (list, tuple)):
            children = []
            for item in value:
                if not isinstance(item, Mapping):
                    raise self.fail("an array inside an array holds something other than maps")
                child: dict[str, Any] = {}
                self.transform(child, item, stack, depth + 1)
                children.append(child)
            entries.append(children)
        elif isinstance(value, Mapping):
            child = {}
            self.transform(child, value, stack, depth + 1)
            entries.append(child)
        else:
            entries.append(self._raw(value))

    def assign(self, obj: Any, tmap: Any, term: str, term_id: int, plural: bool, entries: list[Any]) -> None:
        self._charge(len(term) + 4)
        obj[term] = entries if plural else entries[0]
