"""Selective-disclosure primitives of Data Integrity (vc-di-ecdsa §3.4 "selective disclosure functions").

Skolemize → select by JSON pointer → deskolemize → canonicalize with a label map → group N-Quads
into matching / non-matching lists. Labels in maps are bare (``c14n0``, ``u…``), without ``_:``.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, field
from typing import Any

from wallet.errors import MalformedProof
from wallet.jsonld import JsonLd, relabel

__all__ = [
    "Group",
    "canonicalize_and_group",
    "hmac_label_map",
    "parse_pointer",
    "select_json_ld",
]

_URN = "urn:custom-scheme:"
_SKOLEM = re.compile(r"<urn:custom-scheme:([^>]+)>")


def hmac_label_map(hmac_key: bytes, canonical_id_map: dict[str, str]) -> dict[str, str]:
    """input label -> ``u`` + base64url(HMAC-SHA256(key, c14n label))."""
    out = {}
    for inp, c14n in canonical_id_map.items():
        mac = hmac.new(hmac_key, c14n.encode("utf-8"), hashlib.sha256).digest()
        out[inp] = "u" + base64.urlsafe_b64encode(mac).rstrip(b"=").decode("ascii")
    return out


# --- JSON pointers and selection --------------------------------------------------------------
def parse_pointer(pointer: str) -> list[str | int]:
    from wallet import pointer as json_pointer

    if not isinstance(pointer, str) or (pointer and not pointer.startswith("/")):
        raise MalformedProof(f"{pointer!r} is not a JSON pointer")
    raw_parts = pointer.split("/")[1:]
    return [int(t) if t.isdigit() and "~" not in raw else t
            for raw, t in zip(raw_parts, json_pointer.tokens(pointer), strict=True)]


def _init_selection(source: Any, selection: dict[str, Any] | None = None) -> dict[str, Any]:
    selection = {} if selection is None else selection
    if isinstance(source, dict):
        sid = source.get("id")
        if isinstance(sid, str) and not sid.startswith("_:"):
            selection["id"] = sid
        if "type" in source:
            selection["type"] = copy.deepcopy(source["type"])
    return selection


class _Sparse(dict):  # type: ignore[type-arg]
    """An array under construction (index -> value), made dense at the end."""


def _collapse_single_arrays(document: Any, paths: list[Any]) -> list[Any]:
    """JSON-LD compaction turns a one-element array into the element itself (unless the context
    says ``@set``), so ``/evidence/0/name`` written against the credential as issued names
    ``/evidence/name`` in the compacted document: drop such ``0`` steps."""
    out: list[Any] = []
    node = document
    for path in paths:
        if path == 0 and isinstance(node, dict):
            continue
        out.append(path)
        if isinstance(node, list) and isinstance(path, int) and 0 <= path < len(node):
            node = node[path]
        elif isinstance(node, dict):
            node = node.get(str(path) if isinstance(path, int) else path)
        else:
            node = None
    return out


def select_json_ld(document: dict[str, Any], pointers: list[str]) -> dict[str, Any] | None:
    """The smallest document holding the values ``pointers`` name (with ids/types on the way)."""
    if not pointers:
        return None
    selection: dict[str, Any] = {}
    if "@context" in document:
        selection["@context"] = copy.deepcopy(document["@context"])
    _init_selection(document, selection)
    for pointer in pointers:
        paths = _collapse_single_arrays(document, parse_pointer(pointer))
        if not paths:
            return copy.deepcopy(document)
        value: Any = document
        parent_sel: Any = selection
        sel: Any = selection
        for path in paths:
            parent_sel = sel
            try:
                if isinstance(value, list):
                    if not isinstance(path, int):
                        raise KeyError(path)
                    value = value[path]
                elif isinstance(value, dict):
                    value = value[str(path) if isinstance(path, int) else path]
                else:
                    raise KeyError(path)
            except (KeyError, IndexError):
                raise MalformedProof(f'JSON pointer "{pointer}" does not match the document') from None
            key = path if isinstance(parent_sel, _Sparse) else str(path)
            sel = parent_sel.get(key)
            if sel is None:
                sel = _Sparse() if isinstance(value, list) else _init_selection(value)
                parent_sel[key] = sel
        if isinstance(value, dict):
            merged = dict(sel) if isinstance(sel, dict) and not isinstance(sel, _Sparse) else {}
            merged.update(copy.deepcopy(value))
            new: Any = merged
        else:
            new = copy.deepcopy(value)
        last = paths[-1]
        parent_sel[last if isinstance(parent_sel, _Sparse) else str(last)] = new
    return _densify(selection)  # type: ignore[no-any-return]


def _densify(value: Any) -> Any:
    if isinstance(value, _Sparse):
        return [_densify(value[k]) for k in sorted(value)]
    if isinstance(value, dict):
        return {k: _densify(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_densify(v) for v in value]
    return value


# --- skolemization ------------------------------------------------------------------------------
def _skolemize_expanded(expanded: list[Any], prefix: str, counter: list[int]) -> list[Any]:
    out = []
    for element in expanded:
        if not isinstance(element, dict) or "@value" in element:
            out.append(element)
            continue
        node: dict[str, Any] = {}
        for prop, value in element.items():
            if isinstance(value, list):
                node[prop] = _skolemize_expanded(value, prefix, counter)
            else:
                node[prop] = _skolemize_expanded([value], prefix, counter)[0]
        if "@list" not in node and "@set" not in node:
            nid = node.get("@id")
            if nid is None:
                node["@id"] = f"{_URN}{prefix}n{counter[0]}"
                counter[0] += 1
            elif isinstance(nid, str) and nid.startswith("_:"):
                node["@id"] = _URN + nid[2:]
        out.append(node)
    return out


def _deskolemize(nquads: str) -> list[str]:
    return [_SKOLEM.sub(r"_:\1", line) + "\n" for line in nquads.splitlines() if line]


@dataclass
class Group:
    matching: dict[int, str] = field(default_factory=dict)  # index in canonical list -> N-Quad
    non_matching: dict[int, str] = field(default_factory=dict)
    deskolemized: list[str] = field(default_factory=list)


@dataclass
class Grouped:
    groups: dict[str, Group]
    label_map: dict[str, str]  # input label -> new label
    nquads: list[str]  # relabelled canonical N-Quads, sorted


def canonicalize_and_group(
    document: dict[str, Any],
    label_factory: Any,
    groups: dict[str, list[str]],
    jsonld: JsonLd,
) -> Grouped:
    """``label_factory(canonical_id_map) -> input label -> new label``."""
    expanded = jsonld.expand(document)
    prefix = secrets.token_hex(8)
    skolemized = _skolemize_expanded(expanded, prefix, [0])
    ctx = document.get("@context")
    compact = jsonld.compact(skolemized, {"@context": ctx} if ctx is not None else {})
    deskolemized = _deskolemize(jsonld.to_nquads(compact))
    canonical, c14n_map = jsonld.canonicalize_nquads("".join(deskolemized))
    label_map = label_factory(c14n_map)
    c14n_to_new = {c14n_map[k]: v for k, v in label_map.items()}
    nquads = relabel(canonical, c14n_to_new)
    out: dict[str, Group] = {}
    for name, pointers in groups.items():
        selection = select_json_ld(compact, pointers)
        sel_desk = _deskolemize(jsonld.to_nquads(selection)) if selection is not None else []
        selected = set(relabel(sel_desk, label_map))
        g = Group(deskolemized=sel_desk)
        for i, nq in enumerate(nquads):
            (g.matching if nq in selected else g.non_matching)[i] = nq
        out[name] = g
    return Grouped(out, label_map, nquads)
