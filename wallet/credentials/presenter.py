"""The one field presenter: a credential's fields as people read them — a label and a value, never a JSON path.

Every place that shows a credential's content to a person (the detail view, the share wizard's
preview, the verifier, the share page, the PDF reports) goes through here:

* :func:`label_for` names one field from its JSON pointer (or dotted path): a stable ``key`` (what
  the interface translates; Qt's catalogue context ``FieldLabel``, the share page's own table) and the
  English label, from the Open Badges 3.0 / CLR 2.0 / VC data model vocabulary
  (``/credentialSubject/achievement/alignment/0/targetName`` -> ``("skill", "Skill")``);
* :func:`present_value` says one value: dates in the reader's language (``15 May 2026``,
  ``15 de mayo de 2026``), DIDs shortened (``did:key:z6Mk…F2QT``) with the full value kept beside,
  embedded images as words, achievement types in words;
* :func:`present_fields` walks a credential (as presented: only what was disclosed) and returns its
  human fields in reading order, one skill per row as ``Teamwork · NACE``, technical members
  (contexts, types, proofs, status entries, ``urn:`` ids) left out;
* :func:`humanize_paths` rewrites the paths a core message may name (``credentialSubject.achievement
  has no criteria``) into words (``the achievement has no criteria``).

English is the core's language; ``lang="es"`` gives Spanish dates. Labels are always English here:
the interface translates them by ``key``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

__all__ = [
    "LABELS",
    "PresentedField",
    "format_date",
    "framework_short",
    "humanize_paths",
    "is_hidden",
    "label_for",
    "present_fields",
    "present_value",
    "short_did",
    "skill_text",
]

#: every label key with its English label (the interface translates the label; the key never changes)
LABELS: dict[str, str] = {
    "title": "Title",
    "description": "Description",
    "name": "Name",
    "identifier": "Identifier",
    "issuer": "Issuer",
    "issuer-id": "Issuer's identifier",
    "issuer-website": "Issuer's website",
    "issuer-email": "Issuer's email",
    "issuer-about": "About the issuer",
    "valid-from": "Valid from",
    "valid-until": "Valid until",
    "issued": "Issued",
    "awarded": "Awarded",
    "holder": "Holder",
    "subject": "About the learner",
    "holder-key": "Holder's key",
    "learner": "Learner",
    "given-name": "Given name",
    "family-name": "Family name",
    "email": "Email",
    "website": "Website",
    "image": "Image",
    "credential-type": "Kind of credential",
    "achievement": "Achievement",
    "achievement-about": "What it recognises",
    "achievement-type": "Kind of achievement",
    "field-of-study": "Field of study",
    "code": "Code",
    "keyword": "Keyword",
    "credits": "Credits",
    "criteria": "How it was earned",
    "criteria-link": "Criteria published by the issuer",
    "creator": "Created by",
    "skill": "Skill",
    "skill-framework": "Skill framework",
    "skill-link": "Skill reference",
    "skill-code": "Skill code",
    "skill-about": "About the skill",
    "skill-kind": "Kind of skill",
    "started": "Started",
    "finished": "Finished",
    "credits-earned": "Credits earned",
    "term": "Term",
    "result": "Result",
    "result-level": "Level achieved",
    "result-status": "Result status",
    "assessed-on": "Assessed on",
    "rubric-level": "Rubric level",
    "evidence": "Evidence",
    "evidence-narrative": "Evidence, in words",
    "evidence-about": "About the evidence",
    "evidence-kind": "Kind of evidence",
    "evidence-audience": "Evidence audience",
    "evidence-link": "Evidence link",
    "endorsement": "Endorsement",
    "endorsement-comment": "Endorsement comment",
    "association": "How the achievements fit together",
    "revocation": "Revocation status",
    "type": "Type",
    "other": "Other detail",
}

# (parent key or "*", key) -> label key; looked up most specific first ("" = the credential itself)
_FIELDS: dict[tuple[str, str], str] = {
    ("", "name"): "title", ("", "description"): "description", ("", "title"): "title",
    ("", "validFrom"): "valid-from", ("", "issuanceDate"): "valid-from", ("", "nbf"): "valid-from",
    ("", "validUntil"): "valid-until", ("", "expirationDate"): "valid-until", ("", "exp"): "valid-until",
    ("", "iat"): "issued", ("", "iss"): "issuer-id", ("", "sub"): "holder", ("", "vct"): "credential-type",
    ("", "cnf"): "holder-key", ("", "issuer"): "issuer-id", ("", "image"): "image", ("", "id"): "identifier",
    ("", "credentialStatus"): "revocation",
    ("issuer", "id"): "issuer-id", ("issuer", "name"): "issuer", ("issuer", "url"): "issuer-website",
    ("issuer", "email"): "issuer-email", ("issuer", "description"): "issuer-about", ("issuer", "image"): "image",
    ("credentialSubject", "id"): "holder", ("credentialSubject", "name"): "learner",
    ("credentialSubject", "activityStartDate"): "started", ("credentialSubject", "activityEndDate"): "finished",
    ("credentialSubject", "creditsEarned"): "credits-earned", ("credentialSubject", "term"): "term",
    ("credentialSubject", "image"): "image", ("credentialSubject", "email"): "email",
    ("achievement", "name"): "achievement", ("achievement", "description"): "achievement-about",
    ("achievement", "achievementType"): "achievement-type", ("achievement", "fieldOfStudy"): "field-of-study",
    ("achievement", "humanCode"): "code", ("achievement", "tag"): "keyword",
    ("achievement", "creditsAvailable"): "credits", ("achievement", "image"): "image",
    ("achievement", "id"): "identifier",
    ("criteria", "narrative"): "criteria", ("criteria", "id"): "criteria-link",
    ("alignment", "targetName"): "skill", ("alignment", "targetFramework"): "skill-framework",
    ("alignment", "targetUrl"): "skill-link", ("alignment", "targetCode"): "skill-code",
    ("alignment", "targetDescription"): "skill-about", ("alignment", "targetType"): "skill-kind",
    ("result", "value"): "result", ("result", "achievedLevel"): "result-level", ("result", "status"): "result-status",
    ("result", "resultDescription"): "assessed-on",
    ("resultDescription", "name"): "assessed-on", ("rubricCriterionLevel", "name"): "rubric-level",
    ("evidence", "name"): "evidence", ("evidence", "narrative"): "evidence-narrative",
    ("evidence", "description"): "evidence-about", ("evidence", "genre"): "evidence-kind",
    ("evidence", "audience"): "evidence-audience", ("evidence", "id"): "evidence-link",
    ("creator", "name"): "creator", ("endorsement", "name"): "endorsement",
    ("credentialSubject", "endorsementComment"): "endorsement-comment",
    ("*", "given_name"): "given-name", ("*", "family_name"): "family-name", ("*", "awardedDate"): "awarded",
    ("*", "image"): "image", ("*", "email"): "email", ("*", "url"): "website", ("*", "type"): "type",
    ("*", "name"): "name", ("*", "description"): "description", ("*", "id"): "identifier",
}
# a container's own name, for a member the table does not know ("Rubric level: points")
_CONTAINER_KEYS = {"achievement": "achievement", "alignment": "skill", "result": "result",
                   "resultDescription": "assessed-on", "rubricCriterionLevel": "rubric-level", "evidence": "evidence",
                   "criteria": "criteria", "creator": "creator", "issuer": "issuer", "endorsement": "endorsement",
                   "association": "association"}
# members that are technical wherever they are (never a row of their own)
_HIDDEN_KEYS = {"@context", "type", "proof", "_sd", "_sd_alg", "credentialStatus", "credentialSchema", "termsOfUse",
                "refreshService", "renderMethod", "targetType", "resultType", "inLanguage", "version", "cnf",
                "@id", "@type", "evidenceDocument"}
_SHOWN_IDS = {"credentialSubject", "issuer", "evidence", "criteria", ""}  # whose "id" is worth a row
_EPOCH_KEYS = {"iat", "exp", "nbf"}
_DATE_KEYS = {"validFrom", "validUntil", "issuanceDate", "expirationDate", "awardedDate", "activityStartDate",
              "activityEndDate", "issuedOn", "expires", "dateCreated", "created"}

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$")
_DID = re.compile(r"^did:[a-z0-9]+:\S+$")


@dataclass(frozen=True)
class PresentedField:
    """One field as a person reads it: ``label`` (English; translate by ``key``) and ``value``; ``full``
    is the whole value when ``value`` shortens it (a DID), else ``""``. ``kind`` says how the value was
    made (``text``, ``date``, ``did``, ``skill``, ``link``, ``image``, ``achievement-type``, ``number``);
    ``pointer`` is the field's JSON pointer — for the raw view and for tests, never for display; ``raw``
    the value as the credential wrote it (a date is re-said in another language from it)."""

    key: str
    label: str
    value: str
    full: str = ""
    kind: str = "text"
    pointer: str = ""
    raw: str = ""

    @property
    def shortened(self) -> bool:
        return bool(self.full) and self.full != self.value


# --- small pieces ------------------------------------------------------------------------------------


def _tokens(path: str) -> list[str]:
    """A JSON pointer (``/a/0/b``) or a dotted path (``a[0].b``) as its tokens (indexes as digits)."""
    if path.startswith("/"):
        return [t.replace("~1", "/").replace("~0", "~") for t in path[1:].split("/")] if path != "/" else []
    return [t for t in re.split(r"\.|\[(\d+)\]", path) if t]


def _keys(tokens: list[str]) -> list[str]:
    return [t for t in tokens if not t.isdigit()]


def _words(key: str) -> str:
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", key).replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:].lower()


def label_for(path: str) -> tuple[str, str]:
    """The label of the field at ``path`` (a JSON pointer or a dotted path): ``(key, English label)``.
    Never a path: a member the vocabulary does not name is said in words (``Rubric level: points``)."""
    keys = _keys(_tokens(path))
    if not keys:
        return "title", LABELS["title"]
    leaf = keys[-1]
    parent = keys[-2] if len(keys) >= 2 else ""
    if parent in ("vc", "verifiableCredential"):  # a VC-JWT's claims and a CLR's nested credentials
        parent = ""
    if parent == "" and leaf == "credentialSubject":
        return "subject", LABELS["subject"]
    for candidate in ((parent, leaf), ("*", leaf)):
        if candidate in _FIELDS:
            key = _FIELDS[candidate]
            if candidate[0] == "*" and parent in _CONTAINER_KEYS and key in ("name", "description", "identifier"):
                container = LABELS[_CONTAINER_KEYS[parent]]
                return f"{_CONTAINER_KEYS[parent]}-{key}", f"{container}: {LABELS[key].lower()}"
            return key, LABELS[key]
    if leaf in _CONTAINER_KEYS:
        key = _CONTAINER_KEYS[leaf]
        return key, LABELS[key]
    if parent in _CONTAINER_KEYS:
        return "other", f"{LABELS[_CONTAINER_KEYS[parent]]}: {_words(leaf).lower()}"
    return "other", _words(leaf)


def format_date(value: Any, lang: str = "en", *, with_time: bool = False) -> str:
    """``15 May 2026`` / ``15 de mayo de 2026`` (UTC; ``, 09:30 UTC`` with ``with_time``); a value that is
    not a date comes back as text."""
    dt: datetime | None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        try:
            dt = datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):
            return str(value)
    elif isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}", value.strip()):
        from wallet.credentials.model import parse_datetime

        dt = parse_datetime(value)
        if dt is None:
            return value
    else:
        return "" if value is None else str(value)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    dt = dt.astimezone(UTC)
    months = _MONTHS.get(lang, _MONTHS["en"])
    text = f"{dt.day} de {months[dt.month - 1]} de {dt.year}" if lang == "es" else \
        f"{dt.day} {months[dt.month - 1]} {dt.year}"
    return f"{text}, {dt:%H:%M} UTC" if with_time else text


def short_did(did: str, *, head: int = 6, tail: int = 4) -> str:
    """``did:key:z6MkosxayQts…F2QT``: the method and the first and last characters of a long DID."""
    if not did.startswith("did:"):
        return did
    method, _, rest = did[4:].partition(":")
    if len(rest) <= head + tail + 3:
        return did
    return f"did:{method}:{rest[:head]}…{rest[-tail:]}"


def framework_short(framework: str) -> str:
    """A skill framework's short name: its acronym when it has one (``NACE Career Readiness
    Competencies`` -> ``NACE``), else the name itself when short, else its initials."""
    words = framework.split()
    for w in words:
        if len(w) >= 2 and re.fullmatch(r"[A-Z0-9*&]+", w) and any(ch.isalpha() for ch in w):
            return w
    if len(framework) <= 24:
        return framework
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return initials if len(initials) >= 2 else framework


def skill_text(alignment: Any) -> tuple[str, str]:
    """A skill (an OB ``Alignment`` as a dict or :class:`~wallet.credentials.model.Alignment`) as
    ``("Teamwork · NACE", "Teamwork · NACE Career Readiness Competencies")``: shown, and in full."""
    def get(name: str, attr: str) -> str:
        v = alignment.get(name) if isinstance(alignment, dict) else getattr(alignment, attr, None)
        return v.strip() if isinstance(v, str) else ""

    name = get("targetName", "target_name") or get("targetCode", "target_code") or get("targetUrl", "target_url")
    framework = get("targetFramework", "target_framework")
    if not framework:
        return name, name
    return f"{name} · {framework_short(framework)}" if name else framework_short(framework), \
        f"{name} · {framework}" if name else framework


def present_value(path: str, value: Any, lang: str = "en") -> tuple[str, str, str]:
    """One value as people write it: ``(shown, full, kind)``; ``full`` is ``""`` unless ``shown``
    shortens it."""
    keys = _keys(_tokens(path))
    leaf = keys[-1] if keys else ""
    if isinstance(value, bool):
        return ("yes" if value else "no"), "", "text"
    if leaf in _EPOCH_KEYS and isinstance(value, int | float):
        return format_date(value, lang), "", "date"
    if isinstance(value, int | float):
        return str(value), "", "number"
    if isinstance(value, dict | list):
        if isinstance(value, dict) and isinstance(value.get("targetName"), str):
            shown, full = skill_text(value)
            return shown, full if full != shown else "", "skill"
        if isinstance(value, list) and value and all(isinstance(v, str | int | float) and not isinstance(v, bool)
                                                     for v in value):
            text = ", ".join(str(v) for v in value)  # ["Achievement"] -> Achievement; a list of words as words
            return (text if len(text) <= 160 else text[:157] + "…"), (text if len(text) > 160 else ""), "text"
        import json

        text = json.dumps(value, ensure_ascii=False)
        return (text if len(text) <= 160 else text[:157] + "…"), "", "text"
    text = "" if value is None else str(value)
    if text.startswith("data:"):
        return "embedded image", "", "image"
    if _DID.match(text):
        short = short_did(text)
        return short, (text if short != text else ""), "did"
    if _ISO_DATE.match(text.strip()) and (leaf in _DATE_KEYS or len(text) >= 10):
        return format_date(text, lang), "", "date"
    if leaf == "achievementType" and re.fullmatch(r"(ext:)?[A-Za-z]+", text):
        words = _words(text.removeprefix("ext:"))
        return {"Micro credential": "Micro-credential", "Co curricular": "Co-curricular"}.get(words, words), "", \
            "achievement-type"
    if text.startswith(("https://", "http://")):
        return text, "", "link"
    if len(text) > 600:
        return text[:597] + "…", text, "text"
    return text, "", "text"


# --- a whole credential ---------------------------------------------------------------------------


def _hidden(tokens: list[str], value: Any) -> bool:
    keys = _keys(tokens)
    if not keys:
        return False
    if any(k in _HIDDEN_KEYS for k in keys):
        return True
    leaf = keys[-1]
    parent = keys[-2] if len(keys) >= 2 else ""
    if parent in ("vc", "verifiableCredential"):
        parent = ""
    if leaf == "id":
        if parent not in _SHOWN_IDS:
            return True
        if isinstance(value, str) and value.startswith("urn:"):
            return True
    return False


def is_hidden(path: str) -> bool:
    """Whether the field at ``path`` is technical (a context, a type, a proof, a status entry, an
    ``urn:`` or inner id): :func:`present_fields` never lists it."""
    return _hidden(_tokens(path), None)


def _pointer(tokens: list[str]) -> str:
    return "/" + "/".join(t.replace("~", "~0").replace("/", "~1") for t in tokens) if tokens else ""


def _names(node: Any, into: dict[str, str]) -> dict[str, str]:
    """Every ``id`` in a credential with the name it is known by (rubric levels, result descriptions)."""
    if isinstance(node, dict):
        name = node.get("name") if isinstance(node.get("name"), str) else node.get("level")
        if isinstance(node.get("id"), str) and isinstance(name, str) and name:
            level = node.get("level")
            into.setdefault(node["id"], f"{name} ({level})" if isinstance(level, str) and level != name else name)
        for v in node.values():
            _names(v, into)
    elif isinstance(node, list):
        for v in node:
            _names(v, into)
    return into


def _walk(node: Any, tokens: list[str], lang: str, out: list[PresentedField], names: dict[str, str]) -> None:
    if isinstance(node, dict):
        keys = _keys(tokens)
        if keys and keys[-1] == "rubricCriterionLevel" and isinstance(node.get("name") or node.get("level"), str):
            said = next(iter(_names({"id": "", **node}, {}).values()), "")
            if isinstance(node.get("description"), str) and node["description"]:
                said = f"{said}: {node['description']}" if said else node["description"]
            out.append(PresentedField("rubric-level", LABELS["rubric-level"], said, "", "text", _pointer(tokens)))
            return
        if keys and keys[-1] == "alignment" and any(isinstance(node.get(k), str) for k in
                                                    ("targetName", "targetCode", "targetFramework")):
            shown, full = skill_text(node)
            if shown:
                out.append(PresentedField("skill", LABELS["skill"], shown, full if full != shown else "", "skill",
                                          _pointer(tokens)))
            for k in ("targetCode", "targetDescription", "targetUrl"):
                if isinstance(node.get(k), str) and node[k] and not (k == "targetCode" and node[k] in shown):
                    _walk(node[k], [*tokens, k], lang, out, names)
            return
        for k, v in node.items():
            if not isinstance(k, str) or _hidden([*tokens, k], v):
                continue
            _walk(v, [*tokens, k], lang, out, names)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _walk(v, [*tokens, str(i)], lang, out, names)
    elif node is not None and node != "":
        path = _pointer(tokens)
        key, label = label_for(path)
        if tokens and tokens[-1] in ("achievedLevel", "resultDescription") and isinstance(node, str) and node in names:
            out.append(PresentedField(key, label, names[node], node, "text", path, node))  # a reference, by name
            return
        shown, full, kind = present_value(path, node, lang)
        out.append(PresentedField(key, label, shown, full, kind, path, str(node)))


def present_fields(doc: Any, lang: str = "en", *, skip: frozenset[str] | set[str] = frozenset()) -> list[PresentedField]:
    """The human fields of a credential (as presented), in reading order; label keys in ``skip`` are
    left out (a page that shows the issuer and dates in their own places skips them here)."""
    out: list[PresentedField] = []
    _walk(doc, [], lang, out, _names(doc, {}))
    return [f for f in out if f.key not in skip]


# --- messages that name paths ------------------------------------------------------------------------

_PATH_IN_TEXT = re.compile(
    r"(?<![\w/.])/?(?:credentialSubject|evidence|issuer|endorsement|achievement)"
    r"(?:(?:\.|/)(?:[A-Za-z_@][\w@]*|\d+)|\[\d+\])*")
_KEY_AFTER = re.compile(r"\b(has no|missing|without) ([a-z]+[A-Z][A-Za-z]*)\b")


def humanize_paths(text: str) -> str:
    """Paths a core message names, said in words: ``credentialSubject.achievement.alignment has no
    targetUrl`` -> ``the skill has no skill reference``; ``/credentialSubject/name`` -> ``the learner``."""
    def path_words(m: re.Match[str]) -> str:
        found = m.group(0)
        keys = _keys(_tokens(found))
        if not keys:
            return found
        before = m.string[:m.start()].rstrip().lower()
        article = "" if before.endswith((" no", " the", " a", " an", " its")) else "the "
        names = [LABELS[_CONTAINER_KEYS[k]].lower() if k in _CONTAINER_KEYS else "subject" for k in keys
                 if k in _CONTAINER_KEYS or k == "credentialSubject"]
        if keys[-1] in _CONTAINER_KEYS or keys[-1] == "credentialSubject":
            return article + names[-1]
        leaf = _words(keys[-1]).lower()
        return article + (f"{names[-1]}'s {leaf}" if names else leaf)

    def key_words(m: re.Match[str]) -> str:
        word = m.group(2)
        if word.islower():
            return m.group(0)
        for parent in ("alignment", "achievement", "result", "evidence", "issuer", "criteria", "*", ""):
            if (parent, word) in _FIELDS:
                return f"{m.group(1)} {LABELS[_FIELDS[(parent, word)]].lower()}"
        return f"{m.group(1)} {_words(word).lower()}"

    return _KEY_AFTER.sub(key_words, _PATH_IN_TEXT.sub(path_words, text))
