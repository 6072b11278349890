"""The library's models: a list model over immutable credential summaries and a filter proxy.

The list model never calls the wallet; the view loads rows on the serial lane and hands them over
with :meth:`CredentialListModel.set_rows`. The model keeps its rows in the chosen sort order (a
Python sort of 10,000 keys takes a few milliseconds, a ``lessThan`` per comparison would not), and
precomputes for every row the text it is searched by and its facets (type, issuer, skills,
experience, state, tags, collections, hidden). The proxy filters in memory as the user types.
"""

from __future__ import annotations

import functools
import operator
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractProxyModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ui.i18n import QT_TRANSLATE_NOOP
from wallet import CredentialSummary

__all__ = [
    "FACETS",
    "SORTS",
    "STATE_TEXT",
    "CredentialFilterProxy",
    "CredentialListModel",
    "Facets",
    "Prepared",
    "Roles",
    "RowCache",
    "RowUpdate",
    "prepare_rows",
    "prepare_some",
    "state_text",
    "type_words",
]

Index = QModelIndex | QPersistentModelIndex


# a verification state and how to say it (the words also feed search)
STATE_TEXT = {
    "verified": QT_TRANSLATE_NOOP("state", "Verified"),
    "authentic-unrecognised": QT_TRANSLATE_NOOP("state", "Authentic, issuer not recognised"),
    "demo-issuer": QT_TRANSLATE_NOOP("state", "DEMO issuer — fictional"),
    "expired": QT_TRANSLATE_NOOP("state", "Expired"),
    "revoked": QT_TRANSLATE_NOOP("state", "Revoked"),
    "suspended": QT_TRANSLATE_NOOP("state", "Suspended"),
    "not-verified": QT_TRANSLATE_NOOP("state", "Not verified"),
    "not-checked": QT_TRANSLATE_NOOP("state", "Not checked (offline)"),
    "unverified": QT_TRANSLATE_NOOP("state", "Not checked yet"),
}

#: sort keys and their labels, in menu order
SORTS = {
    "date": QT_TRANSLATE_NOOP("sort", "Newest first"),
    "date-asc": QT_TRANSLATE_NOOP("sort", "Oldest first"),
    "title": QT_TRANSLATE_NOOP("sort", "Title (A–Z)"),
    "issuer": QT_TRANSLATE_NOOP("sort", "Issuer (A–Z)"),
}

#: the filters and what their "any" entry says
FACETS = {
    "type": QT_TRANSLATE_NOOP("filter", "Any type"),
    "issuer": QT_TRANSLATE_NOOP("filter", "Any issuer"),
    "skill": QT_TRANSLATE_NOOP("filter", "Any skill"),
    "experience": QT_TRANSLATE_NOOP("filter", "Any experience"),
    "state": QT_TRANSLATE_NOOP("filter", "Any state"),
    "tag": QT_TRANSLATE_NOOP("filter", "Any tag"),
    "collection": QT_TRANSLATE_NOOP("filter", "Any collection"),
}


def state_text(state: str) -> str:
    """The words for a verification state, translated."""
    return QCoreApplication.translate("state", STATE_TEXT.get(state, state))


NOT_YOURS = QT_TRANSLATE_NOOP("state", "Not issued to you")


def not_yours_text(c: CredentialSummary | None) -> str:
    """"Not issued to you" when the credential's subject is none of the wallet's DIDs (recorded at import)."""
    if c is None or c.data.get("holder") != "someone-else":
        return ""
    return QCoreApplication.translate("state", NOT_YOURS)


