"""Legacy CBOR-LD (tag 0x0501): reference vectors byte for byte, round trips, fallbacks, bad input."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import cbor2
import pytest

from wallet.errors import InputError, LimitExceeded, UnsupportedFormat
from wallet.jsonld import default_jsonld
from wallet.share import cborld

VECTORS = Path(__file__).resolve().parent.parent / "vectors"
VPQR = VECTORS / "dcc-vpqr"
AGE_URL = "https://w3id.org/age/v1"
VC1 = "https://www.w3.org/2018/credentials/v1"
VC2 = "https://www.w3.org/ns/credentials/v2"
OB303 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"


def vpqr_loader() -> Any:
    """The bundle plus https://w3id.org/age/v1 (needed by the DCC example only; test-only copy)."""
    base = default_jsonld().loader
    age = json.loads((VPQR / "age-v1-context.json").read_text(encoding="utf-8"))

    def load(url: str, options: Any = None) -> Any:
        return {"document": age} if url == AGE_URL else base(url)

    return load


def _b32(text: str) -> bytes:
    body = text[len("VP1-B"):]
    return base64.b32decode(body + "=" * (-len(body) % 8))


REFERENCE_CASES = sorted(p.name for p in VPQR.glob("*.json") if "qrText" in json.loads(p.read_text("utf-8")))


@pytest.mark.parametrize("name", REFERENCE_CASES)
def test_reference_vectors_byte_identical(name: str) -> None:
    case = json.loads((VPQR / name).read_text(encoding="utf-8"))
    data = _b32(case["qrText"])
    if "cborldHex" in case:
        assert data.hex() == case["cborldHex"]
    loader = vpqr_loader()
    assert cborld.decode(data, loader=loader) == case["vp"]
    ours = cborld.encode(case["vp"], loader=loader)
    assert ours == data  # byte-identical to the reference encoder
    assert ours[:3] == b"\xd9\x05\x01"


def test_reference_term_ids_of_the_dcc_example() -> None:
    # ids the reference assigned: credentials v1 terms from 100, age/v1 terms after them
    case = json.loads((VPQR / "vpqr-example.json").read_text(encoding="utf-8"))
    value = cbor2.loads(cborld.encode(case["vp"], loader=vpqr_loader())[3:])
    subject = value[124][158]
    assert set(subject) == {138, 148}  # concealedIdToken, overAge
    assert subject[148] == 21
    assert value[124][1] == [0x11, 0x16, 0x14]  # registry ids of the three contexts


def _ob_credential() -> dict[str, Any]:
    return json.loads((VPQR / "generated-ob3-sd-vp.json").read_text("utf-8"))["vp"]["verifiableCredential"][0]


def test_round_trip_of_a_vc2_document_with_every_codec() -> None:
    doc = {
        "@context": [VC2],
        "id": "urn:uuid:188e8450-269e-11eb-b545-d3692cf35398",
        "type": ["VerifiableCredential"],
        "issuer": {"id": "did:key:z6MkkUbCFazdoducKf8SUye7cAxuicMdDBhXKWuTEuGA3jQF", "name": "Uni"},
        "validFrom": "2025-05-16T17:00:00.123Z",
        "validUntil": "2030-01-01T00:00:00Z",
        "credentialSubject": {"id": "https://example.edu/students/1", "name": "Maya"},
        "proof": {
            "type": "DataIntegrityProof",
            "cryptosuite": "eddsa-rdfc-2022",
            "created": "2025-05-16T17:00:00Z",
            "verificationMethod": "did:key:z6MkkUbCFazdoducKf8SUye7cAxuicMdDBhXKWuTEuGA3jQF#z6MkkUbCFazdoducKf8SUye7cAxuicMdDBhXKWuTEuGA3jQF",
            "proofPurpose": "assertionMethod",
            "proofValue": "z4mAs9uHU16jR4xwPcbhHyRUc6BbaiJQE5MJwn3PCWkRXsriK9AMrQQMbjzG9XXFPNgngmQXHKUz23WRSu9jSxPCF",
        },
    }
    data = cborld.encode(doc)
    assert data[:3] == b"\xd9\x05\x01"
    assert cborld.decode(data) == doc
    value = cbor2.loads(data[3:])
    # compressed forms: uuid -> 16 bytes, did:key -> bytes, https -> [2, rest], date-time with ms -> [s, ms]
    assert any(v == [3, bytes.fromhex("188e8450269e11ebb545d3692cf35398")] for v in value.values())
    assert len(data) < len(json.dumps(doc, separators=(",", ":"))) * 0.7


@pytest.mark.parametrize(
    "field, value",
    [
        ("id", "urn:uuid:188E8450-269E-11EB-B545-D3692CF35398"),  # upper case: kept as text
        ("id", "urn:uuid:not-a-uuid"),
        ("id", "did:key:z6Mk#a#b"),  # the reference would drop '#b'
        ("id", "did:key:z0OIl"),  # not base58
        ("id", "https://example.com:8443/x"),
        ("validFrom", "2025-05-16T17:00:00.5Z"),
        ("validFrom", "2025-05-16T17:00:00+01:00"),
        ("validFrom", "1969-12-31T23:59:59Z"),
        ("validFrom", "2025-02-30T00:00:00Z"),
    ],
)
def test_values_the_codec_cannot_compress_losslessly_are_kept(field: str, value: str) -> None:
    doc = {"@context": VC2, "type": "VerifiableCredential", field: value}
    data = cborld.encode(doc)
    assert data[:3] == b"\xd9\x05\x01"
    assert cborld.decode(data) == doc


