"""Shape checks per credential type: the fields and types Open Badges 3.0, CLR 2.0 and the W3C VC
data model require, reported as one ``schema`` Check naming the first few problems.

This is a hand-written subset of the 1EdTech JSON Schemas (``ob_v3p0_achievementcredential_schema``,
``clr_v2p0_clrcredential_schema``) covering what the 1EdTech validator fixtures exercise: required
fields, the ``type`` values of every typed object (Profile, AchievementSubject, Achievement,
IdentityObject, Result, ResultDescription, RubricCriterionLevel, Evidence, Alignment, IdentifierEntry,
Association...), the base VC context, and dates. Problems the validator only warns about (an issuer given
as a plain URL; VC 1.1 instead of 2.0) are ``warning``, not ``failed``.

The Open Badges / CLR rules apply to what a credential *declares itself to be* by its ``type``
(``OpenBadgeCredential`` / ``AchievementCredential``, ``ClrCredential``, ``EndorsementCredential``). A
credential that only uses their contexts (DCC ships plain ``VerifiableCredential`` fixtures with the OB
3.0 context) is checked as a W3C VC, with a warning. Credentials made against the pre-final Open Badges
3.0 *beta* context of the 2022 JFF plugfests are held to the final rules only as warnings. The VC rules
hold for all: ``issuer`` is a URL (any ``scheme:``) or an object with an ``id``.
"""

from __future__ import annotations

import re
from typing import Any

from wallet.credentials.model import V1_CONTEXT, V2_CONTEXT, parse_datetime
from wallet.verifier.report import Check

__all__ = ["MAX_PROBLEMS_SHOWN", "schema_check", "schema_problems"]

MAX_PROBLEMS_SHOWN = 3
OB_CONTEXT_PREFIX = "https://purl.imsglobal.org/spec/ob/v3p0/"
CLR_CONTEXT_PREFIX = "https://purl.imsglobal.org/spec/clr/v2p0/"
OB_TYPES = ("OpenBadgeCredential", "AchievementCredential")
#: pre-final Open Badges 3.0 contexts (JFF x VC-EDU plugfest 1, 2022; the spec's draft page)
OB_BETA_CONTEXTS = frozenset({
    "https://w3c-ccg.github.io/vc-ed/plugfest-1-2022/jff-vc-edu-plugfest-1-context.json",
    "https://imsglobal.github.io/openbadges-specification/ob_v3p0.html",
})
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
ASSOCIATION_TYPES = frozenset(
    {"exactMatchOf", "isChildOf", "isParentOf", "isPartOf", "isPeerOf", "isRelatedTo", "precedes", "replacedBy"}
)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _types(obj: dict[str, Any]) -> list[str]:
    return [t for t in _as_list(obj.get("type")) if isinstance(t, str)]


class _Problems:
    def __init__(self, *, selective: bool = False) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.withheld: list[str] = []  # required fields a selective disclosure left out, as it may
        self.selective = selective  # a derived selective-disclosure credential: fields may be withheld

    def error(self, msg: str) -> None:
        self.errors.append(msg)

    def missing(self, msg: str) -> None:
        """A required field is absent: an error, or (noted, not a problem) when the holder may have withheld it."""
        if self.selective:
            self.withheld.append(msg)
        else:
            self.errors.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)

    def require_str(self, obj: dict[str, Any], key: str, where: str) -> None:
        value = obj.get(key)
        if value is None:
            self.missing(f"{where} has no {key}")
        elif not isinstance(value, str) and not (isinstance(value, dict) and "@value" in value):
            self.error(f"{where}.{key} must be text")

    def typed(self, obj: Any, expected: str, where: str, *, required: bool = True) -> dict[str, Any] | None:
        """Check that ``obj`` is an object whose type includes ``expected``; return it when it is an object."""
        if not isinstance(obj, dict):
            if obj is not None or required:
                self.error(f"{where} must be an object of type {expected}")
            return None
        types = _types(obj)
        if not types:
            self.error(f"{where} has no type (expected {expected})")
        elif expected not in types:
            self.error(f"{where} has type {', '.join(types)}, expected {expected}")
        return obj

    def typed_list(self, value: Any, expected: str, where: str) -> list[dict[str, Any]]:
        out = []
        for i, item in enumerate(_as_list(value)):
            obj = self.typed(item, expected, f"{where}[{i}]")
            if obj is not None:
                out.append(obj)
        return out

    def date(self, obj: dict[str, Any], key: str, where: str) -> None:
        if key in obj and parse_datetime(obj[key]) is None:
            self.error(f"{where}.{key} is not a date-time ({obj[key]!r})")


