"""The share service on a real PostgreSQL server (started by the tests on loopback): the same upload,
view, tamper, expiry and deletion behaviour as on SQLite, two app instances sharing one database as
behind a load balancer, and ``learner-wallet-share --workers 2`` serving from it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import psycopg
from share_support import PgServer, make_service, one_skill, signed_vp


def test_upload_view_tamper_expire_delete_on_postgresql(pg_server: PgServer, tmp_path: Path, trust_file: str,
                                                        demo: Any, holder: Any) -> None:
    from share_service.storage import PostgresStorage

    url = pg_server.new_database()
    with make_service(tmp_path, trust_file, storage=PostgresStorage(url)) as svc:
        up = svc.upload(lambda i: signed_vp(holder, [one_skill(demo)], i), days=3)
        assert up.status_code == 201, up.text
        link_id = up.json()["id"]
        doc = svc.client.get(f"/v/{link_id}", headers={"accept": "application/json"}).json()
        assert doc["verdict"] == "verified" and doc["link"]["views"] == 1
        assert svc.client.get(f"/v/{link_id}").status_code == 200
        assert svc.client.get(f"/api/links/{link_id}").json()["views"] == 2

        with psycopg.connect(url, autocommit=True) as conn:
            stored = bytes(conn.execute("SELECT presentation FROM share_links WHERE id = %s", (link_id,)).fetchone()[0])
            altered = json.loads(stored)
            altered["verifiableCredential"][0]["credentialSubject"]["achievement"]["name"] = "Chief Surgeon"
            conn.execute("UPDATE share_links SET presentation = %s WHERE id = %s", (json.dumps(altered).encode(), link_id))
            for column in conn.execute("SELECT column_name FROM information_schema.columns "
                                       "WHERE table_name = 'share_links'").fetchall():
                assert "addr" not in column[0] and "ip" != column[0]  # no place for a visitor address
        page = svc.client.get(f"/v/{link_id}", headers={"accept-language": "en"})
        assert 'data-verdict="not-verified"' in page.text and "Not verified" in page.text

        other = svc.upload(lambda i: signed_vp(holder, [one_skill(demo)], i), days=1).json()["id"]
        r = svc.client.request("DELETE", f"/api/links/{other}", content=signed_vp(holder, [], f"delete:{other}"))
        assert r.status_code == 204 and svc.client.get(f"/v/{other}").status_code == 404

        pending = svc.client.post("/api/links").json()["id"]
        svc.clock.advance(3 * 86400 + 1)
        assert svc.client.get(f"/v/{link_id}").status_code == 404
        assert svc.storage.purge(int(svc.clock.now)) == 2  # the expired link and the stale reservation
        assert not svc.storage.reservation_open(pending, int(svc.clock.now))
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT COUNT(*) FROM share_links").fetchone()[0] == 0


def test_two_app_instances_share_one_database(pg_server: PgServer, tmp_path: Path, trust_file: str, demo: Any,
                                              holder: Any) -> None:
    """A load balancer may send the reservation to one process and the upload and views to others."""
    from share_service.storage import PostgresStorage

    url = pg_server.new_database()
    storages: list[Any] = []
    errors: list[BaseException] = []

    def open_one() -> None:  # several processes creating the schema at once must not race
        try:
            storages.append(PostgresStorage(url))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(storages) == 4
    for s in storages[2:]:
        s.close()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with make_service(tmp_path / "a", trust_file, storage=storages[0]) as a, \
            make_service(tmp_path / "b", trust_file, storage=storages[1]) as b:
        link_id = a.client.post("/api/links").json()["id"]
        up = b.client.post(f"/api/links/{link_id}", content=signed_vp(holder, [one_skill(demo)], link_id))
        assert up.status_code == 201, up.text
        assert a.client.get(f"/v/{link_id}").status_code == 200
        assert b.client.get(f"/v/{link_id}", headers={"accept": "application/json"}).json()["link"]["views"] == 2
        again = a.client.post(f"/api/links/{link_id}", content=signed_vp(holder, [one_skill(demo)], link_id))
        assert again.status_code == 404  # the slot was filled through the other instance


def test_the_command_serves_from_postgresql_with_two_workers(pg_server: PgServer, tmp_path: Path, demo: Any,
                                                             holder: Any) -> None:
    from share_service.local import free_port

    url = pg_server.new_database()
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "share_service", "--database-url", url, "--port", str(port),
                             "--workers", "2", "--demo", "--origin", origin],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
                            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{origin}/healthz", timeout=2).json()["storage"] == "PostgresStorage":
                    break
            except (httpx.HTTPError, ValueError, KeyError):
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
                raise AssertionError(f"learner-wallet-share did not start: {out[-2000:]}")
            time.sleep(0.1)
        with httpx.Client(base_url=origin, timeout=30) as http:
            ids = [http.post("/api/links").json()["id"] for _ in range(4)]
            for link_id in ids:  # the requests land on either worker; every slot is in the shared database
                up = http.post(f"/api/links/{link_id}", content=signed_vp(holder, [one_skill(demo)], link_id, origin))
                assert up.status_code == 201, up.text
            views = [http.get(f"/v/{i}", headers={"accept": "application/json"}).json() for i in ids for _ in (0, 1)]
            assert all(v["verdict"] == "verified" for v in views)
            assert {http.get(f"/api/links/{i}").json()["views"] for i in ids} == {2}
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