@pytest.mark.parametrize(
    "doc",
    [
        {"@context": VC1, "type": "VerifiablePresentation", "notATerm": "x"},
        {"@context": "https://example.org/not-bundled/v1", "name": "x"},
        {"@context": [VC2, OB303], "type": ["VerifiableCredential", "OpenBadgeCredential"], "jti": "abc"},
        {"@context": VC2, "type": "VerifiableCredential", "name": {"@value": "x", "@language": "en"}},
        {"@context": None, "name": "x"},
    ],
    ids=["undefined-term", "unknown-context", "ob303-term-after-dcc-snapshot", "value-object", "null-context"],
)
def test_documents_the_codec_cannot_compress_are_stored_uncompressed(doc: dict[str, Any]) -> None:
    data = cborld.encode(doc)
    assert data[:3] == b"\xd9\x05\x00"
    assert cborld.decode(data) == doc


def test_ob_credential_round_trip_and_dcc_context_snapshot() -> None:
    from wallet.share.cborld._transform import Compressor

    cred = _ob_credential()
    data = cborld.encode(cred)
    assert data[:3] == b"\xd9\x05\x01"
    assert cborld.decode(data) == cred
    # term ids follow the DCC copy of context-3.0.3, which lacks the later jti/endorsementJwt
    comp = Compressor(default_jsonld().loader)
    comp.compress(cred)
    assert "jti" not in comp.term_to_id and "endorsementJwt" not in comp.term_to_id
    bundled = default_jsonld().loader(OB303)["document"]["@context"]
    assert "jti" in bundled  # the bundle has the current 1EdTech file
    value = cbor2.loads(data[3:])
    subject = value[comp.term_to_id["credentialSubject"]]
    assert comp.term_to_id["achievement"] in subject


# --- bad input -----------------------------------------------------------------------------------


def test_plain_cbor_is_not_cborld() -> None:
    with pytest.raises(UnsupportedFormat, match="not CBOR-LD"):
        cborld.decode(cbor2.dumps({"a": 1}))


def test_cborld_1_0_of_vc_barcodes_is_named_and_refused() -> None:
    case = json.loads((VECTORS / "w3c-vc-barcodes" / "utopia-ead-vcb-example.json").read_text("utf-8"))
    with pytest.raises(UnsupportedFormat, match="0xCB1D"):
        cborld.decode(bytes.fromhex(case["cborldHex"]))


@pytest.mark.parametrize(
    "data, match",
    [
        (b"\xd9\x05", "not CBOR-LD"),
        (b"\xd9\x05\x07\xa0", "compression mode 7"),
        (b"\xd9\x05\x01\xa2\x00\x11", "truncated"),
        (b"\xd9\x05\x01\xa1\x18\x64\xc1\x01", "tags"),
        (b"\xd9\x05\x01\xa0\x00", "trailing"),
        (b"\xd9\x05\x01\xbf\xff", "indefinite"),
        (b"\xd9\x05\x01\xa2\x00\x11\x19\x27\x10\x01", "unknown term id 10000"),
        (b"\xd9\x05\x01\xa1\x00\x19\x01\x00", "undefined compressed context 256"),
        (b"\xd9\x05\x01\x63abc", "not a map"),
        (b"\xd9\x05\x00\x63abc", "not a JSON object"),
    ],
)
def test_malformed_payloads(data: bytes, match: str) -> None:
    with pytest.raises(UnsupportedFormat, match=match):
        cborld.decode(data)


def test_payload_expanding_beyond_the_limit() -> None:
    # 60 000 one-byte context ids, each expanding to a 38-character URL (~2.3 MB of JSON)
    data = b"\xd9\x05\x01" + cbor2.dumps({1: [0x11] * 60_000})
    assert len(data) < cborld.MAX_CBORLD_INPUT_BYTES
    with pytest.raises(LimitExceeded, match=f"would expand beyond {cborld.MAX_CBORLD_OUTPUT_BYTES} bytes"):
        cborld.decode(data)
    with pytest.raises(LimitExceeded, match="would expand beyond 500 bytes"):
        cborld.decode(cborld.encode(_ob_credential()), max_output_bytes=500)


def test_nesting_items_and_size_limits() -> None:
    deep = b"\xd9\x05\x00" + b"\x81" * 200 + b"\x00"
    with pytest.raises(LimitExceeded, match="nested deeper"):
        cborld.decode(deep)
    big = b"\xd9\x05\x00" + b"\x5a" + (70_000).to_bytes(4, "big") + b"\0" * 70_000
    with pytest.raises(LimitExceeded, match="over the limit"):
        cborld.decode(big)
    many = b"\xd9\x05\x00\x9a" + (110_000).to_bytes(4, "big") + b"\x00" * 110_000
    with pytest.raises(LimitExceeded):
        cborld.decode(many)


