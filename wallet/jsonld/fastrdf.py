"""Expanded JSON-LD to canonical N-Quads, fast: RDF quads as strings and RDFC-1.0 over them.

Verification spends most of its time turning a credential into canonical N-Quads. pyld does it in
three steps over dictionaries: a node map, RDF triples as dicts of dicts, and URDNA2015 serializing
every quad again and again. This module does the same two transformations over plain string
tuples (each term already in its N-Quads form):

* :func:`quads_of_expanded` follows JSON-LD 1.1 "Deserialize JSON-LD to RDF" as pyld does it (the
  node map merges nodes and drops duplicate triples; here the dataset is a set of quads, which is
  the same thing), and raises :class:`Unsupported` for the rare shapes it leaves to pyld
  (``@reverse``, value objects with ``@index`` or a blank-node datatype, blank-node properties);
* :class:`Rdfc10` is RDFC-1.0 (URDNA2015) exactly as :class:`wallet.jsonld.canon.LimitedURDNA2015`
  runs it — same hashes, same identifier issuing, same work limits — over those tuples.

``tests/wallet/test_jsonld.py`` checks both against pyld on every JSON-LD test vector.
"""

from __future__ import annotations

import hashlib
import re
import time
from typing import Any

from pyld import jsonld as _pyld
from pyld.canon import permutations
from pyld.nquads import escape

from wallet.errors import LimitExceeded
from wallet.jsonld.canon import count_step

__all__ = ["Quad", "Rdfc10", "Unsupported", "quads_of_dataset", "quads_of_expanded"]

Quad = tuple[str, str, str, str]  # subject, predicate, object, graph ("" = default graph), N-Quads terms

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_TYPE = f"<{RDF}type>"
_FIRST = f"<{RDF}first>"
_REST = f"<{RDF}rest>"
_NIL = f"<{RDF}nil>"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANGSTRING = RDF + "langString"
_ABSOLUTE = re.compile(r"^([A-Za-z][A-Za-z0-9+-.]*|_):[^\s]*$")  # pyld's _is_absolute_iri


class Unsupported(Exception):
    """A shape this fast path leaves to pyld (the caller falls back)."""


class _Converter:
    def __init__(self) -> None:
        self.quads: dict[Quad, None] = {}  # insertion-ordered set
        self.labels: dict[str, str] = {}
        self.counter = 0
        self._absolute: dict[str, bool] = {}

    def fresh(self) -> str:
        label = f"_:b{self.counter}"
        self.counter += 1
        return label

    def bnode(self, old: str) -> str:
        label = self.labels.get(old)
        if label is None:
            label = self.labels[old] = self.fresh()
        return label

    def absolute(self, iri: str) -> bool:
        known = self._absolute.get(iri)
        if known is None:
            known = self._absolute[iri] = _ABSOLUTE.match(iri) is not None
        return known

    def iri_term(self, iri: str) -> str | None:
        """The N-Quads term of an @id / @type value; None for a relative IRI (skipped, as in pyld)."""
        if iri.startswith("_:"):
            return self.bnode(iri)
        return f"<{iri}>" if self.absolute(iri) else None

    def literal(self, item: dict[str, Any]) -> str:
        value = item["@value"]
        if "@index" in item:
            raise Unsupported("@index on a value")
        datatype = item.get("@type")
        if isinstance(datatype, str) and datatype.startswith("_:"):
            raise Unsupported("blank-node datatype")
        if isinstance(value, str) and datatype != "@json" and datatype != _pyld.XSD_DOUBLE:
            if "@language" in item and datatype is None:
                lang = item["@language"]
                return f'"{escape(value)}"@{lang}' if lang else f'"{escape(value)}"'
            if datatype is None or datatype == _XSD_STRING:
                return f'"{escape(value)}"'
            return f'"{escape(value)}"^^<{datatype}>'
        # booleans, numbers, JSON literals, doubles: pyld's own conversion
        obj = _pyld.JsonLdProcessor()._object_to_rdf(item, None, [], {"processingMode": "json-ld-1.1"})
        text = f'"{escape(obj["value"])}"'
        if obj["datatype"] == _LANGSTRING:
            return text + ("@" + obj["language"] if obj.get("language") else "")
        return text if obj["datatype"] == _XSD_STRING else f'{text}^^<{obj["datatype"]}>'

    def add(self, s: str | None, p: str | None, o: str | None, g: str | None) -> None:
        if s is not None and p is not None and o is not None and g is not None:
            self.quads[(s, p, o, g)] = None

    def node(self, node: dict[str, Any], graph: str | None) -> str:
        """Emit a node object's quads into ``graph`` (None: a relative graph name, nothing emitted);
        return its subject term (a relative IRI subject emits nothing but is still walked)."""
        if "@reverse" in node:
            raise Unsupported("@reverse")
        raw = node.get("@id")
        if raw is None:
            label = self.fresh()
            subject: str | None = label
        elif raw.startswith("_:"):
            label = subject = self.bnode(raw)
        else:
            label = raw
            subject = f"<{raw}>" if self.absolute(raw) else None
        for key, values in node.items():
            if key == "@type":
                for t in values:
                    self.add(subject, _TYPE, self.iri_term(t), graph)
            elif key == "@graph":
                if label.startswith("_:"):
                    inner: str | None = label
                else:
                    inner = f"<{label}>" if self.absolute(label) else None
                for item in values:
                    self.node(item, inner)
            elif key == "@included":
                for item in values:
                    self.node(item, graph)
            elif key.startswith("@"):
                continue  # @id, @index: no triples
            elif key.startswith("_:"):
                raise Unsupported("blank-node property")
            else:
                predicate = f"<{key}>" if self.absolute(key) else None
                quads = self.quads
                for item in values:
                    if "@value" in item:
                        obj: str | None = self.literal(item)
                    else:
                        obj = self.object(item, graph)
                    if subject is not None and predicate is not None and obj is not None and graph is not None:
                        quads[(subject, predicate, obj, graph)] = None
        return subject if subject is not None else ""

    def object(self, item: Any, graph: str | None) -> str | None:
        if "@value" in item:
            return self.literal(item)
        if "@list" in item:
            return self.rdf_list(item["@list"], graph)
        subject = self.node(item, graph)
        return subject or None

    def rdf_list(self, items: list[Any], graph: str | None) -> str:
        if not items:
            return _NIL
        head = current = self.fresh()
        for i, item in enumerate(items):
            self.add(current, _FIRST, self.object(item, graph), graph)
            nxt = self.fresh() if i < len(items) - 1 else _NIL
            self.add(current, _REST, nxt, graph)
            current = nxt
        return head


