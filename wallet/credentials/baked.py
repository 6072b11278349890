"""Baked Open Badges images: the credential hidden in a PNG ``iTXt`` chunk or an SVG element.

Open Badges 3.0 §5.3 ("Baked badges"): a PNG carries an ``iTXt`` chunk with keyword
``openbadgecredential`` whose text is the credential JSON or a compact JWS; an SVG carries an
``<openbadges:credential>`` element (namespace ``https://purl.imsglobal.org/ob/v3p0``) holding the
JSON in CDATA, or a ``verify`` attribute holding a compact JWS.

Open Badges 2.0 / 1.x ("Baking"): a PNG ``iTXt`` (or older ``tEXt``) chunk with keyword ``openbadges``
whose text is the assertion JSON, a compact JWS or the assertion's URL; an SVG
``<openbadges:assertion>`` element (namespace ``http://openbadges.org``) with the JSON in CDATA and/or a
``verify`` attribute (a JWS or the URL). An Open Badges 3.0 credential wins when an image has both.

PNG chunks are read here (no image library): CRCs are checked, chunk sizes and counts are limited,
compressed iTXt text is inflated with an output limit. SVG is parsed with ``xml.etree`` only after
any ENTITY declaration or DOCTYPE internal subset has been rejected (no entity expansion, no external
entities); a plain public DOCTYPE (``<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "…svg11.dtd">``, as
the 1EdTech validator's samples and most editors write) is accepted and removed before parsing: the
external DTD is never read.
"""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
import zlib

from wallet.errors import InputError, LimitExceeded, NotACredential
from wallet.limits import (
    MAX_INPUT_BYTES,
    MAX_PNG_BYTES,
    MAX_PNG_CHUNK_BYTES,
    MAX_PNG_CHUNKS,
    MAX_SVG_BYTES,
    check_size,
    inflate_limited,
)

__all__ = ["PNG_SIGNATURE", "PNG_KEYWORD", "extract_png_credential", "extract_svg_credential", "bake_png"]

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_KEYWORD = "openbadgecredential"
OB3_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0"
_OB2_NAMESPACE = "http://openbadges.org"


def _png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    check_size(len(data), MAX_PNG_BYTES, "the PNG image")
    if not data.startswith(PNG_SIGNATURE):
        raise InputError("the file is not a PNG image")
    chunks: list[tuple[bytes, bytes]] = []
    pos = len(PNG_SIGNATURE)
    while True:
        if len(chunks) >= MAX_PNG_CHUNKS:
            raise LimitExceeded(f"the PNG image has more than {MAX_PNG_CHUNKS} chunks")
        if pos + 8 > len(data):
            raise InputError("the PNG image is truncated (no IEND chunk)")
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        ctype = data[pos + 4 : pos + 8]
        if length > MAX_PNG_CHUNK_BYTES:
            raise LimitExceeded(f"a PNG chunk is {length} bytes, over the limit of {MAX_PNG_CHUNK_BYTES}")
        end = pos + 8 + length
        if end + 4 > len(data):
            raise InputError(f"the PNG image is truncated (in chunk {ctype.decode('latin-1')!r})")
        body = data[pos + 8 : end]
        (crc,) = struct.unpack(">I", data[end : end + 4])
        if zlib.crc32(ctype + body) & 0xFFFFFFFF != crc:
            raise InputError(f"the PNG image is damaged (bad CRC in chunk {ctype.decode('latin-1')!r})")
        chunks.append((ctype, body))
        pos = end + 4
        if ctype == b"IEND":
            return chunks


def _itxt(body: bytes) -> tuple[str, str]:
    """(keyword, text) of an iTXt chunk."""
    try:
        kw_end = body.index(b"\0")
        keyword = body[:kw_end].decode("latin-1")
        flag, method = body[kw_end + 1], body[kw_end + 2]
        rest = body[kw_end + 3 :]
        lang_end = rest.index(b"\0")
        rest = rest[lang_end + 1 :]
        tk_end = rest.index(b"\0")
        text = rest[tk_end + 1 :]
    except (ValueError, IndexError):
        raise InputError("the PNG image has a malformed iTXt chunk") from None
    if flag:
        if method != 0:
            raise InputError("the PNG iTXt chunk uses an unknown compression method")
        try:
            text = inflate_limited(text, limit=MAX_INPUT_BYTES, what="the baked credential")
        except ValueError as exc:
            raise InputError(str(exc)) from None
    try:
        return keyword, text.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("the baked credential in the PNG image is not UTF-8 text") from None


