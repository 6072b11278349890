"""VP1- QR texts, QR sizing before drawing, drawing and reading images; interop with the reference vpqr."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from wallet.errors import InputError, LimitExceeded, QRError, UnsupportedFormat
from wallet.share import qr

VPQR = Path(__file__).resolve().parent.parent / "vectors" / "dcc-vpqr"


def _case(name: str) -> dict[str, Any]:
    return json.loads((VPQR / name).read_text(encoding="utf-8"))


def _age_loader() -> Any:
    from test_cborld import vpqr_loader

    return vpqr_loader()


# --- VP1- text -------------------------------------------------------------------------------------


def test_dcc_example_text_both_ways() -> None:
    case = _case("vpqr-example.json")
    loader = _age_loader()
    assert qr.decode_vp1(case["qrText"], loader=loader) == case["vp"]
    assert qr.vp_to_qr_text(case["vp"], loader=loader, form="vp1") == case["qrText"]


def test_realistic_ob_presentation_text_is_the_reference_text() -> None:
    case = _case("generated-ob3-sd-vp.json")
    assert qr.vp_to_qr_text(case["vp"], form="vp1") == case["qrText"]
    assert qr.decode_vp1(case["qrText"]) == case["vp"]


@pytest.mark.parametrize(
    "text, match",
    [
        ("HC1:6BFOXN", "must start with 'VP1-'"),
        ("VP2-BAAAA", "must start with 'VP1-'"),
        ("VP1-RABC", "only 'B'"),
        ("VP1-B", "holds no data"),
        ("VP1-B3ECQ!IYA", "'!' is not a base32 character"),
        ("VP1-B3ECQ0IYA", "'0' is not a base32 character"),
        ("VP1-B3", "impossible"),
    ],
)
def test_bad_vp1_texts(text: str, match: str) -> None:
    with pytest.raises(QRError, match=match):
        qr.decode_vp1(text)


def test_vp1_text_carrying_cbor_that_is_not_cborld() -> None:
    import base64

    import cbor2

    body = base64.b32encode(cbor2.dumps({"type": "VerifiablePresentation"})).decode().rstrip("=")
    with pytest.raises(UnsupportedFormat, match="not CBOR-LD"):
        qr.decode_vp1("VP1-B" + body)


def test_vp1_text_too_long() -> None:
    with pytest.raises(LimitExceeded):
        qr.decode_vp1("VP1-B" + "A" * (qr.MAX_VP1_CHARS + 1))


# --- sizing ----------------------------------------------------------------------------------------


def test_qr_info_of_the_dcc_example() -> None:
    text = _case("vpqr-example.json")["qrText"]
    assert len(text) == 581
    low = qr.qr_info(text, error_correction="L")
    assert (low.version, low.mode) == (13, "alphanumeric")  # the reference draws it at L: version 13
    info = qr.qr_info(text)
    assert (info.version, info.error_correction, info.chars) == (15, "M", 581)
    assert info.phone_readable_printed and info.fits and info.modules == 77


def test_qr_info_of_a_dense_presentation() -> None:
    info = qr.qr_info(_case("generated-ob3-sd-vp.json")["qrText"])
    assert info.fits and not info.phone_readable_printed
    assert info.version == 39  # 3 189 alphanumeric characters at M
    assert "full-screen" in info.message


def test_too_large_for_a_qr_code() -> None:
    text = "VP1-B" + "A" * 3400  # version 40-M holds 3 391 alphanumeric characters
    info = qr.qr_info(text)
    assert (info.version, info.fits, info.phone_readable_printed) == (None, False, False)
    assert qr.TOO_LARGE in info.message
    with pytest.raises(QRError, match="too large for a QR code; share the file or package instead"):
        qr.qr_info(text, strict=True)
    with pytest.raises(QRError, match="too large for a QR code"):
        qr.qr_png(text)
    assert qr.qr_info(text[:3391]).version == 40


SDJWT = (
    "eyJhbGciOiJFUzI1NiIsInR5cCI6ImRjK3NkLWp3dCJ9.eyJfc2QiOlsiYWJjIl0sInZjdCI6Imh0dHBzOi8vZXhhbXBsZS5lZHUvdGVhbXdvcmsifQ"
    ".c2lnbmF0dXJlLW5vdC1jaGVja2VkLWhlcmU~WyJzYWx0IiwibmFtZSIsIk1heWEiXQ~"
)


def test_sdjwt_text_qr_is_byte_mode_and_reads_back() -> None:
    text = qr.sdjwt_qr_text(" " + SDJWT + "\n")
    assert text == SDJWT
    info = qr.qr_info(text)
    assert info.mode == "byte" and info.fits
    assert qr.read_qr_image(qr.qr_png(text, scale=4)) == [text]
    with pytest.raises(QRError):
        qr.sdjwt_qr_text("not an sd-jwt")


# --- drawing and reading ---------------------------------------------------------------------------


def test_png_svg_and_jpeg_round_trip() -> None:
    text = _case("vpqr-example.json")["qrText"]
    png = qr.qr_png(text, scale=6)
    assert png.startswith(b"\x89PNG")
    img = Image.open(io.BytesIO(png))
    assert img.size == ((17 + 4 * 15 + 8) * 6,) * 2  # version 15 at M, 4-module quiet zone
    assert qr.read_qr_image(png) == [text]
    jpeg = io.BytesIO()
    img.convert("RGB").save(jpeg, format="JPEG", quality=85)
    assert qr.read_qr_image(jpeg.getvalue()) == [text]
    svg = qr.qr_svg(text)
    assert svg.lstrip().startswith("<") and "<svg" in svg and "<path" in svg


def _png(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def test_image_without_qr_code() -> None:
    with pytest.raises(QRError, match="no QR code found in the image"):
        qr.read_qr_image(_png(Image.new("L", (400, 300), 255)))


def test_not_an_image() -> None:
    with pytest.raises(QRError, match="not an image"):
        qr.read_qr_image(b"VP1-B3ECQDIYA")


def test_huge_images_are_refused_before_decoding() -> None:
    huge = _png(Image.new("1", (8000, 8000), 1))  # 64 megapixels, a few kilobytes of PNG
    assert len(huge) < 1_000_000
    with pytest.raises(LimitExceeded, match="megapixels"):
        qr.read_qr_image(huge)
    with pytest.raises(LimitExceeded, match="MB"):
        qr.read_qr_image(b"\0" * (qr.MAX_IMAGE_BYTES + 1))


def test_truncated_image() -> None:
    png = qr.qr_png("VP1-BAAAA")
    with pytest.raises(InputError):
        qr.read_qr_image(png[: len(png) // 2])


# --- interop with the reference vpqr (tests/interop harness) -----------------------------------------


def node(cli: Path, *args: str) -> dict[str, Any]:
    proc = subprocess.run(["node", str(cli), *args], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, (proc.stdout, proc.stderr)
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


@pytest.fixture(scope="module")
def reference_vp(interop_cli: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A holder-signed VP of an ecdsa-sd-2023 OB 3.0 credential derived by the reference stack."""
    d = tmp_path_factory.mktemp("vpqr")
    node(interop_cli, "keygen", "--type", "p256", "--out", str(d / "issuer.json"))
    node(interop_cli, "keygen", "--type", "ed25519", "--out", str(d / "holder.json"))
    node(interop_cli, "sample", "--kind", "ob3", "--out", str(d / "unsigned.json"))
    node(interop_cli, "issue", "--suite", "ecdsa-sd-2023", "--key", str(d / "issuer.json"),
         "--in", str(d / "unsigned.json"), "--out", str(d / "base.json"))
    node(interop_cli, "derive", "--in", str(d / "base.json"), "--reveal",
         "/credentialSubject/achievement/name,/credentialSubject/achievement/alignment/1/targetName",
         "--out", str(d / "derived.json"))
    node(interop_cli, "present", "--holder", str(d / "holder.json"), "--in", str(d / "derived.json"),
         "--challenge", "qr-interop", "--domain", "employer.example", "--out", str(d / "vp.json"))
    return d / "vp.json"


