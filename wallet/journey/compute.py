"""The skill journey: a pure function from the learner's credentials to skills, experiences, time and stacks.

:func:`derive_journey` reads :class:`~wallet.credentials.model.CredentialModel` objects (and
pathway definitions, see :mod:`wallet.pathways`) and returns a frozen :class:`Journey`:

* **skills** from achievement alignments (``targetFramework`` + ``targetName`` / ``targetCode`` /
  ``targetUrl``), normalised across issuers through a :class:`SkillMapping`. The default mapping
  (:func:`default_mapping`) knows the NACE Career Readiness Competencies under their current and
  older names, and the O*NET skill element ids and ESCO labels that correspond to them. The mapping
  is data: the user edits it (``with_alias``, ``with_code``, JSON round trip) and passes it in.
  Alignments the mapping does not know become their own skill, merged by name across issuers;
  achievements without any alignment are grouped by their tags.
* **experiences** (service-learning, internship, ...) from achievement type, evidence and tags
  (the model's ``experience_type``; ``other`` when nothing says).
* **time**: award (else validity) dates grouped into academic terms, configurable by
  :class:`TermScheme` (default Spring Jan–May, Summer Jun–Jul, Fall Aug–Dec).
* **levels**: rubric results with an achieved level (``Milestone 3 of 4``).
* **stacks**: micro-credentials that combine into a competency credential, from CLR 2.0
  associations, pathway definitions, and OB 3.0 ``related`` achievements. Per the OB 3.0 spec
  ``related`` says "the same achievement" (another version or language), so it is used as an
  equivalence when matching goals and components, not as a parent link. A revoked or suspended
  credential stays on the timeline with its state but counts toward nothing.

:func:`journey_for_wallet` is the one entry point for the CLI and the UI. Nothing here verifies,
touches Qt, or keeps state.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from wallet.credentials.model import EXPERIENCE_TYPES, Alignment, CredentialModel, credential_model
from wallet.errors import InputError, WalletError
from wallet.journey.config import (
    NACE_FRAMEWORK,
    SkillDefinition,
    SkillMapping,
    Term,
    TermBoundary,
    TermScheme,
    default_mapping,
)
from wallet.journey.pathways import (
    Candidate,
    Pathway,
    compact,
    load_pathways,
    pathways_from_associations,
    progress,
)

if TYPE_CHECKING:
    from wallet.wallet import Wallet

__all__ = [
    "EXPERIENCE_LABELS",
    "Journey",
    "JourneyItem",
    "JourneyNode",
    "Level",
    "NACE_FRAMEWORK",
    "SkillDefinition",
    "SkillMapping",
    "SkillSummary",
    "StackProgress",
    "Term",
    "TermBoundary",
    "TermScheme",
    "default_mapping",
    "derive_journey",
    "journey_for_wallet",
    "model_of_raw",
]

EXPERIENCE_LABELS: Mapping[str, str] = {
    "service-learning": "Service-learning",
    "community-engagement": "Community engagement",
    "volunteering": "Volunteering",
    "study-abroad": "Study abroad",
    "internship": "Internship",
    "student-leadership": "Student leadership",
    "research": "Research",
    "work": "Work",
    "course": "Course",
    "other": "Other",
}
EXPERIENCES = (*EXPERIENCE_TYPES, "other")

#: setting names journey_for_wallet reads when no mapping / pathways / terms are passed
#: a credential in one of these states stays on the timeline but counts toward no pathway or stack
#: (its issuer withdrew it); an expired one still counts: it was earned, and expiry is about currency
NOT_COUNTED_STATES = frozenset({"revoked", "suspended"})
SETTING_MAPPING = "journey.skill_mapping"
SETTING_PATHWAYS = "journey.pathways"
SETTING_TERMS = "journey.terms"


@dataclass(frozen=True)
class Skill:
    """A lane of the journey: a known skill, an issuer's own skill, or a tag group."""

    id: str
    name: str
    framework: str = ""
    kind: str = "known"  # known | custom | tag | untagged
    names_seen: tuple[str, ...] = ()


# --- journey ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Level:
    text: str  # "Milestone 3 of 4"
    position: int | None = None
    count: int | None = None
    name: str | None = None  # the rubric / result description name

    @property
    def ratio(self) -> float:
        return self.position / self.count if self.position and self.count else 0.0


