"""The editable inputs of the skill journey: the skill mapping and the academic terms.

Both are plain data the user may change (and the wallet stores as JSON settings); the defaults are
:func:`default_mapping` (the NACE Career Readiness Competencies with their older names, and the
O*NET element ids and ESCO labels that correspond to them) and :class:`TermScheme` ``()``
(Spring Jan–May, Summer Jun–Jul, Fall Aug–Dec).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from wallet.credentials.model import Alignment
from wallet.errors import InputError
from wallet.journey.pathways import compact

__all__ = [
    "NACE_FRAMEWORK",
    "SkillDefinition",
    "SkillMapping",
    "Term",
    "TermBoundary",
    "TermScheme",
    "default_mapping",
]

NACE_FRAMEWORK = "NACE Career Readiness Competencies"


# --- skills -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SkillDefinition:
    """One normalised skill: the names and codes issuers use for it all map here."""

    id: str
    name: str
    framework: str = ""
    aliases: tuple[str, ...] = ()  # other names (any framework), matched letters-and-digits only
    codes: tuple[str, ...] = ()  # targetCode / targetUrl values (O*NET element ids, ESCO URIs, ...)
    description: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "framework": self.framework, "aliases": list(self.aliases),
                "codes": list(self.codes), "description": self.description}


_ONET_CODE = re.compile(r"(?<![\w.])(\d\.[A-Z]\.\d+(?:\.[a-z](?:\.\d+)?)?)(?![\w.])")


@dataclass(frozen=True)
class SkillMapping:
    """The editable table from issuer alignments to normalised skills (order = lane order)."""

    skills: tuple[SkillDefinition, ...]
    _by_name: dict[str, str] = field(init=False, repr=False, compare=False)
    _by_code: dict[str, str] = field(init=False, repr=False, compare=False)
    _by_id: dict[str, SkillDefinition] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_name: dict[str, str] = {}
        by_code: dict[str, str] = {}
        for s in self.skills:
            for n in (s.name, *s.aliases):
                by_name.setdefault(compact(n), s.id)
            for c in s.codes:
                by_code.setdefault(c.strip().lower(), s.id)
        object.__setattr__(self, "_by_name", by_name)
        object.__setattr__(self, "_by_code", by_code)
        object.__setattr__(self, "_by_id", {s.id: s for s in self.skills})

    def get(self, skill_id: str) -> SkillDefinition | None:
        return self._by_id.get(skill_id)

    def resolve(self, alignment: Alignment) -> SkillDefinition | None:
        """The known skill an alignment names, by code or URL first, then by name; None if unknown."""
        for value in (alignment.target_url, alignment.target_code):
            if value and (sid := self._by_code.get(value.strip().lower())):
                return self._by_id[sid]
        for value in (alignment.target_code, alignment.target_url):
            if value and (m := _ONET_CODE.search(value)) and (sid := self._by_code.get(m.group(1).lower())):
                return self._by_id[sid]
        for value in (alignment.target_name, alignment.target_code):
            if value and (sid := self._by_name.get(compact(value))):
                return self._by_id[sid]
        return None

    def with_alias(self, skill_id: str, alias: str) -> SkillMapping:
        return self._edit(skill_id, lambda s: replace(s, aliases=(*s.aliases, alias)))

    def with_code(self, skill_id: str, code: str) -> SkillMapping:
        return self._edit(skill_id, lambda s: replace(s, codes=(*s.codes, code)))

    def with_skill(self, skill: SkillDefinition) -> SkillMapping:
        return SkillMapping(tuple(s for s in self.skills if s.id != skill.id) + (skill,))

    def _edit(self, skill_id: str, change: Any) -> SkillMapping:
        if skill_id not in self._by_id:
            raise InputError(f"There is no skill {skill_id!r} in the mapping.")
        return SkillMapping(tuple(change(s) if s.id == skill_id else s for s in self.skills))

    def to_json(self) -> dict[str, Any]:
        return {"skills": [s.to_json() for s in self.skills]}

    @classmethod
    def from_json(cls, doc: Any) -> SkillMapping:
        items = doc.get("skills") if isinstance(doc, Mapping) else doc
        if not isinstance(items, list):
            raise InputError("A skill mapping is {\"skills\": [...]} with one object per skill.")
        out = []
        for i, s in enumerate(items):
            if not isinstance(s, Mapping) or not isinstance(s.get("id"), str) or not isinstance(s.get("name"), str):
                raise InputError(f"skills[{i}] needs a string id and name")
            out.append(SkillDefinition(
                id=s["id"], name=s["name"], framework=str(s.get("framework") or ""),
                aliases=tuple(str(a) for a in s.get("aliases") or () if isinstance(a, str)),
                codes=tuple(str(c) for c in s.get("codes") or () if isinstance(c, str)),
                description=str(s.get("description") or ""),
            ))
        return cls(tuple(out))


def default_mapping() -> SkillMapping:
    """NACE Career Readiness Competencies (2021 names first, then the 2017 names), with O*NET and ESCO."""
    n = NACE_FRAMEWORK
    return SkillMapping((
        SkillDefinition("nace:career-self-development", "Career & Self-Development", n,
                        ("Career and Self-Development", "Career & Self Development", "Career Management",
                         "Self-Development", "Career Development", "manage personal professional development",
                         "Active Learning", "Learning Strategies"),
                        ("2.A.2.b", "2.A.2.c")),
        SkillDefinition("nace:communication", "Communication", n,
                        ("Oral/Written Communications", "Oral/Written Communication", "Communications",
                         "Oral Communication", "Written Communication", "Speaking", "Writing", "Active Listening",
                         "communicate with others", "communication"),
                        ("2.A.1.a", "2.A.1.b", "2.A.1.c", "2.A.1.d")),
        SkillDefinition("nace:critical-thinking", "Critical Thinking", n,
                        ("Critical Thinking/Problem Solving", "Critical Thinking & Problem Solving", "Problem Solving",
                         "Complex Problem Solving", "Judgment and Decision Making", "think critically",
                         "think analytically", "solve problems"),
                        ("2.A.2.a", "2.B.2.i", "2.B.4.e")),
        SkillDefinition("nace:equity-inclusion", "Equity & Inclusion", n,
                        ("Equity and Inclusion", "Global/Intercultural Fluency", "Global Intercultural Fluency",
                         "Intercultural Fluency", "Intercultural Competence", "Diversity, Equity & Inclusion",
                         "Diversity, Equity and Inclusion", "show intercultural awareness",
                         "demonstrate intercultural competence")),
        SkillDefinition("nace:leadership", "Leadership", n,
                        ("Leadership Skills", "lead others", "Management of Personnel Resources"), ("2.B.5.d",)),
        SkillDefinition("nace:professionalism", "Professionalism", n,
                        ("Professionalism/Work Ethic", "Work Ethic", "Professionalism & Work Ethic", "Time Management",
                         "manage time", "demonstrate willingness to learn"),
                        ("2.B.5.a",)),
        SkillDefinition("nace:teamwork", "Teamwork", n,
                        ("Teamwork/Collaboration", "Teamwork & Collaboration", "Teamwork and Collaboration",
                         "Collaboration", "Coordination", "work in teams", "work in a team", "teamwork principles"),
                        ("2.B.1.b",)),
        SkillDefinition("nace:technology", "Technology", n,
                        ("Digital Technology", "Technology Application", "Digital Literacy", "Programming",
                         "use digital tools", "digital competencies", "Technology Design"),
                        ("2.B.3.e", "2.B.3.b")),
    ))


# --- terms --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TermBoundary:
    name: str
    start_month: int
    end_month: int  # inclusive; may be less than start_month for a term across New Year


@dataclass(frozen=True)
class Term:
    key: str  # sortable: "2023-08" (start year and month)
    name: str  # "Fall"
    year: int  # the calendar year the term starts in
    label: str  # "Fall 2023"
    academic_year: str  # "2023–24"
    start: date
    end: date


_DEFAULT_TERMS = (TermBoundary("Spring", 1, 5), TermBoundary("Summer", 6, 7), TermBoundary("Fall", 8, 12))


@dataclass(frozen=True)
class TermScheme:
    """Academic terms by month. Months no term covers belong to the term before them."""

    boundaries: tuple[TermBoundary, ...] = _DEFAULT_TERMS
    academic_year_start: int = 8  # the month the academic year starts (Fall)

    def __post_init__(self) -> None:
        if not self.boundaries:
            raise InputError("A term scheme needs at least one term.")
        covered: set[int] = set()
        for b in self.boundaries:
            if not (1 <= b.start_month <= 12 and 1 <= b.end_month <= 12):
                raise InputError(f"The term {b.name!r} has a month outside 1–12.")
            months = set(self._months(b))
            if covered & months:
                raise InputError(f"The term {b.name!r} overlaps another term.")
            covered |= months

    @staticmethod
    def _months(b: TermBoundary) -> list[int]:
        m, out = b.start_month, []
        while True:
            out.append(m)
            if m == b.end_month:
                return out
            m = m % 12 + 1

    def _owner(self, month: int) -> TermBoundary:
        for back in range(12):
            m = (month - 1 - back) % 12 + 1
            for b in self.boundaries:
                if m in self._months(b):
                    return b
        raise AssertionError("unreachable: at least one term exists")  # pragma: no cover

    def term_of(self, d: date) -> Term:
        b = self._owner(d.month)
        year = d.year if d.month >= b.start_month else d.year - 1
        return self._term(b, year)

    def _term(self, b: TermBoundary, year: int) -> Term:
        months = self._months(b)
        # the term runs to the month before the next term starts (uncovered months belong to it)
        length = len(months)
        while length < 12 and self._owner((b.start_month - 1 + length) % 12 + 1) is b:
            length += 1
        end_month_index = b.start_month - 1 + length  # 0-based month count from January of `year`
        end_year, end_month = year + (end_month_index - 1) // 12, (end_month_index - 1) % 12 + 1
        end = date(end_year + end_month // 12, end_month % 12 + 1, 1) if end_month < 12 else date(end_year, 12, 31)
        if end_month < 12:
            end = date.fromordinal(end.toordinal() - 1)
        ay = year if b.start_month >= self.academic_year_start else year - 1
        return Term(key=f"{year:04d}-{b.start_month:02d}", name=b.name, year=year, label=f"{b.name} {year}",
                    academic_year=f"{ay}–{(ay + 1) % 100:02d}", start=date(year, b.start_month, 1), end=end)

    def next_term(self, t: Term) -> Term:
        return self.term_of(date.fromordinal(t.end.toordinal() + 1))

    def span(self, first: Term, last: Term, limit: int = 400) -> list[Term]:
        """Every term from first to last, empty ones included (so the timeline is continuous)."""
        out, t = [first], first
        while t.key < last.key and len(out) < limit:
            t = self.next_term(t)
            out.append(t)
        return out

    def to_json(self) -> dict[str, Any]:
        return {"terms": [{"name": b.name, "start_month": b.start_month, "end_month": b.end_month} for b in self.boundaries],
                "academic_year_start": self.academic_year_start}

    @classmethod
    def from_json(cls, doc: Any) -> TermScheme:
        try:
            return cls(tuple(TermBoundary(str(t["name"]), int(t["start_month"]), int(t["end_month"])) for t in doc["terms"]),
                       int(doc.get("academic_year_start", 8)))
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"A term scheme is {{\"terms\": [{{name, start_month, end_month}}, ...]}}: {exc}") from None