class Roles(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    ISSUER = Qt.ItemDataRole.UserRole + 2
    DATE = Qt.ItemDataRole.UserRole + 3
    STATE = Qt.ItemDataRole.UserRole + 4
    SEARCH = Qt.ItemDataRole.UserRole + 5
    SUMMARY = Qt.ItemDataRole.UserRole + 6
    TYPE = Qt.ItemDataRole.UserRole + 7  # achievement type (or "Comprehensive Learner Record")
    SKILLS = Qt.ItemDataRole.UserRole + 8  # list[str]
    TAGS = Qt.ItemDataRole.UserRole + 9  # list[str] (the learner's tags)
    FAVOURITE = Qt.ItemDataRole.UserRole + 10
    HIDDEN = Qt.ItemDataRole.UserRole + 11  # hidden or archived
    HAS_IMAGE = Qt.ItemDataRole.UserRole + 12
    ORIGINAL_TITLE = Qt.ItemDataRole.UserRole + 13
    KIND = Qt.ItemDataRole.UserRole + 14  # the type's English word (type_of), for the card's badge glyph


def type_of(c: CredentialSummary) -> str:
    """The type a learner recognises: the achievement type, or the record kind."""
    kind = c.data.get("kind", "")
    if kind == "clr":
        return "Learner record"
    t = str(c.data.get("achievement_type") or "")
    if t.startswith("ext:"):
        t = t[4:]
    if t:
        return _spaced(t)
    return {"open-badge": "Badge", "endorsement": "Endorsement", "sd-jwt-vc": "Credential"}.get(kind, "Credential")


#: the OB 3.0 achievement types and the record kinds, as type_of() words them (for the catalogue)
TYPE_WORDS = (
    QT_TRANSLATE_NOOP("type", "Achievement"), QT_TRANSLATE_NOOP("type", "Apprenticeship certificate"),
    QT_TRANSLATE_NOOP("type", "Assessment"), QT_TRANSLATE_NOOP("type", "Assignment"),
    QT_TRANSLATE_NOOP("type", "Associate degree"), QT_TRANSLATE_NOOP("type", "Award"),
    QT_TRANSLATE_NOOP("type", "Badge"), QT_TRANSLATE_NOOP("type", "Bachelor degree"),
    QT_TRANSLATE_NOOP("type", "Certificate"), QT_TRANSLATE_NOOP("type", "Certificate of completion"),
    QT_TRANSLATE_NOOP("type", "Certification"), QT_TRANSLATE_NOOP("type", "Community service"),
    QT_TRANSLATE_NOOP("type", "Competency"), QT_TRANSLATE_NOOP("type", "Course"),
    QT_TRANSLATE_NOOP("type", "Co-curricular"), QT_TRANSLATE_NOOP("type", "Degree"),
    QT_TRANSLATE_NOOP("type", "Diploma"), QT_TRANSLATE_NOOP("type", "Doctoral degree"),
    QT_TRANSLATE_NOOP("type", "Fieldwork"), QT_TRANSLATE_NOOP("type", "General education development"),
    QT_TRANSLATE_NOOP("type", "Journeyman certificate"), QT_TRANSLATE_NOOP("type", "Learning program"),
    QT_TRANSLATE_NOOP("type", "License"), QT_TRANSLATE_NOOP("type", "Membership"),
    QT_TRANSLATE_NOOP("type", "Professional doctorate"), QT_TRANSLATE_NOOP("type", "Quality assurance credential"),
    QT_TRANSLATE_NOOP("type", "Master certificate"), QT_TRANSLATE_NOOP("type", "Master degree"),
    QT_TRANSLATE_NOOP("type", "Micro-credential"), QT_TRANSLATE_NOOP("type", "Research doctorate"),
    QT_TRANSLATE_NOOP("type", "Secondary school diploma"), QT_TRANSLATE_NOOP("type", "Learner record"),
    QT_TRANSLATE_NOOP("type", "Endorsement"), QT_TRANSLATE_NOOP("type", "Credential"),
)


def type_words(achievement_type: str) -> str:
    """An achievement type (``MicroCredential``, ``ext:Apprenticeship``) in words, translated."""
    return QCoreApplication.translate("type", _spaced(achievement_type.removeprefix("ext:")))


@functools.lru_cache(maxsize=256)
def _spaced(name: str) -> str:
    """``MicroCredential`` -> ``Micro-credential``, ``CommunityService`` -> ``Community service``."""
    if name in ("MicroCredential", "CoCurricular"):
        return {"MicroCredential": "Micro-credential", "CoCurricular": "Co-curricular"}[name]
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i and not name[i - 1].isupper():
            out.append(" ")
            out.append(ch.lower())
        else:
            out.append(ch)
    return "".join(out)


def experience_label(value: str) -> str:
    return value.replace("-", " ").capitalize() if value else ""


class Facets(NamedTuple):
    """What the filters and the sorts look at, for one row (precomputed off the GUI thread; lower-case
    where matched). A named tuple: 10,000 of them are built when a wallet opens, and a tuple is built
    several times faster than a frozen dataclass."""

    type: str
    issuer: str
    skills: frozenset[str]
    experience: str
    state: str
    tags: frozenset[str]
    collections: frozenset[str]
    hidden: bool
    by_title: tuple[str, str]  # the sort keys (see _facet_key)
    by_issuer: tuple[str, str, str]
    by_date: tuple[str, str]


_NONE: frozenset[str] = frozenset()


def _state_facet(state: str) -> str:
    return "revoked" if state == "suspended" else "not-checked" if state == "unverified" else state


def _facets(c: CredentialSummary, type_label: str) -> Facets:
    cur = c.curation
    skills = c.data.get("skills")
    return Facets(
        type_label,
        c.issuer_name or c.issuer_id,
        frozenset(str(s) for s in skills) if skills else _NONE,
        str(c.data.get("experience") or ""),
        _state_facet(c.state),
        frozenset(t.lower() for t in cur.tags) if cur.tags else _NONE,
        frozenset(t.lower() for t in cur.collections) if cur.collections else _NONE,
        cur.hidden or cur.archived,
        _title_key(c),
        _issuer_key(c),
        _date_key(c),
    )


def _state_words(state: str) -> str:
    return f"{STATE_TEXT.get(state, state)} {state_text(state)}".lower()


def _search_text(c: CredentialSummary, type_label: str, words: str) -> str:
    """The row's searchable text, lower-case. The summary's own ``search`` text (title, issuer,
    types, achievement, skills, results, evidence…) is lower-case already, so only the short parts
    added here are lowered."""
    cur = c.curation
    head = f"{c.issuer_id} {c.date} {c.format} {type_label}"
    if cur.tags or cur.collections or cur.display_title or cur.notes:
        head += " " + cur.search_text()
    search = c.data.get("search")
    if not isinstance(search, str):  # a summary without the wallet's search text: use its fields
        search = f"{c.title} {c.issuer_name} {' '.join(c.types)}".lower()
    return f"{head.lower()} {words} {search}"


@dataclass(frozen=True)
class Prepared:
    """Rows in display order with what search and filters look at, and each filter's values with
    their counts (hidden rows included)."""

    rows: tuple[CredentialSummary, ...]
    search: tuple[str, ...]
    facets: tuple[Facets, ...]
    sort: str
    counts: dict[str, list[tuple[str, int]]]


#: per-row work kept between loads: ``id(summary) -> (summary, state words, search text, facets)``.
#: The wallet hands out the same immutable summary object until the row or its curation changes.
RowCache = dict[int, tuple[CredentialSummary, str, str, Facets]]


def prepare_rows(rows: Sequence[CredentialSummary], sort: str = "date", cache: RowCache | None = None) -> Prepared:
    """Order the rows and precompute what search and filters look at, and the filters' counts.
    Pure Python, so the library runs it on its loading job, off the GUI thread; hand the result to
    :meth:`CredentialListModel.set_prepared`. With ``cache`` (owned by one caller, used by one
    thread at a time), rows seen in the previous call are not computed again."""
    states: dict[str, str] = {}
    old = cache if cache is not None else {}
    fresh: RowCache = {}
    hits = []
    for c in rows:
        hit = fresh[id(c)] = _prepared_row(c, old, states)
        hits.append(hit)
    if cache is not None:
        cache.clear()
        cache.update(fresh)
    # ordered by the sort keys the facets already hold (not computed a second time)
    key = _facet_key(sort)
    hits.sort(key=lambda h: key(h[3]), reverse=sort == "date")
    ordered = tuple(h[0] for h in hits)
    facets = tuple(h[3] for h in hits)
    return Prepared(ordered, tuple(h[2] for h in hits), facets, sort, _counts(ordered, facets))


def _prepared_row(c: CredentialSummary, cache: RowCache, states: dict[str, str]
                  ) -> tuple[CredentialSummary, str, str, Facets]:
    words = states.get(c.state)
    if words is None:
        words = states[c.state] = _state_words(c.state)
    hit = cache.get(id(c))
    if hit is None or hit[0] is not c or hit[1] != words:
        label = type_of(c)
        hit = (c, words, _search_text(c, label, words), _facets(c, label))
    return hit


#: one changed row, ready for :meth:`CredentialListModel.update_rows`: (summary, search text, facets)
RowUpdate = tuple[CredentialSummary, str, Facets]


def prepare_some(rows: Sequence[CredentialSummary], cache: RowCache) -> list[RowUpdate]:
    """What :func:`prepare_rows` computes, for a few changed rows (added to ``cache``)."""
    states: dict[str, str] = {}
    out = []
    for c in rows:
        hit = cache[id(c)] = _prepared_row(c, cache, states)
        out.append((c, hit[2], hit[3]))
    return out


def _counts(rows: Sequence[CredentialSummary], facets: Sequence[Facets]) -> dict[str, list[tuple[str, int]]]:
    """Every filter's values present in the rows, with how many rows have each (hidden rows too)."""
    plain = ("type", "issuer", "experience", "state")
    counts: dict[str, Counter[str]] = {name: Counter() for name in plain}
    skills: Counter[str] = Counter()
    for f in facets:
        for name, value in zip(plain, (f.type, f.issuer, f.experience, f.state), strict=True):
            if value:
                counts[name][value] += 1
        if f.skills:
            skills.update(f.skills)
    out = {name: sorted(c.items(), key=lambda x: x[0].casefold()) for name, c in counts.items()}
    out["skill"] = sorted(skills.items(), key=lambda x: x[0].casefold())
    return out | _curation_counts(rows)


def _curation_counts(rows: Sequence[CredentialSummary]) -> dict[str, list[tuple[str, int]]]:
    """The learner's tags and collections with how many rows have each (the counts curation changes)."""
    out = {}
    for name in ("tag", "collection"):
        labels: dict[str, str] = {}
        n: Counter[str] = Counter()
        for c in rows:
            cur = c.curation
            for label in (cur.tags if name == "tag" else cur.collections):
                labels.setdefault(label.lower(), label)
                n[label.lower()] += 1
        out[name] = sorted(((labels[k], v) for k, v in n.items()), key=lambda x: x[0].casefold())
    return out


def _title_key(c: CredentialSummary) -> tuple[str, str]:
    return c.display_title.casefold(), c.id


def _issuer_key(c: CredentialSummary) -> tuple[str, str, str]:
    return (c.issuer_name or c.issuer_id).casefold(), c.display_title.casefold(), c.id


def _date_key(c: CredentialSummary) -> tuple[str, str]:
    return c.date or c.added_at, c.id


def _facet_key(name: str) -> Any:
    """The same key, read from a row's precomputed :class:`Facets`."""
    return (operator.attrgetter("by_title") if name == "title" else operator.attrgetter("by_issuer")
            if name == "issuer" else operator.attrgetter("by_date"))


class CredentialListModel(QAbstractListModel):
    """Rows are immutable :class:`wallet.CredentialSummary` values; replaced whole, never edited."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[CredentialSummary, ...] = ()
        self._search: tuple[str, ...] = ()
        self._facets: tuple[Facets, ...] = ()
        self._counts: dict[str, list[tuple[str, int]]] = {}
        self._row_of: dict[str, int] | None = None
        self._sort = "date"

    # --- rows ----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[CredentialSummary]) -> None:
        self.set_prepared(prepare_rows(rows, self._sort))

    def set_prepared(self, prepared: Prepared) -> None:
        """Rows from :func:`prepare_rows` (re-sorted here if the sort changed since)."""
        if prepared.sort != self._sort:
            prepared = prepare_rows(prepared.rows, self._sort)
        self.beginResetModel()
        self._rows, self._search, self._facets = prepared.rows, prepared.search, prepared.facets
        self._counts = prepared.counts
        self._row_of = None
        self.endResetModel()

    def set_sort(self, name: str) -> None:
        """Order the rows by ``date`` (newest first), ``date-asc``, ``title`` or ``issuer``."""
        if name not in SORTS:
            raise ValueError(f"unknown sort {name!r}")
        if name == self._sort:
            return
        self._sort = name
        self.layoutAboutToBeChanged.emit()
        self._reorder()
        self.layoutChanged.emit()

    def update_rows(self, updates: Sequence[RowUpdate]) -> None:
        """Replace the rows of a few changed credentials (from :func:`prepare_some`) in place: one layout
        change (the filter proxy re-filters, selections stay), re-sorted only if a changed row is now out
        of order, the tag and collection counts recounted. Ids not in the model are ignored."""
        known = [(self.row_of(c.id), c, text, f) for c, text, f in updates]
        known = [k for k in known if k[0] >= 0]
        if not known:
            return
        self.layoutAboutToBeChanged.emit()
        rows, search, facets = list(self._rows), list(self._search), list(self._facets)
        for i, c, text, f in known:
            rows[i], search[i], facets[i] = c, text, f
        self._rows, self._search, self._facets = tuple(rows), tuple(search), tuple(facets)
        if not all(self._in_order(i) for i, *_ in known):
            self._reorder()
        self._counts = self._counts | _curation_counts(self._rows)
        self.layoutChanged.emit()

    def _in_order(self, i: int) -> bool:
        key, rows = _facet_key(self._sort), self._facets
        before, after = (key(rows[i - 1]) if i else None), (key(rows[i + 1]) if i + 1 < len(rows) else None)
        here = key(rows[i])
        if self._sort == "date":  # newest first
            return (before is None or before >= here) and (after is None or here >= after)
        return (before is None or before <= here) and (after is None or here <= after)

    def _reorder(self) -> None:
        """Sort the rows by the current sort, moving the persistent indexes with their credentials
        (between ``layoutAboutToBeChanged`` and ``layoutChanged``)."""
        persistent = self.persistentIndexList()
        # the keys were computed off the GUI thread: sorting 10,000 positions by them costs a few ms
        keys = list(map(_facet_key(self._sort), self._facets))
        order = sorted(range(len(keys)), key=keys.__getitem__, reverse=self._sort == "date")
        rows, search, facets = self._rows, self._search, self._facets
        self._rows = tuple([rows[i] for i in order])
        self._search = tuple([search[i] for i in order])
        self._facets = tuple([facets[i] for i in order])
        self._row_of = None
        new = [0] * len(order)
        for position, old in enumerate(order):
            new[old] = position
        self.changePersistentIndexList(persistent, [self.index(new[i.row()], 0) if 0 <= i.row() < len(new)
                                                    else QModelIndex() for i in persistent])

    def sort_name(self) -> str:
        return self._sort

    def rows(self) -> tuple[CredentialSummary, ...]:
        return self._rows

    def row_of(self, credential_id: str) -> int:
        if self._row_of is None:
            self._row_of = {c.id: i for i, c in enumerate(self._rows)}
        return self._row_of.get(credential_id, -1)

    def search_texts(self) -> tuple[str, ...]:
        """The lower-case text each row is searched by, in row order."""
        return self._search

    def facets(self) -> tuple[Facets, ...]:
        return self._facets

    def facet_values(self, name: str) -> list[tuple[str, int]]:
        """The values of one filter present in the rows, with how many rows have each (hidden rows too);
        counted when the rows were prepared."""
        if name not in FACETS:
            raise ValueError(f"unknown filter {name!r}")
        return list(self._counts.get(name, ()))

    # --- Qt ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return c.display_title or QCoreApplication.translate("library", "(untitled credential)")
        if role == Qt.ItemDataRole.ToolTipRole or role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [c.display_title, c.issuer_name or c.issuer_id, c.date[:10] if c.date else "", state_text(c.state),
                     not_yours_text(c)]
            if c.curation.favourite:
                parts.append(QCoreApplication.translate("library", "Favourite"))
            if c.curation.hidden or c.curation.archived:
                parts.append(QCoreApplication.translate("library", "Archived") if c.curation.archived
                             else QCoreApplication.translate("library", "Hidden"))
            return ", ".join(p for p in parts if p)
        if role == Roles.ID:
            return c.id
        if role == Roles.ISSUER:
            return c.issuer_name or c.issuer_id
        if role == Roles.DATE:
            return c.date[:10] if c.date else ""
        if role == Roles.STATE:
            return c.state
        if role == Roles.SEARCH:
            return self._search[index.row()]
        if role == Roles.SUMMARY:
            return c
        if role == Roles.TYPE:
            return QCoreApplication.translate("type", self._facets[index.row()].type)
        if role == Roles.SKILLS:
            return list(c.data.get("skills", ()))
        if role == Roles.TAGS:
            return list(c.curation.tags)
        if role == Roles.FAVOURITE:
            return c.curation.favourite
        if role == Roles.HIDDEN:
            return c.curation.hidden or c.curation.archived
        if role == Roles.HAS_IMAGE:
            return bool(c.data.get("has_image"))
        if role == Roles.ORIGINAL_TITLE:
            return c.title
        if role == Roles.KIND:
            return self._facets[index.row()].type
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role, name in ((Roles.ID, b"id"), (Roles.ISSUER, b"issuer"), (Roles.DATE, b"date"), (Roles.STATE, b"state"),
                           (Roles.TYPE, b"type"), (Roles.SKILLS, b"skills"), (Roles.TAGS, b"tags")):
            names[int(role)] = QByteArray(name)
        return names


class CredentialFilterProxy(QAbstractProxyModel):
    """Keeps the rows whose text contains every word of the search (any order, any case) and that
    pass every filter; hidden and archived rows only when asked for.

    Not a ``QSortFilterProxyModel``: that one asks ``filterAcceptsRow`` once per row, and 10,000
    Python calls from C++ alone take longer than a keystroke may. Here the answer is computed once
    per change over the source's precomputed texts and facets (one list comprehension), the
    visible rows are kept as a list, and only the rows a view paints are mapped. A change is
    announced as a layout change, with the persistent indexes (selection, current row) moved to
    where their credentials now are, so the selection survives typing and sorting.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._filters: dict[str, str] = {}
        self._show_hidden = False
        self._source: CredentialListModel | None = None
        self._rows: list[int] = []  # the source rows shown, in source order
        self._pos: dict[int, int] = {}  # source row -> proxy row (built on demand)
        self._pos_valid = False
        self._saved: list[tuple[Any, str | None, int]] = []

    # --- source ------------------------------------------------------------------------------
    def setSourceModel(self, model: Any) -> None:
        old = self.sourceModel()
        if old is not None:
            for signal, slot in self._connections(old):
                signal.disconnect(slot)
        self.beginResetModel()
        self._source = model if isinstance(model, CredentialListModel) else None
        super().setSourceModel(model)
        if model is not None:
            for signal, slot in self._connections(model):
                signal.connect(slot)
        self._rows = self._compute()
        self._pos_valid = False
        self.endResetModel()

    def _connections(self, model: Any) -> list[tuple[Any, Any]]:
        return [(model.modelAboutToBeReset, self._source_about_to_reset), (model.modelReset, self._source_reset),
                (model.layoutAboutToBeChanged, self._about_to_relayout), (model.layoutChanged, self._relayout),
                (model.dataChanged, self._source_data_changed), (model.rowsInserted, self._source_rows_changed),
                (model.rowsRemoved, self._source_rows_changed)]

    def _source_about_to_reset(self) -> None:
        self.beginResetModel()

    def _source_reset(self) -> None:
        self._rows = self._compute()
        self._pos_valid = False
        self.endResetModel()

    def _source_rows_changed(self, *args: Any) -> None:
        self.beginResetModel()
        self._source_reset()

    def _source_data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: Any = ()) -> None:
        shown = [self.mapFromSource(self.sourceModel().index(r, 0)) for r in range(top.row(), bottom.row() + 1)]
        shown = [i for i in shown if i.isValid()]
        if shown:
            self.dataChanged.emit(min(shown, key=lambda i: i.row()), max(shown, key=lambda i: i.row()))

    # --- a change of what is shown, as a layout change ---------------------------------------------
    def _about_to_relayout(self, *args: Any) -> None:
        self.layoutAboutToBeChanged.emit()
        saved = []
        for index in self.persistentIndexList():
            cid = index.data(Roles.ID) if index.isValid() else None
            saved.append((index, None if cid is None else str(cid), index.column()))
        self._saved = saved

    def _relayout(self, *args: Any) -> None:
        self._rows = self._compute()
        self._pos_valid = False
        src = self._source
        old, new = [], []
        for index, cid, column in self._saved:
            old.append(index)
            row = src.row_of(cid) if (src is not None and cid is not None) else -1
            proxy_row = self._position().get(row, -1) if row >= 0 else -1
            new.append(self.index(proxy_row, column) if proxy_row >= 0 else QModelIndex())
        self._saved = []
        if old:
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _change(self, apply: Any) -> None:
        self._about_to_relayout()
        apply()
        self._relayout()

    # --- the filters --------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        words = tuple(text.lower().split())
        if words != self._words:
            self._change(lambda: setattr(self, "_words", words))

    def search_words(self) -> tuple[str, ...]:
        return self._words

    def set_filter(self, name: str, value: str | None) -> None:
        """Keep only rows whose ``name`` facet (see :data:`FACETS`) is ``value``; ``None``/"" clears it."""
        if name not in FACETS:
            raise ValueError(f"unknown filter {name!r}")
        filters = dict(self._filters)
        if value:
            filters[name] = value
        else:
            filters.pop(name, None)
        if filters != self._filters:
            self._change(lambda: setattr(self, "_filters", filters))

    def filters(self) -> dict[str, str]:
        return dict(self._filters)

    def clear_filters(self) -> None:
        if self._filters:
            self._change(lambda: setattr(self, "_filters", {}))

    def set_show_hidden(self, show: bool) -> None:
        if bool(show) != self._show_hidden:
            self._change(lambda: setattr(self, "_show_hidden", bool(show)))

    def show_hidden(self) -> bool:
        return self._show_hidden

    def hidden_count(self) -> int:
        """How many rows are hidden or archived (shown or not)."""
        return sum(1 for f in self._facets_tuple() if f.hidden)

    def _texts(self) -> tuple[str, ...]:
        if self._source is not None:
            return self._source.search_texts()
        model = self.sourceModel()
        if model is None:
            return ()
        return tuple(str(model.data(model.index(i, 0), Roles.SEARCH) or "") for i in range(model.rowCount()))

    def _facets_tuple(self) -> tuple[Facets, ...]:
        return self._source.facets() if self._source is not None else ()

    def _compute(self) -> list[int]:
        texts = self._texts()
        facets = self._facets_tuple()
        words = self._words
        f = self._filters
        rows: list[int] | range = range(len(texts))
        if facets:
            show_hidden = self._show_hidden
            ty, issuer, skill, exp, state = (f.get(k) for k in ("type", "issuer", "skill", "experience", "state"))
            tag = f["tag"].lower() if "tag" in f else None
            coll = f["collection"].lower() if "collection" in f else None
            if not show_hidden or f:
                rows = [i for i, fc in enumerate(facets)
                        if (show_hidden or not fc.hidden)
                        and (ty is None or fc.type == ty)
                        and (issuer is None or fc.issuer == issuer)
                        and (skill is None or skill in fc.skills)
                        and (exp is None or fc.experience == exp)
                        and (state is None or fc.state == state)
                        and (tag is None or tag in fc.tags)
                        and (coll is None or coll in fc.collections)]
        for w in words:  # one pass per word over what is left
            rows = [i for i in rows if w in texts[i]]
        return list(rows)

    def _position(self) -> dict[int, int]:
        if not self._pos_valid:
            self._pos = {r: i for i, r in enumerate(self._rows)}
            self._pos_valid = True
        return self._pos

    # --- Qt -----------------------------------------------------------------------------------
    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or column != 0 or not 0 <= row < len(self._rows):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Any = None) -> Any:  # noqa: D401 - Qt's overloads: QObject.parent() and the model's
        if child is None:
            return super().parent()
        return QModelIndex()

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        model = self.sourceModel()
        if model is None or not proxy_index.isValid() or not 0 <= proxy_index.row() < len(self._rows):
            return QModelIndex()
        return model.index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._position().get(source_index.row(), -1)
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self.sourceModel()
        if model is None or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return model.data(model.index(self._rows[index.row()], 0), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