@pytest.mark.interop
def test_reference_encoded_qr_decodes_here(interop_cli: Path, reference_vp: Path, tmp_path: Path) -> None:
    vp = json.loads(reference_vp.read_text("utf-8"))
    res = node(interop_cli, "vpqr-encode", "--in", str(reference_vp), "--out", str(tmp_path / "qr.txt"),
               "--png", str(tmp_path / "qr.png"))
    text = (tmp_path / "qr.txt").read_text("utf-8").strip()
    assert res["fitsInQr"] is True
    assert qr.decode_vp1(text) == vp
    assert qr.read_qr_image((tmp_path / "qr.png").read_bytes()) == [text]
    # our encoder writes the very same text (byte-identical CBOR-LD)
    assert qr.vp_to_qr_text(vp, form="vp1") == text


@pytest.mark.interop
def test_our_qr_decodes_in_the_reference(interop_cli: Path, reference_vp: Path, tmp_path: Path) -> None:
    vp = json.loads(reference_vp.read_text("utf-8"))
    text = qr.vp_to_qr_text(vp, form="vp1")
    (tmp_path / "ours.txt").write_text(text, encoding="utf-8")
    (tmp_path / "ours.png").write_bytes(qr.qr_png(text, scale=4))
    node(interop_cli, "vpqr-decode", "--in", str(tmp_path / "ours.txt"), "--out", str(tmp_path / "a.json"))
    assert json.loads((tmp_path / "a.json").read_text("utf-8")) == vp
    node(interop_cli, "vpqr-decode", "--png", str(tmp_path / "ours.png"), "--out", str(tmp_path / "b.json"))
    assert json.loads((tmp_path / "b.json").read_text("utf-8")) == vp