@dataclass(frozen=True)
class JourneyNode:
    """One earned credential on the timeline."""

    id: str  # unique in the journey
    credential_id: str  # the wallet credential to open (a CLR for its nested credentials)
    title: str
    issuer: str
    experience: str  # one of EXPERIENCES
    skills: tuple[str, ...]  # lane ids
    date: str | None = None  # YYYY-MM-DD
    term: str | None = None  # Term.key
    achievement_id: str | None = None
    achievement_type: str | None = None
    description: str | None = None
    levels: tuple[Level, ...] = ()
    tags: tuple[str, ...] = ()
    competency_of: tuple[str, ...] = ()  # stack ids this credential is the goal of
    component_of: tuple[str, ...] = ()  # stack ids it counts toward
    state: str | None = None

    @property
    def highest_level(self) -> Level | None:
        return max(self.levels, key=lambda lv: lv.ratio, default=None)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "credential_id": self.credential_id, "title": self.title, "issuer": self.issuer,
            "experience": self.experience, "skills": list(self.skills), "date": self.date, "term": self.term,
            "achievement_id": self.achievement_id, "achievement_type": self.achievement_type,
            "levels": [{"text": lv.text, "position": lv.position, "count": lv.count, "name": lv.name} for lv in self.levels],
            "tags": list(self.tags), "competency_of": list(self.competency_of), "component_of": list(self.component_of),
            "state": self.state,
        }


@dataclass(frozen=True)
class SkillSummary:
    skill: Skill
    count: int
    highest_level: Level | None
    experiences: tuple[tuple[str, int], ...]
    node_ids: tuple[str, ...]


@dataclass(frozen=True)
class StackProgress:
    id: str
    name: str
    source: str  # pathway | clr
    required: int
    earned: int  # components counted, at most required
    component_node_ids: tuple[str, ...]
    competency_node_id: str | None
    missing: tuple[str, ...]  # what is still needed, in words
    summary: str  # "2 of 3 Teamwork micro-credentials"
    skills: tuple[str, ...] = ()
    achievement_id: str | None = None
    description: str | None = None
    provider: str | None = None

    @property
    def complete(self) -> bool:
        return self.competency_node_id is not None or self.earned >= self.required

    @property
    def fraction(self) -> float:
        return 1.0 if self.competency_node_id else (self.earned / self.required if self.required else 0.0)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "source": self.source, "achievement_id": self.achievement_id,
            "required": self.required, "earned": self.earned, "progress": f"{self.earned} of {self.required}",
            "summary": self.summary, "complete": self.complete, "awarded": self.competency_node_id is not None,
            "competency": self.competency_node_id, "components": list(self.component_node_ids),
            "missing": list(self.missing), "skills": list(self.skills), "provider": self.provider,
            "description": self.description,
        }


@dataclass(frozen=True)
class Journey:
    nodes: tuple[JourneyNode, ...]  # by date (undated last), then title
    skills: tuple[SkillSummary, ...]  # lane order: mapping order, then custom skills, then tag groups
    terms: tuple[Term, ...]  # continuous from the first to the last dated credential
    stacks: tuple[StackProgress, ...]
    links: tuple[tuple[str, str, str], ...]  # (component, competency, stack id); stack "" = CLR precedes
    notes: tuple[str, ...] = ()

    def node(self, node_id: str) -> JourneyNode | None:
        for n in self.nodes:
            if n.id == node_id:
                return n
        return None

    def skill(self, skill_id: str) -> SkillSummary | None:
        return next((s for s in self.skills if s.skill.id == skill_id), None)

    @property
    def experiences(self) -> tuple[tuple[str, int], ...]:
        counts = {e: 0 for e in EXPERIENCES}
        for n in self.nodes:
            counts[n.experience] = counts.get(n.experience, 0) + 1
        return tuple((e, c) for e, c in counts.items() if c)

    @property
    def undated(self) -> tuple[JourneyNode, ...]:
        return tuple(n for n in self.nodes if n.term is None)

    def to_json(self) -> dict[str, Any]:
        by_term: dict[str, list[str]] = {}
        for n in self.nodes:
            if n.term:
                by_term.setdefault(n.term, []).append(n.id)
        return {
            "skills": [{
                "id": s.skill.id, "name": s.skill.name, "framework": s.skill.framework, "kind": s.skill.kind,
                "names_seen": list(s.skill.names_seen), "count": s.count,
                "highest_level": None if s.highest_level is None else {
                    "text": s.highest_level.text, "position": s.highest_level.position, "count": s.highest_level.count},
                "experiences": dict(s.experiences), "credentials": list(s.node_ids),
            } for s in self.skills],
            "experiences": [{"type": e, "label": EXPERIENCE_LABELS.get(e, e), "count": c,
                             "credentials": [n.id for n in self.nodes if n.experience == e]} for e, c in self.experiences],
            "terms": [{"key": t.key, "label": t.label, "academic_year": t.academic_year, "start": t.start.isoformat(),
                       "end": t.end.isoformat(), "credentials": by_term.get(t.key, [])} for t in self.terms],
            "undated": [n.id for n in self.undated],
            "stacks": [s.to_json() for s in self.stacks],
            "credentials": [n.to_json() for n in self.nodes],
            "links": [{"from": a, "to": b, "stack": s or None, "kind": "stacked-into" if s else "precedes"}
                      for a, b, s in self.links],
            "notes": list(self.notes),
        }

    def to_text(self) -> str:
        return _text(self)


