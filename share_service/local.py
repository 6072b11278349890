"""A share service on this computer's loopback address, in a background thread: for the demo (the whole
flow offline), the tests and the load run. It listens on 127.0.0.1 only and stops when the ``with``
block ends.
"""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType
from typing import Any

__all__ = ["LocalServer", "free_port"]


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


class LocalServer:
    """``with LocalServer(app, port) as srv: srv.origin`` — uvicorn serving ``app`` on 127.0.0.1:``port``."""

    def __init__(self, app: Any, port: int, *, start_timeout: float = 30.0) -> None:
        import uvicorn

        self.port = port
        self.origin = f"http://127.0.0.1:{port}"
        # asyncio and h11 in a thread of the desktop app (uvloop and httptools serve the stand-alone service)
        self._server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                                     access_log=False, server_header=False, lifespan="on",
                                                     loop="asyncio", http="h11"))
        self._thread = threading.Thread(target=self._server.run, name=f"share-service-{port}", daemon=True)
        self._start_timeout = start_timeout

    def start(self) -> LocalServer:
        self._thread.start()
        deadline = time.monotonic() + self._start_timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self._server.should_exit = True
                raise RuntimeError(f"the share service did not start on 127.0.0.1:{self.port}")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=15)

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
