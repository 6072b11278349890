"""Integrity of the store as a whole: what was damaged, rolled back, deleted or moved, and how to say it.

Each encrypted value is bound to its table, row, column *and version* by the AES-GCM associated
data (``table/row/column/vN``), and every write bumps the row's version. The **manifest** is one
more encrypted record (table ``integrity``) listing every row of every table with its version
(and, for credentials, the record that carries it; for DIDs, which one is the default). It is
updated in the same transaction as each write, only for the rows that write touched.

On open the rows on disk are compared with the manifest:

=================  =====================================================================
problem kind       what it means
=================  =====================================================================
``unreadable``     the ciphertext does not open (a flipped bit, a blob from another row or
                   version, another wallet's key)
``rolled-back``    the row is an older version than the manifest says
``changed``        the row's version or plaintext columns differ from the manifest
``moved``          a nested credential now names another record as its carrier
``unexpected``     a row the manifest does not know (e.g. a deleted record put back)
``missing``        a row the manifest lists is gone (deleted outside Learner Wallet)
``manifest``       the manifest itself is missing or cannot be read
=================  =====================================================================

A record with a problem is never shown as if it were fine: lists skip it and the wallet names it
("1 credential could not be read — Restore it from a backup or delete it"). ``repair`` removes
the records that cannot be trusted and writes a new manifest. Rolling back the *whole* database
file (manifest included) to an older copy cannot be told from the file alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["MANIFEST_TABLES", "Problem", "compare_manifest", "describe_problems", "problem_lines"]

# table -> (key column, extra plaintext columns bound by the manifest)
MANIFEST_TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "credentials": ("id", ("parent_id",)),
    "curation": ("credential_id", ()),
    "dids": ("did", ("is_default",)),
    "settings": ("name", ()),
    "share_history": ("id", ()),
    "url_cache": ("key", ()),
}

_NOUNS = {
    "credentials": ("credential", "credentials"),
    "curation": ("note or tag set", "notes or tag sets"),
    "dids": ("identity label", "identity labels"),
    "settings": ("setting", "settings"),
    "share_history": ("share history entry", "share history entries"),
    "url_cache": ("cached network answer", "cached network answers"),
    "integrity": ("integrity record", "integrity records"),
}


@dataclass(frozen=True)
class Problem:
    """One record the wallet cannot trust. ``key`` is the row's id (a credential id, a DID, a setting name)."""

    kind: str  # unreadable | rolled-back | changed | moved | unexpected | missing | manifest
    table: str
    key: str
    detail: str = ""

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "table": self.table, "id": self.key, "detail": self.detail}

    @property
    def blocks_row(self) -> bool:
        """Whether the row must be hidden (it exists but cannot be trusted)."""
        return self.kind in ("unreadable", "rolled-back", "changed", "moved", "unexpected")


Listing = dict[str, dict[str, list[Any]]]


def compare_manifest(current: Listing, manifest: Listing) -> list[Problem]:
    """The problems found when comparing the rows on disk (``current``) with the ``manifest``.

    Both map table -> key -> ``[version, *extra columns]``."""
    out: list[Problem] = []
    for table in MANIFEST_TABLES:
        cur, man = current.get(table, {}), manifest.get(table, {})
        for key, entry in cur.items():
            want = man.get(key)
            if want is None:
                out.append(Problem("unexpected", table, key, "this record is not in the wallet's manifest "
                                   "(it was added or put back outside Learner Wallet)"))
            elif entry[0] < want[0]:
                out.append(Problem("rolled-back", table, key, f"this record is version {entry[0]}, the wallet "
                                   f"wrote version {want[0]}: an older copy was put back"))
            elif entry[0] != want[0]:
                out.append(Problem("changed", table, key, "this record's version does not match the manifest"))
            elif entry[1:] != want[1:]:
                if table == "credentials":
                    out.append(Problem("moved", table, key, f"this record now belongs to {entry[1] or 'nothing'}, "
                                       f"not to {want[1] or 'nothing'}"))
                else:
                    out.append(Problem("changed", table, key, "this record was changed outside Learner Wallet"))
        for key in man:
            if key not in cur:
                out.append(Problem("missing", table, key, "this record was deleted outside Learner Wallet"))
    return out


def _count(n: int, table: str) -> str:
    one, many = _NOUNS.get(table, ("record", "records"))
    return f"{n} {one if n == 1 else many}"


def describe_problems(problems: list[Problem]) -> list[str]:
    """One plain sentence per kind of problem and table, e.g.
    "1 credential could not be read — Restore it from a backup or delete it (learner-wallet-cli repair)."."""
    lines: list[str] = []
    groups: dict[tuple[str, str], list[Problem]] = {}
    for p in problems:
        groups.setdefault((p.kind, p.table), []).append(p)
    for (kind, table), items in sorted(groups.items()):
        n = len(items)
        what = _count(n, table)
        ids = ", ".join(p.key[:12] for p in items[:5]) + (", …" if n > 5 else "")
        them = "it" if n == 1 else "them"
        fix_n = f"Restore {them} from a backup or delete {them} (learner-wallet-cli repair)."
        if kind == "unreadable":
            lines.append(f"{what} could not be read ({ids}) — {fix_n}")
        elif kind in ("rolled-back", "changed"):
            lines.append(f"{what} {'was' if n == 1 else 'were'} replaced by an older or altered copy ({ids}) — {fix_n}")
        elif kind == "moved":
            lines.append(f"{what} {'was' if n == 1 else 'were'} moved to another record outside Learner Wallet "
                         f"({ids}) — {fix_n}")
        elif kind == "unexpected":
            lines.append(f"{what} {'is' if n == 1 else 'are'} not part of this wallet's record ({ids}) — {fix_n}")
        elif kind == "missing":
            lines.append(f"{what} {'was' if n == 1 else 'were'} deleted outside Learner Wallet ({ids}) — restore "
                         f"{them} from a backup, or accept the loss with learner-wallet-cli repair.")
        else:
            lines.append("The wallet's integrity record is missing or damaged, so changes made outside Learner "
                         "Wallet cannot be detected — run learner-wallet-cli repair to write a new one.")
    return lines


def problem_lines(problems: list[Problem]) -> str:
    return "\n".join(describe_problems(problems))