def test_all_decode_errors_are_input_errors() -> None:
    for data in (b"", b"\x00", b"\xd9\x05\x01\xff"):
        with pytest.raises(InputError):
            cborld.decode(data)


def _mutation_outcomes(data: bytes, tables: cborld.Tables, seed: int, rounds: int) -> dict[str, int]:
    """Decode ``rounds`` randomly changed (and sometimes truncated) copies of ``data``: any error other
    than an InputError fails the test."""
    import random

    rnd = random.Random(seed)
    outcomes = {"decoded": 0, "refused": 0}
    for _ in range(rounds):
        b = bytearray(data)
        for _ in range(rnd.randint(1, 3)):
            b[rnd.randrange(3, len(b))] = rnd.randrange(256)
        if rnd.random() < 0.2:
            b = b[: rnd.randrange(3, len(b))]
        try:
            cborld.decode(bytes(b), tables=tables)
            outcomes["decoded"] += 1
        except InputError:
            outcomes["refused"] += 1
    return outcomes


def test_mutated_payloads_fail_only_with_input_errors() -> None:
    text = json.loads((VPQR / "generated-ob3-sd-vp.json").read_text("utf-8"))["qrText"]
    outcomes = _mutation_outcomes(_b32(text), cborld.LEGACY, 7, 400)
    assert outcomes["refused"] > 0 and outcomes["decoded"] > 0


@pytest.mark.parametrize("tables", [cborld.LEGACY, cborld.COMPACT], ids=lambda t: t.name)
def test_random_documents_round_trip(tables: cborld.Tables) -> None:
    import random

    rnd = random.Random(5)
    terms = ["id", "type", "name", "description", "issuer", "validFrom", "credentialSubject", "proof",
             "proofValue", "achievement", "alignment", "targetName", "image", "url", "jti", "notATerm",
             "@type", "@id", "cryptosuite", "verificationMethod", "created"]
    values: list[Any] = ["urn:uuid:188e8450-269e-11eb-b545-d3692cf35398", "did:key:z6Mkk#z6Mkk", "https://x.y/z",
                         "2020-01-01T00:00:00Z", "z3a", "M/w==", 1, 2.5, True, None, "Achievement", [], "",
                         "uAQID", "u_-8", "uAQ=", "ecdsa-sd-2023", "eddsa-rdfc-2022", 2, 22, 24, 74, 100, "type",
                         "DataIntegrityProof", "proof"]

    def value(depth: int = 0) -> Any:
        r = rnd.random()
        if depth > 3 or r < 0.5:
            return rnd.choice(values)
        if r < 0.7:
            return [value(depth + 1) for _ in range(rnd.randint(0, 3))]
        return {rnd.choice(terms): value(depth + 1) for _ in range(rnd.randint(0, 4))}

    compressed = 0
    for _ in range(300):
        doc: dict[str, Any] = {"@context": rnd.choice([VC2, [VC2, OB303], VC1])}
        for _ in range(rnd.randint(0, 6)):
            doc[rnd.choice(terms)] = value()
        data = cborld.encode(doc, tables=tables)
        compressed += data[2] == 1
        assert cborld.decode(data, tables=tables) == doc
    assert compressed > 30


def _json_vectors() -> list[Path]:
    found = sorted((VECTORS / "real").rglob("*.json")) + sorted(VPQR.glob("*.json"))
    return [p for p in found if p.name not in ("expected.json",)]


def test_compact_tables_round_trip_real_credentials() -> None:
    """The compact tables (LW1: QR texts) give back exactly every real credential and presentation, and
    make them smaller than the legacy tables do."""
    smaller = same = 0
    for path in _json_vectors():
        try:
            doc = json.loads(path.read_text("utf-8"))
        except ValueError:
            continue  # a hostile vector, not JSON
        for d in [doc.get("vp"), doc] if isinstance(doc, dict) and "qrText" in doc else [doc]:
            if not isinstance(d, dict) or "@context" not in d:
                continue
            try:
                compact = cborld.encode(d, tables=cborld.COMPACT, loader=vpqr_loader())
            except InputError:
                continue  # a context the bundle does not have
            assert cborld.decode(compact, tables=cborld.COMPACT, loader=vpqr_loader()) == d, path.name
            legacy = cborld.encode(d, loader=vpqr_loader())
            smaller += len(compact) < len(legacy)
            same += len(compact) == len(legacy)
    assert smaller >= 20, (smaller, same)


def test_compact_payloads_are_not_read_with_the_legacy_tables_and_mutations_fail_cleanly() -> None:
    vp = json.loads((VPQR / "generated-ob3-sd-vp.json").read_text("utf-8"))["vp"]
    data = cborld.encode(vp, tables=cborld.COMPACT)
    assert data[2] == 1
    with pytest.raises(InputError):
        assert cborld.decode(data) != vp
    outcomes = _mutation_outcomes(data, cborld.COMPACT, 11, 300)
    assert outcomes["refused"] > 0 and outcomes["decoded"] > 0
