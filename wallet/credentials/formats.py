"""Recognise what the user handed us: a JSON credential or presentation, a JWT, an SD-JWT, a baked
PNG/SVG badge, or ``VP1-`` / ``LW1:`` QR text; return the credentials found in it, not yet verified.

Detection is by content, never by file extension (a ``.1ob`` file is JSON like any other).

==================  ===========================================================================
container           recognised by
==================  ===========================================================================
``json``            ``{`` … with ``type`` containing ``VerifiableCredential`` (VC 1.1/2.0, OB 3.0,
                    CLR 2.0); a JSON array of credentials is accepted too (``json-array``)
``presentation``    JSON with ``type`` ``VerifiablePresentation``; embedded credentials are
                    returned, including ``EnvelopedVerifiableCredential`` ``data:`` URLs
``jwt``             compact JWS ``xxx.yyy.zzz`` whose payload has ``vc`` (VC 1.1 JWT), ``vp`` or is a
                    VC itself (VC-JOSE-COSE)
``sd-jwt``          ``<JWS>~<disclosure>~…~[<KB-JWT>]``
``png`` / ``svg``   baked Open Badges 3.0 and 2.0 images (see :mod:`wallet.credentials.baked`)
``ob2``             an Open Badges 2.0 / 1.x assertion: JSON (hosted) or a compact JWS whose payload is
                    one (signed); format ``ob2`` (see :mod:`wallet.credentials.ob2`)
``qr-text``         text starting with ``VP1-`` or ``LW1:`` (decoded by ``wallet.share.qr.decode_presentation_text``)
==================  ===========================================================================
"""

from __future__ import annotations

import importlib
import re
import urllib.parse
from dataclasses import dataclass, field
from typing import Any, Literal

from wallet.credentials.baked import PNG_SIGNATURE, extract_png_credential, extract_svg_credential
from wallet.errors import InputError, NotACredential, NotJSON, UnsupportedFormat
from wallet.limits import MAX_INPUT_BYTES, check_document, check_size, load_json_bytes

__all__ = [
    "CredentialFormat",
    "FoundCredential",
    "ParsedInput",
    "credential_types",
    "decode_jwt_unverified",
    "is_credential",
    "is_presentation",
    "parse_input",
    "parse_text",
]

CredentialFormat = Literal["ldp-vc", "vc-jwt", "sd-jwt-vc", "ob2"]

_JWS = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$")
_CREDENTIAL_TYPES = frozenset(
    {"VerifiableCredential", "OpenBadgeCredential", "AchievementCredential", "ClrCredential", "EndorsementCredential"}
)


@dataclass(frozen=True)
class FoundCredential:
    """One credential found in the input, not verified.

    ``document`` is the credential as JSON: the JSON-LD VC for ``ldp-vc``; for ``vc-jwt`` the VC
    decoded from the payload (VC 1.1 ``vc`` claim with ``iss``/``sub``/``nbf``/``exp``/``jti``
    mapped, or the VC-JOSE payload); for ``sd-jwt-vc`` the issuer-signed payload *before*
    disclosures are applied. ``text`` is the compact JWS / SD-JWT for the JOSE formats.
    """

    format: CredentialFormat
    document: dict[str, Any]
    text: str = ""

    @property
    def types(self) -> tuple[str, ...]:
        return credential_types(self.document)


@dataclass(frozen=True)
class ParsedInput:
    """What :func:`parse_input` found. ``kind`` is ``credential`` or ``presentation``."""

    container: str
    credentials: tuple[FoundCredential, ...]
    kind: str = "credential"
    presentation: dict[str, Any] | None = None  # the VP as JSON (JSON VP, or the decoded ``vp`` claim)
    presentation_text: str = ""  # the VP as a compact JWS, when it came as one
    name: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def credential_types(doc: dict[str, Any]) -> tuple[str, ...]:
    return tuple(t for t in _as_list(doc.get("type")) if isinstance(t, str))


def is_credential(doc: Any) -> bool:
    return isinstance(doc, dict) and bool(_CREDENTIAL_TYPES.intersection(credential_types(doc)))


def is_presentation(doc: Any) -> bool:
    return isinstance(doc, dict) and "VerifiablePresentation" in credential_types(doc)