@dataclass(frozen=True)
class JourneyItem:
    """One stored credential: its wallet id, model, and (optional) verification state and parent."""

    id: str
    model: CredentialModel
    state: str | None = None
    parent_id: str | None = None


_NOT_JOURNEY = {"endorsement", "status-list"}


def _leaves(items: Sequence[JourneyItem]) -> tuple[list[tuple[str, str, CredentialModel, str | None]], list[CredentialModel]]:
    """(node id, credential id, model, state) of every earned credential, and the CLRs (for associations)."""
    stored_children = {i.parent_id for i in items if i.parent_id}
    stored_ids = {i.model.id for i in items if i.model.id}
    out: list[tuple[str, str, CredentialModel, str | None]] = []
    clrs: list[CredentialModel] = []
    seen: set[str] = set()

    same_award: dict[tuple[str, str], int] = {}

    def add(node_id: str, cid: str, m: CredentialModel, state: str | None) -> None:
        key = m.id or node_id
        if key in seen:
            return
        seen.add(key)
        # the same award held twice in different formats (a JSON-LD badge and its SD-JWT VC twin):
        # one node, from the copy that shows more (skills first, then JSON-LD)
        when = m.awarded_dt or m.valid_from_dt
        a = m.achievement or (m.achievements[0] if m.achievements else None)
        twin = ((a.id if a and a.id else "") + "|" + compact(m.title), when.date().isoformat() if when else "")
        if twin in same_award:
            i = same_award[twin]
            if (len(m.skills), m.format == "ldp-vc") > (len(out[i][2].skills), out[i][2].format == "ldp-vc"):
                out[i] = (node_id, cid, m, state)
            return
        same_award[twin] = len(out)
        out.append((node_id, cid, m, state))

    for item in items:
        m = item.model
        if m.kind == "clr":
            clrs.append(m)
            if item.id not in stored_children:
                for i, nested in enumerate(m.credentials):
                    if nested.kind not in _NOT_JOURNEY and not (nested.id and nested.id in stored_ids):
                        add(f"{item.id}/{i}", item.id, nested, item.state)
            continue
        if m.kind in _NOT_JOURNEY or not (m.kind == "open-badge" or m.achievements or m.skills or m.experience_type):
            continue
        add(item.id, item.id, m, item.state)
    return out, clrs


def _levels(m: CredentialModel) -> tuple[Level, ...]:
    return tuple(Level(r.level or r.achieved_level or "", r.level_position, r.level_count, r.name)
                 for r in m.results if r.level or r.achieved_level)


def _term_key(scheme: TermScheme, d: date, cache: dict[tuple[int, int], str]) -> str:
    if (d.year, d.month) not in cache:
        cache[(d.year, d.month)] = scheme.term_of(d).key
    return cache[(d.year, d.month)]


