"""Pathways: how micro-credentials stack into a competency credential.

A *pathway* names a goal achievement (an Open Badges 3.0 ``Achievement``, usually of type
``Competency``) and the component achievements that lead to it, with how many of them are needed.
Pathways come from two places:

* pathway definition files that an issuer or an advisor provides (the format is documented in
  ``docs/pathways.md``; examples in ``resources/pathways/``), read by :func:`load_pathways`;
* CLR 2.0 ``association`` entries (``isParentOf``, ``isChildOf``, ``isPartOf``, ``precedes``),
  turned into pathways by :func:`pathways_from_associations`.

Matching a held credential against a component rule is :func:`progress`; it works on small
:class:`Candidate` records so that this module needs neither the credential model nor the skill
mapping (the journey builds the candidates). Nothing here touches the disk except
:func:`load_pathway_file`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wallet.errors import InputError

__all__ = [
    "Candidate",
    "ComponentRule",
    "PATHWAY_TYPE",
    "Pathway",
    "RuleProgress",
    "compact",
    "example_pathways_dir",
    "load_pathway_file",
    "load_pathways",
    "pathways_from_associations",
    "progress",
]

PATHWAY_TYPE = "LearnerWalletPathway"
MAX_PATHWAYS = 500
MAX_COMPONENTS = 200

#: CLR 2.0 association types that mean "source is a component of target"
_CHILD_OF = {"ischildof", "ispartof"}
#: "source comes before target": a component of target when target is made of parts, else a sequence
_PRECEDES = {"precedes"}
#: ... and "target is a component of source"
_PARENT_OF = {"isparentof"}
#: types that say two achievements are the same for the journey
_SAME_AS = {"exactmatchof", "replacedby"}


_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def compact(text: str | None) -> str:
    """Lowercase letters and digits only (``&`` read as ``and``), for matching names across issuers."""
    if not text:
        return ""
    return _NOT_ALNUM.sub("", text.lower().replace("&", "and"))


@dataclass(frozen=True)
class Candidate:
    """What a component rule can see of one held credential."""

    node_id: str
    achievement_ids: frozenset[str]  # the achievement id and every id said to be the same
    name: str
    achievement_type: str | None
    issuer_keys: frozenset[str]  # issuer id and compacted name
    skill_keys: frozenset[str]  # normalised skill ids and compacted skill names
    date: str | None = None


@dataclass(frozen=True)
class ComponentRule:
    """One requirement of a pathway. Every field given must match; ``count`` credentials are needed."""

    id: str | None = None
    name: str | None = None
    skill: str | None = None
    achievement_type: str | None = None
    issuer: str | None = None
    count: int = 1
    label: str | None = None

    def matches(self, c: Candidate) -> bool:
        # the achievement: by id, or by name (a name alone, or a name given as a fallback for the id)
        if self.id or self.name:
            by_id = bool(self.id) and self.id in c.achievement_ids
            by_name = bool(self.name) and compact(self.name) == compact(c.name)
            if not (by_id or by_name):
                return False
        if self.achievement_type and compact(self.achievement_type.removeprefix("ext:")) != compact(
            (c.achievement_type or "").removeprefix("ext:")
        ):
            return False
        if self.issuer and self.issuer not in c.issuer_keys and compact(self.issuer) not in c.issuer_keys:
            return False
        if self.skill and self.skill.lower() not in c.skill_keys and compact(self.skill) not in c.skill_keys:
            return False
        return bool(self.id or self.name or self.skill or self.achievement_type or self.issuer)

    def describe(self, skill_names: Mapping[str, str] | None = None, count: int | None = None) -> str:
        """A short human description: ``Teamwork micro-credentials``, ``Community Partner Orientation``.

        ``count`` (default: the rule's) decides singular or plural.
        """
        count = self.count if count is None else count
        if self.label:
            return self.label
        if self.name:
            return self.name
        parts = []
        if self.skill:
            parts.append((skill_names or {}).get(self.skill.lower(), self.skill))
        kind = _type_words(self.achievement_type) if self.achievement_type else "credential"
        parts.append(kind + ("s" if count != 1 else ""))
        text = " ".join(parts)
        return text if not self.id or self.skill or self.achievement_type else self.id

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in (("id", self.id), ("name", self.name), ("skill", self.skill),
                           ("achievementType", self.achievement_type), ("issuer", self.issuer),
                           ("label", self.label)):
            if value:
                out[key] = value
        if self.count != 1:
            out["count"] = self.count
        return out


def _type_words(achievement_type: str) -> str:
    t = achievement_type.removeprefix("ext:")
    special = {"microcredential": "micro-credential", "coursework": "course"}
    if compact(t) in special:
        return special[compact(t)]
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", t).lower()


@dataclass(frozen=True)
class Pathway:
    """A goal achievement and the components that stack into it."""

    id: str
    name: str
    achievement_id: str | None
    components: tuple[ComponentRule, ...]
    required: int
    description: str | None = None
    achievement_type: str | None = None
    alignments: tuple[Mapping[str, Any], ...] = ()  # the goal's OB 3.0 alignment objects, as given
    provider: str | None = None
    label: str | None = None  # what the components are, in words: "Teamwork micro-credentials"
    source: str = "pathway"  # pathway | clr
    same_as: frozenset[str] = frozenset()  # other ids of the goal achievement
    achievement: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def total(self) -> int:
        return sum(r.count for r in self.components)

    def goal_ids(self) -> frozenset[str]:
        return frozenset({self.achievement_id, *self.same_as} - {None})  # type: ignore[arg-type]

    def to_json(self) -> dict[str, Any]:
        achievement = dict(self.achievement) or {
            "id": self.achievement_id, "type": ["Achievement"], "name": self.name,
            **({"achievementType": self.achievement_type} if self.achievement_type else {}),
        }
        out: dict[str, Any] = {"type": PATHWAY_TYPE, "version": 1, "id": self.id, "achievement": achievement,
                               "required": self.required, "components": [r.to_json() for r in self.components]}
        if self.provider:
            out["provider"] = self.provider
        if self.description:
            out["description"] = self.description
        if self.label:
            out["label"] = self.label
        return out


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, dict):
        for key in ("name", "@value", "en", "en-US", "id"):
            if isinstance(value.get(key), str) and value[key].strip():
                return str(value[key]).strip()
    return None


def _positive_int(value: Any, what: str, default: int) -> int:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InputError(f"{what} must be a whole number of at least 1, not {value!r}")
    return value


def _rule(obj: Any, where: str) -> ComponentRule:
    if isinstance(obj, str):
        return ComponentRule(id=obj)
    if not isinstance(obj, dict):
        raise InputError(f"{where} must be an achievement id or an object, not {type(obj).__name__}")
    achievement: dict[str, Any] = obj["achievement"] if isinstance(obj.get("achievement"), dict) else {}
    skill = obj.get("skill")
    if isinstance(skill, dict):  # an OB alignment object
        skill = _text(skill.get("targetName")) or _text(skill.get("targetCode"))
    rule = ComponentRule(
        id=_text(obj.get("id")) or _text(achievement.get("id")),
        name=_text(obj.get("name")) or _text(achievement.get("name")),
        skill=skill if isinstance(skill, str) and skill.strip() else None,
        achievement_type=_text(obj.get("achievementType")) or _text(achievement.get("achievementType")),
        issuer=_text(obj.get("issuer")),
        count=_positive_int(obj.get("count"), f"{where}.count", 1),
        label=_text(obj.get("label")),
    )
    if not (rule.id or rule.name or rule.skill or rule.achievement_type or rule.issuer):
        raise InputError(f"{where} names nothing to match: give an id, name, skill, achievementType or issuer")
    return rule


def _pathway(obj: Any, where: str) -> Pathway:
    if not isinstance(obj, dict):
        raise InputError(f"{where} must be a JSON object")
    types: list[Any] = obj["type"] if isinstance(obj.get("type"), list) else [obj.get("type")]
    if PATHWAY_TYPE not in types:
        raise InputError(f"{where} is not a pathway: its type must be {PATHWAY_TYPE!r}",
                         fix="See docs/pathways.md for the format.")
    achievement = obj.get("achievement")
    if not isinstance(achievement, dict):
        raise InputError(f"{where}.achievement must be an Open Badges 3.0 Achievement object")
    name = _text(achievement.get("name"))
    if not name:
        raise InputError(f"{where}.achievement has no name")
    components = obj.get("components")
    if not isinstance(components, list) or not components:
        raise InputError(f"{where}.components must be a non-empty list")
    if len(components) > MAX_COMPONENTS:
        raise InputError(f"{where} has {len(components)} components; at most {MAX_COMPONENTS} are read")
    rules = tuple(_rule(c, f"{where}.components[{i}]") for i, c in enumerate(components))
    total = sum(r.count for r in rules)
    required = _positive_int(obj.get("required"), f"{where}.required", total)
    if required > total:
        raise InputError(f"{where}.required is {required} but the components only add up to {total}")
    achievement_id = _text(achievement.get("id"))
    related = achievement.get("related")
    same_as = frozenset(
        r["id"] for r in (related if isinstance(related, list) else [related])
        if isinstance(r, dict) and isinstance(r.get("id"), str)
    )
    alignments = achievement.get("alignment")
    return Pathway(
        id=_text(obj.get("id")) or achievement_id or f"pathway:{compact(name)}",
        name=name,
        achievement_id=achievement_id,
        components=rules,
        required=required,
        description=_text(obj.get("description")) or _text(achievement.get("description")),
        achievement_type=_text(achievement.get("achievementType")),
        alignments=tuple(a for a in (alignments if isinstance(alignments, list) else [alignments]) if isinstance(a, dict)),
        provider=_text(obj.get("provider")),
        label=_text(obj.get("label")),
        source="pathway",
        same_as=same_as,
        achievement=achievement,
    )


def load_pathways(data: bytes | str | Mapping[str, Any] | Sequence[Any], *, name: str = "the pathway file") -> list[Pathway]:
    """Read pathway definitions: one object, a list of them, or ``{"pathways": [...]}``.

    Raises :class:`~wallet.errors.InputError` naming what is wrong.
    """
    doc: Any = data
    if isinstance(data, bytes | str):
        try:
            doc = json.loads(data)
        except ValueError as exc:
            raise InputError(f"{name} is not JSON: {exc}") from None
    if isinstance(doc, Mapping) and isinstance(doc.get("pathways"), list):
        doc = doc["pathways"]
    items = list(doc) if isinstance(doc, list | tuple) else [doc]
    if len(items) > MAX_PATHWAYS:
        raise InputError(f"{name} has {len(items)} pathways; at most {MAX_PATHWAYS} are read")
    return [_pathway(item, f"{name}[{i}]" if len(items) > 1 else name) for i, item in enumerate(items)]


def load_pathway_file(path: str | Path) -> list[Pathway]:
    p = Path(path)
    if p.stat().st_size > 2_000_000:
        raise InputError(f"{p.name} is larger than 2 MB; a pathway file is small")
    return load_pathways(p.read_bytes(), name=p.name)


def example_pathways_dir() -> Path:
    """The documented example pathway files shipped in ``resources/pathways``."""
    return Path(__file__).resolve().parents[2] / "resources" / "pathways"


# --- CLR 2.0 associations ---------------------------------------------------------------------
def pathways_from_associations(
    associations: Iterable[tuple[str, str, str]],
    names: Mapping[str, str],
    types: Mapping[str, str | None] | None = None,
) -> tuple[list[Pathway], dict[str, set[str]], list[tuple[str, str]]]:
    """Pathways from CLR association triples ``(associationType, sourceId, targetId)``.

    ``names`` gives achievement names by id (from the CLR's achievements and nested credentials).
    Returns the pathways (one per parent, every child required), the "same as" groups from
    ``exactMatchOf`` / ``replacedBy``, and the sequences: ``precedes`` pairs whose target is not made
    of parts (a prerequisite course, not a stack).
    """
    children: dict[str, list[str]] = {}
    same: dict[str, set[str]] = {}
    before: list[tuple[str, str]] = []
    for kind, source, target in associations:
        k = compact(kind)
        if k in _PRECEDES:
            before.append((source, target))
            continue
        if k in _CHILD_OF:
            parent, child = target, source
        elif k in _PARENT_OF:
            parent, child = source, target
        elif k in _SAME_AS:
            group = same.get(source, {source}) | same.get(target, {target})
            for member in group:
                same[member] = group
            continue
        else:
            continue
        if parent != child and child not in children.setdefault(parent, []):
            children[parent].append(child)
    sequences = []
    for source, target in before:
        if target in children:
            if source != target and source not in children[target]:
                children[target].append(source)
        elif (source, target) not in sequences:
            sequences.append((source, target))
    out = []
    for parent, kids in children.items():
        rules = tuple(ComponentRule(id=k, name=None, label=names.get(k) or None) for k in kids[:MAX_COMPONENTS])
        out.append(Pathway(
            id=f"clr:{parent}",
            name=names.get(parent) or parent,
            achievement_id=parent,
            components=rules,
            required=len(rules),
            achievement_type=(types or {}).get(parent),
            source="clr",
            same_as=frozenset(same.get(parent, set()) - {parent}),
        ))
    return out, same, sequences


# --- progress -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class RuleProgress:
    rule: ComponentRule
    node_ids: tuple[str, ...]  # the credentials counted for this rule (at most rule.count)

    @property
    def earned(self) -> int:
        return len(self.node_ids)

    @property
    def done(self) -> bool:
        return self.earned >= self.rule.count


def progress(pathway: Pathway, candidates: Sequence[Candidate]) -> tuple[RuleProgress, ...]:
    """Which held credentials count toward each component rule.

    A credential counts for one rule at most; specific rules (an id or a name) are served first, so
    that a broad rule ("any 3 Teamwork micro-credentials") does not take a credential a specific rule
    needs. Within a rule the earliest credentials count first. The goal itself never counts.
    """
    goal = pathway.goal_ids()
    pool = [c for c in sorted(candidates, key=lambda c: (c.date or "9999", c.node_id)) if not (goal & c.achievement_ids)]
    used: set[str] = set()
    taken: dict[int, tuple[str, ...]] = {}
    order = sorted(range(len(pathway.components)), key=lambda i: 0 if (pathway.components[i].id or pathway.components[i].name) else 1)
    for i in order:
        rule = pathway.components[i]
        got: list[str] = []
        seen_achievements: set[str] = set()
        for c in pool:
            if len(got) >= rule.count:
                break
            if c.node_id in used or not rule.matches(c):
                continue
            # one credential per achievement: two copies of the same badge are not two components
            key = min(c.achievement_ids) if c.achievement_ids else c.node_id
            if key in seen_achievements:
                continue
            seen_achievements.add(key)
            got.append(c.node_id)
            used.add(c.node_id)
        taken[i] = tuple(got)
    return tuple(RuleProgress(pathway.components[i], taken[i]) for i in range(len(pathway.components)))
