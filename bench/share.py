"""Load run of the share service on loopback: 200 concurrent page views, against SQLite and PostgreSQL.

    .venv/bin/python bench/share.py [--rounds 5] [--concurrency 200] [--links 20] [--only sqlite|postgresql]

For each database the service runs as its own process (``python -m share_service``, one worker, as a
career office starts it) on 127.0.0.1; 20 links are uploaded (a one-skill selective disclosure of a
demo micro-credential, really signed), then:

* **cold**: the first view of every link at once (each view verifies the presentation);
* **warm**: ``--rounds`` rounds of ``--concurrency`` simultaneous page views spread over the links
  (HTML, each counted as a view; the presentation is re-verified only when its last check is older than
  the recheck interval, or its bytes changed).

It prints p50 / p95 / max latency and the throughput of each. Everything is bounded: at most
``rounds * concurrency`` requests per database, a 30 s timeout per request and 180 s per database;
only 127.0.0.1 is contacted. PostgreSQL is a throwaway server in a temporary folder (as in the tests).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "share_service"))

import httpx  # noqa: E402

from share_service.local import free_port  # noqa: E402

DEADLINE_SECONDS = 180.0


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * len(s)) - 1))]


def _start(args: list[str], origin: str) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, "-m", "share_service", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{origin}/healthz", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            break
        time.sleep(0.1)
    out = proc.stdout.read().decode(errors="replace") if proc.stdout and proc.poll() is not None else ""
    _stop(proc)
    raise SystemExit(f"the share service did not start: {out[-1500:]}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def _upload(origin: str, n: int) -> list[str]:
    from share_support import one_skill, signed_vp

    from wallet.demo.issuer import build_demo_documents, holder_signer

    demo, holder = build_demo_documents(), holder_signer()
    cred = one_skill(demo)
    ids = []
    with httpx.Client(base_url=origin, timeout=30) as http:
        for _ in range(n):
            link_id = http.post("/api/links").json()["id"]
            r = http.post(f"/api/links/{link_id}", content=signed_vp(holder, [cred], link_id, origin))
            if r.status_code != 201:
                raise SystemExit(f"upload refused: {r.text}")
            ids.append(link_id)
    return ids


async def _views(origin: str, paths: list[str]) -> tuple[list[float], float, int]:
    """All ``paths`` at once, each from its own connection (as many phones would), with a minimal
    HTTP/1.1 client so that the client's own cost stays small beside the server's."""
    host, port = origin.removeprefix("http://").split(":")

    async def one(path: str) -> tuple[float, int]:
        t0 = time.perf_counter()
        reader, writer = await asyncio.open_connection(host, int(port))
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: text/html\r\n"
                     "Accept-Language: en\r\nConnection: close\r\n\r\n".encode())
        await writer.drain()
        data = await asyncio.wait_for(reader.read(), timeout=30)
        writer.close()
        status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/1.1 ") else 0
        return time.perf_counter() - t0, status

    t0 = time.perf_counter()
    results = await asyncio.gather(*(one(p) for p in paths))
    wall = time.perf_counter() - t0
    bad = sum(1 for _, status in results if status != 200)
    return [lat for lat, _ in results], wall, bad


def _line(name: str, lat: list[float], wall: float, bad: int) -> str:
    ms = [x * 1000 for x in lat]
    return (f"  {name:5} {len(ms):5} views  p50 {statistics.median(ms):7.1f} ms  p95 {_pct(ms, 95):7.1f} ms  "
            f"max {max(ms):7.1f} ms  {len(ms) / wall:6.0f} views/s" + (f"  NOT 200: {bad}" if bad else ""))


def run(label: str, store_args: list[str], args: argparse.Namespace) -> dict[str, Any]:
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    proc = _start([*store_args, "--port", str(port), "--origin", origin, "--demo", "--view-limit", "100000000"],
                  origin)
    started = time.monotonic()
    try:
        ids = _upload(origin, args.links)
        cold, cold_wall, cold_bad = asyncio.run(_views(origin, [f"/v/{i}" for i in ids]))
        warm: list[float] = []
        warm_wall, warm_bad = 0.0, 0
        for r in range(args.rounds):
            if time.monotonic() - started > DEADLINE_SECONDS:
                print(f"  (stopped after {r} rounds: {DEADLINE_SECONDS:.0f} s)")
                break
            paths = [f"/v/{ids[k % len(ids)]}" for k in range(args.concurrency)]
            lat, wall, bad = asyncio.run(_views(origin, paths))
            warm += lat
            warm_wall += wall
            warm_bad += bad
    finally:
        _stop(proc)
    print(f"{label}:")
    print(_line("cold", cold, cold_wall, cold_bad))
    print(_line("warm", warm, warm_wall, warm_bad))
    return {"store": label, "cold_p50_ms": statistics.median(cold) * 1000, "warm_p50_ms": statistics.median(warm) * 1000,
            "warm_p95_ms": _pct(warm, 95) * 1000, "views": len(warm) + len(cold), "errors": cold_bad + warm_bad}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--concurrency", type=int, default=200)
    ap.add_argument("--links", type=int, default=20)
    ap.add_argument("--only", choices=["sqlite", "postgresql"])
    ap.add_argument("--json", action="store_true", help="also print the numbers as one JSON line")
    args = ap.parse_args()
    args.rounds = max(1, min(args.rounds, 50))
    args.concurrency = max(1, min(args.concurrency, 500))
    print(f"share service load run on 127.0.0.1: {args.concurrency} concurrent page views x {args.rounds} rounds, "
          f"{args.links} links, {os.cpu_count()} cores (client and server share them)")
    results = []
    if args.only in (None, "sqlite"):
        with tempfile.TemporaryDirectory() as tmp:
            results.append(run("SQLite", ["--db", os.path.join(tmp, "links.db")], args))
    if args.only in (None, "postgresql"):
        from share_support import running_postgres

        with running_postgres() as pg:
            results.append(run("PostgreSQL", ["--database-url", pg.new_database()], args))
    if args.json:
        print(json.dumps(results))
    return 0 if all(r["errors"] == 0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
