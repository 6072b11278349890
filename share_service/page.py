"""What the share page and its JSON twin say about one link: the verdict, who issued what, the
disclosed fields in human words, the dates, the link's expiry and views, and when it was last checked.

Both are built from the same pieces, so the HTML page and ``Accept: application/json`` never disagree.

:class:`PageCache` keeps each rendered answer, because rendering (reading the presentation for people,
the template) costs about a millisecond and a link is viewed many times between two checks. An entry
belongs to one check of one stored presentation: it is used only while the check the app got for the
bytes just read from the database is the very one it was rendered from, and the link's dates and holder
are the same. So new bytes in the database (a tampered presentation), a recheck, a deleted or expired
link (no row, hence no page) never meet an old page. The view count, the one thing that changes on every
view, is left as a gap that each answer fills.
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from share_service.checker import Checked, Presented, presented, verdict_of
from share_service.storage import Link
from share_service.words import (
    check_label,
    format_date,
    label_words,
    status_word,
    t,
    value_words,
    verdict_words,
)
from wallet.credentials.presenter import humanize_paths

if TYPE_CHECKING:
    from share_service.app import ShareService
    from wallet.verifier.report import Report

__all__ = ["PageCache", "credential_views", "page_context", "report_document"]

PRIVACY_EN = t("privacy", "en")
_TONE = {"verified": "ok", "authentic-unrecognised": "caution", "verified-with-warnings": "caution",
         "not-checked": "caution", "not-verified": "bad"}
_MARK = {"ok": "✓", "caution": "!", "bad": "✗"}


def _checks(report: Report | None, lang: str) -> list[dict[str, str]]:
    if report is None:
        return []
    return [{"name": c.name, "label": check_label(c.name, lang), "status": c.status,
             "status_word": status_word(c.status, lang), "detail": humanize_paths(c.detail)} for c in report.checks]


def _fields(p: Presented, lang: str) -> list[dict[str, str]]:
    """The presenter's fields in ``lang``; a shortened value (a DID) carries its ``full`` text."""
    out: list[dict[str, str]] = []
    for f in p.presented:
        item = {"label": label_words(f, lang), "value": value_words(f, lang)}
        if f.shortened:
            item["full"] = f.full
        out.append(item)
    return out


def credential_views(checked: Checked, data: bytes, lang: str, now: float) -> list[dict[str, Any]]:
    """One entry per presented credential: words, dates, fields, its checks and verdict."""
    shown = presented(data, now)
    reports = list(checked.report.credentials) if checked.report is not None else []
    out: list[dict[str, Any]] = []
    for i, p in enumerate(shown):
        rep = reports[i] if i < len(reports) else None
        trust = rep.check("issuer-trust") if rep is not None else None
        verdict = verdict_of(rep) if rep is not None else "not-verified"
        if checked.error:
            verdict = "not-verified"
        headline, _sentence = verdict_words(verdict, lang)
        recognised = None if trust is None else trust.status == "passed"
        # a recognised issuer is named by the trust source; otherwise the name is the credential's own claim
        source_name = str(trust.data.get("recognisedName") or "") if recognised and trust is not None else ""
        out.append({
            "title": p.title or t("credential", lang),
            "issuer_name": source_name or p.issuer_name or p.issuer_id,
            "issuer_self_claimed": not source_name and bool(p.issuer_name),
            "issuer_id": p.issuer_id,
            "recognised": recognised,
            "recognised_by": str(trust.data.get("recognisedBy") or "") if trust is not None else "",
            "issued": format_date(p.issued, lang) if p.issued else None,
            "issued_iso": p.issued,
            "valid_until": format_date(p.valid_until, lang) if p.valid_until else None,
            "valid_until_iso": p.valid_until,
            "verdict": verdict,
            "verdict_words": headline,
            "tone": _TONE.get(verdict, "bad"),
            "fields": _fields(p, lang),
            "checks": _checks(rep, lang),
        })
    return out


def _failed_labels(report: Report | None, lang: str) -> list[str]:
    """The plain names of the checks that failed, once each (the presentation's and its credentials')."""
    if report is None:
        return []
    out: list[str] = []
    for r in (report, *report.credentials):
        for c in r.checks:
            label = check_label(c.name, lang)
            if c.status == "failed" and label not in out:
                out.append(label)
    return out


def _signed_on(report: Report | None) -> str | None:
    c = report.check("holder-proof") if report is not None else None
    created = c.data.get("created") if c is not None else None
    return created if isinstance(created, str) else None


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def page_context(svc: ShareService, link: Link, checked: Checked, lang: str) -> dict[str, Any]:
    verdict = checked.verdict
    headline, sentence = verdict_words(verdict, lang)
    signed = _signed_on(checked.report)
    base = f"/v/{link.id}"
    other = "es" if lang == "en" else "en"
    return {
        "lang": lang, "t": t, "name": svc.config.name, "demo": svc.config.demo,
        "verdict": verdict, "tone": _TONE.get(verdict, "bad"), "mark": _MARK[_TONE.get(verdict, "bad")],
        "headline": headline, "sentence": sentence,
        "error": checked.error,
        "failed": _failed_labels(checked.report, lang),
        "holder": link.holder,
        "signed_on": format_date(signed, lang) if signed else None,
        "credentials": credential_views(checked, link.presentation, lang, checked.checked_at),
        "presentation_checks": _checks(checked.report, lang),
        "expires": format_date(link.expires_at, lang),
        "views": link.views,
        "checked_at": format_date(checked.checked_at, lang, with_time=True),
        "checked_iso": _iso(checked.checked_at),
        "status_checked": svc.config.allow_network or bool(svc.config.status_documents),
        "vp_url": f"{base}/presentation.json", "pkg_url": f"{base}/package.lwpkg",
        "report_url": f"{base}/report.json",
        "other_lang": other, "other_lang_url": f"{base}?lang={other}",
        "other_lang_name": "Español" if other == "es" else "English",
    }


