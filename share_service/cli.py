"""``learner-wallet-share``: start the share service with one command.

    learner-wallet-share --db links.db --origin https://share.example.edu      # SQLite, one process
    learner-wallet-share --database-url postgresql://... --workers 4 ...       # PostgreSQL, several

uvicorn serves the app; with ``--workers`` above 1 each worker process builds the app from the
settings passed in the environment (:data:`share_service.config.ENV_VAR`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from share_service.config import ENV_VAR, ServiceConfig

__all__ = ["build_parser", "config_from_args", "main"]


def _default_db() -> str:
    from platformdirs import user_data_dir

    return os.path.join(user_data_dir("learner-wallet-share", appauthor=False), "links.db")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="learner-wallet-share",
                                description="Serve short verification links for Learner Wallet presentations.")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8080, help="port to listen on (default 8080)")
    p.add_argument("--origin", help="the public origin employers open, e.g. https://share.example.edu "
                                    "(default http://HOST:PORT); presentations are signed for it")
    store = p.add_mutually_exclusive_group()
    store.add_argument("--db", help="SQLite database file (default: the platform data folder)")
    store.add_argument("--database-url", help="PostgreSQL URL (postgresql://user:pass@host/db) for several "
                                              "processes; LEARNER_WALLET_SHARE_DATABASE_URL works too")
    p.add_argument("--name", default="Learner Wallet share service", help="the name the pages show")
    p.add_argument("--trust", help="a trust list of recognised issuers (Learner Wallet's JSON export)")
    p.add_argument("--online", action="store_true",
                   help="allow the network for status lists and did:web / issuer profiles when checking")
    p.add_argument("--expires-days", type=int, default=30, help="default lifetime of a link (days)")
    p.add_argument("--max-days", type=int, default=365, help="longest lifetime a learner may ask for (days)")
    p.add_argument("--recheck-seconds", type=int, default=300,
                   help="re-verify a link on view when its last check is older than this (default 300)")
    p.add_argument("--max-upload-kb", type=int, default=256, help="largest presentation accepted (KiB)")
    p.add_argument("--workers", type=int, default=1, help="app processes (use PostgreSQL above 1)")
    p.add_argument("--forwarded-allow-ips", default=None,
                   help="proxies whose X-Forwarded-For is trusted for client addresses (e.g. 10.0.0.5)")
    p.add_argument("--view-limit", type=int, default=300, help="page views per address per minute")
    p.add_argument("--demo", action="store_true", help="mark every page and package as DEMO")
    return p


def config_from_args(args: argparse.Namespace) -> ServiceConfig:
    from share_service.ratelimit import Limit

    url = args.database_url or os.environ.get("LEARNER_WALLET_SHARE_DATABASE_URL")
    origin = args.origin or f"http://{args.host if ':' not in args.host else '[' + args.host + ']'}:{args.port}"
    return ServiceConfig(
        origin=origin, name=args.name, db=None if url else (args.db or _default_db()), database_url=url,
        default_days=args.expires_days, max_days=args.max_days, recheck_seconds=args.recheck_seconds,
        max_upload_bytes=args.max_upload_kb * 1024, allow_network=args.online, trust_list_path=args.trust,
        demo=args.demo, limit_view=Limit(args.view_limit, 60))


def main(argv: Sequence[str] | None = None) -> int:
    import uvicorn

    from share_service.storage import StorageError, open_storage

    args = build_parser().parse_args(argv)
    try:
        config = config_from_args(args)
        if args.workers > 1 and config.db:
            print("learner-wallet-share: several workers on one SQLite file work on one machine; "
                  "use --database-url for several machines", file=sys.stderr)
        open_storage(db=config.db, database_url=config.database_url).close()  # fail early, with a clear message
    except (ValueError, StorageError, OSError) as exc:
        print(f"learner-wallet-share: {exc}", file=sys.stderr)
        return 2
    print(f"learner-wallet-share: serving {config.origin} from "
          f"{'PostgreSQL' if config.database_url else config.db}", file=sys.stderr)
    common = {"host": args.host, "port": args.port, "proxy_headers": args.forwarded_allow_ips is not None,
              "forwarded_allow_ips": args.forwarded_allow_ips, "server_header": False, "access_log": False,
              "log_level": "warning"}
    if args.workers > 1:
        os.environ[ENV_VAR] = config.to_env()
        uvicorn.run("share_service.app:create_app_from_env", factory=True, workers=args.workers, **common)
    else:
        from share_service.app import create_app

        uvicorn.run(create_app(config), **common)
    return 0