def derive_journey(
    credentials: Iterable[JourneyItem | CredentialModel],
    *,
    pathways: Sequence[Pathway] = (),
    mapping: SkillMapping | None = None,
    terms: TermScheme | None = None,
) -> Journey:
    """The journey of these credentials. Pure: same input, same journey."""
    mapping = mapping or default_mapping()
    scheme = terms or TermScheme()
    items = [c if isinstance(c, JourneyItem) else JourneyItem(c.id or f"credential-{i}", c)
             for i, c in enumerate(credentials)]
    leaves, clrs = _leaves(items)

    # skills per credential
    resolved: dict[Alignment, SkillDefinition | None] = {}  # per call: the same alignment recurs a lot
    term_keys: dict[tuple[int, int], str] = {}
    lanes: dict[str, Skill] = {}
    seen_names: dict[str, dict[str, None]] = {}
    raw_nodes: list[dict[str, Any]] = []
    for node_id, cid, m, state in leaves:
        skill_ids: list[str] = []
        for al in m.skills:
            if al not in resolved:
                resolved[al] = mapping.resolve(al)
            known = resolved[al]
            label = al.target_name or al.target_code or al.target_url or ""
            if known:
                sid = known.id
                lanes.setdefault(sid, Skill(sid, known.name, known.framework, "known"))
            elif label:
                sid = "skill:" + compact(label)
                lanes.setdefault(sid, Skill(sid, al.target_name or label, al.target_framework or "", "custom"))
            else:
                continue
            if label:
                seen_names.setdefault(sid, {})[label] = None
            if sid not in skill_ids:
                skill_ids.append(sid)
        if not skill_ids:
            if m.tags:
                for t in m.tags:
                    sid = "tag:" + compact(t)
                    lanes.setdefault(sid, Skill(sid, t, "", "tag"))
                    if sid not in skill_ids:
                        skill_ids.append(sid)
            else:
                lanes.setdefault("untagged", Skill("untagged", "Not aligned to a skill", "", "untagged"))
                skill_ids.append("untagged")
        when = m.awarded_dt or m.valid_from_dt
        a = m.achievement or (m.achievements[0] if m.achievements else None)
        raw_nodes.append({
            "id": node_id, "credential_id": cid, "title": m.title, "issuer": m.issuer.label,
            "experience": m.experience_type or "other", "skills": tuple(skill_ids),
            "date": when.date().isoformat() if when else None,
            "term": _term_key(scheme, when.date(), term_keys) if when else None,
            "achievement_id": a.id if a else None, "achievement_type": a.type if a else None,
            "description": m.description, "levels": _levels(m), "tags": m.tags, "state": state,
            "_model": m,
        })

    # stacks
    all_pathways = list(pathways)
    same: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    types: dict[str, str | None] = {}
    triples: list[tuple[str, str, str]] = []
    for clr in clrs:
        for a in clr.achievements:
            if a.id and a.name:
                names.setdefault(a.id, a.name)
                types.setdefault(a.id, a.type)
        triples += [(x.association_type, x.source_id, x.target_id) for x in clr.associations]
    for n in raw_nodes:
        if n["achievement_id"]:
            names.setdefault(n["achievement_id"], n["title"])
            types.setdefault(n["achievement_id"], n["achievement_type"])
        aid = n["achievement_id"]
        for r in n["_model"].related if aid else ():
            group = same.get(aid, {aid}) | same.get(r.id, {r.id})
            for member in group:
                same[member] = group
    clr_pathways, clr_same, sequences = pathways_from_associations(triples, names, types)
    for k, group in clr_same.items():
        merged = same.get(k, {k}) | group
        for member in merged:
            same[member] = merged
    covered_goals = {g for p in all_pathways for g in p.goal_ids()}
    all_pathways += [p for p in clr_pathways if not (p.goal_ids() & covered_goals)]

    def ids_of(achievement_id: str | None) -> frozenset[str]:
        if not achievement_id:
            return frozenset()
        return frozenset(same.get(achievement_id, {achievement_id}))

    lane_keys = {sid: frozenset({sid, compact(lane.name), *(compact(x) for x in seen_names.get(sid, ()))})
                 for sid, lane in lanes.items()}
    candidates = []
    for n in raw_nodes:
        if n["state"] in NOT_COUNTED_STATES:  # on the timeline, but no longer evidence of progress
            continue
        keys: set[str] = set()
        for sid in n["skills"]:
            keys |= lane_keys[sid]
        m = n["_model"]
        candidates.append(Candidate(
            node_id=n["id"], achievement_ids=ids_of(n["achievement_id"]), name=n["title"],
            achievement_type=n["achievement_type"],
            issuer_keys=frozenset(x for x in (m.issuer.id, compact(m.issuer.name)) if x),
            skill_keys=frozenset(keys), date=n["date"],
        ))
    skill_names = {s.id: s.name for s in lanes.values()} | {compact(s.name): s.name for s in lanes.values()}
    skill_names |= {s.id: s.name for s in mapping.skills}

    node_skills: dict[str, tuple[str, ...]] = {x["id"]: x["skills"] for x in raw_nodes}
    stacks: list[StackProgress] = []
    links: list[tuple[str, str, str]] = []
    competency_of: dict[str, list[str]] = {}
    component_of: dict[str, list[str]] = {}
    for p in all_pathways:
        goal_ids = set(p.goal_ids())
        for g in list(goal_ids):
            goal_ids |= same.get(g, set())
        goal_nodes = [c.node_id for c in candidates if (c.achievement_ids & goal_ids)
                      or (p.source == "pathway" and not p.achievement_id and compact(c.name) == compact(p.name))]
        rules = progress(replace(p, same_as=frozenset(goal_ids - {p.achievement_id})), candidates)
        counted = tuple(nid for r in rules for nid in r.node_ids)
        earned = min(p.required, len(counted))
        missing = tuple(
            r.rule.describe(skill_names) if (r.rule.id or r.rule.name) and r.rule.count == 1
            else f"{r.rule.count - r.earned} more {r.rule.describe(skill_names, r.rule.count - r.earned)}"
            for r in rules if not r.done)
        if p.required < p.total and earned < p.required:
            missing = (f"{p.required - earned} more of: " + "; ".join(
                r.rule.describe(skill_names) for r in rules if not r.done),)
        what = p.label or (rules[0].rule.describe(skill_names) if len(rules) == 1 else "component achievements")
        stack_skills: list[str] = []
        for goal_al in p.alignments:
            known = mapping.resolve(Alignment(
                target_name=goal_al.get("targetName"), target_code=goal_al.get("targetCode"),
                target_url=goal_al.get("targetUrl"), target_framework=goal_al.get("targetFramework")))
            if known and known.id not in stack_skills:
                stack_skills.append(known.id)
        for r in rules:
            if r.rule.skill:
                rule_skill = mapping.get(r.rule.skill) or next(
                    (s for s in mapping.skills if compact(s.name) == compact(r.rule.skill)), None)
                if rule_skill and rule_skill.id not in stack_skills:
                    stack_skills.append(rule_skill.id)
        for nid in goal_nodes:
            for sid in node_skills[nid]:
                if sid not in stack_skills and not sid.startswith(("tag:", "untagged")):
                    stack_skills.append(sid)
        if not stack_skills:
            for nid in counted:
                for sid in node_skills[nid]:
                    if sid not in stack_skills:
                        stack_skills.append(sid)
        goal = goal_nodes[0] if goal_nodes else None
        stacks.append(StackProgress(
            id=p.id, name=p.name, source=p.source, required=p.required, earned=earned,
            component_node_ids=counted, competency_node_id=goal, missing=() if goal else missing,
            summary=f"{earned} of {p.required} {what}", skills=tuple(stack_skills), achievement_id=p.achievement_id,
            description=p.description, provider=p.provider,
        ))
        for nid in goal_nodes:
            competency_of.setdefault(nid, []).append(p.id)
        for nid in counted:
            component_of.setdefault(nid, []).append(p.id)
            if goal:
                links.append((nid, goal, p.id))

    # CLR "precedes" pairs that are not stacks: a sequence line from the earlier to the later credential
    by_achievement: dict[str, str] = {}
    for c in candidates:
        for aid in c.achievement_ids:
            by_achievement.setdefault(aid, c.node_id)
    for source, target in sequences:
        a_node, b_node = by_achievement.get(source), by_achievement.get(target)
        if a_node and b_node and a_node != b_node:
            links.append((a_node, b_node, ""))

    # nodes, in time order
    nodes = tuple(sorted(
        (JourneyNode(**{k: v for k, v in n.items() if not k.startswith("_")},
                     competency_of=tuple(competency_of.get(n["id"], ())),
                     component_of=tuple(component_of.get(n["id"], ()))) for n in raw_nodes),
        key=lambda n: (n.date is None, n.date or "", n.title.lower(), n.id),
    ))

    # lanes: mapping order, then custom skills by name, then tag groups, then the unaligned
    order = {s.id: i for i, s in enumerate(mapping.skills)}
    kind_rank = {"known": 0, "custom": 1, "tag": 2, "untagged": 3}
    lane_list = sorted(lanes.values(), key=lambda s: (kind_rank[s.kind], order.get(s.id, 0), s.name.lower()))
    summaries = []
    for lane in lane_list:
        members = [x for x in nodes if lane.id in x.skills]
        exp: dict[str, int] = {}
        for x in members:
            exp[x.experience] = exp.get(x.experience, 0) + 1
        levels = [lv for x in members for lv in x.levels]
        summaries.append(SkillSummary(
            skill=replace(lane, names_seen=tuple(seen_names.get(lane.id, ()))),
            count=len(members),
            highest_level=max(levels, key=lambda lv: lv.ratio) if levels else None,
            experiences=tuple(sorted(exp.items(), key=lambda kv: -kv[1])),
            node_ids=tuple(n.id for n in members),
        ))

    dated = [n for n in nodes if n.date]
    term_list: tuple[Term, ...] = ()
    if dated:
        first = scheme.term_of(date.fromisoformat(dated[0].date or ""))
        last = scheme.term_of(date.fromisoformat(dated[-1].date or ""))
        term_list = tuple(scheme.span(first, last))
    notes = []
    if len(dated) < len(nodes):
        notes.append(f"{len(nodes) - len(dated)} credential(s) carry no date and are shown as undated.")
    return Journey(nodes=nodes, skills=tuple(summaries), terms=term_list, stacks=tuple(stacks),
                   links=tuple(links), notes=tuple(notes))


