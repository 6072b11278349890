"""A typed, immutable view of a credential for the UI, the search index and the skill journey.

:func:`credential_model` reads Open Badges 3.0 (every context version 3.0.0–3.0.3, on VC 1.1 or
2.0), CLR 2.0 (with nested credentials and associations), plain W3C VCs, SD-JWT VC claims and Open
Badges 2.0 assertions (:mod:`wallet.credentials.ob2`). It
never fails on missing or odd fields: what is absent is ``None`` or empty. Nothing here verifies.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import rfc8785

__all__ = [
    "Achievement",
    "Alignment",
    "Association",
    "CredentialModel",
    "Endorsement",
    "Evidence",
    "EXPERIENCE_TYPES",
    "Profile",
    "Related",
    "ResultItem",
    "credential_fingerprint",
    "credential_model",
    "parse_datetime",
]

V1_CONTEXT = "https://www.w3.org/2018/credentials/v1"
V2_CONTEXT = "https://www.w3.org/ns/credentials/v2"

#: experience types the journey knows, in the order they are looked for
EXPERIENCE_TYPES = (
    "service-learning",
    "community-engagement",
    "volunteering",
    "study-abroad",
    "internship",
    "student-leadership",
    "research",
    "work",
    "course",
)

# achievementType values (OB 3.0 enumeration and common ext: values) that name an experience
_ACHIEVEMENT_TYPE_EXPERIENCE = {
    "servicelearning": "service-learning",
    "communityservice": "community-engagement",
    "communityengagement": "community-engagement",
    "volunteer": "volunteering",
    "volunteering": "volunteering",
    "internship": "internship",
    "studyabroad": "study-abroad",
    "studentleadership": "student-leadership",
    "research": "research",
    "fieldwork": "research",
    "course": "course",
    "apprenticeshipcertificate": "work",
    "workexperience": "work",
    "employment": "work",
}

# compact (lowercase, letters/digits only) keywords looked for in evidence genre/name and tags
_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("service-learning", ("servicelearning",)),
    ("community-engagement", ("communityengagement", "civicengagement", "communityservice", "communitypartner")),
    ("volunteering", ("volunteer",)),
    ("study-abroad", ("studyabroad", "semesterabroad", "exchangesemester")),
    ("internship", ("internship", "coop")),
    ("student-leadership", ("studentleadership", "studentgovernment", "studentorganization", "clubpresident")),
    ("research", ("research",)),
    ("work", ("workexperience", "employment", "parttimejob", "apprenticeship", "job", "work")),
    ("course", ("course", "coursework", "class")),
)
_WORD_ONLY = {"job", "work", "class", "coop"}  # matched as whole words only ("teamwork" is not work)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _str(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value
    if isinstance(value, dict):  # language maps / value objects {"@value": ...}
        for key in ("@value", "en", "en-US"):
            if isinstance(value.get(key), str):
                return str(value[key])
    return None


def _first_dict(value: Any) -> dict[str, Any]:
    for item in _as_list(value):
        if isinstance(item, dict):
            return item
    return {}


def _types(obj: Any) -> tuple[str, ...]:
    if not isinstance(obj, dict):
        return ()
    return tuple(t for t in _as_list(obj.get("type")) if isinstance(t, str))


def _image(value: Any) -> str | None:
    if isinstance(value, str):
        return value or None
    if isinstance(value, dict):
        return _str(value.get("id"))
    return None


def parse_datetime(value: Any) -> datetime | None:
    """An ISO 8601 / xsd:dateTime (or a date) as an aware UTC datetime; None when absent or unreadable."""
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    if s.endswith(("Z", "z")):
        s = s[:-1] + "+00:00"
    try:
        dt = datetime.fromisoformat(s)
    except ValueError:
        m = re.match(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?([+-]\d{2}:?\d{2})?$", s)
        if not m:
            return None
        try:
            dt = datetime.fromisoformat(m.group(1) + (m.group(3) or "+00:00"))
        except ValueError:
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


@dataclass(frozen=True)
class Profile:
    id: str | None = None
    name: str | None = None
    image: str | None = None
    url: str | None = None
    description: str | None = None
    email: str | None = None

    @property
    def label(self) -> str:
        return self.name or self.id or ""


@dataclass(frozen=True)
class Alignment:
    """A skill or competency the achievement aligns to (OB 3.0 ``Alignment``)."""

    target_name: str | None = None
    target_code: str | None = None
    target_framework: str | None = None
    target_url: str | None = None
    target_type: str | None = None
    target_description: str | None = None

    @property
    def key(self) -> str:
        """A stable key for grouping the same skill across credentials."""
        base = self.target_url or "|".join(x or "" for x in (self.target_framework, self.target_code or self.target_name))
        return base.lower()


@dataclass(frozen=True)
class ResultItem:
    """One result: the value or achieved rubric level, with a human ``level`` like ``Milestone 3 of 4``."""

    name: str | None = None  # the ResultDescription name
    value: str | None = None
    achieved_level: str | None = None  # the rubric criterion level name
    level: str | None = None  # e.g. "Milestone 3 of 4"
    level_position: int | None = None
    level_count: int | None = None
    status: str | None = None


@dataclass(frozen=True)
class Related:
    id: str
    version: str | None = None
    in_language: str | None = None


@dataclass(frozen=True)
class Achievement:
    id: str | None = None
    type: str | None = None  # achievementType, e.g. MicroCredential / Competency / Course
    name: str | None = None
    description: str | None = None
    criteria_narrative: str | None = None
    criteria_id: str | None = None
    image: str | None = None
    creator: Profile | None = None
    field_of_study: str | None = None
    human_code: str | None = None
    tags: tuple[str, ...] = ()
    alignments: tuple[Alignment, ...] = ()
    result_descriptions: tuple[str, ...] = ()
    related: tuple[Related, ...] = ()


@dataclass(frozen=True)
class Evidence:
    id: str | None = None
    name: str | None = None
    narrative: str | None = None
    description: str | None = None
    genre: str | None = None
    audience: str | None = None


@dataclass(frozen=True)
class Association:
    association_type: str
    source_id: str
    target_id: str


@dataclass(frozen=True)
class Endorsement:
    id: str | None = None
    about: str = "credential"  # credential | achievement | issuer
    issuer: Profile = field(default_factory=Profile)
    comment: str | None = None
    name: str | None = None
    valid_from: str | None = None


@dataclass(frozen=True)
class CredentialModel:
    id: str | None
    types: tuple[str, ...]
    format: str  # ldp-vc | vc-jwt | sd-jwt-vc
    vc_version: str | None  # "1.1" | "2.0" | None (SD-JWT VC)
    proof_types: tuple[str, ...]
    title: str
    description: str | None
    image: str | None
    issuer: Profile
    subject: Profile
    achievement: Achievement | None  # the OB achievement (None for CLR and plain VCs)
    achievements: tuple[Achievement, ...]  # OB: (achievement,); CLR: the subject's achievement list
    skills: tuple[Alignment, ...]
    results: tuple[ResultItem, ...]
    evidence: tuple[Evidence, ...]
    tags: tuple[str, ...]
    experience_type: str | None
    valid_from: str | None
    valid_until: str | None
    awarded: str | None
    associations: tuple[Association, ...] = ()
    credentials: tuple[CredentialModel, ...] = ()  # CLR nested credentials
    endorsements: tuple[Endorsement, ...] = ()
    kind: str = "credential"  # open-badge | open-badge-2 | clr | endorsement | status-list | credential | sd-jwt-vc

    @property
    def related(self) -> tuple[Related, ...]:
        return tuple(r for a in self.achievements for r in a.related)

    @property
    def valid_from_dt(self) -> datetime | None:
        return parse_datetime(self.valid_from)

    @property
    def valid_until_dt(self) -> datetime | None:
        return parse_datetime(self.valid_until)

    @property
    def awarded_dt(self) -> datetime | None:
        return parse_datetime(self.awarded) or self.valid_from_dt

    def search_text(self) -> str:
        """All human text of the credential (and nested ones), one string, for the search index."""
        parts: list[str | None] = [self.title, self.description, self.issuer.name, self.subject.name, self.experience_type]
        parts += list(self.types)
        for a in self.achievements:
            parts += [a.name, a.description, a.criteria_narrative, a.type, a.field_of_study, a.human_code]
            if a.creator:
                parts.append(a.creator.name)
        for s in self.skills:
            parts += [s.target_name, s.target_code, s.target_framework, s.target_description]
        for r in self.results:
            parts += [r.name, r.value, r.achieved_level, r.level]
        for e in self.evidence:
            parts += [e.name, e.narrative, e.description, e.genre]
        for en in self.endorsements:
            parts += [en.issuer.name, en.comment, en.name]
        parts += list(self.tags)
        text = "\n".join(p for p in parts if p)
        nested = "\n".join(c.search_text() for c in self.credentials)
        return text + ("\n" + nested if nested else "")


def _profile(value: Any) -> Profile:
    if isinstance(value, str):
        return Profile(id=value)
    if not isinstance(value, dict):
        return Profile()
    return Profile(
        id=_str(value.get("id")),
        name=_str(value.get("name")),
        image=_image(value.get("image")),
        url=_str(value.get("url")),
        description=_str(value.get("description")),
        email=_str(value.get("email")),
    )


def _alignment(a: dict[str, Any]) -> Alignment:
    return Alignment(
        target_name=_str(a.get("targetName")),
        target_code=_str(a.get("targetCode")),
        target_framework=_str(a.get("targetFramework")),
        target_url=_str(a.get("targetUrl")),
        target_type=_str(a.get("targetType")),
        target_description=_str(a.get("targetDescription")),
    )


def _achievement(a: Any) -> Achievement | None:
    if not isinstance(a, dict):
        return Achievement(id=a) if isinstance(a, str) else None
    criteria: dict[str, Any] = a["criteria"] if isinstance(a.get("criteria"), dict) else {}
    return Achievement(
        id=_str(a.get("id")),
        type=_str(a.get("achievementType")),
        name=_str(a.get("name")),
        description=_str(a.get("description")),
        criteria_narrative=_str(criteria.get("narrative")),
        criteria_id=_str(criteria.get("id")),
        image=_image(a.get("image")),
        creator=_profile(a["creator"]) if a.get("creator") else None,
        field_of_study=_str(a.get("fieldOfStudy")),
        human_code=_str(a.get("humanCode")),
        tags=tuple(t for t in _as_list(a.get("tag")) if isinstance(t, str) and t),
        alignments=tuple(_alignment(x) for x in _as_list(a.get("alignment")) if isinstance(x, dict)),
        result_descriptions=tuple(n for rd in _as_list(a.get("resultDescription")) if (n := _str(_first_dict(rd).get("name")))),
        related=tuple(
            Related(r["id"], _str(r.get("version")), _str(r.get("inLanguage")))
            for r in _as_list(a.get("related"))
            if isinstance(r, dict) and isinstance(r.get("id"), str)
        ),
    )


def _level_order(levels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    def points(lv: dict[str, Any]) -> float | None:
        try:
            return float(lv.get("points"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None

    pts = [points(lv) for lv in levels]
    if all(p is not None for p in pts) and len(set(pts)) == len(pts):
        return [lv for _, lv in sorted(zip(pts, levels, strict=True), key=lambda x: x[0])]  # type: ignore[arg-type,return-value]
    return levels


def _results(subject: dict[str, Any], achievement: dict[str, Any]) -> tuple[ResultItem, ...]:
    descriptions = {
        rd["id"]: rd for rd in _as_list(achievement.get("resultDescription")) if isinstance(rd, dict) and isinstance(rd.get("id"), str)
    }
    out = []
    for r in _as_list(subject.get("result")):
        if not isinstance(r, dict):
            continue
        rd = descriptions.get(r.get("resultDescription") or "", {})
        achieved = r.get("achievedLevel")
        if achieved and not any(_first_dict(lv).get("id") == achieved for lv in _as_list(rd.get("rubricCriterionLevel"))):
            # the level is defined under another result description of the achievement
            for other in descriptions.values():
                if any(_first_dict(lv).get("id") == achieved for lv in _as_list(other.get("rubricCriterionLevel"))):
                    rd = other
                    break
        levels = _level_order([lv for lv in _as_list(rd.get("rubricCriterionLevel")) if isinstance(lv, dict)])
        level_name = position = count = text = None
        for i, lv in enumerate(levels):
            if lv.get("id") == achieved:
                level_name = _str(lv.get("name")) or _str(lv.get("level"))
                position, count = i + 1, len(levels)
        if level_name and position and count:
            text = (
                f"{level_name} of {count}" if re.search(rf"\b{position}$", level_name) else f"{level_name} ({position} of {count})"
            )
        out.append(
            ResultItem(
                name=_str(rd.get("name")),
                value=_str(r.get("value")),
                achieved_level=level_name or (achieved if isinstance(achieved, str) and not levels else None),
                level=text,
                level_position=position,
                level_count=count,
                status=_str(r.get("status")),
            )
        )
    return tuple(out)


def _evidence(value: Any) -> tuple[Evidence, ...]:
    out = []
    for e in _as_list(value):
        if isinstance(e, str):
            out.append(Evidence(id=e))
        elif isinstance(e, dict):
            out.append(
                Evidence(
                    id=_str(e.get("id")),
                    name=_str(e.get("name")),
                    narrative=_str(e.get("narrative")),
                    description=_str(e.get("description")),
                    genre=_str(e.get("genre")),
                    audience=_str(e.get("audience")),
                )
            )
    return tuple(out)


def _compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _experience_in(text: str | None) -> str | None:
    if not text:
        return None
    compact = _compact(text.removeprefix("ext:"))
    words = set(re.findall(r"[a-z0-9]+", text.lower()))
    for experience, keywords in _KEYWORDS:
        for kw in keywords:
            if (kw in words) if kw in _WORD_ONLY else (kw in compact):
                return experience
    return None


def experience_type(achievements: tuple[Achievement, ...], evidence: tuple[Evidence, ...], tags: tuple[str, ...]) -> str | None:
    """The kind of experience (service-learning, internship, ...) from achievement type, evidence and tags."""
    for a in achievements:
        if a.type and (found := _ACHIEVEMENT_TYPE_EXPERIENCE.get(_compact(a.type.removeprefix("ext:")))):
            return found
    for e in evidence:
        for text in (e.genre, e.name):
            if found := _experience_in(text):
                return found
    for t in tags:
        if found := _experience_in(t):
            return found
    return None


def _endorsements(doc: dict[str, Any], achievement: dict[str, Any], issuer: Any) -> tuple[Endorsement, ...]:
    out = []
    for about, holder in (("credential", doc), ("achievement", achievement), ("issuer", issuer)):
        if not isinstance(holder, dict):
            continue
        for e in _as_list(holder.get("endorsement")):
            if not isinstance(e, dict):
                continue
            subj = _first_dict(e.get("credentialSubject"))
            out.append(
                Endorsement(
                    id=_str(e.get("id")),
                    about=about,
                    issuer=_profile(e.get("issuer")),
                    comment=_str(subj.get("endorsementComment")),
                    name=_str(e.get("name")),
                    valid_from=_str(e.get("validFrom")) or _str(e.get("issuanceDate")),
                )
            )
    return tuple(out)


def _proof_types(doc: dict[str, Any], fmt: str) -> tuple[str, ...]:
    if fmt != "ldp-vc":
        return (fmt,)
    out = []
    for p in _as_list(doc.get("proof")):
        if isinstance(p, dict):
            suite = p.get("cryptosuite") if p.get("type") == "DataIntegrityProof" else None
            out.append(str(suite or p.get("type") or "unknown"))
    return tuple(out)


def _subject_profile(subject: dict[str, Any], doc: dict[str, Any]) -> Profile:
    name = _str(subject.get("name"))
    if not name:
        for ident in _as_list(subject.get("identifier")):
            if isinstance(ident, dict) and ident.get("identityType") == "name" and ident.get("hashed") in (False, "false"):
                name = _str(ident.get("identityHash"))
    if not name and (_str(subject.get("given_name")) or _str(subject.get("family_name"))):
        name = " ".join(x for x in (_str(subject.get("given_name")), _str(subject.get("family_name"))) if x)
    return Profile(id=_str(subject.get("id")) or _str(doc.get("sub")), name=name, image=_image(subject.get("image")))


def _kind(types: tuple[str, ...], fmt: str) -> str:
    if "ClrCredential" in types:
        return "clr"
    if {"OpenBadgeCredential", "AchievementCredential"} & set(types):
        return "open-badge"
    if "EndorsementCredential" in types:
        return "endorsement"
    if any(t.endswith("StatusListCredential") for t in types):
        return "status-list"
    return "sd-jwt-vc" if fmt == "sd-jwt-vc" else "credential"


def credential_model(doc: dict[str, Any], format: str = "ldp-vc") -> CredentialModel:
    """Read a credential (JSON-LD VC, decoded VC-JWT, SD-JWT VC processed claims, or an Open Badges 2.0
    assertion, recognised by its content whatever ``format`` says) into a CredentialModel."""
    from wallet.credentials.ob2 import is_ob2_assertion, ob2_model

    if is_ob2_assertion(doc):
        return ob2_model(doc)
    contexts = [c for c in _as_list(doc.get("@context")) if isinstance(c, str)]
    vc_version = "2.0" if V2_CONTEXT in contexts else "1.1" if V1_CONTEXT in contexts else None
    types = _types(doc)
    if not types and isinstance(doc.get("vct"), str):
        types = (doc["vct"],)
    subject = _first_dict(doc.get("credentialSubject")) or (doc if format == "sd-jwt-vc" else {})
    raw_achievement = subject.get("achievement")
    is_clr = "ClrCredential" in types
    if isinstance(raw_achievement, list):
        achievements = tuple(a for a in (_achievement(x) for x in raw_achievement) if a)
        achievement = None if is_clr or len(achievements) != 1 else achievements[0]
        achievement_dict = {} if achievement is None else _first_dict(raw_achievement)
    else:
        achievement = _achievement(raw_achievement) if raw_achievement else None
        achievements = (achievement,) if achievement else ()
        achievement_dict = raw_achievement if isinstance(raw_achievement, dict) else {}

    skills: dict[str, Alignment] = {}
    for a in achievements:
        for al in a.alignments:
            skills.setdefault(al.key, al)
    tags = tuple(dict.fromkeys(t for a in achievements for t in a.tags))
    evidence = _evidence(doc.get("evidence")) + _evidence(subject.get("evidence"))

    nested: list[CredentialModel] = []
    for item in _as_list(subject.get("verifiableCredential")):
        if isinstance(item, dict):
            nested.append(credential_model(item, "ldp-vc"))
        elif isinstance(item, str):
            from wallet.credentials.formats import decode_jwt_unverified, vc_from_jwt_payload

            try:
                nested.append(credential_model(vc_from_jwt_payload(decode_jwt_unverified(item.split("~")[0])[1]), "vc-jwt"))
            except Exception:  # noqa: BLE001 - an unreadable nested JWT is shown as missing, verification reports it
                continue
    associations = tuple(
        Association(str(a["associationType"]), str(a["sourceId"]), str(a["targetId"]))
        for a in _as_list(subject.get("association"))
        if isinstance(a, dict) and all(isinstance(a.get(k), str) for k in ("associationType", "sourceId", "targetId"))
    )

    issuer_raw = doc.get("issuer", doc.get("iss"))
    title = (
        _str(doc.get("name"))
        or (achievement.name if achievement else None)
        or _str(doc.get("title"))
        or (types[-1] if types else "Credential")
    )
    description = _str(doc.get("description")) or (achievement.description if achievement else None)
    image = _image(doc.get("image")) or _image(subject.get("image")) or (achievement.image if achievement else None)
    if format == "sd-jwt-vc":
        image = image or _image(doc.get("logo_uri"))

    def epoch(name: str) -> str | None:
        value = doc.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool):
            try:
                return datetime.fromtimestamp(value, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            except (OverflowError, OSError, ValueError):
                return None
        return None

    valid_from = _str(doc.get("validFrom")) or _str(doc.get("issuanceDate")) or epoch("nbf") or epoch("iat")
    valid_until = _str(doc.get("validUntil")) or _str(doc.get("expirationDate")) or epoch("exp")
    awarded = _str(doc.get("awardedDate")) or _str(subject.get("awardedDate"))

    return CredentialModel(
        id=_str(doc.get("id")) or _str(doc.get("jti")),
        types=types,
        format=format,
        vc_version=vc_version,
        proof_types=_proof_types(doc, format),
        title=title,
        description=description,
        image=image,
        issuer=_profile(issuer_raw),
        subject=_subject_profile(subject, doc),
        achievement=achievement,
        achievements=achievements,
        skills=tuple(skills.values()),
        results=_results(subject, achievement_dict),
        evidence=evidence,
        tags=tags,
        experience_type=experience_type(achievements, evidence, tags),
        valid_from=valid_from,
        valid_until=valid_until,
        awarded=awarded,
        associations=associations,
        credentials=tuple(nested),
        endorsements=_endorsements(doc, achievement_dict, issuer_raw),
        kind=_kind(types, format),
    )


def credential_fingerprint(credential: dict[str, Any] | str) -> str:
    """A stable SHA-256 (hex) identifying a credential, for duplicate detection.

    JSON credentials: over their JCS (RFC 8785) form, so key order and whitespace do not matter.
    JWT / SD-JWT text: over the issuer-signed JWS (disclosures and key binding are left out, so two
    presentations of the same SD-JWT VC are the same credential).
    """
    if isinstance(credential, str):
        return hashlib.sha256(credential.strip().split("~", 1)[0].encode("ascii", "replace")).hexdigest()
    return hashlib.sha256(rfc8785.dumps(credential)).hexdigest()