def quads_of_expanded(expanded: list[Any]) -> list[Quad]:
    """The RDF dataset of an expanded JSON-LD document, as N-Quads term tuples.

    Raises :class:`Unsupported` for shapes left to pyld."""
    conv = _Converter()
    for node in expanded:
        if not isinstance(node, dict) or "@value" in node or "@list" in node:
            continue  # free-floating values: no triples (pyld's node map drops them too)
        conv.node(node, "")
    return list(conv.quads)


def _term(component: dict[str, Any]) -> str:
    """The N-Quads form of a pyld RDF term (as ``pyld.nquads.serialize_nquad`` writes it)."""
    if component["type"] == "IRI":
        return f"<{component['value']}>"
    if component["type"] == "blank node":
        return str(component["value"])
    text = f'"{escape(component["value"])}"'
    if component["datatype"] == _LANGSTRING:
        return text + ("@" + component["language"] if component.get("language") else "")
    return text if component["datatype"] == _XSD_STRING else f'{text}^^<{component["datatype"]}>'


def quads_of_dataset(dataset: dict[str, list[dict[str, Any]]]) -> list[Quad]:
    """A pyld RDF dataset (e.g. from ``parse_nquads``) as N-Quads term tuples, labels unchanged."""
    out: list[Quad] = []
    for graph_name, triples in dataset.items():
        if graph_name == "@default":
            g = ""
        else:
            g = graph_name if graph_name.startswith("_:") else f"<{graph_name}>"
        for t in triples:
            out.append((_term(t["subject"]), _term(t["predicate"]), _term(t["object"]), g))
    return out


def _line(s: str, p: str, o: str, g: str) -> str:
    return f"{s} {p} {o} {g} .\n" if g else f"{s} {p} {o} .\n"


class _Issuer:
    __slots__ = ("prefix", "counter", "existing", "order")

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.counter = 0
        self.existing: dict[str, str] = {}
        self.order: list[str] = []

    def get(self, old: str) -> str:
        new = self.existing.get(old)
        if new is None:
            new = self.existing[old] = f"{self.prefix}{self.counter}"
            self.counter += 1
            self.order.append(old)
        return new

    def copy(self) -> _Issuer:
        other = _Issuer(self.prefix)
        other.counter = self.counter
        other.existing = dict(self.existing)
        other.order = list(self.order)
        return other