def report_document(svc: ShareService, link: Link, checked: Checked, lang: str) -> dict[str, Any]:
    """The page as JSON: the same verdict, credentials and facts, plus the engine's full report."""
    verdict = checked.verdict
    headline, sentence = verdict_words(verdict, lang)
    creds = credential_views(checked, link.presentation, lang, checked.checked_at)
    return {
        "format": "learner-wallet-share-link-report",
        "version": 1,
        "link": {"id": link.id, "url": svc.link_url(link.id), "created_at": _iso(link.created_at),
                 "expires_at": _iso(link.expires_at), "views": link.views},
        "verdict": verdict,
        "verdict_text": headline,
        "explanation": sentence,
        "verified": verdict == "verified",
        "checked_at": _iso(checked.checked_at),
        "status_checked": svc.config.allow_network or bool(svc.config.status_documents),
        "holder": link.holder,
        "request": {"challenge": link.id, "domain": svc.config.origin},
        "credentials": [{"title": c["title"], "issuer": {"name": c["issuer_name"], "id": c["issuer_id"],
                                                         "recognised": c["recognised"],
                                                         "selfClaimed": c["issuer_self_claimed"]},
                         "issued": c["issued_iso"], "valid_until": c["valid_until_iso"], "verdict": c["verdict"],
                         "fields": c["fields"]} for c in creds],
        "report": checked.report.to_json() if checked.report is not None else None,
        "error": checked.error,
        "presentation": f"{svc.config.origin}/v/{link.id}/presentation.json",
        "privacy": t("privacy", lang),
        "language": lang,
        "demo": svc.config.demo,
    }


# (link, check, language, JSON?) -> the answer with the views left out
Render = Callable[[Link, Checked, str, bool, int | str], bytes]


class PageCache:
    """Rendered pages (and JSON reports) per (link id, language, kind), at most ``max_entries`` (least
    recently used go first). ``render(link, checked, lang, as_json, views)`` renders with ``views``
    as the view count's text; the cache passes a random marker and keeps the text around it."""

    def __init__(self, render: Render, *, max_entries: int = 4096) -> None:
        self._render = render
        self._marker = f"views-{secrets.token_hex(8)}"  # random per process: no presentation can contain it
        self._entries: OrderedDict[tuple[str, str, bool], tuple[tuple[Any, ...], bytes, bytes]] = OrderedDict()
        self._lock = threading.Lock()
        self._rendering: dict[tuple[str, str, bool], threading.Lock] = {}  # one rendering per key at a time
        self._max = max_entries
        self.hits = self.misses = 0

    @staticmethod
    def _stamp(link: Link, checked: Checked) -> tuple[Any, ...]:
        return (id(checked), checked.digest, checked.checked_at, link.created_at, link.expires_at, link.holder)

    def get(self, link: Link, checked: Checked, lang: str, as_json: bool) -> bytes | None:
        """The cached answer for this link as read, this check and this view count; None on a miss."""
        key = (link.id, lang, as_json)
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] != self._stamp(link, checked):
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
        return b"".join((entry[1], str(link.views).encode(), entry[2]))

    def render(self, link: Link, checked: Checked, lang: str, as_json: bool) -> bytes:
        """Render now (blocking: the app calls it in the thread pool), keep it, and return the answer.
        Views that missed together wait for one rendering rather than each making their own."""
        key = (link.id, lang, as_json)
        with self._lock:
            rendering = self._rendering.setdefault(key, threading.Lock())
        with rendering:
            if (done := self.get(link, checked, lang, as_json)) is not None:
                return done
            gap = f'"{self._marker}"' if as_json else self._marker  # a JSON string in the report, text in the page
            parts = self._render(link, checked, lang, as_json, self._marker).split(gap.encode())
            if len(parts) != 2:  # not one place for the count: answer without the cache
                return self._render(link, checked, lang, as_json, link.views)
            with self._lock:
                self._entries[key] = (self._stamp(link, checked), parts[0], parts[1])
                self._entries.move_to_end(key)
                while len(self._entries) > self._max:
                    old, _ = self._entries.popitem(last=False)
                    self._rendering.pop(old, None)
        return b"".join((parts[0], str(link.views).encode(), parts[1]))

    def forget(self, link_id: str) -> None:
        """Drop every answer of a deleted link (its memory; the missing row already keeps it unserved)."""
        with self._lock:
            for key in [k for k in self._entries if k[0] == link_id]:
                del self._entries[key]
                self._rendering.pop(key, None)
