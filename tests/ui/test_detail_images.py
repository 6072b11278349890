"""Opening a credential never waits on an image fetch: the detail is shown first, the remote image is
fetched on the parallel lane (only when the network is allowed) and kept in the encrypted cache."""

from __future__ import annotations

import io
import json
import threading
from pathlib import Path

from PIL import Image

from wallet.wallet import Wallet

WAIT = 60_000
URL = "https://images.example/badge.png"


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 40), (30, 120, 200)).save(out, "PNG")
    return out.getvalue()


def _wallet_with_remote_image(home: Path, tmp: Path, credential_paths: list[Path], network: str) -> str:
    doc = json.loads(credential_paths[0].read_text())
    doc["credentialSubject"]["achievement"]["image"] = {"id": URL, "type": "Image"}
    path = tmp / "remote-image.json"
    path.write_text(json.dumps(doc))
    w = Wallet.create(home)
    try:
        w.set_setting("network", network)
        return str(w.import_files([path]).added[0]["id"])
    finally:
        w.close()


def test_detail_is_shown_before_the_remote_image_arrives(qtbot, window, wallet_home, tmp_path, credential_paths
                                                         ) -> None:
    cid = _wallet_with_remote_image(wallet_home, tmp_path, credential_paths, "always")
    release = threading.Event()
    calls: list[str] = []

    def slow_fetch(url: str) -> bytes:
        calls.append(threading.current_thread().name)
        assert release.wait(30), "the test never released the fetch"
        return _png()

    window.start()
    qtbot.waitUntil(lambda: window.session.wallet is not None and window.library.model.rowCount() == 1, timeout=WAIT)
    window.session.wallet.fetcher = slow_fetch
    detail = window.library.detail
    window.show_credential(cid)
    # the detail loads while the fetch is still blocked
    qtbot.waitUntil(lambda: detail.data is not None and detail.data.id == cid, timeout=WAIT)
    qtbot.waitUntil(lambda: bool(calls), timeout=WAIT)
    assert detail.data.image is None and URL in detail.data.to_fetch
    # and the database lane is free meanwhile: the detail can be loaded again
    detail.data = None
    detail.reload()
    qtbot.waitUntil(lambda: detail.data is not None, timeout=WAIT)
    release.set()
    qtbot.waitUntil(lambda: detail.data is not None and detail.data.image is not None, timeout=WAIT)

    # kept in the encrypted cache: shown again with the network failing
    def no_network(url: str) -> bytes:
        raise AssertionError("fetched again although it was cached")

    window.session.wallet.fetcher = no_network
    detail.data = None
    detail.reload()
    qtbot.waitUntil(lambda: detail.data is not None and detail.data.image is not None, timeout=WAIT)
    assert not detail.data.to_fetch
    stored = b"".join(p.read_bytes() for p in wallet_home.iterdir() if p.is_file())
    assert b"images.example" not in stored  # the URL and the image are encrypted like the rest


def test_no_fetch_when_the_network_is_not_allowed(qtbot, window, wallet_home, tmp_path, credential_paths) -> None:
    cid = _wallet_with_remote_image(wallet_home, tmp_path, credential_paths, "never")
    calls: list[str] = []
    window.start()
    qtbot.waitUntil(lambda: window.session.wallet is not None and window.library.model.rowCount() == 1, timeout=WAIT)
    window.session.wallet.fetcher = lambda url: calls.append(url) or _png()
    detail = window.library.detail
    window.show_credential(cid)
    qtbot.waitUntil(lambda: detail.data is not None and detail.data.id == cid, timeout=WAIT)
    assert detail.data.image is None and detail.data.image_note == "remote" and not detail.data.to_fetch
    qtbot.wait(200)
    assert calls == []
