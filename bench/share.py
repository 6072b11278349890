"""Load run of the share service on loopback: 200 concurrent page views, against SQLite and PostgreSQL.

    .venv/bin/python bench/share.py [--rounds 5] [--concurrency 200] [--links 20] [--only sqlite|postgresql]
                                    [--workers 1]

For each database the service runs as its own process (``python -m share_service``, one worker by
default, as a career office starts it) on 127.0.0.1; 20 links are uploaded (a one-skill selective
disclosure of a demo micro-credential, really signed), then:

* **cold**: the first view of every link at once (each view verifies the presentation);
* **warm**: ``--rounds`` rounds of ``--concurrency`` simultaneous page views spread over the links
  (HTML, each counted as a view; the presentation is re-verified only when its last check is older than
  the recheck interval, or its bytes changed, and the page re-rendered only then). With ``--workers``
  above 1 each process keeps its own checks and pages, so the first warm round also verifies.

It prints p50 / p95 / max latency and the throughput of each, and where the two cores went during the
warm rounds: the CPU time the service's processes and this load generator spent per view (read from
``/proc`` and ``getrusage`` in the same run), and how much of the machine other processes took
meanwhile (the database server, and whatever else runs). The load generator sends a raw HTTP/1.1
request per view on its own connection (as many phones would open), all from one ``selectors`` loop;
it shares the two cores with the service, and the breakdown shows what it costs.

Rate limits stay on: the service counts every view against its per-address limit, raised for this run
with the service's own setting (``--view-limit``) because every view comes from 127.0.0.1.

Everything is bounded: at most ``rounds * concurrency`` requests per database, a 30 s timeout per
request and 180 s per database; only 127.0.0.1 is contacted. PostgreSQL is a throwaway server in a
temporary folder (as in the tests).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import selectors
import signal
import socket
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
VIEW_LIMIT = 1_000_000  # the service's --view-limit (views per address per minute) for this run: all come from 127.0.0.1


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


def _status(data: bytes) -> int:
    """The status of a whole HTTP/1.1 response (its body as long as its Content-Length says), else 0."""
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((line.split(b":", 1)[1] for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length:")), b"")
    whole = data.startswith(b"HTTP/1.1 ") and length.strip().isdigit() and int(length) == len(body)
    return int(data.split(b" ", 2)[1]) if whole else 0


def _views(origin: str, paths: list[str]) -> tuple[list[float], float, int]:
    """All ``paths`` at once, each from its own connection (as many phones would): non-blocking sockets
    and one ``selectors`` loop, a raw HTTP/1.1 request each, the answer read until the service closes
    (``Connection: close``). No event loop, task or transport per view: the cheapest client Python
    offers, so the load generator takes as little as it can of the cores the service needs. A view's
    latency runs from its connect to the answer's last byte."""
    host, port = origin.removeprefix("http://").split(":")
    sel = selectors.DefaultSelector()
    results: list[tuple[float, int]] = []
    t0 = time.perf_counter()
    for path in paths:
        request = (f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: text/html\r\n"
                   "Accept-Language: en\r\nConnection: close\r\n\r\n").encode()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setblocking(False)
        started = time.perf_counter()
        sock.connect_ex((host, int(port)))  # in progress; writable once connected
        sel.register(sock, selectors.EVENT_WRITE, (request, started, []))
    deadline = time.monotonic() + 30
    while len(results) < len(paths) and time.monotonic() < deadline:
        for key, events in sel.select(timeout=1):
            conn, (request, started, chunks) = key.fileobj, key.data
            assert isinstance(conn, socket.socket)
            try:
                if events & selectors.EVENT_WRITE:
                    err = conn.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                    if err:
                        raise OSError(err, os.strerror(err))
                    conn.sendall(request)  # a few hundred bytes: the socket buffer takes them at once
                    sel.modify(conn, selectors.EVENT_READ, key.data)
                    continue
                chunk = conn.recv(65536)
                if chunk:
                    chunks.append(chunk)
                    continue
                status = _status(b"".join(chunks))
            except OSError:
                status = 0
            results.append((time.perf_counter() - started, status))
            sel.unregister(conn)
            conn.close()
    for key in list(sel.get_map().values()):  # timed out
        results.append((time.perf_counter() - key.data[1], 0))
        key.fileobj.close()  # type: ignore[union-attr]
    sel.close()
    wall = time.perf_counter() - t0
    bad = sum(1 for _, status in results if status != 200)
    return [lat for lat, _ in results], wall, bad