@pytest.mark.interop
def test_our_uncompressed_fallback_decodes_in_the_reference(interop_cli: Path, tmp_path: Path) -> None:
    doc = {"@context": "https://www.w3.org/2018/credentials/v1", "type": "VerifiablePresentation",
           "holder": "did:example:123", "notATerm": "kept as plain CBOR"}
    text = qr.vp_to_qr_text(doc, form="vp1")
    (tmp_path / "u.txt").write_text(text, encoding="utf-8")
    node(interop_cli, "vpqr-decode", "--in", str(tmp_path / "u.txt"), "--out", str(tmp_path / "u.json"))
    assert json.loads((tmp_path / "u.json").read_text("utf-8")) == doc


@pytest.mark.interop
@pytest.mark.parametrize(
    "kind, vc, suite",
    [("clr2", "2", "eddsa-rdfc-2022"), ("ob3", "1", "ed25519-signature-2020"), ("ob3", "2", "eddsa-rdfc-2022")],
)
def test_full_credentials_encode_like_the_reference(
    interop_cli: Path, tmp_path: Path, kind: str, vc: str, suite: str
) -> None:
    """Whole (not derived) credentials: CLR with nested credentials, VC 1.1 and 2.0 Open Badges.

    Too large for a QR code, but the reference still writes the text: ours must be the same text.
    """
    d = tmp_path
    node(interop_cli, "keygen", "--type", "ed25519", "--out", str(d / "key.json"))
    node(interop_cli, "sample", "--kind", kind, "--vc", vc, "--out", str(d / "u.json"))
    node(interop_cli, "issue", "--suite", suite, "--key", str(d / "key.json"), "--in", str(d / "u.json"),
         "--out", str(d / "s.json"), *(["--sign-nested"] if kind == "clr2" else []))
    node(interop_cli, "present", "--holder", str(d / "key.json"), "--in", str(d / "s.json"),
         "--challenge", "c", "--out", str(d / "vp.json"))
    res = node(interop_cli, "vpqr-encode", "--in", str(d / "vp.json"), "--out", str(d / "qr.txt"))
    vp = json.loads((d / "vp.json").read_text("utf-8"))
    text = (d / "qr.txt").read_text("utf-8").strip()
    assert qr.vp_to_qr_text(vp, form="vp1") == text
    assert qr.decode_vp1(text) == vp
    info = qr.qr_info(text)
    assert info.fits is res["fitsInQr"] is False


# --- LW1: text (the compact form) ---------------------------------------------------------------------


def test_base45_is_rfc9285() -> None:
    import base45

    for raw, text in ((b"AB", "BB8"), (b"Hello!!", "%69 VD92EX0"), (b"base-45", "UJCLQE7W581"), (b"ietf!", "QED8WEX0")):
        assert base45.b45encode(raw).decode() == text and base45.b45decode(text) == raw