def _profile(p: _Problems, value: Any, where: str, *, allow_url: bool = False) -> None:
    if isinstance(value, str):
        if allow_url:
            p.warn(f"{where} is given only as an identifier, not as a Profile with a name")
            return
        p.error(f"{where} must be a Profile object")
        return
    profile = p.typed(value, "Profile", where)
    if profile is None:
        return
    if not isinstance(profile.get("id"), str):
        p.missing(f"{where} has no id")
    p.typed_list(profile.get("otherIdentifier"), "IdentifierEntry", f"{where}.otherIdentifier")
    if "parentOrg" in profile:
        _profile(p, profile["parentOrg"], f"{where}.parentOrg", allow_url=True)
    for i, ad in enumerate(_as_list(profile.get("address"))):
        p.typed(ad, "Address", f"{where}.address[{i}]")


def _alignments(p: _Problems, obj: dict[str, Any], where: str) -> None:
    for a in p.typed_list(obj.get("alignment"), "Alignment", f"{where}.alignment"):
        for key in ("targetName", "targetUrl"):
            if key not in a:
                p.missing(f"{where}.alignment has no {key}")


def _achievement(p: _Problems, value: Any, where: str) -> dict[str, Any] | None:
    a = p.typed(value, "Achievement", where)
    if a is None:
        return None
    if not isinstance(a.get("id"), str):
        p.missing(f"{where} has no id")
    p.require_str(a, "name", where)
    p.require_str(a, "description", where)
    if not isinstance(a.get("criteria"), dict):
        p.missing(f"{where} has no criteria")
    if "creator" in a:
        _profile(p, a["creator"], f"{where}.creator", allow_url=True)
    _alignments(p, a, where)
    for i, rd in enumerate(p.typed_list(a.get("resultDescription"), "ResultDescription", f"{where}.resultDescription")):
        rwhere = f"{where}.resultDescription[{i}]"
        for key in ("id", "name", "resultType"):
            if key not in rd:
                p.missing(f"{rwhere} has no {key}")
        p.typed_list(rd.get("rubricCriterionLevel"), "RubricCriterionLevel", f"{rwhere}.rubricCriterionLevel")
        _alignments(p, rd, rwhere)
    for i, r in enumerate(_as_list(a.get("related"))):
        p.typed(r, "Related", f"{where}.related[{i}]")
    return a


def _base_vc(p: _Problems, doc: dict[str, Any]) -> str | None:
    contexts = _as_list(doc.get("@context"))
    first = contexts[0] if contexts else None
    version = "2.0" if first == V2_CONTEXT else "1.1" if first == V1_CONTEXT else None
    if version is None:
        p.error("the first @context must be the W3C VC context (https://www.w3.org/ns/credentials/v2 or the 1.1 one)")
    if "VerifiableCredential" not in _types(doc):
        p.error("type must include VerifiableCredential")
    if "issuer" not in doc:
        p.missing("the credential has no issuer")
    elif isinstance(doc["issuer"], str):
        if not _URL.match(doc["issuer"]):
            p.error(f"the issuer {doc['issuer']!r} is not a URL (a DID, https: or urn: address) or an object with an id")
    elif not isinstance(doc["issuer"], dict) or not isinstance(doc["issuer"].get("id"), str):
        p.error("the issuer must be a URL or an object with an id")
    elif not _URL.match(doc["issuer"]["id"]):
        p.error(f"the issuer's id {doc['issuer']['id']!r} is not a URL")
    subject = doc.get("credentialSubject")
    if subject is None or subject == []:
        p.missing("the credential has no credentialSubject")
    elif subject == {}:
        p.warn("the credentialSubject is empty: it names no one and claims nothing")
    if version == "1.1" and "issuanceDate" not in doc:
        p.missing("a VC 1.1 credential has no issuanceDate")
    for key in ("validFrom", "validUntil", "issuanceDate", "expirationDate"):
        p.date(doc, key, "the credential")
    return version


