"""The page under many views: rendered answers are reused only for the very bytes, check and dates they
were made from (tampering, a recheck, expiry and deletion are seen at once), and views arriving together
are counted together, exactly, on SQLite and across two app instances on PostgreSQL."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import httpx
from share_support import (
    ORIGIN,
    PgServer,
    Service,
    make_service,
    one_skill,
    restore_stored,
    signed_vp,
    tamper_stored,
)


def _views_shown(html: str) -> int:
    m = re.search(r"<dt>Views</dt><dd>(\d+)</dd>", html)
    assert m, "the page shows its view count"
    return int(m.group(1))


def _burst(app: Any, paths: list[str]) -> list[dict[str, Any]]:
    """All ``paths`` requested at once from one event loop (JSON reports), as a crowd of phones would."""

    async def run() -> list[dict[str, Any]]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=ORIGIN) as http:
            answers = await asyncio.gather(*(http.get(p, headers={"accept": "application/json"}) for p in paths))
        assert all(r.status_code == 200 for r in answers), [r.status_code for r in answers]
        return [r.json() for r in answers]

    return asyncio.run(run())


def test_a_cached_page_never_outlives_its_bytes_its_check_or_its_link(service: Service, demo: Any,
                                                                       holder: Any) -> None:
    link_id = service.upload(lambda i: signed_vp(holder, [one_skill(demo)], i)).json()["id"]
    pages = service.client.app.state.service.pages
    first = service.client.get(f"/v/{link_id}", headers={"accept-language": "en"})
    second = service.client.get(f"/v/{link_id}", headers={"accept-language": "en"})
    assert pages.hits == 1  # the second view reused the rendering ...
    assert (_views_shown(first.text), _views_shown(second.text)) == (1, 2)  # ... with its own count
    assert re.sub(r"(<dt>Views</dt><dd>)1<", r"\g<1>2<", first.text) == second.text
    checked_at = service.client.get(f"/v/{link_id}", headers={"accept": "application/json"}).json()["checked_at"]

    stored = tamper_stored(service.config.db, link_id)
    altered = service.client.get(f"/v/{link_id}", headers={"accept-language": "en"})
    assert 'data-verdict="not-verified"' in altered.text and _views_shown(altered.text) == 4
    restore_stored(service.config.db, link_id, stored)  # the original bytes: verified again, from a fresh check
    assert 'data-verdict="verified"' in service.client.get(f"/v/{link_id}").text

    service.clock.advance(service.config.recheck_seconds + 1)
    rechecked = service.client.get(f"/v/{link_id}", headers={"accept": "application/json"}).json()
    assert rechecked["checked_at"] > checked_at and rechecked["link"]["views"] == 6

    gone = service.upload(lambda i: signed_vp(holder, [one_skill(demo)], i)).json()["id"]
    assert service.client.get(f"/v/{gone}").status_code == 200
    r = service.client.request("DELETE", f"/api/links/{gone}", content=signed_vp(holder, [], f"delete:{gone}"))
    assert r.status_code == 204
    assert service.client.get(f"/v/{gone}").status_code == 404
    service.clock.advance(31 * 86400)  # past the default 30 days
    assert service.client.get(f"/v/{link_id}").status_code == 404


def test_views_arriving_together_are_counted_together_and_exactly(service: Service, demo: Any,
                                                                   holder: Any) -> None:
    ids = [service.upload(lambda i: signed_vp(holder, [one_skill(demo)], i)).json()["id"] for _ in range(3)]
    app = service.client.app
    counter = app.state.service.views
    statements = counter.statements
    reports = _burst(app, [f"/v/{ids[k % 3]}" for k in range(60)])
    for link_id in ids:  # each view saw its own number, and the database has every one
        shown = sorted(r["link"]["views"] for r in reports if r["link"]["id"] == link_id)
        assert shown == list(range(1, 21))
        assert service.client.get(f"/api/links/{link_id}").json()["views"] == 20
    assert counter.statements - statements < 60  # fewer writes than views


def test_two_instances_on_postgresql_add_up_their_bursts(pg_server: PgServer, tmp_path: Path, trust_file: str,
                                                         demo: Any, holder: Any) -> None:
    from share_service.storage import PostgresStorage

    url = pg_server.new_database()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with make_service(tmp_path / "a", trust_file, storage=PostgresStorage(url)) as a, \
            make_service(tmp_path / "b", trust_file, storage=PostgresStorage(url)) as b:
        link_id = a.upload(lambda i: signed_vp(holder, [one_skill(demo)], i)).json()["id"]
        _burst(a.client.app, [f"/v/{link_id}"] * 25)
        _burst(b.client.app, [f"/v/{link_id}"] * 25)
        assert b.client.get(f"/api/links/{link_id}").json()["views"] == 50
        assert a.client.get(f"/v/{link_id}", headers={"accept": "application/json"}).json()["link"]["views"] == 51


def test_a_view_cancelled_while_waiting_is_not_counted_and_blocks_no_one(tmp_path: Path) -> None:
    import threading

    from share_service.storage import SQLiteStorage
    from share_service.views import ViewCounter

    class Gated(SQLiteStorage):  # the first statement waits until the test lets it finish
        gate = threading.Event()

        def view_many(self, counts: dict[str, int], now: int) -> Any:
            self.gate.wait(10)
            return super().view_many(counts, now)

    storage = Gated(tmp_path / "links.db")
    storage.reserve("A" * 22, 1, 100)
    assert storage.fill("A" * 22, presentation=b"{}", media_type="x", holder="did:x", now=1, expires_at=100)
    counter = ViewCounter(storage, lambda: 2)

    async def run() -> list[Any]:
        first = asyncio.ensure_future(counter.view("A" * 22))
        await asyncio.sleep(0.05)  # its statement is running (held by the gate)
        cancelled, last = (asyncio.ensure_future(counter.view("A" * 22)) for _ in range(2))
        await asyncio.sleep(0)
        cancelled.cancel()
        await asyncio.sleep(0)
        Gated.gate.set()
        return await asyncio.gather(first, cancelled, last, return_exceptions=True)

    first, cancelled, last = asyncio.run(run())
    assert isinstance(cancelled, asyncio.CancelledError)
    assert first[0].views == 1 and last[0].views == 2  # the cancelled view was not counted
    assert storage.get("A" * 22, 2).views == 2 and counter.statements == 2
    storage.close()


def test_the_direct_page_route_answers_as_the_router_does(service: Service, demo: Any, holder: Any) -> None:
    """``GET /v/<id>`` skips the router; ``HEAD`` takes it: the same headers, the same 404s."""
    link_id = service.upload(lambda i: signed_vp(holder, [one_skill(demo)], i)).json()["id"]
    get, head = service.client.get(f"/v/{link_id}"), service.client.head(f"/v/{link_id}")
    assert get.status_code == head.status_code == 200
    for name in ("content-security-policy", "x-frame-options", "referrer-policy", "x-content-type-options",
                 "content-type", "content-language", "vary", "cache-control"):
        assert get.headers[name] == head.headers[name], name
    for missing in ("B" * 22, "bad id with spaces....", "short"):
        assert service.client.get(f"/v/{missing}").status_code == service.client.head(f"/v/{missing}").status_code
        assert service.client.get(f"/v/{missing}").text == service.client.get("/v/" + "C" * 22).text
