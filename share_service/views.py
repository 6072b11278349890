"""Page views counted in groups: one database statement for every view that arrived while the last one ran.

A page view needs the link's row (to show it, and to re-check the bytes actually stored) and adds one
to its view count. Doing that as one statement per view puts a database write and a trip to the thread
pool on every request; under a burst of views those dominate. :class:`ViewCounter` is a *group
commit*: the first view starts a statement (:meth:`share_service.storage.Storage.view_many`) for every
view waiting at that moment; views that arrive while it runs wait for the next one, which one of them
starts as soon as the first finishes. An idle service thus answers a lone view with one statement as
before, and a burst of 200 views of 20 links costs a handful of statements.

Nothing is counted in memory beyond the statement in flight: each view's count is in the database
before its page is sent, so several app processes on one PostgreSQL database add up exactly, the
holder's view count is current, and stopping the service loses no view. Each view still sees the row
as read after it arrived (and its own number: the n-th of a group sees the count up to itself).

The counter lives on the app's event loop (all of its state is touched only there); the statement runs
in the thread pool.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace

import anyio
from starlette.concurrency import run_in_threadpool

from share_service.storage import Link, Storage

__all__ = ["Viewed", "ViewCounter"]

Viewed = tuple[Link, str]  # the link (views up to and including this one) and the SHA-256 of its stored bytes


class _Waiter:
    __slots__ = ("done", "error", "event", "lead", "result")

    def __init__(self) -> None:
        self.event = anyio.Event()
        self.done = False
        self.lead = False  # woken to run the next statement rather than with a result
        self.result: Viewed | None = None
        self.error: BaseException | None = None


class ViewCounter:
    """Counts page views of ``storage`` in groups; ``clock`` gives the time (whole seconds) of each statement."""

    def __init__(self, storage: Storage, clock: Callable[[], int]) -> None:
        self.storage = storage
        self.clock = clock
        self._pending: dict[str, list[_Waiter]] = {}
        self._busy = False  # a statement is running, or about to be started by a woken waiter
        self.statements = 0  # run so far (views arriving together share one)

    async def view(self, link_id: str) -> Viewed | None:
        """Count one view of ``link_id``: the link and the digest of its bytes, or None when it is gone."""
        me = _Waiter()
        self._pending.setdefault(link_id, []).append(me)
        if not self._busy:
            self._busy = True
            await self._lead()
        try:
            while not me.done:
                await me.event.wait()
                if me.lead:
                    me.lead = False
                    await self._lead()
        except BaseException:  # cancelled while waiting: not counted, and a lead handed to it goes on
            if not me.done:
                waiters = self._pending.get(link_id, [])
                if me in waiters:
                    waiters.remove(me)
                    if not waiters:
                        del self._pending[link_id]
                if me.lead:
                    me.lead = False
                    self._hand_on()
            raise
        if me.error is not None:
            raise me.error
        return me.result

    def _run(self, counts: dict[str, int]) -> dict[str, Viewed]:
        links = self.storage.view_many(counts, self.clock())
        return {k: (link, hashlib.sha256(link.presentation).hexdigest()) for k, link in links.items()}

    async def _lead(self) -> None:
        """One statement for every view waiting now; then hand the next one to a view that came meanwhile."""
        group, self._pending = self._pending, {}
        try:
            found = await run_in_threadpool(self._run, {k: len(ws) for k, ws in group.items()})
            self.statements += 1
            for link_id, waiters in group.items():
                got = found.get(link_id)
                for i, w in enumerate(waiters):
                    if got is not None:  # the i-th of n views of this group sees the count up to itself
                        link, digest = got
                        w.result = (replace(link, views=link.views - len(waiters) + 1 + i), digest)
                    w.done = True
                    w.event.set()
        except BaseException as exc:  # each view of the group answers with the error (a 500), none waits forever
            for waiters in group.values():
                for w in waiters:
                    if not w.done:
                        w.error, w.done = exc, True
                        w.event.set()
            if not isinstance(exc, Exception):
                raise
        finally:
            self._hand_on()

    def _hand_on(self) -> None:
        """Wake a waiting view to run the next statement, or mark the counter idle when none waits."""
        if self._pending:
            nxt = next(iter(self._pending.values()))[0]
            nxt.lead = True
            nxt.event.set()
        else:
            self._busy = False