def _ob(p: _Problems, doc: dict[str, Any], version: str | None) -> None:
    if not any(t in _types(doc) for t in OB_TYPES):
        p.error(f"type must include OpenBadgeCredential or AchievementCredential (has {', '.join(_types(doc)) or 'none'})")
    if not isinstance(doc.get("id"), str):
        p.missing("the credential has no id")
    p.require_str(doc, "name", "the credential")
    if "issuer" in doc:
        _profile(p, doc["issuer"], "issuer", allow_url=True)
    subject = doc.get("credentialSubject")
    if isinstance(subject, list):
        subject = subject[0] if len(subject) == 1 else None
    cs = p.typed(subject, "AchievementSubject", "credentialSubject")
    if cs is not None:
        if "id" not in cs and not cs.get("identifier"):
            p.warn("credentialSubject has neither an id nor an identifier, so it names no one")
        for i, ident in enumerate(p.typed_list(cs.get("identifier"), "IdentityObject", "credentialSubject.identifier")):
            for key in ("identityHash", "identityType", "hashed"):
                if key not in ident:
                    p.missing(f"credentialSubject.identifier[{i}] has no {key}")
        if "achievement" not in cs:
            p.missing("credentialSubject has no achievement")
        else:
            _achievement(p, cs["achievement"], "credentialSubject.achievement")
        if "source" in cs:
            _profile(p, cs["source"], "credentialSubject.source")
        for i, r in enumerate(p.typed_list(cs.get("result"), "Result", "credentialSubject.result")):
            _alignments(p, r, f"credentialSubject.result[{i}]")
    for i, e in enumerate(_as_list(doc.get("evidence"))):
        p.typed(e, "Evidence", f"evidence[{i}]")
    for i, e in enumerate(_as_list(doc.get("endorsement"))):
        if isinstance(e, dict) and "EndorsementCredential" not in _types(e):
            p.error(f"endorsement[{i}] is not an EndorsementCredential")
    if version == "1.1":
        p.warn("the credential uses VC Data Model 1.1; Open Badges 3.0 now uses VC 2.0")


def _clr(p: _Problems, doc: dict[str, Any], version: str | None) -> None:
    if not isinstance(doc.get("id"), str):
        p.missing("the credential has no id")
    p.require_str(doc, "name", "the credential")
    if "issuer" in doc:
        _profile(p, doc["issuer"], "issuer", allow_url=True)
    cs = p.typed(doc.get("credentialSubject"), "ClrSubject", "credentialSubject")
    if cs is None:
        return
    vcs = _as_list(cs.get("verifiableCredential"))
    if not vcs:
        p.error("credentialSubject.verifiableCredential must list at least one credential")
    for i, vc in enumerate(vcs):
        if isinstance(vc, dict) and "VerifiableCredential" not in _types(vc):
            p.error(f"credentialSubject.verifiableCredential[{i}] is not a VerifiableCredential")
        elif not isinstance(vc, dict | str):
            p.error(f"credentialSubject.verifiableCredential[{i}] is not a credential")
    for i, a in enumerate(_as_list(cs.get("achievement"))):
        _achievement(p, a, f"credentialSubject.achievement[{i}]")
    for i, assoc in enumerate(p.typed_list(cs.get("association"), "Association", "credentialSubject.association")):
        where = f"credentialSubject.association[{i}]"
        if assoc.get("associationType") not in ASSOCIATION_TYPES:
            p.error(f"{where}.associationType {assoc.get('associationType')!r} is not a CLR association type")
        for key in ("sourceId", "targetId"):
            if not isinstance(assoc.get(key), str):
                p.missing(f"{where} has no {key}")
    if version == "1.1":
        p.warn("the credential uses VC Data Model 1.1; CLR 2.0 now uses VC 2.0")


