"""Stated safety limits for everything the wallet reads, and the helpers that enforce them.

Every input path (files, pasted text, baked images, status lists, zip packages) goes through one
of these helpers, so each limit is named once and tested. Exceeding a limit raises
:class:`~wallet.errors.LimitExceeded` *before* the expensive work (reading the whole file,
parsing, inflating) is done.

============================  ==========  =====================================================
limit                         value       why
============================  ==========  =====================================================
``MAX_INPUT_BYTES``           10 MiB      a credential file; the largest real CLR seen is < 1 MB
``MAX_JSON_DEPTH``            64          nesting of JSON arrays/objects (CLR with nested OB ~12)
``MAX_JSON_VALUES``           200 000     values in one JSON document (objects, arrays, strings, ...)
``MAX_OBJECT_MEMBERS``        1 000       members of one JSON object
``MAX_ARRAY_ITEMS``           1 000       items of one array (nested arrays count into it: JSON-LD
                                          flattens them into one set of values)
``MAX_NODE_MAP_WORK``         2 000 000   Σ items² over arrays + Σ (objects sharing one id)²: the
                                          JSON-LD node map compares every value of a property with
                                          the ones before it, so this bounds the quadratic part of
                                          expansion/canonicalization to a second or two
``MAX_BLANK_NODES``           5 000       objects without an id (blank nodes), as the canonicalizer
``MAX_PROOFS``                10          proofs in one proof set (each costs a canonicalization)
``MAX_PNG_BYTES``             10 MiB      a baked badge image
``MAX_PNG_CHUNK_BYTES``       8 MiB       one PNG chunk
``MAX_PNG_CHUNKS``            10 000      chunks in one PNG
``MAX_SVG_BYTES``             5 MiB       a baked SVG badge
``MAX_INFLATE_BYTES``         16 MiB      output of one zlib/GZIP stream (status lists, iTXt)
``MAX_ZIP_ENTRIES``           1 000       entries in a share package / backup zip
``MAX_ZIP_TOTAL_BYTES``       100 MiB     uncompressed total of a zip
``MAX_ZIP_RATIO``             100         uncompressed / compressed size of one zip entry
============================  ==========  =====================================================
"""

from __future__ import annotations

import json
import math
import os
import re
import zlib
from pathlib import Path
from typing import Any

from wallet.errors import LimitExceeded, NotJSON

__all__ = [
    "MAX_ARRAY_ITEMS",
    "MAX_BLANK_NODES",
    "MAX_INFLATE_BYTES",
    "MAX_INPUT_BYTES",
    "MAX_JSON_DEPTH",
    "MAX_JSON_VALUES",
    "MAX_NODE_MAP_WORK",
    "MAX_OBJECT_MEMBERS",
    "MAX_PNG_BYTES",
    "MAX_PNG_CHUNKS",
    "MAX_PNG_CHUNK_BYTES",
    "MAX_PROOFS",
    "MAX_SVG_BYTES",
    "MAX_ZIP_ENTRIES",
    "MAX_ZIP_RATIO",
    "MAX_ZIP_TOTAL_BYTES",
    "check_document",
    "check_json_depth",
    "check_size",
    "check_zip_entry",
    "gunzip_limited",
    "inflate_limited",
    "load_json_bytes",
    "read_file_limited",
]

MAX_INPUT_BYTES = 10 * 1024 * 1024
MAX_JSON_DEPTH = 64
MAX_JSON_VALUES = 200_000
MAX_OBJECT_MEMBERS = 1_000
MAX_ARRAY_ITEMS = 1_000
MAX_NODE_MAP_WORK = 2_000_000
MAX_BLANK_NODES = 5_000
MAX_PROOFS = 10
MAX_PNG_BYTES = 10 * 1024 * 1024
MAX_PNG_CHUNK_BYTES = 8 * 1024 * 1024
MAX_PNG_CHUNKS = 10_000
MAX_SVG_BYTES = 5 * 1024 * 1024
MAX_INFLATE_BYTES = 16 * 1024 * 1024
MAX_ZIP_ENTRIES = 1_000
MAX_ZIP_TOTAL_BYTES = 100 * 1024 * 1024
MAX_ZIP_RATIO = 100

_MIB = 1024 * 1024


def _human(n: int) -> str:
    return f"{n / _MIB:.0f} MB" if n >= _MIB else f"{n} bytes"


def check_size(size: int, limit: int = MAX_INPUT_BYTES, what: str = "the input") -> None:
    """Raise LimitExceeded when ``size`` (bytes) is over ``limit``."""
    if size > limit:
        raise LimitExceeded(
            f"{what} is {_human(size)}, over the limit of {_human(limit)}",
            fix="Credentials are small files; check that this is the right file.",
        )