def decode_jwt_unverified(token: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(header, payload) of a compact JWS, *not verified*, read by the one JWS parser
    (:func:`wallet.proofs.jose.parse_jws`: strict base64url, I-JSON, size limits). Raises InputError."""
    from wallet.proofs.jose import parse_jws

    jws = parse_jws(token)
    return jws.header, jws.payload


def _epoch_to_iso(value: Any) -> str | None:
    from datetime import UTC, datetime

    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return datetime.fromtimestamp(value, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (OverflowError, OSError, ValueError):
        return None


def vc_from_jwt_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """The VC a VC-JWT payload stands for (VC 1.1 §6.3.1 claim mapping, or the VC-JOSE payload itself)."""
    if isinstance(payload.get("vc"), dict):
        vc = dict(payload["vc"])
        if "iss" in payload and "issuer" not in vc:
            vc["issuer"] = payload["iss"]
        if "jti" in payload and "id" not in vc:
            vc["id"] = payload["jti"]
        if "sub" in payload and isinstance(vc.get("credentialSubject"), dict) and "id" not in vc["credentialSubject"]:
            vc["credentialSubject"] = {**vc["credentialSubject"], "id": payload["sub"]}
        two = "https://www.w3.org/ns/credentials/v2" in _as_list(vc.get("@context"))
        nbf, exp = _epoch_to_iso(payload.get("nbf")), _epoch_to_iso(payload.get("exp"))
        if nbf and "issuanceDate" not in vc and "validFrom" not in vc:
            vc["validFrom" if two else "issuanceDate"] = nbf
        if exp and "expirationDate" not in vc and "validUntil" not in vc:
            vc["validUntil" if two else "expirationDate"] = exp
        return vc
    return dict(payload)


def _jwt_item(token: str, *, envelope: bool = False) -> tuple[str, FoundCredential | dict[str, Any]]:
    """('credential', FoundCredential) or ('presentation', vp dict) for a compact JWS."""
    header, payload = decode_jwt_unverified(token)
    from wallet.credentials.ob2 import is_ob2_assertion

    if is_ob2_assertion(payload):  # an Open Badges 2.0 signed assertion
        return "credential", FoundCredential("ob2", payload, token.strip())
    if isinstance(payload.get("vp"), dict) or is_presentation(payload):
        vp = payload["vp"] if isinstance(payload.get("vp"), dict) else payload
        return "presentation", vp
    vc = vc_from_jwt_payload(payload)
    if not is_credential(vc) and "vct" not in payload:
        raise NotACredential("the JWT does not carry a verifiable credential (no 'vc' claim and no credential type)")
    return "credential", FoundCredential("vc-jwt", vc, token.strip())


def _sd_jwt_item(text: str) -> FoundCredential:
    jws = text.strip().split("~", 1)[0]
    if not _JWS.match(jws):
        raise InputError("the SD-JWT does not start with a compact JWS")
    header, payload = decode_jwt_unverified(jws)
    doc = vc_from_jwt_payload(payload)
    return FoundCredential("sd-jwt-vc", doc, text.strip())


_DATA_URL = re.compile(r"^data:([^,;]*)((?:;[^,;]*)*),(.*)$", re.S)


def _enveloped(item: dict[str, Any]) -> list[FoundCredential]:
    url = item.get("id")
    m = _DATA_URL.match(url) if isinstance(url, str) else None
    if not m:
        raise InputError("an EnvelopedVerifiableCredential has no 'data:' URL in its id")
    media, params, body = m.group(1).lower(), m.group(2), m.group(3)
    if ";base64" in params:
        import base64

        try:
            text = base64.b64decode(body, validate=False).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            raise InputError("an EnvelopedVerifiableCredential data: URL is not valid base64 text") from None
    else:
        text = urllib.parse.unquote(body)
    if media in ("application/vc+sd-jwt", "application/dc+sd-jwt") or "~" in text:
        return [_sd_jwt_item(text)]
    if media in ("application/vc+jwt", "application/vc-ld+jwt", "application/jwt") or _JWS.match(text.strip()):
        kind, found = _jwt_item(text, envelope=True)
        if isinstance(found, FoundCredential):
            return [found]
        raise NotACredential("an EnvelopedVerifiableCredential holds a presentation, not a credential")
    if media in ("application/vc", "application/vc+ld+json", "application/ld+json", "application/json"):
        doc = load_json_bytes(text)
        if is_credential(doc):
            return [FoundCredential("ldp-vc", doc)]
    raise UnsupportedFormat(f"an EnvelopedVerifiableCredential uses the unsupported media type '{media}'")


def _credentials_of_presentation(vp: dict[str, Any]) -> list[FoundCredential]:
    out: list[FoundCredential] = []
    for item in _as_list(vp.get("verifiableCredential")):
        if isinstance(item, str):
            s = item.strip()
            if "~" in s:
                out.append(_sd_jwt_item(s))
            elif _JWS.match(s):
                kind, found = _jwt_item(s)
                if isinstance(found, FoundCredential):
                    out.append(found)
            elif s.startswith("data:"):
                out.extend(_enveloped({"id": s}))
            else:
                raise InputError("a presentation lists a credential that is neither JSON nor a JWT")
        elif isinstance(item, dict):
            if "EnvelopedVerifiableCredential" in credential_types(item):
                out.extend(_enveloped(item))
            elif is_credential(item):
                out.append(FoundCredential("ldp-vc", item))
            else:
                raise NotACredential("a presentation lists an entry that is not a verifiable credential")
    return out


def _from_json(doc: Any, name: str, container: str = "json") -> ParsedInput:
    if isinstance(doc, list):
        found = []
        for item in doc:
            if not is_credential(item):
                raise NotACredential("the JSON array holds an entry that is not a verifiable credential")
            found.append(FoundCredential("ldp-vc", item))
        if not found:
            raise NotACredential("the JSON array is empty")
        return ParsedInput("json-array", tuple(found), name=name)
    if not isinstance(doc, dict):
        raise NotACredential("the JSON is not an object, so it is not a verifiable credential")
    if is_presentation(doc):
        return ParsedInput(
            container if container != "json" else "presentation",
            tuple(_credentials_of_presentation(doc)),
            kind="presentation",
            presentation=doc,
            name=name,
        )
    if "EnvelopedVerifiableCredential" in credential_types(doc):
        return ParsedInput(container, tuple(_enveloped(doc)), name=name)
    if is_credential(doc):
        return ParsedInput(container, (FoundCredential("ldp-vc", doc),), name=name)
    types = credential_types(doc)
    from wallet.credentials.ob2 import is_ob2_assertion

    if is_ob2_assertion(doc):  # an Open Badges 2.0 (or 1.x) hosted assertion
        return ParsedInput(container, (FoundCredential("ob2", doc),), name=name)
    if {"protected", "payload", "signature"} <= doc.keys() or "signatures" in doc and "payload" in doc:
        raise UnsupportedFormat("JWS JSON serialization is not supported; use the compact form")
    if types:
        raise NotACredential(
            f"the JSON has type {', '.join(types)} but not VerifiableCredential, so it is not a verifiable credential"
        )
    raise NotACredential("the JSON has no 'type' with VerifiableCredential, so it is not a verifiable credential")


def _decode_qr_text(text: str, name: str) -> ParsedInput:
    try:
        qr = importlib.import_module("wallet.share.qr")
    except ImportError:
        qr = None
    decode = getattr(qr, "decode_presentation_text", None)
    if decode is None:
        raise UnsupportedFormat("VP1- and LW1: QR texts are not supported yet")
    doc = decode(text)
    if isinstance(doc, bytes | str):
        doc = load_json_bytes(doc)
    else:
        check_document(doc, what="the decoded QR text")  # the same limits as JSON, before any JSON-LD work
    return _from_json(doc, name, container="qr-text")


def parse_text(text: str, *, name: str = "", container: str | None = None) -> ParsedInput:
    """Like :func:`parse_input` for text already decoded."""
    s = text.strip().lstrip("\ufeff")
    if not s:
        raise NotJSON("the input is empty")
    if s[0] in "{[":
        return _from_json(load_json_bytes(s), name, container or "json")
    if s.startswith("VP1-") or s.startswith("LW1:"):
        return _decode_qr_text(text.lstrip().lstrip("\ufeff"), name)
    if s.startswith("<"):
        if container in ("png", "svg"):
            raise NotACredential("the baked badge does not hold a credential")
        return parse_text(extract_svg_credential(s), name=name, container="svg")
    if s.startswith("data:"):
        return ParsedInput(container or "data-url", tuple(_enveloped({"id": s})), name=name)
    if "~" in s and _JWS.match(s.split("~", 1)[0]):
        return ParsedInput(container or "sd-jwt", (_sd_jwt_item(s),), name=name)
    if _JWS.match(s):
        kind, found = _jwt_item(s)
        if isinstance(found, FoundCredential):
            return ParsedInput(container or "jwt", (found,), name=name)
        return ParsedInput(
            container or "jwt",
            tuple(_credentials_of_presentation(found)),
            kind="presentation",
            presentation=found,
            presentation_text=s,
            name=name,
        )
    if container in ("png", "svg") and s.startswith(("https://", "http://")) and not any(c.isspace() for c in s):
        raise UnsupportedFormat(
            f"the baked badge holds only the address of its Open Badges assertion ({s[:200]}), not the assertion "
            "itself; download the assertion from that address (or ask the issuer for the badge file) and import it")
    if s.startswith(("HC1:", "VC1-", "shc:/")):
        raise UnsupportedFormat(f"QR text starting with '{s[:4]}' is not a supported credential format")
    raise NotJSON("the input is not JSON, a JWT, an SD-JWT, a baked badge or VP1-/LW1: QR text")


def parse_input(data: bytes, *, name: str = "") -> ParsedInput:
    """Detect the format of ``data`` and return the credentials in it (unverified).

    Raises NotJSON / NotACredential / UnsupportedFormat / LimitExceeded / InputError with a clear message.
    """
    check_size(len(data), MAX_INPUT_BYTES, f"the file {name}" if name else "the input")
    if data.startswith(PNG_SIGNATURE):
        return parse_text(extract_png_credential(data), name=name, container="png")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
            raise UnsupportedFormat("this is a zip file; open it as a share package") from None
        if data[:3] == b"\xff\xd8\xff" or data[:6] in (b"GIF87a", b"GIF89a"):
            raise UnsupportedFormat("this is an image without a baked credential; to read a QR code, import it as a QR image") from None
        raise NotJSON("the input is binary data, not JSON or text") from None
    return parse_text(text, name=name)