def extract_png_credential(data: bytes) -> str:
    """The credential text baked into a PNG: an Open Badges 3.0 credential (JSON or compact JWS), else an
    Open Badges 2.0 assertion (JSON, compact JWS or URL)."""
    old: str | None = None
    for ctype, body in _png_chunks(data):
        if ctype == b"iTXt":
            keyword, text = _itxt(body)
            if keyword.lower() == PNG_KEYWORD:
                return text.strip()
            if keyword.lower() == "openbadges" and old is None:
                old = text.strip()
        elif ctype == b"tEXt" and body.split(b"\0", 1)[0].lower() == b"openbadges" and old is None:
            old = body.split(b"\0", 1)[1].decode("latin-1").strip() if b"\0" in body else ""
    if old:
        return old
    if old is not None:
        raise NotACredential("the PNG image has an empty 'openbadges' chunk")
    raise NotACredential("the PNG image has no baked Open Badges credential (no 'openbadgecredential' or "
                         "'openbadges' chunk)")


def bake_png(png: bytes, credential_text: str) -> bytes:
    """Return ``png`` with an uncompressed ``openbadgecredential`` iTXt chunk inserted after IHDR."""
    chunks = _png_chunks(png)
    body = PNG_KEYWORD.encode("latin-1") + b"\0\0\0\0\0" + credential_text.encode("utf-8")
    chunk = struct.pack(">I", len(body)) + b"iTXt" + body + struct.pack(">I", zlib.crc32(b"iTXt" + body) & 0xFFFFFFFF)
    out = bytearray(PNG_SIGNATURE)
    for ctype, cbody in chunks:
        if ctype == b"iTXt" and cbody.split(b"\0", 1)[0].decode("latin-1").lower() == PNG_KEYWORD:
            continue  # replace an existing baked credential
        out += struct.pack(">I", len(cbody)) + ctype + cbody + struct.pack(">I", zlib.crc32(ctype + cbody) & 0xFFFFFFFF)
        if ctype == b"IHDR":
            out += chunk
    return bytes(out)


_DTD = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.I)
# a DOCTYPE with only a public/system identifier: no internal subset ("["), so no entity can be declared
_PLAIN_DOCTYPE = re.compile(
    r"""<!DOCTYPE\s+svg(?:\s+PUBLIC\s+("[^"<>\[\]]*"|'[^'<>\[\]]*')\s+("[^"<>\[\]]*"|'[^'<>\[\]]*')"""
    r"""|\s+SYSTEM\s+("[^"<>\[\]]*"|'[^'<>\[\]]*'))?\s*>""")


def _without_plain_doctype(text: str) -> str:
    """``text`` with one plain SVG DOCTYPE removed; InputError for any ENTITY or internal subset."""
    if re.search(r"<!\s*ENTITY", text, re.I):
        raise InputError("the SVG image declares a DOCTYPE or ENTITY with entities, which is not accepted (entity "
                         "expansion risk)")
    m = _PLAIN_DOCTYPE.search(text)
    if m is not None and "<svg" not in text[: m.start()]:  # in the prolog, before the root element
        text = text[: m.start()] + text[m.end() :]
    if _DTD.search(text):
        raise InputError("the SVG image declares a DOCTYPE or ENTITY with an internal subset (or more than one "
                         "DOCTYPE), which is not accepted (entity expansion risk)")
    return text


def extract_svg_credential(text: str) -> str:
    """The credential text baked into an SVG: an Open Badges 3.0 credential (JSON or compact JWS), else an
    Open Badges 2.0 assertion (JSON in the element, else its ``verify`` JWS or URL)."""
    check_size(len(text.encode("utf-8")), MAX_SVG_BYTES, "the SVG image")
    text = _without_plain_doctype(text)
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise InputError(f"the SVG image is not well-formed XML ({exc})") from None
    old: str | None = None
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        ns, _, local = tag[1:].partition("}") if tag.startswith("{") else ("", "", tag)
        if local == "credential" and (ns == OB3_NAMESPACE or "imsglobal" in ns or "openbadges" in ns):
            verify = el.get("verify")
            if verify and verify.strip():
                return verify.strip()
            if el.text and el.text.strip():
                return el.text.strip()
            raise NotACredential("the SVG image has an empty <openbadges:credential> element")
        if local == "assertion" and ns.rstrip("/") == _OB2_NAMESPACE and old is None:
            content = (el.text or "").strip()
            verify = (el.get("verify") or "").strip()
            old = content if content.startswith("{") else verify or content
    if old:
        return old
    if old is not None:
        raise NotACredential("the SVG image has an empty <openbadges:assertion> element")
    raise NotACredential("the SVG image has no baked Open Badges credential (no <openbadges:credential> or "
                         "<openbadges:assertion> element)")