def read_file_limited(path: str | os.PathLike[str], limit: int = MAX_INPUT_BYTES) -> bytes:
    """Read a file, refusing files over ``limit`` bytes without reading them."""
    p = Path(path)
    check_size(p.stat().st_size, limit, f"the file {p.name}")
    with p.open("rb") as fh:
        data = fh.read(limit + 1)  # the file may grow after stat()
    check_size(len(data), limit, f"the file {p.name}")
    return data


# A JSON string token, or one bracket. Strings are skipped whole so that brackets inside them do not count.
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.S)


def check_json_depth(text: str, limit: int = MAX_JSON_DEPTH) -> None:
    """Raise LimitExceeded when JSON text nests arrays/objects deeper than ``limit``.

    Iterative (no recursion), so a 10,000-deep document gives a clear error, not RecursionError.
    Malformed JSON is left for the parser to report.
    """
    if text.count("[") + text.count("{") <= limit:
        return
    depth = 0
    for m in _TOKENS.finditer(text):
        c = m.group()
        if c in "[{":
            depth += 1
            if depth > limit:
                raise LimitExceeded(
                    f"the JSON nests deeper than {limit} levels (at character {m.start() + 1})",
                    fix="Real credentials nest only a few levels; this file is malformed or hostile.",
                )
        elif c in "]}":
            depth -= 1


def _bad_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999999 parses as infinity: I-JSON numbers are finite doubles
        raise ValueError(f"the number {text[:40]} is too large to be represented")
    return value


