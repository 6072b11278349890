"""Limits, schema shape checks and the issuer trust list."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from wallet.credentials.schema import schema_check
from wallet.errors import InputError, LimitExceeded, NotJSON
from wallet.limits import (
    MAX_JSON_DEPTH,
    check_json_depth,
    check_zip_entry,
    gunzip_limited,
    inflate_limited,
    load_json_bytes,
    read_file_limited,
)
from wallet.trust.issuers import TrustList

VECTORS = Path(__file__).resolve().parent.parent / "vectors"
OB = VECTORS / "1edtech-public-validator/ob30"


# --- limits ------------------------------------------------------------------------------------------
def test_depth_counts_brackets_outside_strings_only() -> None:
    check_json_depth('{"a": "' + "[" * 1000 + '"}')
    check_json_depth("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH)
    with pytest.raises(LimitExceeded):
        check_json_depth("[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1))
    assert load_json_bytes(b'{"s": "\\"[[[[", "n": [1, [2]]}') == {"s": '"[[[[', "n": [1, [2]]}


@pytest.mark.parametrize(
    ("data", "words"),
    [(b'{"a": NaN}', "NaN"), (b"\xef\xbb\xbf{\"a\": }", "line 1, column 7"), (b"\x80abc", "not UTF-8"), (b"  ", "empty")],
)
def test_load_json_bytes_errors(data: bytes, words: str) -> None:
    with pytest.raises(NotJSON, match=words):
        load_json_bytes(data)


def test_inflate_limits() -> None:
    assert gunzip_limited(gzip.compress(b"x" * 1000)) == b"x" * 1000
    with pytest.raises(LimitExceeded):
        gunzip_limited(gzip.compress(bytes(2_000_000)), limit=1_000_000)
    with pytest.raises(ValueError, match="not GZIP"):
        gunzip_limited(b"plain")
    with pytest.raises(ValueError, match="truncated"):
        gunzip_limited(gzip.compress(b"x" * 1000)[:-12])
    with pytest.raises(ValueError, match="not valid compressed"):
        inflate_limited(b"\x00\x01\x02")


def test_zip_limits() -> None:
    check_zip_entry(count=1, file_size=10_000, compress_size=5_000, total=10_000)
    with pytest.raises(LimitExceeded, match="entries"):
        check_zip_entry(count=1001, file_size=1, compress_size=1, total=1)
    with pytest.raises(LimitExceeded, match="zip bomb"):
        check_zip_entry(count=1, file_size=10_000_000, compress_size=10_000, total=10_000_000)
    with pytest.raises(LimitExceeded, match="expands"):
        check_zip_entry(count=1, file_size=1, compress_size=1, total=200 * 1024 * 1024)


def test_read_file_limited_reads_small_files(tmp_path: Path) -> None:
    p = tmp_path / "c.json"
    p.write_bytes(b"{}")
    assert read_file_limited(p) == b"{}"
    with pytest.raises(LimitExceeded):
        read_file_limited(p, limit=1)


# --- schema ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("simple-err-context.json", "first @context must be the W3C VC context"),
        ("simple-err-credential-subject-achievement-result-description-type.json", "resultDescription[2] has type InvalidResultDescription"),
        ("simple-err-credential-subject-identifier-type.json", "identifier[0] has type InvalidIdentityObject"),
        ("simple-err-credential-subject-profile-type.json", "source has type InvalidProfile"),
        ("simple-err-credential-subject-result-type.json", "result[1] has type InvalidResult"),
        ("simple-err-credential-subject-type.json", "has type InvalidAchievementSubject"),
        ("simple-err-evidence-type.json", "evidence[1] has type InvalidEvidence"),
        ("simple-err-issuer-otheridentifier-type.json", "otherIdentifier[1] has type InvalidIdentifierEntry"),
        ("simple-err-issuer-parentorg-type.json", "parentOrg has type InvalidProfile"),
        ("simple-err-issuer-type.json", "issuer has type InvalidProfile"),
        ("simple-err-issuer.json", "no issuer"),
    ],
)
def test_schema_errors_of_the_validator_fixtures(name: str, problem: str) -> None:
    check = schema_check(json.loads((OB / name).read_text()))
    assert check.status == "failed" and problem in check.detail, check.detail
    assert check.data["problems"]


def test_ob_rules_apply_to_what_a_credential_declares_itself_to_be() -> None:
    """The OB 3.0 context alone makes no Open Badge: a credential whose type omits OpenBadgeCredential /
    AchievementCredential gets a warning (DCC ships one as valid), not a failure."""
    check = schema_check(json.loads((OB / "simple-err-type.json").read_text()))
    assert check.status == "warning", check.detail


@pytest.mark.parametrize(
    ("rel", "status"),
    [
        ("1edtech-public-validator/ob30/simple.json", "passed"),
        ("1edtech-public-validator/ob30/complete.json", "passed"),
        ("1edtech-public-validator/clr20/simple.json", "passed"),
        ("1edtech-public-validator/ob30/endorsement-valid.json", "passed"),
        ("1edtech-public-validator/ob30/simple_v1.json", "warning"),  # VC 1.1
        ("dcc-verifier-core/v2/v2SimpleIssuerId.json", "warning"),  # issuer as a plain URL
        # a selective disclosure may leave out required fields: noted, not a warning (withholding is the point)
        ("1edtech-public-validator/ob30/sd/derivedcredential.json", "passed"),
    ],
)
def test_schema_accepts_good_shapes(rel: str, status: str) -> None:
    check = schema_check(json.loads((VECTORS / rel).read_text()))
    assert check.status == status, check.detail


def test_fields_a_selective_disclosure_withholds_are_named_but_not_a_problem() -> None:
    derived = json.loads((VECTORS / "1edtech-public-validator/ob30/sd/derivedcredential.json").read_text())
    check = schema_check(derived)
    assert check.status == "passed" and "not disclosed by the holder" in check.detail
    assert check.data["withheld"]
    full = json.loads((VECTORS / "1edtech-public-validator/ob30/simple.json").read_text())
    del full["credentialSubject"]["achievement"]["name"]  # not derived: a missing name is an error
    assert schema_check(full).status == "failed"


def test_schema_of_clr_associations_and_sd_jwt_vc() -> None:
    clr = json.loads((VECTORS / "1edtech-public-validator/clr20/simple.json").read_text())
    clr["credentialSubject"]["association"][0]["associationType"] = "isFriendOf"
    clr["credentialSubject"]["verifiableCredential"] = []
    check = schema_check(clr)
    assert check.status == "failed" and "isFriendOf" in check.detail and "at least one credential" in check.detail
    assert schema_check({"vct": "urn:x", "iss": "https://i"}, format="sd-jwt-vc").status == "passed"
    assert schema_check({"iss": "https://i"}, format="sd-jwt-vc").status == "failed"


def test_schema_names_only_the_first_problems() -> None:
    doc = {"@context": ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"], "type": ["OpenBadgeCredential"]}
    check = schema_check(doc)
    assert check.status == "failed" and "more)" in check.detail and len(check.data["problems"]) > 3


# --- trust list --------------------------------------------------------------------------------------
def test_trust_list_edit_and_round_trip() -> None:
    trust = TrustList().add("did:key:z6MkA", "North Prairie University").add("https://issuer.example/profile/", "Example")
    assert "did:key:z6MkA#z6MkA" in trust and "https://issuer.example/profile" in trust
    assert len(trust.add("did:key:z6MkA", note="career office")) == 2
    renamed = trust.rename("did:key:z6MkA", "NPU")
    assert renamed.find("did:key:z6MkA").name == "NPU"  # type: ignore[union-attr]
    assert "did:key:z6MkA" not in trust.remove("did:key:z6MkA")
    again = TrustList.loads(trust.dumps())
    assert again == trust
    with pytest.raises(InputError):
        TrustList.loads('{"issuers": [{"name": "no id"}]}')
    with pytest.raises(InputError):
        TrustList.loads("not json")
    with pytest.raises(InputError):
        trust.rename("did:key:zUnknown", "x")


def test_trust_check() -> None:
    trust = TrustList().add("did:key:z6MkA", "NPU")
    ok = trust.check({"issuer": {"id": "did:key:z6MkA"}})
    assert ok.name == "issuer-trust" and ok.status == "passed" and "NPU" in ok.detail
    unknown = trust.check({"issuer": "did:key:z6MkB"})
    assert unknown.status == "warning" and unknown.detail.startswith("unknown issuer")
    assert trust.check({"iss": "did:key:z6MkA"}).status == "passed"  # JWT claims
    assert trust.check({}).status == "warning"
