"""Property-based fuzzing of the importers and decoders: whatever the bytes, the answer is a result or a
coded WalletError, never another exception (which the CLI would show as a traceback).

Inputs are valid seeds of every format the wallet reads (JSON, JWT, SD-JWT, VP1- text, a share package,
a baked PNG and SVG) with random byte or text mutations, plus random bytes with each format's prefix.
Bounded: a fixed number of examples per property, a deadline per example, derandomized (the same
examples on every run) and no example database on disk, so it runs in CI in a few seconds.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import zipfile
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wallet.credentials.formats import parse_input
from wallet.errors import WalletError
from wallet.identity.did import Resolver
from wallet.identity.keys import b64url_encode
from wallet.limits import load_json_bytes
from wallet.proofs.jose import parse_jws
from wallet.proofs.sdjwt import list_disclosures, verify_sd_jwt
from wallet.share.package import read_package
from wallet.verifier.engine import unwrap

NOW = datetime(2026, 1, 1, tzinfo=UTC)
FUZZ = settings(max_examples=120, deadline=timedelta(seconds=3), derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

BADGE = {
    "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
    "id": "urn:uuid:fuzz", "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "issuer": {"id": "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", "type": ["Profile"], "name": "P"},
    "validFrom": "2025-05-01T00:00:00Z", "name": "Crew Lead",
    "credentialSubject": {"type": ["AchievementSubject"],
                          "achievement": {"id": "urn:uuid:a", "type": ["Achievement"], "name": "Crew Lead",
                                          "criteria": {"narrative": "Led a crew."}}},
}


def _jws(payload: dict) -> str:
    return ".".join([b64url_encode(json.dumps({"alg": "EdDSA", "typ": "vc+sd-jwt"}).encode()),
                     b64url_encode(json.dumps(payload).encode()), b64url_encode(b"\x00" * 64)])


@functools.cache
def seeds() -> tuple[bytes, ...]:
    text = json.dumps(BADGE)
    disclosure = b64url_encode(json.dumps(["salt", "name", "Quillon"]).encode())
    out = [
        text.encode(),
        json.dumps([BADGE, BADGE]).encode(),
        json.dumps({"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiablePresentation"],
                    "verifiableCredential": [BADGE]}).encode(),
        _jws({"vc": BADGE, "iss": BADGE["issuer"]["id"]}).encode(),
        f"{_jws({'vct': 'https://example.com/b', '_sd_alg': 'sha-256', '_sd': []})}~{disclosure}~".encode(),
        ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">'
         f"<openbadges:credential><![CDATA[{text}]]></openbadges:credential></svg>").encode(),
    ]
    from wallet.credentials.baked import bake_png
    from wallet.share.qr import qr_png, vp_to_qr_text

    out.append(bake_png(qr_png("x"), text))
    try:
        out.append(vp_to_qr_text({"@context": ["https://www.w3.org/ns/credentials/v2"],
                                  "type": ["VerifiablePresentation"], "verifiableCredential": [BADGE]}).encode())
        out.append(vp_to_qr_text({"@context": ["https://www.w3.org/ns/credentials/v2"],
                                  "type": ["VerifiablePresentation"], "verifiableCredential": [BADGE]},
                                 form="lw1").encode())
    except WalletError:  # pragma: no cover - a VP1 seed is a bonus
        pass
    files = {"presentation.json": out[2]}
    manifest = {"format": "learner-wallet-share-package", "version": 1,
                "files": [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()} for n, d in files.items()]}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in [*files.items(), ("manifest.json", json.dumps(manifest).encode())]:
            zf.writestr(name, data)
    out.append(buf.getvalue())
    return tuple(out)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    seed = bytearray(draw(st.sampled_from(seeds())))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "splice", "truncate"]))
        at = draw(st.integers(0, max(len(seed) - 1, 0)))
        if op == "flip" and seed:
            seed[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "insert":
            seed[at:at] = draw(st.sampled_from([b"\\ud800", b"1e999999", b'"a":1,', b"[", b"{", b"~", b".", b"\x00",
                                                b'"proof":{},', b"\xff", b"NaN", b"PK\x03\x04"]))
        elif op == "delete":
            del seed[at:at + draw(st.integers(1, 16))]
        elif op == "splice":
            seed[at:at] = draw(st.binary(max_size=24))
        else:
            del seed[at:]
    return bytes(seed)


PREFIXES = [b"", b"{", b"[", b"VP1-", b"PK\x03\x04", b"\x89PNG\r\n\x1a\n", b"<svg", b"eyJ", b"data:"]
ANY_INPUT = st.one_of(mutated(), st.builds(lambda p, b: p + b, st.sampled_from(PREFIXES), st.binary(max_size=300)))


def _read(data: bytes) -> None:
    """What import and verify do before verification: open containers, then detect and parse."""
    for payload, name in unwrap(data, "fuzz"):
        parse_input(payload, name=name)


@FUZZ
@given(ANY_INPUT)
def test_importers_answer_with_a_result_or_a_coded_error(data: bytes) -> None:
    try:
        _read(data)
    except WalletError as exc:
        assert exc.code and exc.message


@FUZZ
@given(ANY_INPUT)
def test_share_package_reader_answers_with_a_result_or_a_coded_error(data: bytes) -> None:
    try:
        read_package(data)
    except WalletError as exc:
        assert exc.code


@FUZZ
@given(st.one_of(mutated(), st.text(max_size=200).map(str.encode)))
def test_json_jwt_and_sd_jwt_decoders_answer_with_a_result_or_a_coded_error(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    for fn in (lambda: load_json_bytes(data), lambda: parse_jws(text), lambda: list_disclosures(text),
               lambda: verify_sd_jwt(text, resolver=Resolver(), now=NOW)):
        try:
            fn()
        except WalletError as exc:
            assert exc.code


@FUZZ
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
                    lambda kids: st.lists(kids, max_size=6) | st.dictionaries(st.text(max_size=6), kids, max_size=6),
                    max_leaves=40))
def test_any_json_value_round_trips_or_is_refused_with_a_code(value: object) -> None:
    try:
        text = json.dumps(value, allow_nan=True)
    except ValueError:
        return
    try:
        assert load_json_bytes(text) == json.loads(text)
    except WalletError as exc:
        assert exc.code in ("not-json", "limit-exceeded")  # NaN, Infinity, a lone surrogate
