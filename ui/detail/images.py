"""Credential images: ``data:`` URIs are decoded off the GUI thread and cached as thumbnails; remote
images are fetched only when the network setting is ``always`` (else the caller shows a placeholder),
on the parallel lane (never on the database lane), and kept in the wallet's encrypted cache.

:class:`ImageCache` batches the rows a view paints, loads them in one job on the serial lane (the
images live inside the encrypted credentials), and emits ``image_ready(credential_id)``.
"""

from __future__ import annotations

import base64
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap

from ui.session import Session
from ui.tasks import OpContext
from wallet import Wallet

__all__ = ["ImageCache", "RemoteImage", "decode_image", "image_uri_of", "load_image", "needs_fetch"]

MAX_IMAGE_BYTES = 2_000_000
CACHE_SIZE = 400


def decode_image(uri: str, size: int) -> QImage | None:
    """A ``data:image/...;base64,`` URI (or an SVG/PNG data URI with percent-free text) as an image
    scaled to fit ``size`` pixels; None when it is not a readable image."""
    head, _, body = uri.partition(",")
    if not head.startswith("data:image/"):
        return None
    try:
        data = base64.b64decode(body, validate=False) if ";base64" in head else body.encode()
    except ValueError:
        return None
    return _scaled(data[:MAX_IMAGE_BYTES] if len(data) > MAX_IMAGE_BYTES else data, size)


def _scaled(data: bytes, size: int) -> QImage | None:
    image = QImage.fromData(data)
    if image.isNull():
        return None
    if image.width() > size or image.height() > size:
        image = image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


def image_uri_of(model: Any) -> str | None:
    """The image of a credential model: its own, else its achievement's, else its issuer's."""
    if model.image:
        return str(model.image)
    if model.achievement is not None and model.achievement.image:
        return str(model.achievement.image)
    if model.issuer.image:
        return str(model.issuer.image)
    return None


def load_image(uri: str | None, size: int, *, cached: Callable[[str], bytes | None] | None = None) -> QImage | None:
    """Decode a data URI, or an HTTPS image already in the encrypted cache; never the network (a remote
    image is fetched off the database lane by :class:`RemoteImage`, when allowed)."""
    if not uri:
        return None
    if uri.startswith("data:"):
        return decode_image(uri, size)
    if cached is not None and uri.startswith("https://"):
        data = cached(uri)
        if data is not None and len(data) <= MAX_IMAGE_BYTES:
            return _scaled(data, size)
    return None


def needs_fetch(uri: str | None, image: QImage | None, allow_network: bool) -> bool:
    """Whether ``uri`` is a remote image not in the cache that the network setting lets us fetch."""
    return bool(uri and image is None and allow_network and uri.startswith("https://"))


class _FetchImage:
    """Parallel lane: the network only (no database), then decoding."""

    def __init__(self, url: str, size: int, fetcher: Callable[[str], bytes] | None) -> None:
        self.url, self.size, self.fetcher = url, size, fetcher

    def __call__(self, op: OpContext) -> tuple[str, bytes, QImage | None]:
        from wallet.net import fetch_image

        data = fetch_image(self.url, self.fetcher)
        return self.url, data, _scaled(data, self.size)


class _CacheImage:
    """Serial lane: keep a fetched image in the encrypted cache."""

    def __init__(self, url: str, data: bytes) -> None:
        self.url, self.data = url, data

    def __call__(self, wallet: Wallet, op: OpContext) -> None:
        wallet.cache_image(self.url, self.data)


class RemoteImage(QObject):
    """Fetch one remote image on the parallel lane, keep it in the encrypted cache on the serial lane,
    and emit ``ready(url, QImage)``. An unreachable image stays a placeholder: no error is shown."""

    ready = Signal(str, object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def fetch(self, url: str, size: int) -> None:
        wallet = self.session.wallet
        if wallet is None:
            return
        self.session.runner.run(None, _FetchImage(url, size, wallet.fetcher), success=self._fetched,
                                failure=self._failed, serial=False)

    def _fetched(self, result: tuple[str, bytes, QImage | None]) -> None:
        url, data, image = result
        if image is None:
            return
        self.session.run(None, _CacheImage(url, data))
        self.ready.emit(url, image)

    def _failed(self, exc: BaseException) -> None:
        pass  # an unreachable image is a placeholder, not an error


class _LoadImages:
    def __init__(self, ids: list[str], size: int) -> None:
        self.ids = ids
        self.size = size

    def __call__(self, wallet: Wallet, op: OpContext) -> tuple[dict[str, QImage | None], dict[str, list[str]]]:
        """(thumbnails by credential id, remote images to fetch: url -> the ids that show it)."""
        from wallet.journey.compute import model_of_raw

        out: dict[str, QImage | None] = {}
        fetch: dict[str, list[str]] = {}
        allow = wallet.network_allowed()
        for cid in self.ids:
            if op.cancelled():
                break
            try:
                stored = wallet.credential(cid)
                model = model_of_raw(stored.raw, stored.format, stored.details)
            except Exception:  # noqa: BLE001 - a credential deleted meanwhile, or unreadable: no image
                out[cid] = None
                continue
            uri = image_uri_of(model)
            out[cid] = load_image(uri, self.size, cached=wallet.cached_image)
            if uri and needs_fetch(uri, out[cid], allow):
                fetch.setdefault(uri, []).append(cid)
        return out, fetch


class ImageCache(QObject):
    """Thumbnails by credential id, loaded on demand in batches."""

    image_ready = Signal(str)

    def __init__(self, session: Session, size: int = 96, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.size = size
        self._cache: OrderedDict[str, QPixmap | None] = OrderedDict()
        self._wanted: list[str] = []
        self._inflight: set[str] = set()
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._flush)
        self._fetching: dict[str, list[str]] = {}
        self._remote = RemoteImage(session, self)
        self._remote.ready.connect(self._remote_ready)

    def _remote_ready(self, url: str, image: QImage) -> None:
        for cid in self._fetching.pop(url, []):
            self._cache[cid] = QPixmap.fromImage(image)
            self.image_ready.emit(cid)

    def clear(self, ids: list[str] | None = None) -> None:
        if ids is None:
            self._cache.clear()
        else:
            for cid in ids:
                self._cache.pop(cid, None)

    def known(self, cid: str) -> bool:
        return cid in self._cache

    def get(self, cid: str) -> QPixmap | None:
        """The thumbnail when loaded (None while loading or when there is none); asks for it once."""
        if cid in self._cache:
            self._cache.move_to_end(cid)
            return self._cache[cid]
        if cid not in self._wanted and cid not in self._inflight:
            self._wanted.append(cid)
            if not self._busy:
                self._timer.start()
        return None

    def _flush(self) -> None:
        if self._busy or not self._wanted:
            return
        ids, self._wanted = self._wanted[:60], self._wanted[60:]
        self._busy = True
        self._inflight = set(ids)
        op = self.session.run(None, _LoadImages(ids, self.size), success=self._loaded, failure=self._failed)
        if op is None:
            self._busy = False
            self._inflight = set()

    def _loaded(self, result: Any) -> None:
        self._busy = False
        self._inflight = set()
        images, fetch = result
        for cid, image in images.items():
            self._cache[cid] = QPixmap.fromImage(image) if image is not None else None
            self.image_ready.emit(cid)
        for url, ids in fetch.items():  # remote art, when the network is allowed: the parallel lane, then cached
            if url not in self._fetching:
                self._fetching[url] = list(ids)
                self._remote.fetch(url, self.size)
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        if self._wanted:
            self._timer.start()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        for cid in self._inflight:
            self._cache[cid] = None
        self._inflight = set()