class Rdfc10:
    """RDFC-1.0 over :data:`Quad` tuples, with the work limits of
    :class:`wallet.jsonld.canon.CanonLimits` (see :mod:`wallet.jsonld.canon`)."""

    def __init__(self, hash_name: str, limits: Any) -> None:
        if hash_name not in ("sha256", "sha384"):
            raise ValueError(f"unsupported canonicalization hash {hash_name!r}")
        self.new_hash = hashlib.sha384 if hash_name == "sha384" else hashlib.sha256
        self.limits = limits
        self.steps = 0
        self._deadline = 0.0
        self.canonical = _Issuer("_:c14n")
        self.by_bnode: dict[str, list[Quad]] = {}
        self.first_degree: dict[str, str] = {}

    # --- limits (as LimitedURDNA2015) -------------------------------------------------------------
    def _tick(self) -> None:
        self.steps = count_step(self.steps, self.limits, self._deadline)

    # --- the algorithm ---------------------------------------------------------------------------
    def canonicalize(self, quads: list[Quad]) -> tuple[str, dict[str, str]]:
        """(canonical N-Quads, input blank node label -> canonical label), labels with ``_:``."""
        by_bnode = self.by_bnode
        for quad in quads:
            s, _, o, g = quad
            for term in (s, o, g):  # once per occurrence, as pyld (a self-loop counts twice)
                if term.startswith("_:"):
                    by_bnode.setdefault(term, []).append(quad)
        if len(by_bnode) > self.limits.max_blank_nodes:
            raise LimitExceeded(
                f"the document has {len(by_bnode)} blank nodes; canonicalization is limited to "
                f"{self.limits.max_blank_nodes}"
            )
        self.steps = 0
        self._deadline = time.monotonic() + self.limits.max_seconds

        hash_to_bnodes: dict[str, list[str]] = {}
        for bnode in by_bnode:
            hash_to_bnodes.setdefault(self.hash_first_degree(bnode), []).append(bnode)
        shared: list[tuple[str, list[str]]] = []
        for h, ids in sorted(hash_to_bnodes.items()):
            if len(ids) == 1:
                self.canonical.get(ids[0])
            else:
                shared.append((h, ids))
        for _, ids in shared:
            paths = []
            for bnode in ids:
                if bnode in self.canonical.existing:
                    continue
                issuer = _Issuer("_:b")
                issuer.get(bnode)
                paths.append(self.hash_n_degree(bnode, issuer))
            for _, issuer in sorted(paths, key=lambda r: r[0]):
                for existing in issuer.order:
                    self.canonical.get(existing)

        label = self.canonical.existing
        lines = []
        for s, p, o, g in quads:
            if s.startswith("_:"):
                s = label[s]
            if o.startswith("_:"):
                o = label[o]
            if g.startswith("_:"):
                g = label[g]
            lines.append(_line(s, p, o, g))
        lines.sort()
        return "".join(lines), dict(label)

    def hash_first_degree(self, bnode: str) -> str:
        known = self.first_degree.get(bnode)
        if known is not None:
            return known
        lines = []
        for s, p, o, g in self.by_bnode[bnode]:
            if s.startswith("_:"):
                s = "_:a" if s == bnode else "_:z"
            if o.startswith("_:"):
                o = "_:a" if o == bnode else "_:z"
            if g.startswith("_:"):
                g = "_:a" if g == bnode else "_:z"
            lines.append(_line(s, p, o, g))
        lines.sort()
        digest = self.new_hash("".join(lines).encode("utf-8")).hexdigest()
        self.first_degree[bnode] = digest
        return digest

    def hash_related(self, related: str, predicate: str, issuer: _Issuer, position: str) -> str:
        ident = self.canonical.existing.get(related) or issuer.existing.get(related)
        if ident is None:
            ident = self.hash_first_degree(related)
        text = position + (predicate if position != "g" else "") + ident
        return self.new_hash(text.encode("utf-8")).hexdigest()

    def hash_n_degree(self, bnode: str, issuer: _Issuer) -> tuple[str, _Issuer]:
        self._tick()
        related_by_hash: dict[str, list[str]] = {}
        for s, p, o, g in self.by_bnode[bnode]:
            for term, position in ((s, "s"), (o, "o"), (g, "g")):
                if term.startswith("_:") and term != bnode:
                    h = self.hash_related(term, p, issuer, position)
                    related_by_hash.setdefault(h, []).append(term)
        md = self.new_hash()
        for h, bnodes in sorted(related_by_hash.items()):
            md.update(h.encode("utf-8"))
            chosen_path = ""
            chosen_issuer: _Issuer | None = None
            for permutation in permutations(list(bnodes)):  # pyld's order, duplicates and all
                self._tick()
                issuer_copy = issuer.copy()
                path = ""
                recursion: list[str] = []
                skip = False
                for related in permutation:
                    canon = self.canonical.existing.get(related)
                    if canon is not None:
                        path += canon
                    else:
                        if related not in issuer_copy.existing:
                            recursion.append(related)
                        path += issuer_copy.get(related)
                    if chosen_path and len(path) >= len(chosen_path) and path > chosen_path:
                        skip = True
                        break
                if skip:
                    continue
                for related in recursion:
                    result_hash, issuer_copy = self.hash_n_degree(related, issuer_copy)
                    path += issuer_copy.get(related) + "<" + result_hash + ">"
                    if chosen_path and len(path) >= len(chosen_path) and path > chosen_path:
                        skip = True
                        break
                if skip:
                    continue
                if not chosen_path or path < chosen_path:
                    chosen_path = path
                    chosen_issuer = issuer_copy
            md.update(chosen_path.encode("utf-8"))
            assert chosen_issuer is not None
            issuer = chosen_issuer
        return md.hexdigest(), issuer