def _group_cpu(pgid: int) -> float:
    """CPU seconds (user + system) so far of every process in the process group ``pgid``: the service
    and, with ``--workers``, its worker processes."""
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # gone meanwhile
        if int(fields[2]) == pgid:  # pgrp; utime and stime follow at 11 and 12
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def _machine_busy() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far, from /proc/stat."""
    with open("/proc/stat") as fh:
        ticks = [int(x) for x in fh.readline().split()[1:]]
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)
    tick = os.sysconf("SC_CLK_TCK")
    return (sum(ticks) - idle) / tick, sum(ticks) / tick


def _self_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _line(name: str, lat: list[float], wall: float, bad: int) -> str:
    ms = [x * 1000 for x in lat]
    return (f"  {name:5} {len(ms):5} views  p50 {statistics.median(ms):7.1f} ms  p95 {_pct(ms, 95):7.1f} ms  "
            f"max {max(ms):7.1f} ms  {len(ms) / wall:6.0f} views/s" + (f"  NOT 200: {bad}" if bad else ""))


def run(label: str, store_args: list[str], args: argparse.Namespace) -> dict[str, Any]:
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    proc = _start([*store_args, "--port", str(port), "--origin", origin, "--demo", "--workers", str(args.workers),
                   "--view-limit", str(VIEW_LIMIT)], origin)
    started = time.monotonic()
    try:
        ids = _upload(origin, args.links)
        cold, cold_wall, cold_bad = _views(origin, [f"/v/{i}" for i in ids])
        warm: list[float] = []
        warm_wall, warm_bad = 0.0, 0
        server0, client0, (busy0, total0), t0 = _group_cpu(proc.pid), _self_cpu(), _machine_busy(), time.monotonic()
        for r in range(args.rounds):
            if time.monotonic() - started > DEADLINE_SECONDS:
                print(f"  (stopped after {r} rounds: {DEADLINE_SECONDS:.0f} s)")
                break
            paths = [f"/v/{ids[k % len(ids)]}" for k in range(args.concurrency)]
            lat, wall, bad = _views(origin, paths)
            warm += lat
            warm_wall += wall
            warm_bad += bad
        server_s, client_s = _group_cpu(proc.pid) - server0, _self_cpu() - client0
        elapsed = time.monotonic() - t0
        busy1, total1 = _machine_busy()
        cores = (busy1 - busy0) / max(1e-9, total1 - total0) * (os.cpu_count() or 1)
        other = max(0.0, cores - (server_s + client_s) / elapsed)  # the database server, and anything else running
    finally:
        _stop(proc)
    print(f"{label}{f' ({args.workers} workers)' if args.workers > 1 else ''}:")
    print(_line("cold", cold, cold_wall, cold_bad))
    print(_line("warm", warm, warm_wall, warm_bad))
    server, client = server_s / len(warm) * 1000, client_s / len(warm) * 1000
    print(f"  warm, CPU per view: service {server:.2f} ms, load generator {client:.2f} ms; cores in use: service "
          f"{server_s / elapsed:.1f}, load generator {client_s / elapsed:.1f}, other processes {other:.1f} "
          f"(of {os.cpu_count()})")
    warm_ms = [x * 1000 for x in warm]
    return {"store": label, "workers": args.workers, "cold_p50_ms": statistics.median(cold) * 1000,
            "cold_p95_ms": _pct(cold, 95) * 1000, "warm_p50_ms": statistics.median(warm_ms),
            "warm_p95_ms": _pct(warm_ms, 95), "warm_max_ms": max(warm_ms), "warm_views_per_s": len(warm) / warm_wall,
            "service_cpu_ms_per_view": server, "client_cpu_ms_per_view": client, "other_cores": other,
            "views": len(warm) + len(cold), "errors": cold_bad + warm_bad}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--concurrency", type=int, default=200)
    ap.add_argument("--links", type=int, default=20)
    ap.add_argument("--only", choices=["sqlite", "postgresql"])
    ap.add_argument("--workers", type=int, default=1, help="service processes (uvicorn --workers)")
    ap.add_argument("--json", action="store_true", help="also print the numbers as one JSON line")
    args = ap.parse_args()
    args.rounds = max(1, min(args.rounds, 50))
    args.concurrency = max(1, min(args.concurrency, 500))
    args.workers = max(1, min(args.workers, 8))
    http = "httptools" if importlib.util.find_spec("httptools") else "h11 (httptools is not installed)"
    loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio (uvloop is not installed)"
    print(f"share service load run on 127.0.0.1: {args.concurrency} concurrent page views x {args.rounds} rounds, "
          f"{args.links} links, {os.cpu_count()} cores (client and server share them); uvicorn's HTTP parser "
          f"{http}, event loop {loop}")
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
