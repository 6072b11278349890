"""The share service's settings: one frozen value built by the command line (or a test) and handed to
the app factory. Time is a parameter (``clock``) so that expiry is testable without waiting.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from share_service.ratelimit import Limit

__all__ = ["ENV_VAR", "ServiceConfig", "normal_origin"]

ENV_VAR = "LEARNER_WALLET_SHARE_CONFIG"  # the settings handed to worker processes (JSON)


def normal_origin(url: str) -> str:
    """``scheme://host[:port]`` of ``url``, lower-case, default ports dropped; ValueError if not http(s)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{url!r} is not an http(s) URL")
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    if port is None or (parts.scheme, port) in (("http", 80), ("https", 443)):
        return f"{parts.scheme}://{host}"
    return f"{parts.scheme}://{host}:{port}"


@dataclass(frozen=True)
class ServiceConfig:
    """What a career office decides. ``origin`` is the public ``https://host`` employers open; every
    presentation is signed for it (the proof's ``domain``)."""

    origin: str
    name: str = "Learner Wallet share service"
    db: str | None = None
    database_url: str | None = None
    default_days: int = 30
    max_days: int = 365
    reservation_seconds: int = 900  # how long an id waits for its upload
    max_upload_bytes: int = 256 * 1024
    max_small_body_bytes: int = 16 * 1024  # reservation and deletion requests
    recheck_seconds: int = 300  # a page view re-verifies when the last check is older than this
    allow_network: bool = False  # status lists, did:web, issuer profiles
    trust_list_path: str | None = None  # a Learner Wallet trust list (JSON); None: no issuer is recognised
    demo: bool = False  # the demo's loopback service: pages and packages say DEMO
    purge_seconds: int = 600
    limit_reserve: Limit = Limit(20, 600)  # per address
    limit_upload_address: Limit = Limit(30, 600)
    limit_upload_did: Limit = Limit(20, 3600)
    limit_delete: Limit = Limit(30, 600)
    limit_view: Limit = Limit(300, 60)  # page views, downloads and not-found answers per address
    clock: Callable[[], float] = field(default=time.time, compare=False)
    status_documents: dict[str, bytes] = field(default_factory=dict, compare=False)  # url -> status list

    def __post_init__(self) -> None:
        object.__setattr__(self, "origin", normal_origin(self.origin))
        if not 1 <= self.default_days <= self.max_days:
            raise ValueError("the default link lifetime must be between 1 day and the maximum")

    def with_(self, **changes: Any) -> ServiceConfig:
        return replace(self, **changes)

    # --- handing the settings to worker processes ----------------------------------------------
    def to_env(self) -> str:
        out: dict[str, Any] = {}
        for f in self.__dataclass_fields__:
            if f in ("clock", "status_documents"):
                continue
            v = getattr(self, f)
            out[f] = [v.count, v.seconds] if isinstance(v, Limit) else v
        return json.dumps(out)

    @classmethod
    def from_env(cls, text: str | None = None) -> ServiceConfig:
        raw = json.loads(text if text is not None else os.environ[ENV_VAR])
        kwargs: dict[str, Any] = {k: Limit(int(v[0]), float(v[1])) if k.startswith("limit_") else v
                                  for k, v in raw.items()}
        return cls(**kwargs)