class _Duplicate(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for k, _ in pairs:
            if k in seen:
                raise _Duplicate(f"the member {k[:60]!r} appears twice in one object")
            seen.add(k)
    return out


def _text_of(data: bytes | str, what: str) -> str:
    if isinstance(data, bytes | bytearray | memoryview):
        try:
            text = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise NotJSON(f"{what} is not UTF-8 text (byte {exc.start + 1})") from None
    else:
        text = data.lstrip("\ufeff")
    return text


def load_json_bytes(data: bytes | str, *, limit: int = MAX_INPUT_BYTES, depth: int = MAX_JSON_DEPTH,
                    what: str = "the input") -> Any:
    """Parse untrusted JSON: the one JSON reader for anything that did not come from this wallet.

    I-JSON (RFC 7493) rules: UTF-8 only, no duplicate member names (a signature or key must not be
    read one way here and another way elsewhere), no lone surrogates, only finite numbers (no NaN,
    Infinity or ``1e999999``). Then the size, nesting and shape limits of :func:`check_document`,
    so that no JSON-LD work is spent on a hostile document. NotJSON / LimitExceeded name the problem.
    """
    check_size(len(data), limit, what)
    text = _text_of(data, what)
    if not text.strip():
        raise NotJSON(f"{what} is empty")
    check_json_depth(text, depth)
    try:
        doc = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_bad_constant,
                         parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        raise NotJSON(f"{what} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except _Duplicate as exc:
        raise NotJSON(f"{what} is refused: {exc}", fix="JSON with duplicate member names is not accepted "
                      "(I-JSON, RFC 7493), because other software may read the other value.") from None
    except RecursionError:  # pragma: no cover - the depth check runs first
        raise LimitExceeded(f"the JSON nests deeper than {depth} levels") from None
    except ValueError as exc:  # NaN/Infinity, huge numbers, integers with too many digits
        raise NotJSON(f"{what} is not valid JSON: {exc}") from None
    check_document(doc, depth=depth, what=what)
    return doc


def _flat_len(arr: list[Any]) -> int:
    """Items of an array with nested arrays flattened into it (as JSON-LD expansion does)."""
    n, stack = 0, [arr]
    while stack:
        for x in stack.pop():
            if isinstance(x, list):
                stack.append(x)
            else:
                n += 1
    return n


def _bad_string(s: str) -> bool:
    if s.isascii():
        return False
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate such as "\ud800"
        return True
    return False


def check_document(doc: Any, *, depth: int = MAX_JSON_DEPTH, what: str = "the JSON") -> None:
    """Check a parsed JSON document (from JSON, CBOR-LD or a JWT) against the shape limits above.

    One iterative pass, linear in the size of the document; runs before any JSON-LD expansion,
    so that the work verification spends afterwards is bounded. Also refuses what JSON parsers
    let through but I-JSON forbids: lone surrogates and non-finite numbers.
    """
    values = 0
    blank = 0
    work = 0
    ids: dict[str, int] = {}
    # (value, depth, inside @context, parent is an array)
    stack: list[tuple[Any, int, bool, bool]] = [(doc, 1, False, False)]
    while stack:
        v, d, in_ctx, in_array = stack.pop()
        values += 1
        if values > MAX_JSON_VALUES:
            raise LimitExceeded(f"{what} holds more than {MAX_JSON_VALUES:,} values",
                                fix="Real credentials are far smaller; this file is malformed or hostile.")
        if isinstance(v, str):
            if _bad_string(v):
                raise NotJSON(f"{what} holds text with a lone surrogate (an invalid \\u escape)")
        elif isinstance(v, float):
            if not math.isfinite(v):
                raise NotJSON(f"{what} holds a number that is not finite ({v})")
        elif isinstance(v, dict):
            if d > depth:
                raise LimitExceeded(f"{what} nests deeper than {depth} levels")
            if len(v) > MAX_OBJECT_MEMBERS:
                raise LimitExceeded(f"an object in {what} has {len(v):,} members; at most "
                                    f"{MAX_OBJECT_MEMBERS:,} are accepted")
            if not in_ctx and "@value" not in v:
                node_id = v.get("id", v.get("@id"))
                if isinstance(node_id, str):
                    ids[node_id] = ids.get(node_id, 0) + 1
                else:
                    blank += 1
                    if blank > MAX_BLANK_NODES:
                        raise LimitExceeded(f"{what} has more than {MAX_BLANK_NODES:,} objects without an id "
                                            "(blank nodes)",
                                            fix="Real credentials have a few dozen; this file is malformed or hostile.")
                proofs = v.get("proof")
                if isinstance(proofs, list) and _flat_len(proofs) > MAX_PROOFS:
                    raise LimitExceeded(f"{what} has a set of {_flat_len(proofs):,} proofs; at most {MAX_PROOFS} "
                                        "are accepted")
            for key, item in v.items():
                if _bad_string(key):
                    raise NotJSON(f"{what} holds a member name with a lone surrogate (an invalid \\u escape)")
                stack.append((item, d + 1, in_ctx or key == "@context", False))
        elif isinstance(v, list):
            if d > depth:
                raise LimitExceeded(f"{what} nests deeper than {depth} levels")
            if not in_array:
                n = _flat_len(v)
                if n > MAX_ARRAY_ITEMS:
                    raise LimitExceeded(f"an array in {what} has {n:,} items; at most {MAX_ARRAY_ITEMS:,} are "
                                        "accepted", fix="Real credentials have far fewer; this file is malformed "
                                        "or hostile.")
                work += n * n
                if work > MAX_NODE_MAP_WORK:
                    raise LimitExceeded(f"{what} has too many large arrays to be checked in bounded time "
                                        f"(Σ items² over its arrays is over {MAX_NODE_MAP_WORK:,})")
            stack.extend((item, d + 1, in_ctx, True) for item in v)
        elif v is not None and not isinstance(v, bool | int):
            raise NotJSON(f"{what} holds a value that is not JSON ({type(v).__name__})")
    work += sum(n * n for n in ids.values() if n > 1)
    if work > MAX_NODE_MAP_WORK:
        raise LimitExceeded(f"{what} repeats the same ids too often to be checked in bounded time")


def inflate_limited(data: bytes, *, wbits: int = zlib.MAX_WBITS, limit: int = MAX_INFLATE_BYTES,
                    what: str = "the compressed data") -> bytes:
    """Decompress a zlib (default), GZIP (``wbits=31``) or raw DEFLATE (``-15``) stream, at most ``limit`` bytes out.

    Raises LimitExceeded for a decompression bomb and ValueError for data that is not compressed.
    """
    d = zlib.decompressobj(wbits)
    try:
        out = d.decompress(data, limit + 1)
    except zlib.error as exc:
        raise ValueError(f"{what} is not valid compressed data ({exc})") from None
    if len(out) > limit or d.unconsumed_tail:
        raise LimitExceeded(f"{what} expands to more than {_human(limit)}")
    if not d.eof:
        raise ValueError(f"{what} is truncated")
    return out


def gunzip_limited(data: bytes, *, limit: int = MAX_INFLATE_BYTES, what: str = "the GZIP data") -> bytes:
    """GZIP-decompress with an output limit. ValueError when the data is not GZIP."""
    if data[:2] != b"\x1f\x8b":
        raise ValueError(f"{what} is not GZIP-compressed (it does not start with the GZIP magic bytes)")
    return inflate_limited(data, wbits=31, limit=limit, what=what)


def check_zip_entry(*, count: int, file_size: int, compress_size: int, total: int) -> None:
    """Check one zip entry against the zip limits before extracting it.

    ``count`` = entries so far including this one, ``total`` = uncompressed bytes so far including this one.
    """
    if count > MAX_ZIP_ENTRIES:
        raise LimitExceeded(f"the zip has more than {MAX_ZIP_ENTRIES} entries")
    if total > MAX_ZIP_TOTAL_BYTES:
        raise LimitExceeded(f"the zip expands to more than {_human(MAX_ZIP_TOTAL_BYTES)}")
    if file_size > 1024 and file_size > MAX_ZIP_RATIO * max(compress_size, 1):
        raise LimitExceeded(f"a zip entry expands more than {MAX_ZIP_RATIO} times (a zip bomb?)")
