"""A credential for people: HTML for a QTextBrowser from a :class:`wallet.credentials.model.CredentialModel`.

Open Badges 3.0: the achievement (name, type, description, criteria, image), the skills it aligns
to with their framework, the results with the rubric level reached, the evidence with links, the
issuer, the dates and endorsements. CLR 2.0: the record's achievements grouped by type, each with
its results and skills, and the associations between them said in words ("is part of").
Images are document resources added by the caller (``lw-image:<name>``); nothing is fetched here.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from ui.i18n import QT_TRANSLATE_NOOP
from ui.library.model import type_words
from ui.widgets.field_words import interface_language
from wallet.credentials.model import Achievement, Association, CredentialModel, parse_datetime
from wallet.credentials.ob2 import ob2_details_host
from wallet.credentials.presenter import format_date, short_did, skill_text

__all__ = ["ASSOCIATION_WORDS", "CredentialRenderer"]


def _renderer_tr(text: str) -> str:
    """A text of one of this module's tables, marked in the renderer's context."""
    return QCoreApplication.translate("CredentialRenderer", text)


#: CLR/OB association types (from source to target), in words
ASSOCIATION_WORDS = {
    "exactMatchOf": QT_TRANSLATE_NOOP("CredentialRenderer", "is the same as"),
    "isChildOf": QT_TRANSLATE_NOOP("CredentialRenderer", "is part of"),
    "isPartOf": QT_TRANSLATE_NOOP("CredentialRenderer", "is part of"),
    "isParentOf": QT_TRANSLATE_NOOP("CredentialRenderer", "includes"),
    "isPeerOf": QT_TRANSLATE_NOOP("CredentialRenderer", "is a peer of"),
    "isRelatedTo": QT_TRANSLATE_NOOP("CredentialRenderer", "is related to"),
    "precedes": QT_TRANSLATE_NOOP("CredentialRenderer", "comes before"),
    "replacedBy": QT_TRANSLATE_NOOP("CredentialRenderer", "is replaced by"),
}

GROUP_ORDER = ("Competency", "Course", "MicroCredential", "Certification", "Certificate", "Badge")


def _e(text: Any) -> str:
    return html.escape(str(text)) if text is not None else ""


def _multiline(text: str | None) -> str:
    return "<br>".join(_e(line) for line in (text or "").splitlines())


def _who(profile: Any) -> str:
    """A profile's name, else its identifier shortened (a DID is never shown whole in a sentence)."""
    return str(profile.name or short_did(profile.id or ""))


def _link(url: str | None, text: str) -> str:
    if url and url.startswith(("https://", "http://")):
        return f"<a href='{_e(url)}'>{_e(text)}</a>"
    return _e(text)


