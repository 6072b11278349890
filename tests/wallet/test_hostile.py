"""The hostile-input corpus: every input gets a coded, plain error (CLI exit 2), never a traceback.

Large inputs are generated at test time. Each case names what a broken wallet would do with it.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from support import MemSigner

from wallet.cli import main as cli_main
from wallet.credentials.formats import parse_input
from wallet.credentials.verify import verify_credential
from wallet.errors import InputError, LimitExceeded, NotJSON, PackageError
from wallet.identity.did import Resolver
from wallet.limits import MAX_ARRAY_ITEMS, MAX_PROOFS, check_document, load_json_bytes
from wallet.proofs.signing import sign
from wallet.share.package import read_package
from wallet.verifier.engine import verify_bytes, verify_files

NOW = datetime(2026, 1, 1, tzinfo=UTC)
V2 = "https://www.w3.org/ns/credentials/v2"
OB3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"


def badge(issuer: str, name: str = "Riverbank Restoration Crew Lead", **extra: object) -> dict:
    return {
        "@context": [V2, OB3], "id": f"urn:uuid:{abs(hash(name))}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer, "type": ["Profile"], "name": "Prairie Community Partners"},
        "validFrom": "2025-05-01T00:00:00Z", "name": name,
        "credentialSubject": {"type": ["AchievementSubject"], "name": "Quillon Marsh",
                              "achievement": {"id": "urn:uuid:a1", "type": ["Achievement"], "name": name,
                                              "description": "Coordinated volunteers.",
                                              "criteria": {"narrative": "Led a crew of twelve."}}},
        **extra,
    }


@pytest.fixture(scope="module")
def signer() -> MemSigner:
    return MemSigner.new("ed25519")


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    code = cli_main(["--json", *args])
    out = capsys.readouterr()
    assert "Traceback" not in out.err and "Traceback" not in out.out
    return code, json.loads(out.out)


# --- zip packages -----------------------------------------------------------------------------------


def _package(payload: bytes = b'{"hello": "world"}') -> bytes:
    import hashlib

    files = {"presentation.json": payload}
    manifest = {"format": "learner-wallet-share-package", "version": 1,
                "files": [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
                          for n, d in files.items()]}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in [*files.items(), ("manifest.json", json.dumps(manifest).encode())]:
            zf.writestr(name, data)
    return buf.getvalue()


def _patch_headers(data: bytes, *, flags: int | None = None, method: int | None = None,
                   crc_xor: int = 0) -> bytes:
    """Change the first entry's general-purpose flags, compression method or CRC in both its local
    header and its central-directory header."""
    b = bytearray(data)
    local = b.index(b"PK\x03\x04")
    central = b.index(b"PK\x01\x02")
    for off, flag_at, method_at, crc_at in ((local, 6, 8, 14), (central, 8, 10, 16)):
        if flags is not None:
            struct.pack_into("<H", b, off + flag_at, struct.unpack_from("<H", b, off + flag_at)[0] | flags)
        if method is not None:
            struct.pack_into("<H", b, off + method_at, method)
        if crc_xor:
            struct.pack_into("<I", b, off + crc_at, struct.unpack_from("<I", b, off + crc_at)[0] ^ crc_xor)
    return bytes(b)


def _corrupt_deflate(data: bytes) -> bytes:
    b = bytearray(data)
    local = b.index(b"PK\x03\x04")
    name_len, extra_len = struct.unpack_from("<HH", b, local + 26)
    start = local + 30 + name_len + extra_len
    for i in range(start, start + 6):
        b[i] ^= 0xFF
    return bytes(b)


ZIP_CASES = {
    "bad-crc": lambda: _patch_headers(_package(), crc_xor=0x5A5A5A5A),
    "corrupt-deflate": lambda: _corrupt_deflate(_package()),
    "encrypted-flag": lambda: _patch_headers(_package(), flags=0x1),
    "compression-99": lambda: _patch_headers(_package(), method=99),
    "truncated": lambda: _package()[:-30],
}


@pytest.mark.parametrize("case", sorted(ZIP_CASES))
def test_damaged_share_packages_are_refused_with_a_code(case: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    data = ZIP_CASES[case]()
    read_package(_package())  # the undamaged package opens (it holds no real presentation: that is checked later)
    with pytest.raises(PackageError):
        read_package(data)
    path = tmp_path / f"{case}.lwpkg"
    path.write_bytes(data)
    code, reports = _cli(["verify", str(path)], capsys)
    assert code == 2 and reports[0]["error"]["code"] == "package-error", reports


def test_two_entries_with_one_name_are_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf, pytest.warns(UserWarning):
        zf.writestr("presentation.json", b"{}")
        zf.writestr("presentation.json", b"[]")
    with pytest.raises(PackageError, match="same name"):
        read_package(buf.getvalue())


# --- JSON: I-JSON rules -------------------------------------------------------------------------------


@pytest.mark.parametrize("text, code", [
    ('{"type": ["VerifiableCredential"], "name": "\\ud800"}', "not-json"),
    ('{"type": ["VerifiableCredential"], "\\udc00": 1}', "not-json"),
    ('{"type": ["VerifiableCredential"], "n": 1e999999}', "not-json"),
    ('{"type": ["VerifiableCredential"], "n": -1e999999}', "not-json"),
    ('{"type": ["VerifiableCredential"], "n": NaN}', "not-json"),
    ('{"type": ["VerifiableCredential"], "n": Infinity}', "not-json"),
    ('{"type": ["VerifiableCredential"], "type": ["Other"]}', "not-json"),
])
def test_json_outside_i_json_is_refused_with_a_code(text: str, code: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(InputError) as exc:
        parse_input(text.encode())
    assert exc.value.code == code
    path = tmp_path / "hostile.json"
    path.write_text(text)
    rc, reports = _cli(["verify", str(path)], capsys)
    assert rc == 2 and reports[0]["error"]["code"] == code


def test_a_valid_surrogate_pair_is_still_accepted() -> None:
    assert load_json_bytes('{"name": "\\ud83c\\udf93"}') == {"name": "\U0001f393"}


def test_duplicate_proof_is_refused_wherever_a_signature_is_read(signer: MemSigner) -> None:
    signed = sign(badge(signer.did), signer)
    good = json.dumps(signed["proof"])
    bad_proof = dict(signed["proof"], proofValue="z" + "1" * 86)
    body = json.dumps({k: v for k, v in signed.items() if k != "proof"})[:-1]
    # a tool reading the first member sees the bad proof; last-wins parsing would verify the good one
    text = f'{body}, "proof": {json.dumps(bad_proof)}, "proof": {good}}}'
    assert json.loads(text)["proof"] == signed["proof"]  # what a last-wins parser would read
    with pytest.raises(NotJSON, match="appears twice"):
        parse_input(text.encode())
    # in a JWT header and in an SD-JWT disclosure too
    from wallet.identity.keys import b64url_encode
    from wallet.proofs.jose import parse_jws

    header = b64url_encode(b'{"alg": "none", "alg": "EdDSA"}')
    payload = b64url_encode(json.dumps({"vc": signed}).encode())
    with pytest.raises(NotJSON, match="appears twice"):
        parse_jws(f"{header}.{payload}.AAAA")
    with pytest.raises(InputError, match="appears twice"):
        parse_input(f"{header}.{payload}.AAAA".encode())


# --- bounded work ---------------------------------------------------------------------------------------


def test_huge_evidence_array_is_refused_before_any_json_ld_work(signer: MemSigner) -> None:
    doc = badge(signer.did, evidence=[{"type": ["Evidence"], "name": f"e{i}"} for i in range(20_000)])
    text = json.dumps(doc).encode()
    assert len(text) > 800_000
    with pytest.raises(LimitExceeded, match="array"):
        parse_input(text)
    # a real credential with a hundred evidence items still verifies its proof
    ok = sign(badge(signer.did, evidence=[{"type": ["Evidence"], "name": f"e{i}"}
                                          for i in range(MAX_ARRAY_ITEMS // 10)]), signer)
    found = parse_input(json.dumps(ok).encode()).credentials[0]
    report = verify_credential(found, resolver=Resolver(), now=NOW)
    assert report.check("proof") is not None and report.check("proof").status == "passed"


def test_ten_thousand_copies_of_one_proof_are_refused(signer: MemSigner) -> None:
    signed = sign(badge(signer.did), signer)
    many = dict(signed, proof=[signed["proof"]] * 10_000)
    with pytest.raises(LimitExceeded, match="proofs"):
        parse_input(json.dumps(many).encode())
    few = dict(signed, proof=[signed["proof"]] * (MAX_PROOFS + 1))
    with pytest.raises(LimitExceeded):
        parse_input(json.dumps(few).encode())


@pytest.mark.parametrize("doc", [
    {"a": [[[x for x in range(600)]] for _ in range(2)]},  # nested arrays flatten into one set of values
    # no large array, but ~2,000 objects naming one node: its values are compared pairwise too
    {"a": {f"m{i}": {"id": "urn:x:same", "n": i} for i in range(999)},
     "b": {f"m{i}": {"id": "urn:x:same", "n": i} for i in range(999)}},
    {f"m{i}": i for i in range(5_000)},
    {"x": [{"k": i} for i in range(900)], "y": [{"k": i} for i in range(900)], "z": [{"k": i} for i in range(900)],
     "w": [{"k": i} for i in range(900)], "u": [{"k": i} for i in range(900)], "t": [{"k": i} for i in range(900)]},
])
def test_shapes_that_make_json_ld_quadratic_are_refused(doc: dict) -> None:
    with pytest.raises(LimitExceeded):
        check_document(doc)


def test_deep_json_and_deep_decoded_documents_are_refused() -> None:
    with pytest.raises(LimitExceeded):
        parse_input(b"[" * 10_000 + b"]" * 10_000)
    deep: dict = {}
    cur = deep
    for _ in range(10_000):
        cur["a"] = {}
        cur = cur["a"]
    with pytest.raises(LimitExceeded):
        check_document(deep)  # e.g. from CBOR-LD: iterative, so no RecursionError


def test_a_json_array_of_two_valid_credentials_is_never_not_verified_without_a_failed_check(
        signer: MemSigner, tmp_path: Path) -> None:
    docs = [sign(badge(signer.did, name=f"Credential {i}"), signer) for i in range(2)]
    path = tmp_path / "two.json"
    path.write_text(json.dumps(docs))
    reports = verify_bytes(path.read_bytes(), "two.json", now=NOW)
    assert len(reports) == 2
    for r in reports:
        assert r.check("proof") is not None and r.check("proof").status == "passed"
        if r.verdict == "not-verified":
            assert any(c.status == "failed" for c in r.checks) or r.error, r.to_json()
    [out] = verify_files([str(path)], now=NOW)
    assert len(out["credentials"]) == 2
    if out["verdict"] == "not-verified":
        assert any(c["status"] == "failed" for r in out["credentials"] for c in r["checks"]), out


def test_import_of_hostile_files_stores_nothing_and_names_each(keychain: None, wallet: object, tmp_path: Path,
                                                               signer: MemSigner) -> None:
    from wallet.wallet import Wallet

    assert isinstance(wallet, Wallet)
    bad = {
        "surrogate.json": b'{"type": ["VerifiableCredential"], "name": "\\ud800"}',
        "huge-number.json": b'{"type": ["VerifiableCredential"], "n": 1e999999}',
        "crc.lwpkg": ZIP_CASES["bad-crc"](),
        "method99.lwpkg": ZIP_CASES["compression-99"](),
    }
    paths = []
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    result = wallet.import_files(paths, now=NOW)
    assert not result.added and len(result.failed) == len(bad)
    assert all(f["code"] in ("not-json", "package-error") for f in result.failed), result.failed
    assert wallet.credentials() == []
