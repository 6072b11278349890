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
import os
import re
import zlib
from pathlib import Path
from typing import Any

from wallet.errors import LimitExceeded, NotJSON

__all__ = [
    "MAX_INFLATE_BYTES",
    "MAX_INPUT_BYTES",
    "MAX_JSON_DEPTH",
    "MAX_PNG_BYTES",
    "MAX_PNG_CHUNKS",
    "MAX_PNG_CHUNK_BYTES",
    "MAX_SVG_BYTES",
    "MAX_ZIP_ENTRIES",
    "MAX_ZIP_RATIO",
    "MAX_ZIP_TOTAL_BYTES",
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


def load_json_bytes(data: bytes | str, *, limit: int = MAX_INPUT_BYTES, depth: int = MAX_JSON_DEPTH) -> Any:
    """Parse JSON with the size and depth limits. NotJSON names the line and column of the problem."""
    check_size(len(data), limit)
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise NotJSON(f"the input is not UTF-8 text (byte {exc.start + 1})") from None
    else:
        text = data.lstrip("\ufeff")
    if not text.strip():
        raise NotJSON("the input is empty")
    check_json_depth(text, depth)
    try:
        return json.loads(text, parse_constant=_bad_constant)
    except json.JSONDecodeError as exc:
        raise NotJSON(f"the input is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:  # pragma: no cover - the depth check runs first
        raise LimitExceeded(f"the JSON nests deeper than {depth} levels") from None
    except ValueError as exc:  # NaN/Infinity, integers with too many digits
        raise NotJSON(f"the input is not valid JSON: {exc}") from None


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