def _bar(fraction: float, width: int = 10) -> str:
    full = round(max(0.0, min(1.0, fraction)) * width)
    return "[" + "#" * full + "-" * (width - full) + "]"


def _text(j: Journey) -> str:
    """The journey for a terminal: skills, experiences, stacks, then the timeline term by term."""
    if not j.nodes:
        return "No credentials for a skill journey yet. Import some with `learner-wallet-cli import FILE`."
    span = f", {j.terms[0].label} to {j.terms[-1].label}" if len(j.terms) > 1 else f", {j.terms[0].label}" if j.terms else ""
    lines = [f"Skill journey: {len(j.nodes)} credential{'s' if len(j.nodes) != 1 else ''}{span}", "", "Skills"]
    width = max(len(s.skill.name) for s in j.skills)
    for s in j.skills:
        level = f"  highest: {s.highest_level.text}" if s.highest_level else ""
        lines.append(f"  {s.skill.name:<{width}}  {s.count:>3}{level}")
    lines += ["", "Experiences"]
    lines += [f"  {EXPERIENCE_LABELS.get(e, e):<20}  {c:>3}" for e, c in j.experiences]
    if j.stacks:
        lines += ["", "Stacks"]
        for st in j.stacks:
            state = "earned" if st.competency_node_id else ("ready to claim" if st.complete else "in progress")
            lines.append(f"  {_bar(st.fraction)} {st.name}: {st.summary} ({state})")
            if st.missing:
                lines.append(f"      still needed: {'; '.join(st.missing)}")
    names = {s.skill.id: s.skill.name for s in j.skills}
    by_term: dict[str | None, list[JourneyNode]] = {}
    for n in j.nodes:
        by_term.setdefault(n.term, []).append(n)
    lines += ["", "Timeline"]
    for t in j.terms:
        if t.key not in by_term:
            continue
        lines.append(f"  {t.label}")
        for n in by_term[t.key]:
            extra = ", ".join(names.get(s, s) for s in n.skills)
            level = f", {n.highest_level.text}" if n.highest_level else ""
            lines.append(f"    {n.date}  {n.title} ({EXPERIENCE_LABELS.get(n.experience, n.experience).lower()}; "
                         f"{extra}{level})")
    if None in by_term:
        lines.append("  Undated")
        lines += [f"    {n.title} ({EXPERIENCE_LABELS.get(n.experience, n.experience).lower()})" for n in by_term[None]]
    if j.notes:
        lines += ["", *("Note: " + x for x in j.notes)]
    return "\n".join(lines)


