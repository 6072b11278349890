"""The skill journey derivation: skills across issuers, experiences, terms, levels, stacks and output."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from wallet.credentials.model import credential_model
from wallet.errors import InputError
from wallet.journey.compute import (
    JourneyItem,
    SkillMapping,
    TermBoundary,
    TermScheme,
    default_mapping,
    derive_journey,
    journey_for_wallet,
    model_of_raw,
)
from wallet.journey.pathways import example_pathways_dir, load_pathway_file, load_pathways

VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "1edtech-public-validator"
NACE = "NACE Career Readiness Competencies"


def ob(
    n: int, name: str, when: str | None = "2023-03-01", *, skills: tuple[tuple[str | None, str | None, str | None], ...] = (),
    issuer: str = "North Prairie University", issuer_id: str = "did:web:npu.example", atype: str = "MicroCredential",
    tags: tuple[str, ...] = (), genre: str | None = None, level: tuple[int, int] | None = None,
    achievement_id: str | None = None, related: tuple[str, ...] = (),
) -> dict[str, Any]:
    """An OB 3.0 credential; skills are (framework, name, code)."""
    aid = achievement_id or f"urn:test:achievement:{n}"
    ach: dict[str, Any] = {
        "id": aid, "type": ["Achievement"], "achievementType": atype, "name": name,
        "alignment": [{k: v for k, v in (("type", ["Alignment"]), ("targetFramework", f), ("targetName", nm),
                                        ("targetCode", code)) if v} for f, nm, code in skills],
        "tag": list(tags), "related": [{"id": r, "type": ["Related"]} for r in related],
    }
    subject: dict[str, Any] = {"type": ["AchievementSubject"], "achievement": ach}
    if level:
        pos, count = level
        ach["resultDescription"] = [{"id": f"{aid}#rd", "type": ["ResultDescription"], "name": "VALUE rubric",
                                     "rubricCriterionLevel": [{"id": f"{aid}#l{i}", "name": f"Milestone {i}",
                                                               "points": str(i)} for i in range(1, count + 1)]}]
        subject["result"] = [{"type": ["Result"], "resultDescription": f"{aid}#rd", "achievedLevel": f"{aid}#l{pos}"}]
    doc: dict[str, Any] = {
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": f"urn:test:credential:{n}", "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer_id, "type": ["Profile"], "name": issuer}, "name": name, "credentialSubject": subject,
    }
    if when:
        doc["validFrom"] = when + "T12:00:00Z"
    if genre:
        doc["evidence"] = [{"type": ["Evidence"], "genre": genre}]
    return doc


def items(*docs: dict[str, Any]) -> list[JourneyItem]:
    return [JourneyItem(f"c{i}", credential_model(d)) for i, d in enumerate(docs)]


# --- skills -------------------------------------------------------------------------------------
def test_the_same_skill_named_differently_by_different_issuers_is_one_lane() -> None:
    j = derive_journey(items(
        ob(1, "Team project", skills=((NACE, "Teamwork", None),)),
        ob(2, "Food bank shifts", issuer="Prairie Food Bank", issuer_id="did:web:food.example",
           skills=(("NACE Competencies (2017)", "Teamwork/Collaboration", None),)),
        ob(3, "Patient services intern", issuer="Lakeview Health", skills=(("O*NET", "Coordination", "2.B.1.b"),)),
        ob(4, "Semester abroad", issuer="Valencia", skills=(("ESCO", "work in teams", None),)),
        ob(5, "Hospital onboarding", issuer="Lakeview Health",
           skills=(("O*NET Content Model", None, "https://www.onetonline.org/find/descriptor/result/2.B.1.b"),)),
        ob(6, "Presentation", skills=(("Issuer skills", "Oral/Written Communications", None),)),
    ))
    lanes = {s.skill.id: s for s in j.skills}
    assert set(lanes) == {"nace:teamwork", "nace:communication"}
    teamwork = lanes["nace:teamwork"]
    assert teamwork.count == 5
    assert teamwork.skill.name == "Teamwork"
    assert {"Teamwork", "Teamwork/Collaboration", "Coordination", "work in teams"} <= set(teamwork.skill.names_seen)
    assert lanes["nace:communication"].skill.name == "Communication"


def test_old_nace_names_map_to_the_current_competencies() -> None:
    m = default_mapping()
    from wallet.credentials.model import Alignment

    expect = {
        "Oral/Written Communications": "nace:communication",
        "Teamwork/Collaboration": "nace:teamwork",
        "Digital Technology": "nace:technology",
        "Career Management": "nace:career-self-development",
        "Global/Intercultural Fluency": "nace:equity-inclusion",
        "Critical Thinking/Problem Solving": "nace:critical-thinking",
        "Professionalism/Work Ethic": "nace:professionalism",
        "Career & Self-Development": "nace:career-self-development",
        "career and self development": "nace:career-self-development",
        "Leadership": "nace:leadership",
    }
    for name, sid in expect.items():
        found = m.resolve(Alignment(target_name=name, target_framework=NACE))
        assert found is not None and found.id == sid, name
    assert m.resolve(Alignment(target_name="Underwater Basket Weaving")) is None
    assert [s.name for s in m.skills] == ["Career & Self-Development", "Communication", "Critical Thinking",
                                          "Equity & Inclusion", "Leadership", "Professionalism", "Teamwork", "Technology"]


def test_unknown_skills_merge_by_name_and_the_mapping_is_editable() -> None:
    docs = (ob(1, "A", skills=(("Acme Framework", "Grant Writing", None),)),
            ob(2, "B", issuer="Other", skills=(("Other Framework", "grant-writing", None),)),
            ob(3, "C", skills=(("Whatever", "Group Work", None),)))
    j = derive_journey(items(*docs))
    assert {s.skill.id: s.count for s in j.skills} == {"skill:grantwriting": 2, "skill:groupwork": 1}
    assert all(s.skill.kind == "custom" for s in j.skills)

    edited = default_mapping().with_alias("nace:teamwork", "Group Work")
    j2 = derive_journey(items(*docs), mapping=edited)
    assert j2.skill("nace:teamwork") is not None and j2.skill("nace:teamwork").count == 1  # type: ignore[union-attr]
    # the mapping survives a JSON round trip (it is stored as a setting)
    again = SkillMapping.from_json(json.loads(json.dumps(edited.to_json())))
    assert again.to_json() == edited.to_json()
    with pytest.raises(InputError):
        default_mapping().with_alias("nace:nope", "x")


def test_unaligned_achievements_are_grouped_by_tags() -> None:
    j = derive_journey(items(
        ob(1, "Sustainability week", tags=("sustainability",)),
        ob(2, "Green office", tags=("Sustainability", "campus")),
        ob(3, "Mystery badge"),
    ))
    by_id = {s.skill.id: s for s in j.skills}
    assert by_id["tag:sustainability"].count == 2 and by_id["tag:sustainability"].skill.kind == "tag"
    assert by_id["tag:campus"].count == 1
    assert by_id["untagged"].count == 1
    # tag groups come after skills, the unaligned last
    assert [s.skill.kind for s in j.skills][-1] == "untagged"


# --- experiences, levels, time ------------------------------------------------------------------
def test_experiences_from_type_evidence_and_tags() -> None:
    j = derive_journey(items(
        ob(1, "Intern", atype="Internship"),
        ob(2, "Literacy project", genre="Service-learning reflection"),
        ob(3, "Food bank", tags=("volunteer",)),
        ob(4, "Lab", atype="Course"),
        ob(5, "Teamwork badge"),
    ))
    assert {n.title: n.experience for n in j.nodes} == {
        "Intern": "internship", "Literacy project": "service-learning", "Food bank": "volunteering",
        "Lab": "course", "Teamwork badge": "other"}
    assert dict(j.experiences)["internship"] == 1


def test_levels_and_highest_level_per_skill() -> None:
    j = derive_journey(items(
        ob(1, "A", skills=((NACE, "Teamwork", None),), level=(2, 4)),
        ob(2, "B", skills=((NACE, "Teamwork", None),), level=(3, 4)),
        ob(3, "C", skills=((NACE, "Communication", None),)),
    ))
    tw = j.skill("nace:teamwork")
    assert tw is not None and tw.highest_level is not None
    assert tw.highest_level.text == "Milestone 3 of 4"
    assert (tw.highest_level.position, tw.highest_level.count) == (3, 4)
    assert j.skill("nace:communication").highest_level is None  # type: ignore[union-attr]


def test_terms_default_boundaries_and_continuity() -> None:
    j = derive_journey(items(ob(1, "A", "2021-09-15"), ob(2, "B", "2022-06-20"), ob(3, "C", "2023-01-10")))
    assert [t.label for t in j.terms] == ["Fall 2021", "Spring 2022", "Summer 2022", "Fall 2022", "Spring 2023"]
    assert [n.term for n in j.nodes] == ["2021-08", "2022-06", "2023-01"]
    assert j.terms[0].academic_year == "2021–22" and j.terms[1].academic_year == "2021–22"
    assert j.terms[3].academic_year == "2022–23"
    assert j.terms[0].start == date(2021, 8, 1) and j.terms[0].end == date(2021, 12, 31)
    assert j.terms[2].end == date(2022, 7, 31)


def test_configurable_terms_quarters_and_gaps() -> None:
    quarters = TermScheme((TermBoundary("Autumn", 9, 12), TermBoundary("Winter", 1, 3), TermBoundary("Spring", 4, 6)),
                          academic_year_start=9)
    # July and August belong to no term: they fall into Spring (the term before them)
    assert quarters.term_of(date(2024, 8, 20)).label == "Spring 2024"
    assert quarters.term_of(date(2024, 8, 20)).end == date(2024, 8, 31)
    assert quarters.term_of(date(2024, 10, 1)).academic_year == "2024–25"
    # a term across New Year belongs to the year it starts in
    winter = TermScheme((TermBoundary("Winter", 12, 2), TermBoundary("Rest", 3, 11)))
    t = winter.term_of(date(2025, 1, 15))
    assert (t.label, t.start, t.end) == ("Winter 2024", date(2024, 12, 1), date(2025, 2, 28))
    with pytest.raises(InputError):
        TermScheme((TermBoundary("A", 1, 6), TermBoundary("B", 6, 12)))
    assert TermScheme.from_json(quarters.to_json()) == quarters


def test_undated_credentials_are_kept_apart() -> None:
    j = derive_journey(items(ob(1, "Dated", "2022-10-01"), ob(2, "No date", None)))
    assert [n.title for n in j.nodes] == ["Dated", "No date"]
    assert j.nodes[1].term is None and j.nodes[1].date is None
    assert [n.title for n in j.undated] == ["No date"]
    assert [t.label for t in j.terms] == ["Fall 2022"]
    assert any("no date" in note for note in j.notes)
    out = j.to_json()
    assert out["undated"] == [j.nodes[1].id]
    assert "Undated" in j.to_text()


# --- stacks -------------------------------------------------------------------------------------
TEAMWORK_PATHWAY = {
    "type": "LearnerWalletPathway", "version": 1, "id": "urn:test:pathway:teamwork",
    "achievement": {"id": "urn:test:goal:teamwork", "type": ["Achievement"], "achievementType": "Competency",
                    "name": "Teamwork Competency",
                    "alignment": [{"type": ["Alignment"], "targetName": "Teamwork", "targetFramework": NACE}]},
    "components": [{"skill": "Teamwork", "achievementType": "MicroCredential", "count": 3}],
}


def test_pathway_progress_two_of_three() -> None:
    pw = load_pathways(json.dumps(TEAMWORK_PATHWAY))
    j = derive_journey(items(
        ob(1, "Food bank", "2022-02-01", skills=(("Old NACE", "Teamwork/Collaboration", None),)),
        ob(2, "Team lab", "2022-10-01", skills=((NACE, "Teamwork", None),)),
        ob(3, "Teamwork course", "2022-11-01", skills=((NACE, "Teamwork", None),), atype="Course"),  # wrong type
        ob(4, "Public speaking", "2022-11-01", skills=((NACE, "Communication", None),)),  # wrong skill
    ), pathways=pw)
    (st,) = j.stacks
    assert (st.earned, st.required) == (2, 3)
    assert st.summary == "2 of 3 Teamwork micro-credentials"
    assert st.missing == ("1 more Teamwork micro-credential",)
    assert not st.complete and st.competency_node_id is None and st.fraction == pytest.approx(2 / 3)
    assert st.skills == ("nace:teamwork",)
    assert [j.node(n).title for n in st.component_node_ids] == ["Food bank", "Team lab"]  # type: ignore[union-attr]
    assert j.links == ()  # nothing to link to until the competency is earned
    assert "2 of 3 Teamwork micro-credentials" in j.to_text()


def test_revoked_credentials_stay_on_the_timeline_but_count_toward_nothing() -> None:
    pw = load_pathways(json.dumps(TEAMWORK_PATHWAY))
    docs = [ob(n, f"Team lab {n}", f"2022-0{n}-01", skills=((NACE, "Teamwork", None),)) for n in (1, 2, 3)]
    states = ["verified", "revoked", "expired"]
    j = derive_journey([JourneyItem(f"c{i}", credential_model(d), s) for i, (d, s) in enumerate(zip(docs, states, strict=True))],
                       pathways=pw)
    (st,) = j.stacks
    assert (st.earned, st.required) == (2, 3)  # the revoked one is not evidence; the expired one still is
    assert [j.node(n).title for n in st.component_node_ids] == ["Team lab 1", "Team lab 3"]  # type: ignore[union-attr]
    assert j.node("c1") is not None and j.node("c1").state == "revoked"  # type: ignore[union-attr]
    suspended = derive_journey([JourneyItem(f"c{i}", credential_model(d), "suspended") for i, d in enumerate(docs)],
                               pathways=pw)
    assert suspended.stacks[0].earned == 0


def test_earned_competency_links_its_micro_credentials() -> None:
    pw = load_pathways(TEAMWORK_PATHWAY)
    docs = [ob(i, f"Teamwork {i}", f"2022-0{i}-01", skills=((NACE, "Teamwork", None),)) for i in range(1, 5)]
    docs.append(ob(9, "Teamwork Competency", "2022-12-01", skills=((NACE, "Teamwork", None),), atype="Competency",
                   achievement_id="urn:test:goal:teamwork"))
    docs.append(ob(10, "Copy of Teamwork 1", "2022-01-15", skills=((NACE, "Teamwork", None),),
                   achievement_id="urn:test:achievement:1"))
    j = derive_journey(items(*docs), pathways=pw)
    (st,) = j.stacks
    goal = next(n for n in j.nodes if n.title == "Teamwork Competency")
    assert st.competency_node_id == goal.id and st.complete and st.fraction == 1.0
    assert goal.competency_of == (st.id,)
    assert st.earned == 3
    counted = [j.node(n).title for n in st.component_node_ids]  # type: ignore[union-attr]
    # the earliest three, one per achievement (the copy of badge 1 is not a second component)
    assert counted == ["Teamwork 1", "Teamwork 2", "Teamwork 3"] or counted == ["Copy of Teamwork 1", "Teamwork 2", "Teamwork 3"]
    assert {(a, b) for a, b, _ in j.links} == {(n, goal.id) for n in st.component_node_ids}
    assert st.missing == ()


def test_any_n_of_listed_achievements_and_related_equivalence() -> None:
    pw = load_pathways({
        "type": "LearnerWalletPathway", "achievement": {"id": "urn:goal", "name": "Community Leader"}, "required": 2,
        "components": ["urn:a", {"id": "urn:b"}, {"name": "Civic Project"}],
    })
    j = derive_journey(items(
        # urn:a2 says (OB 3.0 related) it is the same achievement as urn:a, in a newer version
        ob(1, "Orientation v2", achievement_id="urn:a2", related=("urn:a",)),
        ob(2, "Civic  project", achievement_id="urn:other"),
    ), pathways=pw)
    (st,) = j.stacks
    assert (st.earned, st.required) == (2, 2) and st.complete and st.competency_node_id is None
    j2 = derive_journey(items(ob(1, "Orientation v2", achievement_id="urn:a2", related=("urn:a",))), pathways=pw)
    assert j2.stacks[0].earned == 1
    assert j2.stacks[0].missing == ("1 more of: urn:b; Civic Project",)


def test_clr_associations_make_stacks() -> None:
    """The 1EdTech CLR 2.0 'complex' example: a program (isParentOf 4 courses, one more isPartOf it)."""
    clr = json.loads((VECTORS / "clr20" / "complex.json").read_text())
    j = derive_journey([JourneyItem("clr-1", credential_model(clr), "verified")])
    assert len(j.nodes) == 6 and all(n.credential_id == "clr-1" for n in j.nodes)
    (st,) = j.stacks
    assert st.source == "clr"
    assert st.name == "Nurse Assistant 1 Program with Licensure"
    assert st.required == 5  # 4 isParentOf + 1 isPartOf
    assert st.earned == 2  # Health Careers 1, and one of the courses sharing the 0f09… id
    goal = j.node(st.competency_node_id or "")
    assert goal is not None and goal.title == "Nurse Assistant 1 Program with Licensure"
    assert len(j.links) == 2


def test_clr_is_child_of_and_precedes_with_goal_not_yet_earned() -> None:
    nested = [ob(1, "Intro", "2023-02-01", achievement_id="urn:c1"), ob(2, "Practicum", "2023-05-01", achievement_id="urn:c2")]
    clr = {
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"],
        "id": "urn:clr", "type": ["VerifiableCredential", "ClrCredential"], "issuer": {"id": "did:web:npu.example"},
        "name": "Transcript", "validFrom": "2023-06-01T00:00:00Z",
        "credentialSubject": {
            "type": ["ClrSubject"], "verifiableCredential": nested,
            "achievement": [{"id": "urn:cert", "type": ["Achievement"], "name": "Care Certificate"},
                            {"id": "urn:c3", "type": ["Achievement"], "name": "Capstone"}],
            "association": [
                {"type": "Association", "associationType": "isChildOf", "sourceId": "urn:c1", "targetId": "urn:cert"},
                {"type": "Association", "associationType": "isChildOf", "sourceId": "urn:c2", "targetId": "urn:cert"},
                {"type": "Association", "associationType": "precedes", "sourceId": "urn:c3", "targetId": "urn:cert"},
                {"type": "Association", "associationType": "isRelatedTo", "sourceId": "urn:c1", "targetId": "urn:c2"},
            ],
        },
    }
    j = derive_journey([JourneyItem("clr", credential_model(clr))])
    (st,) = j.stacks
    assert st.name == "Care Certificate"
    assert (st.earned, st.required) == (2, 3)
    assert st.missing == ("Capstone",)
    assert st.competency_node_id is None


def test_clr_children_stored_separately_are_not_counted_twice() -> None:
    clr = json.loads((VECTORS / "clr20" / "simple.json").read_text())
    model = credential_model(clr)
    child = model.credentials[0]
    j = derive_journey([JourneyItem("clr", model), JourneyItem("child", child, parent_id="clr")])
    assert [n.id for n in j.nodes] == ["child"]


def test_endorsements_and_status_lists_are_not_journey_nodes() -> None:
    endorsement = json.loads((VECTORS / "ob30" / "endorsement-valid.json").read_text())
    j = derive_journey([JourneyItem("e", credential_model(endorsement)), *items(ob(1, "Badge"))])
    assert [n.title for n in j.nodes] == ["Badge"]


# --- pathway files ------------------------------------------------------------------------------
@pytest.mark.parametrize("path", sorted(example_pathways_dir().glob("*.json")), ids=lambda p: p.name)
def test_example_pathway_files_load(path: Path) -> None:
    pathways = load_pathway_file(path)
    assert pathways
    for p in pathways:
        assert p.name and p.achievement_id and p.components and 1 <= p.required <= p.total
        assert load_pathways(p.to_json())[0] == p  # the format round-trips


@pytest.mark.parametrize("doc, words", [
    ("not json", "not JSON"),
    ({"type": "Something", "achievement": {"name": "x"}, "components": ["a"]}, "not a pathway"),
    ({"type": "LearnerWalletPathway", "achievement": {}, "components": ["a"]}, "no name"),
    ({"type": "LearnerWalletPathway", "achievement": {"name": "x"}, "components": []}, "components"),
    ({"type": "LearnerWalletPathway", "achievement": {"name": "x"}, "components": [{}]}, "names nothing"),
    ({"type": "LearnerWalletPathway", "achievement": {"name": "x"}, "components": ["a"], "required": 2}, "add up"),
    ({"type": "LearnerWalletPathway", "achievement": {"name": "x"}, "components": [{"id": "a", "count": 0}]}, "count"),
])
def test_bad_pathways_are_refused_with_a_reason(doc: Any, words: str) -> None:
    with pytest.raises(InputError, match=words):
        load_pathways(doc if isinstance(doc, str) else json.dumps(doc))


# --- output -------------------------------------------------------------------------------------
def test_to_json_carries_skills_experiences_terms_and_stacks() -> None:
    pw = load_pathways(TEAMWORK_PATHWAY)
    j = derive_journey(items(ob(1, "A", "2022-03-01", skills=((NACE, "Teamwork", None),), level=(2, 4), atype="MicroCredential",
                                genre="Internship")), pathways=pw)
    out = json.loads(json.dumps(j.to_json()))
    assert set(out) >= {"skills", "experiences", "terms", "stacks", "credentials", "links", "undated", "notes"}
    assert out["skills"][0]["name"] == "Teamwork" and out["skills"][0]["highest_level"]["text"] == "Milestone 2 of 4"
    assert out["experiences"] == [{"type": "internship", "label": "Internship", "count": 1, "credentials": ["c0"]}]
    assert out["terms"][0]["label"] == "Spring 2022" and out["terms"][0]["credentials"] == ["c0"]
    assert out["stacks"][0]["progress"] == "1 of 3" and out["stacks"][0]["awarded"] is False
    assert out["credentials"][0]["component_of"] == ["urn:test:pathway:teamwork"]


def test_empty_journey() -> None:
    j = derive_journey([])
    assert j.nodes == () and j.terms == () and j.stacks == ()
    assert "No credentials" in j.to_text()
    assert j.to_json()["skills"] == []


def test_derivation_is_pure() -> None:
    docs = [ob(i, f"Badge {i}", f"2022-0{i % 9 + 1}-01", skills=((NACE, "Teamwork", None),)) for i in range(8)]
    pw = load_pathways(TEAMWORK_PATHWAY)
    assert derive_journey(items(*docs), pathways=pw) == derive_journey(items(*docs), pathways=pw)
    assert derive_journey(items(*docs), pathways=pw).to_json() == derive_journey(list(reversed(items(*docs))), pathways=pw).to_json()


# --- the wallet entry point -----------------------------------------------------------------------
class _Summary:
    def __init__(self, cid: str, title: str, fmt: str, parent: str | None = None) -> None:
        self.id, self.title, self.format, self.state, self.parent_id = cid, title, fmt, "verified", parent


class _FakeWallet:
    """Only the two read methods journey_for_wallet uses (the real Wallet is exercised in the CLI tests)."""

    def __init__(self, stored: dict[str, tuple[Any, str]], settings: dict[str, Any] | None = None) -> None:
        self.stored = stored
        self.settings = settings or {}

    def credentials(self) -> list[_Summary]:
        return [_Summary(k, k, fmt) for k, (_raw, fmt) in self.stored.items()]

    def credential(self, cid: str) -> Any:
        from types import SimpleNamespace

        raw, fmt = self.stored[cid]
        return SimpleNamespace(id=cid, raw=raw, format=fmt)  # the fields of wallet.StoredCredential it reads

    def setting(self, name: str, default: Any = None) -> Any:
        return self.settings.get(name, default)


def test_journey_for_wallet_reads_json_and_jwt_credentials_and_saved_pathways() -> None:
    jwt = (VECTORS / "ob30" / "simple.jwt").read_text().strip()
    wallet = _FakeWallet(
        {"a": (ob(1, "Team lab", "2022-10-01", skills=((NACE, "Teamwork", None),)), "ldp-vc"),
         "b": (jwt, "vc-jwt"),
         "c": ("not.a.jwt", "vc-jwt")},
        {"journey.pathways": [TEAMWORK_PATHWAY]},
    )
    j = journey_for_wallet(wallet)
    titles = {n.credential_id: n.title for n in j.nodes}
    assert titles["a"] == "Team lab"
    assert "b" in titles  # the VC-JWT was decoded (not verified) for its achievement
    assert "c" not in titles and any("could not be read" in note for note in j.notes)
    assert j.stacks[0].summary == "1 of 3 Teamwork micro-credentials"
    # explicit arguments win over settings
    assert journey_for_wallet(wallet, pathways=[]).stacks == ()


def test_model_of_raw_refuses_other_things() -> None:
    with pytest.raises(InputError):
        model_of_raw(42, "ldp-vc")


class _Ed25519Signer:
    """A tiny in-memory signer (the keystore's Signer protocol) for issuing a test SD-JWT VC."""

    key_type = "ed25519"

    def __init__(self) -> None:
        from cryptography.hazmat.primitives.asymmetric import ed25519
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        from wallet.identity.keys import PublicKey

        self._key = ed25519.Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
        raw = self._key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self.public_key = PublicKey.from_jwk({"kty": "OKP", "crv": "Ed25519", "x": _b64(raw)})
        self.did = "did:example:issuer"
        self.verification_method = self.did + "#key-1"

    def sign(self, data: bytes) -> bytes:
        return self._key.sign(data)


def _b64(data: bytes) -> str:
    import base64

    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def test_sd_jwt_disclosures_are_applied_and_a_twin_in_another_format_is_one_node() -> None:
    from wallet.proofs.sdjwt import issue_sd_jwt

    doc = ob(1, "Data internship", "2024-08-23", atype="Internship",
             skills=((NACE, "Technology", None), (NACE, "Critical Thinking", None)))
    claims = {"name": doc["name"], "achievement": doc["credentialSubject"]["achievement"],
              "validFrom": doc["validFrom"]}
    text = issue_sd_jwt(claims, _Ed25519Signer(), disclosable=["/achievement/alignment/0", "/achievement/alignment/1",
                                                                 "/achievement/name"],
                        vct="https://npu.example/vct/achievement", holder_jwk=None, iss="did:example:issuer",
                        iat=1724432400)
    m = model_of_raw(text, "sd-jwt-vc")
    assert [a.target_name for a in m.skills] == ["Technology", "Critical Thinking"]
    assert m.achievement is not None and m.achievement.name == "Data internship"
    # the JSON-LD badge and its SD-JWT VC twin: one node, from the copy that shows more
    j = derive_journey([JourneyItem("sd", m), JourneyItem("ld", credential_model(doc))])
    assert [n.id for n in j.nodes] == ["ld"]
    assert {s.skill.id for s in j.skills} == {"nace:technology", "nace:critical-thinking"}


def test_clr_precedes_alone_is_a_sequence_not_a_stack() -> None:
    nested = [ob(1, "Statistics", "2023-05-01", achievement_id="urn:stat"),
              ob(2, "Research methods", "2024-05-01", achievement_id="urn:methods")]
    clr = {
        "@context": ["https://www.w3.org/ns/credentials/v2"], "id": "urn:clr2",
        "type": ["VerifiableCredential", "ClrCredential"], "issuer": {"id": "did:web:npu.example"}, "name": "Record",
        "credentialSubject": {"type": ["ClrSubject"], "verifiableCredential": nested, "association": [
            {"type": "Association", "associationType": "precedes", "sourceId": "urn:stat", "targetId": "urn:methods"}]},
    }
    j = derive_journey([JourneyItem("clr", credential_model(clr))])
    assert j.stacks == ()
    assert j.links == (("clr/0", "clr/1", ""),)
    assert j.to_json()["links"] == [{"from": "clr/0", "to": "clr/1", "stack": None, "kind": "precedes"}]