class CredentialRenderer(QObject):
    """Builds the HTML; ``dark`` picks readable colours for the muted text."""

    def __init__(self, dark: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dark = dark
        self.muted = "#bdc1c6" if dark else "#5f6368"
        self.chip_bg = "#3c4043" if dark else "#e8eaed"

    # --- small pieces -------------------------------------------------------------------------
    def date(self, value: str | None) -> str:
        """A date as the field presenter says it, in the interface language (``15 May 2026``)."""
        if parse_datetime(value) is None:
            return value or ""
        return format_date(value, interface_language())

    def _full(self, text: str) -> str:
        """A DID shortened by the field presenter, its whole value one hover (or click, to copy) away."""
        short = short_did(text)
        if short == text:
            return _e(text)
        return f"<a href='lw-full:{_e(text)}' title='{_e(text)}'>{_e(short)}</a>"

    def _muted(self, text: str) -> str:
        return f"<span style='color:{self.muted}'>{text}</span>"

    def _chips(self, names: Iterable[str]) -> str:
        return " ".join(f"<span style='background:{self.chip_bg}'>&nbsp;{_e(n)}&nbsp;</span>" for n in names)

    def _section(self, title: str) -> str:
        return f"<h3 style='margin-top:14px'>{_e(title)}</h3>"

    def _dl(self, rows: list[tuple[str, str]]) -> str:
        body = "".join(f"<tr><td style='padding:2px 14px 2px 0; color:{self.muted}; white-space:nowrap'>{_e(k)}</td>"
                       f"<td style='padding:2px 0'>{v}</td></tr>" for k, v in rows if v)
        return f"<table cellspacing='0'>{body}</table>" if body else ""

    def type_label(self, model: CredentialModel) -> str:
        if model.kind == "clr":
            return self.tr("Comprehensive Learner Record (CLR 2.0)")
        a = model.achievement
        kind = {"open-badge": self.tr("Open Badge 3.0"), "open-badge-2": self.tr("Open Badge 2.0"),
                "sd-jwt-vc": self.tr("SD-JWT credential"),
                "endorsement": self.tr("Endorsement")}.get(model.kind, self.tr("Verifiable credential"))
        if a is not None and a.type:
            return f"{type_words(a.type)} · {kind}"
        return kind

    # --- the whole document -------------------------------------------------------------------
    def html(self, model: CredentialModel, *, image: str | None = None, issuer_image: str | None = None,
             image_note: str = "") -> str:
        """The document: ``image``/``issuer_image`` are resource URLs already added to the document."""
        parts = [self.header(model, image=image, image_note=image_note)]
        if model.kind == "clr":
            parts.append(self.clr(model))
        else:
            parts.append(self.achievement_part(model))
        parts.append(self.issuer_part(model, issuer_image))
        parts.append(self.dates_part(model))
        if model.endorsements:
            parts.append(self.endorsements_part(model))
        return "".join(parts)

    def header(self, model: CredentialModel, *, image: str | None, image_note: str = "") -> str:
        img = (f"<td width='112' valign='top'><img src='{_e(image)}' width='96' height='96'></td>" if image else "")
        lines = [f"<div style='font-size:17pt; font-weight:600'>{_e(model.title)}</div>",
                 f"<div>{self._muted(_e(self.type_label(model)))}</div>"]
        issuer = model.issuer.name or short_did(model.issuer.id or "")
        if issuer:
            issued_by = self.tr("Issued by %1").replace("%1", issuer)
            lines.append(f"<div>{_e(issued_by)}</div>")
        if model.subject.name:
            awarded_to = self.tr("Awarded to %1").replace("%1", model.subject.name)
            lines.append(f"<div>{_e(awarded_to)}</div>")
        if image_note:
            lines.append(f"<div>{self._muted(_e(image_note))}</div>")
        details_host = ob2_details_host(model)
        if details_host:  # an OB 2.0 badge that names its BadgeClass only by address, never fetched
            missing = self.tr("The badge details (name, description, criteria, skills) are at %1 and were not "
                              "fetched; allow the network to fetch them.").replace("%1", details_host)
            lines.append(f"<div>{self._muted(_e(missing))}</div>")
        head = f"<table cellspacing='0'><tr>{img}<td valign='top'>{''.join(lines)}</td></tr></table>"
        desc = f"<p>{_multiline(model.description)}</p>" if model.description else ""
        return head + desc

    def achievement_part(self, model: CredentialModel) -> str:
        parts: list[str] = []
        a = model.achievement
        if a is not None:
            if a.description and a.description != model.description:
                parts.append(self._section(self.tr("About this achievement")))
                parts.append(f"<p>{_multiline(a.description)}</p>")
            facts = [(self.tr("Achievement"), _e(a.name or "")),
                     (self.tr("Type"), _e(type_words(a.type)) if a.type else ""),
                     (self.tr("Code"), _e(a.human_code or "")),
                     (self.tr("Field of study"), _e(a.field_of_study or "")),
                     (self.tr("Created by"), _e(_who(a.creator)) if a.creator else "")]
            parts.append(self._dl(facts))
            if a.criteria_narrative or a.criteria_id:
                parts.append(self._section(self.tr("What it took (criteria)")))
                if a.criteria_narrative:
                    parts.append(f"<p>{_multiline(a.criteria_narrative)}</p>")
                if a.criteria_id:
                    published = self.tr("Criteria published by the issuer")
                    parts.append(f"<p>{_link(a.criteria_id, published)}</p>")
        if model.skills:
            parts.append(self._section(self.tr("Skills")))
            parts.append(self.skills_part(model.skills))
        if model.results:
            parts.append(self._section(self.tr("Results")))
            parts.append(self.results_part(model))
        if model.evidence:
            parts.append(self._section(self.tr("Evidence")))
            parts.append(self.evidence_part(model))
        if model.tags:
            parts.append(self._section(self.tr("Issuer's keywords")))
            parts.append(f"<p>{self._chips(model.tags)}</p>")
        return "".join(parts)

    def skills_part(self, skills: Iterable[Any]) -> str:
        rows = []
        for s in skills:
            name = s.target_name or s.target_code or s.target_url or ""
            shown, full = skill_text(s)  # "Teamwork · NACE"
            line = f"<b>{_link(s.target_url, name)}</b>"
            if shown != name:
                line += " " + self._muted(_e("· " + shown[len(name):].lstrip(" ·")))
            extra = [s.target_code] if s.target_code and s.target_code != name else []
            if full != shown:
                extra.insert(0, s.target_framework or "")
            if extra:
                line += "<br>" + self._muted(_e(" · ".join(e for e in extra if e)))
            if s.target_description:
                line += f"<br>{_e(s.target_description)}"
            rows.append(f"<li>{line}</li>")
        return f"<ul>{''.join(rows)}</ul>"

    def results_part(self, model: CredentialModel) -> str:
        rows = []
        for r in model.results:
            what = r.name or self.tr("Result")
            got = r.level or r.achieved_level or r.value or r.status or ""
            bar = ""
            if r.level_position and r.level_count:
                bar = " " + "●" * r.level_position + "○" * (r.level_count - r.level_position)
            rows.append(f"<li>{_e(what)}: <b>{_e(got)}</b>{self._muted(bar)}</li>")
        return f"<ul>{''.join(rows)}</ul>"

    def evidence_part(self, model: CredentialModel) -> str:
        rows = []
        for ev in model.evidence:
            name = ev.name or ev.genre or self.tr("Evidence")
            line = f"<b>{_link(ev.id, name)}</b>"
            if ev.genre and ev.genre != name:
                line += " " + self._muted(_e(ev.genre))
            for text in (ev.narrative, ev.description):
                if text:
                    line += f"<br>{_multiline(text)}"
            if ev.id and ev.id.startswith(("https://", "http://")):
                line += "<br>" + self._muted(_e(ev.id))
            rows.append(f"<li>{line}</li>")
        return f"<ul>{''.join(rows)}</ul>"

    def issuer_part(self, model: CredentialModel, issuer_image: str | None) -> str:
        p = model.issuer
        if not (p.name or p.id):
            return ""
        img = f"<img src='{_e(issuer_image)}' width='32' height='32'> " if issuer_image else ""
        rows = [(self.tr("Name"), img + _e(p.name or "")), (self.tr("Website"), _link(p.url, p.url or "") if p.url else ""),
                (self.tr("Email"), _e(p.email or "")), (self.tr("Identifier"), self._full(p.id) if p.id else "")]
        desc = f"<p>{_multiline(p.description)}</p>" if p.description else ""
        return self._section(self.tr("Issuer")) + self._dl(rows) + desc

    def dates_part(self, model: CredentialModel) -> str:
        rows = [(self.tr("Awarded"), _e(self.date(model.awarded))),
                (self.tr("Valid from"), _e(self.date(model.valid_from))),
                (self.tr("Valid until"), _e(self.date(model.valid_until)) if model.valid_until
                 else _e(self.tr("No expiry date")))]
        return self._section(self.tr("Dates")) + self._dl(rows)

    def endorsements_part(self, model: CredentialModel) -> str:
        about = {"credential": self.tr("this credential"), "achievement": self.tr("the achievement"),
                 "issuer": self.tr("the issuer")}
        rows = []
        for en in model.endorsements:
            who = _who(en.issuer) or self.tr("an unnamed endorser")
            line = self.tr("%1 endorses %2").replace("%1", who).replace("%2", about.get(en.about, en.about))
            text = f"<b>{_e(line)}</b>"
            if en.valid_from:
                text += " " + self._muted(_e(self.date(en.valid_from)))
            if en.comment:
                text += f"<br>“{_e(en.comment)}”"
            rows.append(f"<li>{text}</li>")
        return self._section(self.tr("Endorsements")) + f"<ul>{''.join(rows)}</ul>"

    # --- CLR ----------------------------------------------------------------------------------
    def clr(self, model: CredentialModel) -> str:
        names: dict[str, str] = {}
        items: list[tuple[Achievement, CredentialModel | None]] = []
        for c in model.credentials:
            for a in c.achievements:
                items.append((a, c))
                if a.id and a.name:
                    names[a.id] = a.name
            if c.id:
                names.setdefault(c.id, c.title)
        nested_ids = {a.id for a, _ in items if a.id}
        for a in model.achievements:
            if a.id and a.id in nested_ids:
                continue
            items.append((a, None))
            if a.id and a.name:
                names[a.id] = a.name
        outgoing: dict[str, list[Association]] = {}
        incoming: dict[str, list[Association]] = {}
        for assoc in model.associations:
            outgoing.setdefault(assoc.source_id, []).append(assoc)
            incoming.setdefault(assoc.target_id, []).append(assoc)
        groups: dict[str, list[tuple[Achievement, CredentialModel | None]]] = {}
        for a, nested in items:
            groups.setdefault((a.type or "Other").removeprefix("ext:"), []).append((a, nested))
        order = sorted(groups, key=lambda g: (GROUP_ORDER.index(g) if g in GROUP_ORDER else len(GROUP_ORDER), g))
        holds = self.tr("This record holds %1 achievements.").replace("%1", str(len(items)))
        parts = [f"<p>{_e(holds)}</p>"]
        for g in order:
            members = groups[g]
            plural = _PLURALS.get(g)
            parts.append(self._section(f"{_renderer_tr(plural) if plural else type_words(g)} ({len(members)})"))
            rows = []
            for a, nested in members:
                rows.append(f"<li>{self._clr_item(a, nested, model, names, outgoing, incoming)}</li>")
            parts.append(f"<ul>{''.join(rows)}</ul>")
        if model.associations:
            parts.append(self._section(self.tr("How the achievements fit together")))
            lines = []
            for assoc in model.associations:
                words = _renderer_tr(ASSOCIATION_WORDS.get(assoc.association_type, assoc.association_type))
                lines.append(f"<li>{_e(names.get(assoc.source_id, assoc.source_id))} <i>{_e(words)}</i> "
                             f"{_e(names.get(assoc.target_id, assoc.target_id))}</li>")
            parts.append(f"<ul>{''.join(lines)}</ul>")
        return "".join(parts)

    def _clr_item(self, a: Achievement, c: CredentialModel | None, record: CredentialModel, names: dict[str, str],
                  outgoing: dict[str, list[Association]], incoming: dict[str, list[Association]]) -> str:
        text = f"<b>{_e(a.name or (c.title if c else ''))}</b>"
        meta = []
        if a.human_code:
            meta.append(a.human_code)
        if c is not None:
            if c.issuer.label and c.issuer.label != record.issuer.label:
                meta.append(self.tr("from %1").replace("%1", _who(c.issuer)))
            when = self.date(c.awarded or c.valid_from)
            if when:
                meta.append(when)
        if meta:
            text += " " + self._muted(_e(" · ".join(meta)))
        if c is not None and c.results:
            levels = [f"{_e(r.name or '')}: <b>{_e(r.level or r.achieved_level or r.value or '')}</b>" for r in c.results]
            text += "<br>" + "; ".join(levels)
        skills = [skill_text(s)[0] for s in a.alignments]
        if skills:
            text += "<br>" + self._chips(s for s in skills if s)
        for assoc in outgoing.get(a.id or "", []):
            words = _renderer_tr(ASSOCIATION_WORDS.get(assoc.association_type, assoc.association_type))
            text += "<br>" + self._muted(_e(f"{words.capitalize()} {names.get(assoc.target_id, assoc.target_id)}"))
        earned = [names.get(x.source_id, x.source_id) for x in incoming.get(a.id or "", [])
                  if x.association_type in ("isChildOf", "isPartOf")]
        if earned:
            text += "<br>" + self._muted(_e(self.tr("Made up of: %1").replace("%1", "; ".join(earned))))
        return text


#: achievement groups of a record, by type, in the plural (another type is named in the singular)
_PLURALS = {"Competency": "Competencies", "Course": "Courses", "MicroCredential": "Micro-credentials",
            "Certification": "Certifications", "Certificate": "Certificates", "Badge": "Badges",
            "Other": "Other achievements"}


# the group names above, for the catalogue
_GROUP_TEXTS = (
    QT_TRANSLATE_NOOP("CredentialRenderer", "Competencies"), QT_TRANSLATE_NOOP("CredentialRenderer", "Courses"),
    QT_TRANSLATE_NOOP("CredentialRenderer", "Micro-credentials"),
    QT_TRANSLATE_NOOP("CredentialRenderer", "Certifications"),
    QT_TRANSLATE_NOOP("CredentialRenderer", "Certificates"), QT_TRANSLATE_NOOP("CredentialRenderer", "Badges"),
    QT_TRANSLATE_NOOP("CredentialRenderer", "Other achievements"),
)