# --- the wallet ---------------------------------------------------------------------------------
def _apply_disclosures(payload: dict[str, Any], text: str) -> dict[str, Any]:
    """The SD-JWT payload with the holder's disclosures put in place (RFC 9901 §7.1 processing, for
    display only: nothing is verified here; verification happened at import)."""
    from wallet.proofs.sdjwt import list_disclosures

    by_digest = {d.digest: d for d in list_disclosures(text)}

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            out = {k: walk(v) for k, v in node.items() if k not in ("_sd", "_sd_alg")}
            for digest in node.get("_sd") or ():
                d = by_digest.get(digest) if isinstance(digest, str) else None
                if d is not None and d.name is not None:
                    out[d.name] = d.value  # the value has its own nested disclosures applied
            return out
        if isinstance(node, list):
            items = []
            for el in node:
                if isinstance(el, dict) and set(el) == {"..."}:
                    d = by_digest.get(el["..."])
                    if d is not None:
                        items.append(d.value)
                    continue  # an element not disclosed is left out
                items.append(walk(el))
            return items
        return node

    result = walk(payload)
    return result if isinstance(result, dict) else {}


def model_of_raw(raw: Any, fmt: str, details: Any = None) -> CredentialModel:
    """The credential model of a stored credential's ``raw`` (a JSON object, or a JWT / SD-JWT text); for a
    signed Open Badges 2.0 badge, with the BadgeClass and issuer kept beside its JWS (``details``) in place."""
    if isinstance(raw, dict):
        return credential_model(raw, fmt or "ldp-vc")
    if isinstance(raw, str):
        from wallet.credentials.formats import decode_jwt_unverified, vc_from_jwt_payload

        jws = raw.strip().split("~", 1)[0]
        _header, payload = decode_jwt_unverified(jws)
        if fmt == "sd-jwt-vc" or "~" in raw:
            return credential_model(vc_from_jwt_payload(_apply_disclosures(payload, raw)), "sd-jwt-vc")
        if details is not None:
            from wallet.credentials.ob2 import is_ob2_assertion, ob2_with_kept_details

            if is_ob2_assertion(payload):
                return credential_model(ob2_with_kept_details(payload, details), "ob2")
        return credential_model(vc_from_jwt_payload(payload), "vc-jwt")
    raise InputError("The stored credential is neither JSON nor a JWT.")


