"""The learner's own organisation of their credentials: tags, collections, favourites, a local
display title, hide/archive and notes. Never part of a signed credential; stored encrypted
(table ``curation``, one blob per credential) and kept in memory for instant filtering."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

from wallet.errors import InputError

__all__ = ["Curation", "MAX_NOTE_CHARS"]

MAX_NOTE_CHARS = 20_000
MAX_LABEL_CHARS = 200


def _clean_labels(values: Any, what: str) -> tuple[str, ...]:
    if isinstance(values, str):
        values = [values]
    out: list[str] = []
    for v in values or ():
        if not isinstance(v, str):
            raise InputError(f"a {what} must be text")
        v = " ".join(v.split())
        if not v:
            continue
        if len(v) > MAX_LABEL_CHARS:
            raise InputError(f"a {what} may have at most {MAX_LABEL_CHARS} characters")
        if v.lower() not in {o.lower() for o in out}:
            out.append(v)
    return tuple(out)


@dataclass(frozen=True)
class Curation:
    tags: tuple[str, ...] = ()
    collections: tuple[str, ...] = ()
    favourite: bool = False
    display_title: str = ""
    hidden: bool = False
    archived: bool = False
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, obj: dict[str, Any] | None) -> Curation:
        obj = obj or {}
        return cls(
            tags=tuple(obj.get("tags", ())),
            collections=tuple(obj.get("collections", ())),
            favourite=bool(obj.get("favourite")),
            display_title=str(obj.get("display_title", "")),
            hidden=bool(obj.get("hidden")),
            archived=bool(obj.get("archived")),
            notes=str(obj.get("notes", "")),
            extra=dict(obj.get("extra", {})),
        )

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["tags"], d["collections"] = list(self.tags), list(self.collections)
        return d

    def changed(self, **changes: Any) -> Curation:
        """A copy with ``changes`` applied and validated. ``add_tags``/``remove_tags`` and
        ``add_collections``/``remove_collections`` edit the lists."""
        cur = self
        add_t, rm_t = changes.pop("add_tags", None), changes.pop("remove_tags", None)
        add_c, rm_c = changes.pop("add_collections", None), changes.pop("remove_collections", None)
        if add_t or rm_t:
            drop = {t.lower() for t in _clean_labels(rm_t, "tag")}
            cur = replace(cur, tags=_clean_labels([t for t in cur.tags if t.lower() not in drop]
                                                  + list(_clean_labels(add_t, "tag")), "tag"))
        if add_c or rm_c:
            drop = {t.lower() for t in _clean_labels(rm_c, "collection")}
            cur = replace(cur, collections=_clean_labels(
                [c for c in cur.collections if c.lower() not in drop] + list(_clean_labels(add_c, "collection")),
                "collection"))
        if "tags" in changes:
            changes["tags"] = _clean_labels(changes["tags"], "tag")
        if "collections" in changes:
            changes["collections"] = _clean_labels(changes["collections"], "collection")
        if "notes" in changes and len(str(changes["notes"])) > MAX_NOTE_CHARS:
            raise InputError(f"notes may have at most {MAX_NOTE_CHARS} characters")
        if "display_title" in changes:
            changes["display_title"] = " ".join(str(changes["display_title"]).split())[:MAX_LABEL_CHARS]
        unknown = set(changes) - {"favourite", "display_title", "hidden", "archived", "notes", "tags", "collections"}
        if unknown:
            raise InputError(f"unknown curation field(s): {', '.join(sorted(unknown))}")
        return replace(cur, **changes)

    def search_text(self) -> str:
        return " ".join([*self.tags, *self.collections, self.display_title, self.notes]).lower()
