"""Rate limits of the share service: sliding windows kept in memory only.

A window counts events per key (a client address, a holder DID) over the last ``seconds``. Keys are
never stored as given: each is reduced to a keyed hash with a random per-process secret, so the
memory of a running service holds no visitor address either, and an entry disappears once its
window has passed. Several app processes each keep their own windows (the limits then apply per
process; the deployment guide says so).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Limit", "RateLimiter"]


@dataclass(frozen=True)
class Limit:
    """At most ``count`` events per ``seconds``."""

    count: int
    seconds: float


class RateLimiter:
    """Sliding-window counters per (bucket, key). ``clock`` returns seconds (monotonic by default)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, *, max_keys: int = 100_000) -> None:
        self._clock = clock
        self._secret = secrets.token_bytes(32)
        self._windows: dict[bytes, deque[float]] = {}
        self._lock = threading.Lock()
        self._max_keys = max_keys
        self._calls = 0

    def _key(self, bucket: str, key: str) -> bytes:
        return hmac.new(self._secret, f"{bucket}\0{key}".encode(), hashlib.sha256).digest()[:16]

    def hit(self, bucket: str, key: str, limit: Limit) -> float | None:
        """Count one event; None when allowed, else the seconds until one more would be."""
        now = self._clock()
        k = self._key(bucket, key)
        with self._lock:
            self._calls += 1
            if self._calls % 1024 == 0 or len(self._windows) > self._max_keys:
                self._sweep(now, limit.seconds)
            window = self._windows.setdefault(k, deque())
            while window and window[0] <= now - limit.seconds:
                window.popleft()
            if len(window) >= limit.count:
                return max(0.0, window[0] + limit.seconds - now)
            window.append(now)
            return None

    def _sweep(self, now: float, seconds: float) -> None:
        """Forget every key whose last event is older than the longest window we use (an hour) or ``seconds``."""
        horizon = now - max(seconds, 3600.0)
        for k in [k for k, w in self._windows.items() if not w or w[-1] <= horizon]:
            del self._windows[k]

    def __len__(self) -> int:
        return len(self._windows)