def journey_for_wallet(
    wallet: Wallet,
    pathways: Sequence[Pathway] | None = None,
    mapping: SkillMapping | None = None,
    terms: TermScheme | None = None,
) -> Journey:
    """The journey of every credential in ``wallet`` (a :class:`wallet.wallet.Wallet`).

    When not given, the mapping, pathways and terms come from the wallet settings
    ``journey.skill_mapping``, ``journey.pathways`` (a list of pathway definitions) and
    ``journey.terms``, else the defaults (no pathways).
    """
    notes: list[str] = []
    if mapping is None:
        doc = wallet.setting(SETTING_MAPPING)
        mapping = SkillMapping.from_json(doc) if doc else None
    if terms is None:
        doc = wallet.setting(SETTING_TERMS)
        terms = TermScheme.from_json(doc) if doc else None
    if pathways is None:
        doc = wallet.setting(SETTING_PATHWAYS)
        try:
            pathways = load_pathways(doc, name="the saved pathways") if doc else []
        except InputError as exc:
            notes.append(f"The saved pathways were not used: {exc.message}")
            pathways = []
    items = []
    for summary in wallet.credentials():
        try:
            content = wallet.credential(summary.id)
            model = model_of_raw(content.raw, content.format or summary.format, getattr(content, "details", None))
        except (WalletError, ValueError, KeyError, TypeError) as exc:
            notes.append(f"{summary.title or summary.id} could not be read for the journey: {exc}")
            continue
        items.append(JourneyItem(summary.id, model, summary.state, summary.parent_id))
    journey = derive_journey(items, pathways=pathways, mapping=mapping, terms=terms)
    return replace(journey, notes=journey.notes + tuple(notes)) if notes else journey
