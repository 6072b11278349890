"""The library's jobs on the serial lane: loading its rows (the first screenful, every row, a few
changed ones), deleting and restoring, verifying again. Each is a callable object (never a lambda)
that ``Session.run`` calls with the wallet and the operation's context."""

from __future__ import annotations

from typing import Any

from ui.library.model import Prepared, RowCache, RowUpdate, prepare_rows, prepare_some
from ui.tasks import OpContext
from wallet import Change, Wallet

__all__ = ["Delete", "LoadCredentials", "LoadFirst", "LoadSome", "Undelete", "VerifyAgain"]


class LoadCredentials:
    """Every credential, ordered, with the search texts and filter facets computed here (off the GUI thread)."""

    def __init__(self, sort: str, cache: RowCache) -> None:
        self.sort = sort
        self.cache = cache  # only ever used here, on the serial lane

    def __call__(self, wallet: Wallet, op: OpContext) -> Prepared:
        with op.collector_paused():  # 10,000 rows built to be kept: see ui.tasks.CollectorPause
            return prepare_rows(wallet.credentials(), self.sort, self.cache)


class LoadFirst:
    """The first screenful: the ``count`` newest credentials (the default order; hidden and archived
    ones are not shown by default), with how many credentials there are. A wallet of no more than
    ``count`` credentials is loaded whole, as :class:`LoadCredentials` would, and the count is 0:
    nothing is left to load."""

    def __init__(self, count: int, cache: RowCache) -> None:
        self.count = count
        self.cache = cache  # only ever used on the serial lane

    def __call__(self, wallet: Wallet, op: OpContext) -> tuple[Prepared, int]:
        total = wallet.credential_count()
        with op.collector_paused():
            if total <= self.count:
                return prepare_rows(wallet.credentials(), "date", self.cache), 0
            newest = wallet.newest_credentials(self.count, include_hidden=False, include_archived=False)
            return prepare_rows(newest, "date"), total


class LoadSome:
    """The changed rows only (after a curation of a few credentials)."""

    def __init__(self, ids: list[str], cache: RowCache) -> None:
        self.ids = ids
        self.cache = cache  # only ever used on the serial lane

    def __call__(self, wallet: Wallet, op: OpContext) -> list[RowUpdate]:
        return prepare_some(wallet.summaries(self.ids), self.cache)


class Delete:
    def __init__(self, ids: list[str]) -> None:
        self.ids = ids

    def __call__(self, wallet: Wallet, op: OpContext) -> tuple[Any, Change]:
        return wallet.delete(self.ids)


class VerifyAgain:
    def __init__(self, ids: list[str]) -> None:
        self.ids = ids

    def __call__(self, wallet: Wallet, op: OpContext) -> tuple[list[str], Change]:
        from wallet.wallet import state_of

        states: list[str] = []
        done: list[str] = []
        for i, cid in enumerate(self.ids):
            op.check_cancelled()
            op.progress(i, len(self.ids))
            report, change = wallet.verify_again(cid)
            states.append(state_of(report))
            done.extend(change.ids)
        return states, Change("credentials", tuple(done))


class Undelete:
    def __init__(self, token: Any) -> None:
        self.token = token

    def __call__(self, wallet: Wallet, op: OpContext) -> Change:
        return wallet.undelete(self.token)
