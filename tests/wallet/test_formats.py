"""Input format detection: JSON VC/VP, VC-JWT, SD-JWT, baked PNG/SVG, VP1- text, and clear errors."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import pytest

from wallet.credentials.baked import bake_png, extract_png_credential
from wallet.credentials.formats import parse_input
from wallet.errors import InputError, LimitExceeded, NotACredential, NotJSON, UnsupportedFormat

VECTORS = Path(__file__).resolve().parent.parent / "vectors"
SIMPLE = VECTORS / "1edtech-public-validator/ob30/simple.json"
CLR_JWT = VECTORS / "1edtech-public-validator/clr20/simple.jwt"
SD_JWT_VC = VECTORS / "ietf-sd-jwt/sd-jwt-vc-section2.3-example.json"


def _chunk(ctype: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body) & 0xFFFFFFFF)


def tiny_png() -> bytes:
    """A valid 1×1 grey PNG, built by hand."""
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(b"\x00\x80")) + _chunk(b"IEND", b"")


def test_json_credential_is_detected_by_content_not_extension() -> None:
    parsed = parse_input((VECTORS / "1edtech-public-validator/ob30/simple.1ob").read_bytes(), name="simple.1ob")
    assert parsed.container == "json" and parsed.kind == "credential"
    assert [c.format for c in parsed.credentials] == ["ldp-vc"]
    assert "OpenBadgeCredential" in parsed.credentials[0].types


def test_clr_and_status_list_credentials_are_credentials() -> None:
    clr = parse_input((VECTORS / "1edtech-public-validator/clr20/simple.json").read_bytes())
    assert "ClrCredential" in clr.credentials[0].types
    status = parse_input((VECTORS / "dcc-verifier-core/status/e5WK8CbZ1GjycuPombrj").read_bytes())
    assert "BitstringStatusListCredential" in status.credentials[0].types


def test_vc_jwt_is_decoded_with_vc11_claims_mapped() -> None:
    parsed = parse_input(CLR_JWT.read_bytes())
    (found,) = parsed.credentials
    assert parsed.container == "jwt" and found.format == "vc-jwt"
    assert "ClrCredential" in found.types
    assert found.text.count(".") == 2
    assert found.document.get("issuer")


def test_sd_jwt_is_recognised() -> None:
    text = json.loads(SD_JWT_VC.read_text())["issuance"]["compact"]
    parsed = parse_input(text.encode())
    (found,) = parsed.credentials
    assert parsed.container == "sd-jwt" and found.format == "sd-jwt-vc"
    assert found.document.get("vct")
    assert found.text == text.strip()


def test_presentation_yields_each_credential_including_enveloped_ones() -> None:
    vc = json.loads(SIMPLE.read_text())
    jwt = CLR_JWT.read_text().strip()
    vp = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "verifiableCredential": [
            vc,
            {"@context": "https://www.w3.org/ns/credentials/v2", "type": "EnvelopedVerifiableCredential",
             "id": "data:application/vc+jwt," + jwt},
        ],
    }
    parsed = parse_input(json.dumps(vp).encode())
    assert parsed.kind == "presentation" and parsed.presentation == vp
    assert [c.format for c in parsed.credentials] == ["ldp-vc", "vc-jwt"]
    assert "ClrCredential" in parsed.credentials[1].types


def test_baked_png_round_trip_json_and_jwt() -> None:
    text = SIMPLE.read_text()
    baked = bake_png(tiny_png(), text)
    parsed = parse_input(baked, name="badge.png")
    assert parsed.container == "png"
    assert parsed.credentials[0].document == json.loads(text)
    jwt = CLR_JWT.read_text().strip()
    again = parse_input(bake_png(baked, jwt))  # re-baking replaces the credential
    assert again.credentials[0].format == "vc-jwt"


def test_baked_png_with_compressed_itxt() -> None:
    text = SIMPLE.read_bytes()
    body = b"openbadgecredential\0\x01\x00\0\0" + zlib.compress(text)
    png = tiny_png()
    png = png[:33] + _chunk(b"iTXt", body) + png[33:]
    assert json.loads(extract_png_credential(png)) == json.loads(text)


def test_png_errors_are_clear() -> None:
    with pytest.raises(NotACredential, match="openbadgecredential"):
        parse_input(tiny_png())
    damaged = bytearray(bake_png(tiny_png(), SIMPLE.read_text()))
    damaged[60] ^= 0xFF  # inside the iTXt chunk
    with pytest.raises(InputError, match="CRC"):
        parse_input(bytes(damaged))
    with pytest.raises(InputError, match="truncated"):
        parse_input(tiny_png()[:40])
    huge = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 0x7FFFFFFF) + b"iTXt"
    with pytest.raises(LimitExceeded):
        parse_input(huge)


def test_baked_svg_cdata_and_verify_attribute() -> None:
    text = SIMPLE.read_text()
    svg = (
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" '
        'xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" width="10" height="10">'
        f"<openbadges:credential><![CDATA[{text}]]></openbadges:credential><rect/></svg>"
    )
    parsed = parse_input(svg.encode(), name="badge.svg")
    assert parsed.container == "svg" and parsed.credentials[0].document == json.loads(text)
    jwt = CLR_JWT.read_text().strip()
    svg2 = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">'
        f'<openbadges:credential verify="{jwt}"/></svg>'
    )
    assert parse_input(svg2.encode()).credentials[0].format == "vc-jwt"


def test_svg_with_entities_or_without_credential_is_refused() -> None:
    bomb = '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>'
    with pytest.raises(InputError, match="DOCTYPE or ENTITY"):
        parse_input(bomb.encode())
    with pytest.raises(NotACredential, match="openbadges:credential"):
        parse_input(b'<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>')
    with pytest.raises(InputError, match="well-formed"):
        parse_input(b"<svg><unclosed></svg>")


def test_vp1_text_goes_to_the_qr_decoder() -> None:
    from wallet.errors import QRError

    # broken base32 after a valid header: the QR decoder answers, with a clear error
    with pytest.raises(QRError):
        parse_input(b"VP1-B3ECQDIYACEMHIGDODB6KQAMDCELBIGDQQIBVAGEOQRIC!")


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"hello there", NotJSON, "not JSON"),
        (b"", NotJSON, "empty"),
        (b'{"a": 1,}', NotJSON, "line 1, column 9"),
        (b"\xff\xfe\x00binary", NotJSON, "binary"),
        (b'{"name": "not a credential"}', NotACredential, "VerifiableCredential"),
        (b'{"type": "Profile", "id": "x"}', NotACredential, "Profile"),
        (b"[1, 2]", NotACredential, "not a verifiable credential"),
        (b'{"protected": "e30", "payload": "e30", "signature": "x"}', UnsupportedFormat, "JWS JSON"),
        (b"HC1:6BFOXN%TS3DH0YOJ58S", UnsupportedFormat, "HC1:"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00\xff", UnsupportedFormat, "zip"),
        (b"eyJhbGciOiJIUzI1NiJ9.eyJmb28iOiJiYXIifQ.sig", NotACredential, "does not carry a verifiable credential"),
        (b"eyJ!!.x.y", NotJSON, "not JSON"),
    ],
)
def test_bad_input_gives_a_clear_error(data: bytes, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words):
        parse_input(data)


def test_size_and_depth_limits_apply_before_parsing() -> None:
    with pytest.raises(LimitExceeded, match="over the limit"):
        parse_input(b" " * (11 * 1024 * 1024))
    with pytest.raises(LimitExceeded, match="nests deeper"):
        parse_input(b"[" * 10_000 + b"]" * 10_000)
    with pytest.raises(LimitExceeded, match="nests deeper"):
        parse_input(b'{"a":' * 10_000 + b"1" + b"}" * 10_000)


def test_open_badges_2_assertions_are_read_not_refused() -> None:
    """OB 2.0 hosted JSON, a baked PNG and a baked SVG (with the public SVG 1.1 DOCTYPE) all give format ob2."""
    from wallet.credentials.baked import PNG_SIGNATURE

    assertion = {"@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": "https://issuer.example/a/1",
                 "recipient": {"type": "email", "hashed": False, "identity": "maya@example.edu"},
                 "badge": {"type": "BadgeClass", "id": "https://issuer.example/b/1", "name": "Peer Tutor",
                           "description": "Tutored peers", "criteria": {"narrative": "Tutor 10 hours"},
                           "issuer": {"id": "https://issuer.example/", "name": "Example College"},
                           "tags": ["tutoring"], "alignment": [{"targetName": "Teamwork",
                                                                "targetUrl": "https://skills.example/teamwork"}]},
                 "verification": {"type": "hosted"}, "issuedOn": "2024-05-01T00:00:00Z"}
    text = json.dumps(assertion)
    parsed = parse_input(text.encode())
    assert parsed.credentials[0].format == "ob2" and parsed.credentials[0].document == assertion
    from wallet.credentials import credential_model

    card = credential_model(assertion, "ob2")  # what the card and the journey read
    assert (card.title, card.issuer.name, card.kind) == ("Peer Tutor", "Example College", "open-badge-2")
    assert card.achievement is not None and card.achievement.criteria_narrative == "Tutor 10 hours"
    assert card.tags == ("tutoring",) and [a.target_name for a in card.skills] == ["Teamwork"]
    body = b"openbadges\0\0\0\0\0" + text.encode()
    chunk = struct.pack(">I", len(body)) + b"iTXt" + body + struct.pack(">I", zlib.crc32(b"iTXt" + body))
    ihdr = b"\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0"
    png = (PNG_SIGNATURE + struct.pack(">I", 13) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
           + chunk + struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND")))
    assert parse_input(png).credentials[0].document == assertion
    svg = ('<?xml version="1.0" encoding="utf-8"?>\n'
           '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org">'
           f'<openbadges:assertion verify="https://issuer.example/a/1"><![CDATA[{text}]]></openbadges:assertion></svg>')
    found = parse_input(svg.encode()).credentials[0]
    assert found.format == "ob2" and found.document == assertion
    # the same public DOCTYPE with an internal subset, or an entity, is still refused
    for bad in (svg.replace('svg11.dtd">', 'svg11.dtd" [<!ENTITY x "y">]>'),
                svg.replace('svg11.dtd">', 'svg11.dtd" []>')):
        with pytest.raises(InputError, match="DOCTYPE or ENTITY"):
            parse_input(bad.encode())
    # a baked badge that holds only the assertion's address says so
    with pytest.raises(UnsupportedFormat, match="only the address"):
        parse_input(svg.replace(f"<![CDATA[{text}]]>", "").encode())
