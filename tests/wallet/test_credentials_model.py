"""The credential model: OB 3.0 (every context version), CLR 2.0, plain VCs, SD-JWT VC claims; fingerprints."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from wallet.credentials import credential_fingerprint, credential_model
from wallet.credentials.model import EXPERIENCE_TYPES

VECTORS = Path(__file__).resolve().parent.parent / "vectors"


def load(rel: str) -> dict[str, Any]:
    return json.loads((VECTORS / rel).read_text())


def test_complete_open_badge() -> None:
    m = credential_model(load("1edtech-public-validator/ob30/complete.json"))
    assert m.kind == "open-badge" and m.format == "ldp-vc" and m.vc_version == "2.0"
    assert m.title == "1EdTech University Degree for Example Student"
    assert m.proof_types == ("eddsa-rdfc-2022",)
    assert m.issuer.name == "1EdTech University" and m.issuer.url == "https://1edtech.edu"
    assert m.issuer.image == "https://1edtech.edu/logo.png"
    a = m.achievement
    assert a is not None and a.type == "Degree" and a.name == "1EdTech University Degree"
    assert a.criteria_narrative and a.criteria_narrative.startswith("# Degree Requirements")
    assert a.tags == ("research", "computer science")
    assert m.skills[0].target_name == "1EdTech University Degree" and m.skills[0].target_framework
    assert len(m.skills) == 2  # two alignments, different URLs
    assert m.evidence[0].genre == "Research"
    assert m.experience_type == "research"
    assert m.valid_from == "2010-01-01T00:00:00Z" and m.valid_until == "2030-01-01T00:00:00Z"
    mastered = [r for r in m.results if r.achieved_level]
    assert mastered and mastered[0].achieved_level == "Mastery" and mastered[0].level == "Mastery (1 of 2)"
    assert {e.about for e in m.endorsements} == {"credential", "achievement", "issuer"}
    text = m.search_text()
    for needle in ("1EdTech University Degree", "Final Project Report", "computer science", "Example Accrediting Agency"):
        assert needle in text


@pytest.mark.parametrize(
    ("rel", "version"),
    [
        ("1edtech-public-validator/ob30/simple.json", "2.0"),  # context-3.0.3
        ("1edtech-public-validator/ob30/simple-context-version.json", "2.0"),  # context-3.0.2
        ("1edtech-public-validator/ob30/simple-eddsa-2022.json", "1.1"),  # context-3.0.1
        ("1edtech-public-validator/ob30/simple_v1.json", "1.1"),  # context.json (3.0.0)
        ("dcc-verifier-core/v1/v1NoStatus.json", "1.1"),  # context-3.0.2 on VC 1.1
    ],
)
def test_every_ob_context_version(rel: str, version: str) -> None:
    m = credential_model(load(rel))
    assert m.kind == "open-badge" and m.vc_version == version
    assert m.achievement is not None and m.achievement.name
    assert m.issuer.id and m.valid_from


def test_clr_with_nested_credentials_and_associations() -> None:
    m = credential_model(load("1edtech-public-validator/clr20/simple.json"))
    assert m.kind == "clr" and m.title == "Sample Transcript" and m.achievement is None
    assert [a.name for a in m.achievements] == ["Achievement 1", "Achievement 2"]
    assert m.associations[0].association_type == "isParentOf"
    assert m.associations[0].target_id == "urn:uuid:dd887f0a-56cb-11ec-bf63-0242ac130002"
    (nested,) = m.credentials
    assert nested.title == "Teamwork Badge" and nested.kind == "open-badge"
    assert "Teamwork" in m.search_text()


def _badge(**subject: Any) -> dict[str, Any]:
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "did:key:z6Mkx", "type": ["Profile"], "name": "North Prairie University"},
        "validFrom": "2024-05-01T00:00:00Z",
        "credentialSubject": {"type": ["AchievementSubject"], **subject},
    }


def test_rubric_level_milestone_3_of_4_and_microcredential() -> None:
    levels = [
        {"id": f"urn:l{i}", "type": ["RubricCriterionLevel"], "name": name, "points": str(i)}
        for i, name in ((4, "Capstone 4"), (1, "Benchmark 1"), (3, "Milestone 3"), (2, "Milestone 2"))
    ]
    doc = _badge(
        achievement={
            "id": "urn:a", "type": ["Achievement"], "achievementType": "MicroCredential", "name": "Teamwork",
            "description": "d", "criteria": {"narrative": "n"},
            "resultDescription": [{"id": "urn:rd", "type": ["ResultDescription"], "name": "Teamwork rubric",
                                   "resultType": "RubricCriterionLevel", "rubricCriterionLevel": levels}],
            "alignment": [{"type": ["Alignment"], "targetName": "Teamwork", "targetFramework": "NACE Career Readiness",
                           "targetUrl": "https://www.naceweb.org/career-readiness/competencies/teamwork",
                           "targetCode": "TW", "targetType": "CFItem"}],
        },
        result=[{"type": ["Result"], "resultDescription": "urn:rd", "achievedLevel": "urn:l3"}],
    )
    m = credential_model(doc)
    (r,) = m.results
    assert (r.achieved_level, r.level, r.level_position, r.level_count) == ("Milestone 3", "Milestone 3 of 4", 3, 4)
    assert m.achievement is not None and m.achievement.type == "MicroCredential"
    assert m.skills[0].target_framework == "NACE Career Readiness" and m.skills[0].target_code == "TW"
    assert m.title == "Teamwork"  # no credential name: the achievement's


@pytest.mark.parametrize(
    ("achievement_type", "evidence", "tags", "expected"),
    [
        ("ext:ServiceLearning", [], [], "service-learning"),
        ("Course", [], [], "course"),
        ("CommunityService", [], [], "community-engagement"),
        ("MicroCredential", [{"genre": "Internship report"}], [], "internship"),
        ("MicroCredential", [{"name": "Volunteer log, food bank"}], [], "volunteering"),
        ("Competency", [], ["study abroad", "teamwork"], "study-abroad"),
        ("Competency", [], ["Student Leadership"], "student-leadership"),
        ("Competency", [], ["teamwork", "framework"], None),  # "work" only as a whole word
        ("Badge", [{"genre": "Part-time job"}], [], "work"),
        ("Badge", [], [], None),
    ],
)
def test_experience_type(achievement_type: str, evidence: list[dict[str, str]], tags: list[str], expected: str | None) -> None:
    doc = _badge(achievement={"id": "urn:a", "type": ["Achievement"], "name": "x", "achievementType": achievement_type, "tag": tags})
    doc["evidence"] = [{"type": ["Evidence"], **e} for e in evidence]
    m = credential_model(doc)
    assert m.experience_type == expected
    assert expected is None or expected in EXPERIENCE_TYPES


def test_plain_w3c_vc_and_sd_jwt_claims() -> None:
    vc = load("w3c-vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json")
    m = credential_model(vc)
    assert m.kind == "credential" and m.achievement is None and m.issuer.id == "https://vc.example/issuers/5678"
    claims = {"vct": "https://credentials.example.com/identity_credential", "iss": "https://example.com/issuer",
              "given_name": "Erika", "family_name": "Mustermann", "iat": 1683000000, "exp": 1883000000}
    sd = credential_model(claims, "sd-jwt-vc")
    assert sd.format == "sd-jwt-vc" and sd.kind == "sd-jwt-vc" and sd.vc_version is None
    assert sd.types == ("https://credentials.example.com/identity_credential",)
    assert sd.issuer.id == "https://example.com/issuer" and sd.subject.name == "Erika Mustermann"
    assert sd.valid_from == "2023-05-02T04:00:00Z" and sd.valid_until and sd.valid_until.startswith("2029")


def test_missing_and_odd_fields_do_not_break_the_model() -> None:
    m = credential_model({"type": "VerifiableCredential", "issuer": 42, "credentialSubject": ["x", {"name": {"@value": "Ann"}}]})
    assert m.title == "VerifiableCredential" and m.issuer.id is None and m.subject.name == "Ann"
    assert m.valid_from is None and m.valid_from_dt is None


def test_fingerprint_is_stable_and_distinguishes() -> None:
    doc = load("1edtech-public-validator/ob30/simple.json")
    reordered = json.loads(json.dumps(dict(reversed(list(doc.items())))))
    assert credential_fingerprint(doc) == credential_fingerprint(reordered)
    changed = dict(doc, name="Other")
    assert credential_fingerprint(doc) != credential_fingerprint(changed)
    assert len(credential_fingerprint(doc)) == 64
    jwt = (VECTORS / "1edtech-public-validator/clr20/simple.jwt").read_text()
    assert credential_fingerprint(jwt) == credential_fingerprint(jwt.strip() + "~WyJzYWx0IiwgIngiLCAxXQ~")
