"""CBOR-LD in the legacy format of ``@digitalcredentials/cborld`` 4.x (the DCC ``VP1-`` QR codec).

Bytes: CBOR tag ``0x0501`` (``d9 05 01``) followed by the compressed map (terms as integer ids,
URLs, DIDs, UUIDs, dates and multibase values in binary form), or tag ``0x0500`` followed by the
plain CBOR of the document ("uncompressed", used when the document holds something the codec
cannot compress: a term no context defines, a context that is not bundled, ...). Both forms are
read by the reference implementation. The compression is byte-for-byte the reference's for every
document the reference can compress (term ids, registry of known contexts, value codecs), except
that a value is compressed only when it decodes back to exactly the same text.

``tables``: :data:`LEGACY` (the default) is the reference's registry and codecs, byte for byte;
:data:`COMPACT` adds the wallet's own context ids and value codecs (``wallet.share.qr``'s ``LW1:`` text);
a payload is read with the tables it was written with.

Contexts come from a document loader (default: the wallet's offline bundle); nothing is fetched.

Limits (``LimitExceeded``):

=============================  ==========  ===============================================
``MAX_CBORLD_INPUT_BYTES``     64 KiB      a QR code holds at most ~2.9 KB
``MAX_CBORLD_OUTPUT_BYTES``    1 MiB       JSON text the payload may expand to
``MAX_CBORLD_DEPTH``           64          nesting of CBOR arrays/maps
``MAX_CBORLD_ITEMS``           100 000     CBOR data items in the payload
=============================  ==========  ===============================================
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import cbor2

from wallet.errors import LimitExceeded, UnknownContext, UnsupportedFormat
from wallet.share.cborld._codecs import COMPACT, LEGACY, Tables
from wallet.share.cborld._transform import Compressor, Decompressor, Incompressible, Loader

__all__ = [
    "COMPACT",
    "LEGACY",
    "MAX_CBORLD_DEPTH",
    "MAX_CBORLD_INPUT_BYTES",
    "MAX_CBORLD_ITEMS",
    "MAX_CBORLD_OUTPUT_BYTES",
    "Loader",
    "Tables",
    "decode",
    "encode",
    "is_cborld",
]

MAX_CBORLD_INPUT_BYTES = 64 * 1024
MAX_CBORLD_OUTPUT_BYTES = 1024 * 1024
MAX_CBORLD_DEPTH = 64
MAX_CBORLD_ITEMS = 100_000

_COMPRESSED = b"\xd9\x05\x01"
_UNCOMPRESSED = b"\xd9\x05\x00"


def _default_loader() -> Loader:
    from wallet.jsonld import default_jsonld

    return default_jsonld().loader


def encode(jsonld_doc: Any, *, loader: Loader | None = None, tables: Tables = LEGACY) -> bytes:
    """CBOR-LD bytes (legacy tag 0x0501, compressed) of a JSON-LD document or list of documents.

    Falls back to the uncompressed form (tag 0x0500) when the codec cannot compress the document
    losslessly; the result always decodes back to ``jsonld_doc``.
    """
    loader = loader or _default_loader()
    plain = _UNCOMPRESSED + cbor2.dumps(jsonld_doc, canonical=True)
    try:
        value = Compressor(loader, tables=tables).compress(jsonld_doc)
        compressed = _COMPRESSED + cbor2.dumps(value, canonical=True)
        if decode(compressed, loader=loader, tables=tables) != jsonld_doc:
            raise Incompressible("the compressed form does not decode back to the document")
    except (Incompressible, UnknownContext, UnsupportedFormat, LimitExceeded):
        return plain
    return compressed if len(compressed) <= len(plain) else plain


def is_cborld(data: bytes) -> bool:
    """True when ``data`` starts with a legacy CBOR-LD tag (0x0500 or 0x0501)."""
    return len(data) >= 3 and data[:2] == b"\xd9\x05" and data[2] in (0, 1)


def decode(
    data: bytes,
    *,
    loader: Loader | None = None,
    max_output_bytes: int = MAX_CBORLD_OUTPUT_BYTES,
    tables: Tables = LEGACY,
) -> Any:
    """The JSON-LD document encoded by legacy CBOR-LD ``data``.

    Raises ``UnsupportedFormat`` for bytes that are not legacy CBOR-LD (with the reason: CBOR-LD
    1.0 / VC barcodes, malformed CBOR, an unknown term id, ...), ``LimitExceeded`` past the limits
    above, ``UnknownContext`` when a context is not bundled.
    """
    data = bytes(data)
    if len(data) > MAX_CBORLD_INPUT_BYTES:
        raise LimitExceeded(
            f"the CBOR-LD payload is {len(data)} bytes, over the limit of {MAX_CBORLD_INPUT_BYTES} bytes"
        )
    _check_header(data)
    _scan(data, 3)
    try:
        value = cbor2.loads(data[3:])
    except (cbor2.CBORDecodeError, ValueError, TypeError, RecursionError) as exc:
        raise UnsupportedFormat(f"malformed CBOR-LD: {exc}") from None

    used = 0

    def charge(n: int) -> None:
        nonlocal used
        used += n
        if used > max_output_bytes:
            raise LimitExceeded(
                f"CBOR-LD payload would expand beyond {max_output_bytes} bytes",
                fix="A presentation in a QR code is small; this one is not a genuine VP1- code.",
            )

    dec = Decompressor(loader or _default_loader(), charge=charge, tables=tables)
    if data[2] == 0:
        if isinstance(value, (list, tuple)):
            return [dec._raw(v) for v in value]
        if not isinstance(value, Mapping):
            raise UnsupportedFormat("malformed CBOR-LD: the uncompressed payload is not a JSON object")
        return dec._raw(value)
    return dec.decompress(value)


def _check_header(data: bytes) -> None:
    if len(data) >= 3 and data[0] == 0xD9 and data[1] == 0xCB and data[2] == 0x1D:
        raise UnsupportedFormat(
            "this is CBOR-LD 1.0 (tag 0xCB1D, used by VC barcodes), not the legacy CBOR-LD of VP1- QR codes; "
            "it is not supported"
        )
    if len(data) < 3 or data[0] != 0xD9 or data[1] != 0x05:
        raise UnsupportedFormat("not CBOR-LD: the data does not start with the CBOR-LD tag 0x05xx")
    if data[2] not in (0, 1):
        raise UnsupportedFormat(f"unsupported CBOR-LD compression mode {data[2]} (only 0 and 1 are known)")


def _scan(data: bytes, pos: int) -> None:
    """Walk the CBOR structure without building it: limits, truncation, no tags, no trailing bytes."""
    n = len(data)
    stack = [1]  # remaining items per open container; the bottom entry is the payload itself
    items = 0
    while stack:
        if pos >= n:
            raise UnsupportedFormat("malformed CBOR-LD: the CBOR data is truncated")
        ib = data[pos]
        pos += 1
        major, ai = ib >> 5, ib & 31
        items += 1
        if items > MAX_CBORLD_ITEMS:
            raise LimitExceeded(f"the CBOR-LD payload has more than {MAX_CBORLD_ITEMS} items")
        if ai < 24:
            arg = ai
        elif ai <= 27:
            size = 1 << (ai - 24)
            if pos + size > n:
                raise UnsupportedFormat("malformed CBOR-LD: the CBOR data is truncated")
            arg = int.from_bytes(data[pos:pos + size], "big")
            pos += size
        elif ai == 31:
            raise UnsupportedFormat("malformed CBOR-LD: indefinite-length CBOR items are not used by CBOR-LD")
        else:
            raise UnsupportedFormat("malformed CBOR-LD: reserved CBOR header")
        children = 0
        if major in (2, 3):
            if arg > n - pos:
                raise UnsupportedFormat("malformed CBOR-LD: the CBOR data is truncated")
            pos += arg
        elif major == 4:
            children = arg
        elif major == 5:
            children = 2 * arg
        elif major == 6:
            raise UnsupportedFormat("malformed CBOR-LD: CBOR tags are not allowed inside a CBOR-LD payload")
        elif major == 7 and not (20 <= ai <= 23 or 25 <= ai <= 27):
            raise UnsupportedFormat("malformed CBOR-LD: unsupported CBOR simple value")
        if children:
            if children > n - pos:
                raise UnsupportedFormat("malformed CBOR-LD: the CBOR data is truncated")
            if len(stack) > MAX_CBORLD_DEPTH:
                raise LimitExceeded(f"the CBOR-LD payload is nested deeper than {MAX_CBORLD_DEPTH} levels")
            stack.append(children)
            continue
        while stack:
            stack[-1] -= 1
            if stack[-1]:
                break
            stack.pop()
    if pos != n:
        raise UnsupportedFormat("malformed CBOR-LD: trailing bytes after the CBOR data")