def test_lw1_text_round_trip_and_import() -> None:
    from wallet.credentials.formats import parse_text

    case = _case("generated-ob3-sd-vp.json")
    lw1 = qr.vp_to_qr_text(case["vp"], form="lw1")
    assert lw1.startswith("LW1:") and len(lw1) < len(case["qrText"]) * 0.7
    assert qr.decode_presentation_text(lw1) == case["vp"]
    assert qr.decode_presentation_text(case["qrText"]) == case["vp"]  # VP1- still read
    assert qr.decode_presentation_text(lw1 + "\r\n") == case["vp"]
    parsed = parse_text(lw1)
    assert parsed.container == "qr-text" and parsed.kind == "presentation" and parsed.presentation == case["vp"]
    assert qr.read_qr_image(qr.qr_png(lw1, scale=3)) == [lw1]  # base45's spaces survive the image


def _lw1(payload: bytes) -> str:
    import base45
    import brotli

    return "LW1:" + base45.b45encode(brotli.compress(payload)).decode("ascii")


@pytest.mark.parametrize(
    "text, error, match",
    [
        ("LW1:", QRError, "holds no data"),
        ("LW1:abcd", QRError, "'a' is not a base45 character"),
        ("LW1:GGW", QRError, "broken base45"),
        ("LW1:" + "0" * 30, QRError, "damaged|truncated"),
        ("VP1:BBBB", QRError, "must start with 'VP1-'"),
    ],
)
def test_bad_lw1_texts(text: str, error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        qr.decode_presentation_text(text)


def test_lw1_truncated_and_not_cborld() -> None:
    import base45
    import brotli

    good = qr.vp_to_qr_text(_case("generated-ob3-sd-vp.json")["vp"], form="lw1")
    packed = base45.b45decode(good[4:])
    with pytest.raises(QRError, match="truncated|damaged"):
        qr.decode_lw1("LW1:" + base45.b45encode(packed[: len(packed) // 2]).decode())
    with pytest.raises(UnsupportedFormat, match="not CBOR-LD"):
        qr.decode_lw1(_lw1(b"hello, not CBOR-LD"))
    assert brotli.decompress(packed)[:3] == b"\xd9\x05\x01"


def test_lw1_decompression_bomb_is_refused() -> None:
    bomb = _lw1(b"\xd9\x05\x00" + b"\x00" * (8 * 1024 * 1024))
    assert len(bomb) < 200
    with pytest.raises(LimitExceeded, match="inflates past"):
        qr.decode_lw1(bomb)


def test_lw1_unknown_compact_ids_are_refused() -> None:
    import cbor2

    from wallet.share import cborld

    vp = _case("generated-ob3-sd-vp.json")["vp"]
    data = cborld.encode(vp, tables=cborld.COMPACT)
    value = cbor2.loads(data[3:])
    assert isinstance(value[1][0], int)  # the VC 2.0 context has a compact id
    value[1][0] = 0x7F
    with pytest.raises(UnsupportedFormat, match="undefined compressed context 127"):
        qr.decode_lw1(_lw1(data[:3] + cbor2.dumps(value, canonical=True)))
    # the legacy tables know neither the compact context ids nor base64url proof values as bytes
    with pytest.raises((UnsupportedFormat, InputError)):
        cborld.decode(data)


def test_lw1_auto_keeps_vp1_when_it_is_not_larger() -> None:
    case = _case("vpqr-example.json")
    loader = _age_loader()
    vp1, lw1 = qr.vp_to_qr_text(case["vp"], loader=loader, form="vp1"), qr.vp_to_qr_text(case["vp"], loader=loader, form="lw1")
    chosen = qr.vp_to_qr_text(case["vp"], loader=loader)
    assert chosen == (lw1 if qr.qr_info(lw1).version < qr.qr_info(vp1).version else vp1)  # type: ignore[operator]
    assert qr.decode_presentation_text(chosen, loader=loader) == case["vp"]


def test_lw1_presentation_verifies_and_a_changed_field_does_not() -> None:
    from wallet.demo import issuer as demo
    from wallet.identity.did import Resolver
    from wallet.share.presentation import verify_presentation

    vp = _demo_one_field_vp(list(demo.MINIMAL_REVEAL), "7f3k", "hiring.example")
    back = qr.decode_presentation_text(qr.vp_to_qr_text(vp, form="lw1"))
    good = verify_presentation(back, resolver=Resolver(), challenge="7f3k", domain="hiring.example")
    assert not [c for c in good.checks if c.status == "failed"], good.checks
    back["verifiableCredential"][0]["credentialSubject"]["achievement"]["alignment"][0]["targetName"] = "Leadership"
    again = qr.decode_presentation_text(qr.vp_to_qr_text(back, form="lw1"))
    bad = verify_presentation(again, resolver=Resolver(), challenge="7f3k", domain="hiring.example")
    assert [c for c in bad.checks if c.status == "failed"]


# --- the demo's one-field disclosure (issue 18 point 4) ----------------------------------------------


def _demo_one_field_vp(reveal: list[str], challenge: str, domain: str | None) -> dict[str, Any]:
    """The demo learner's presentation of the demo micro-credential, derived at test time."""
    from wallet.demo import issuer as demo
    from wallet.proofs import sd_derive, sign
    from wallet.share.presentation import VC2

    holder = demo.holder_signer()
    base = demo.build_demo_documents(holder.did).credentials[demo.MINIMAL_SAMPLE]
    derived = sd_derive(base, reveal)
    vp = {"@context": [VC2], "type": ["VerifiablePresentation"], "holder": holder.did,
          "verifiableCredential": [derived]}
    signed: dict[str, Any] = sign(vp, holder, purpose="authentication", created="2026-04-15T14:30:00Z",
                                  challenge=challenge, domain=domain)
    return signed


def test_one_field_demo_disclosure_size() -> None:
    """The self-contained QR of a one-field disclosure of a demo credential fits version 20 at M.

    Only the achievement name (a mandatory statement: no per-statement signature), one skill (one
    signature), answering the demo's sample request, a short request code, or the wizard's own
    random challenge with no domain. ``VP1-`` (the reference's codec) stays at version 27-29: the
    wallet writes ``LW1:`` (Brotli over CBOR-LD with compact tables, base45), decoded back exactly."""
    from wallet.demo import issuer as demo
    from wallet.proofs.ecdsa_sd import parse_derived
    from wallet.share.presentation import new_challenge

    cases = {
        "name": ([], demo.SAMPLE_CHALLENGE, demo.SAMPLE_DOMAIN, 0),
        "skill": (demo.MINIMAL_REVEAL, demo.SAMPLE_CHALLENGE, demo.SAMPLE_DOMAIN, 1),
        "short": ([], "7f3k", "hiring.example", 0),
        "wizard": (demo.MINIMAL_REVEAL, new_challenge(), None, 1),
    }
    for name, (reveal, challenge, domain, signatures) in cases.items():
        vp = _demo_one_field_vp(list(reveal), challenge, domain)
        derived = vp["verifiableCredential"][0]
        assert len(parse_derived(derived["proof"]["proofValue"]).signatures) == signatures
        assert "name" not in derived["issuer"]  # the issuer's self-claimed name is selectable, not mandatory
        ach = derived["credentialSubject"]["achievement"]
        assert ach["name"] == "Service-Learning: Community Health Outreach"
        assert ("targetName" in ach["alignment"][0]) is bool(reveal)
        text = qr.vp_to_qr_text(vp)
        assert text.startswith("LW1:"), name
        assert qr.decode_presentation_text(text) == vp
        info = qr.qr_info(text)
        assert info.mode == "alphanumeric" and info.version is not None and info.version <= 20, (name, info)
        vp1 = qr.qr_info(qr.vp_to_qr_text(vp, form="vp1")).version
        assert vp1 is not None and vp1 > info.version, (name, vp1)


@pytest.mark.interop
def test_one_field_demo_disclosure_decodes_in_the_reference(interop_cli: Path, tmp_path: Path) -> None:
    from wallet.demo import issuer as demo

    vp = _demo_one_field_vp([], demo.SAMPLE_CHALLENGE, demo.SAMPLE_DOMAIN)
    (tmp_path / "ours.txt").write_text(qr.vp_to_qr_text(vp, form="vp1"), encoding="utf-8")
    node(interop_cli, "vpqr-decode", "--in", str(tmp_path / "ours.txt"), "--out", str(tmp_path / "vp.json"))
    assert json.loads((tmp_path / "vp.json").read_text("utf-8")) == vp