def _endorsement(p: _Problems, doc: dict[str, Any]) -> None:
    if not isinstance(doc.get("id"), str):
        p.missing("the credential has no id")
    p.require_str(doc, "name", "the credential")
    if "issuer" in doc:
        _profile(p, doc["issuer"], "issuer", allow_url=True)
    cs = p.typed(doc.get("credentialSubject"), "EndorsementSubject", "credentialSubject")
    if cs is not None and not isinstance(cs.get("id"), str):
        p.missing("credentialSubject has no id")


def schema_problems(doc: dict[str, Any]) -> tuple[list[str], list[str], str, list[str]]:
    """(errors, warnings, what, withheld) for a JSON-LD credential; ``what`` names the shape checked and
    ``withheld`` the required fields a selective disclosure did not reveal (the holder's right)."""
    selective = any(
        isinstance(pr, dict) and pr.get("cryptosuite") in ("ecdsa-sd-2023", "bbs-2023") for pr in _as_list(doc.get("proof"))
    )
    p = _Problems(selective=selective)
    version = _base_vc(p, doc)
    types = _types(doc)
    contexts = [c for c in _as_list(doc.get("@context")) if isinstance(c, str)]
    if "ClrCredential" in types:
        what = "CLR 2.0 credential"
        _clr(p, doc, version)
    elif "EndorsementCredential" in types:
        what = "Open Badges 3.0 endorsement"
        _endorsement(p, doc)
    elif any(t in types for t in OB_TYPES):
        what = "Open Badges 3.0 credential"
        if OB_BETA_CONTEXTS.intersection(contexts):
            what = "Open Badges 3.0 (pre-final beta) credential"
            beta = _Problems(selective=selective)
            _ob(beta, doc, version)
            p.warnings += [f"{m} (required since the final Open Badges 3.0)" for m in beta.errors + beta.withheld]
            p.warnings += beta.warnings
        else:
            _ob(p, doc, version)
    else:
        what = "W3C Verifiable Credential"
        if any(c.startswith(CLR_CONTEXT_PREFIX) for c in contexts):
            p.warn(f"the credential uses the CLR 2.0 context but its type ({', '.join(types) or 'none'}) does not "
                   "include ClrCredential, so it is checked as a plain verifiable credential")
        elif any(c.startswith(OB_CONTEXT_PREFIX) for c in contexts):
            p.warn(f"the credential uses the Open Badges 3.0 context but its type ({', '.join(types) or 'none'}) does "
                   "not include OpenBadgeCredential, so it is checked as a plain verifiable credential")
    return p.errors, p.warnings, what, p.withheld


def schema_check(doc: dict[str, Any], *, format: str = "ldp-vc") -> Check:
    """The ``schema`` Check of a credential (JSON-LD or decoded VC-JWT). SD-JWT VC claims have no schema here."""
    if format == "sd-jwt-vc" and "@context" not in doc:
        if not isinstance(doc.get("vct"), str):
            return Check("schema", "failed", "the SD-JWT VC has no vct (credential type)")
        return Check("schema", "passed", "the SD-JWT VC names its type (vct)", {"what": "SD-JWT VC"})
    errors, warnings, what, withheld = schema_problems(doc)
    data: dict[str, Any] = {"what": what}
    if withheld:
        data["withheld"] = withheld
    kept_back = f"; not disclosed by the holder: {'; '.join(withheld)}" if withheld else ""
    if errors:
        data["problems"] = errors
        shown = "; ".join(errors[:MAX_PROBLEMS_SHOWN])
        more = f" (and {len(errors) - MAX_PROBLEMS_SHOWN} more)" if len(errors) > MAX_PROBLEMS_SHOWN else ""
        n = len(errors)
        return Check("schema", "failed", f"not a valid {what}: {n} problem{'s' if n > 1 else ''}: {shown}{more}", data)
    if warnings:
        data["warnings"] = warnings
        return Check("schema", "warning", f"{what}: {'; '.join(warnings[:MAX_PROBLEMS_SHOWN])}{kept_back}", data)
    return Check("schema", "passed", f"the credential has the shape of a valid {what}{kept_back}", data)
