"""The share service's web application (Starlette): the upload API and the page an employer opens.

Routes::

    GET    /                        what this service is (HTML)
    GET    /healthz                 {"ok": true} when the database answers (for a load balancer)
    POST   /api/links               reserve a fresh 128-bit link id -> {id, origin, upload, url, ...}
    POST   /api/links/<id>          upload the presentation signed with challenge=<id>, domain=<origin>
                                    (?expires_days=N, default 30); verified before it is stored
    GET    /api/links/<id>          {url, expires_at, views} for the holder's history (counts no view)
    DELETE /api/links/<id>          body: a presentation signed by the same holder DID with challenge
                                    "delete:<id>" -> 204
    GET    /v/<id>                  the page (HTML; JSON with Accept: application/json); counts a view
    GET    /v/<id>/report.json      the same report as JSON
    GET    /v/<id>/presentation.json, /v/<id>/package.lwpkg   downloads
    GET    /static/...              the stylesheet and icon (no third-party asset anywhere)

Every unknown, malformed, expired, deleted or not-yet-uploaded id gets the same 404. Storage and
verification are blocking and run in the thread pool. Headers on every answer: a strict CSP (no script
at all; styles from /static only), no referrer, no framing, no sniffing.

The page is the one hot route (an employer's phone; a class of them at a careers fair), so a view is
kept cheap: its count and the read of its row share one database statement with the views that arrive
at the same time (:mod:`share_service.views`), the verification is reused while the stored bytes are the
same and younger than the recheck interval, the rendered answer is reused while that check is
(:class:`share_service.page.PageCache`), and ``GET /v/<id>`` goes straight to its handler ahead of the
router (:class:`PageRoute`): Starlette's routing and exception layers measured more CPU time than the
rest of a cached view (about 0.12 ms against 0.1 ms per view).
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from functools import lru_cache
from typing import Any

import anyio
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from share_service.checker import Checked, Checker, UploadRejected
from share_service.config import ServiceConfig
from share_service.page import PageCache, page_context, report_document
from share_service.ratelimit import Limit, RateLimiter
from share_service.storage import Link, Storage, open_storage
from share_service.views import ViewCounter
from share_service.words import pick_language, t

__all__ = ["CSP", "create_app", "create_app_from_env"]

CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; "
       "frame-ancestors 'none'")
_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
_HEADER_NAMES = frozenset(name for name, _ in _HEADERS)
_ID = re.compile(r"^[A-Za-z0-9_-]{22}$")
_PAGE_HEADERS = {"vary": "Accept, Accept-Language", "cache-control": "no-store"}


class SecurityHeaders:
    """Adds the security headers to every response (pure ASGI, so streaming bodies pass untouched)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() not in _HEADER_NAMES]
                message = {**message, "headers": headers + _HEADERS}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class _TooLarge(Exception):
    pass


async def _body(request: Request, cap: int) -> bytes:
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > cap:
        raise _TooLarge
    buf = bytearray()
    async for chunk in request.stream():
        buf += chunk
        if len(buf) > cap:
            raise _TooLarge
    return bytes(buf)


def _media_q(accept: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for part in accept.split(","):
        mtype, _, params = part.strip().partition(";")
        m = re.search(r"q\s*=\s*([0-9.]+)", params)
        try:
            q = float(m.group(1)) if m else 1.0
        except ValueError:
            q = 0.0
        mtype = mtype.strip().lower()
        if mtype:
            out[mtype] = max(q, out.get(mtype, 0.0))
    return out


@lru_cache(maxsize=512)  # browsers send a handful of distinct headers; parsing each costs more than a view
def _prefers_json(accept: str) -> bool:
    q = _media_q(accept)
    as_json = max(q.get("application/json", 0.0), q.get("application/ld+json", 0.0))
    as_html = max(q.get("text/html", 0.0), q.get("text/*", 0.0), q.get("*/*", 0.0) if as_json == 0 else 0.0)
    return as_json > 0 and as_json > as_html


def wants_json(request: Request) -> bool:
    """Content negotiation: JSON when the client prefers application/json to text/html."""
    return _prefers_json(request.headers.get("accept", ""))


_language = lru_cache(maxsize=512)(pick_language)


class PageRoute:
    """``GET /v/<id>`` straight to :meth:`ShareService.answer_page`, ahead of Starlette's router and
    exception layers (the same handler the router calls; the security headers and the error page still
    wrap it). Any other request, a HEAD or a path that is not exactly ``/v/`` + 22 characters goes on."""

    def __init__(self, app: ASGIApp, service: ShareService) -> None:
        self.app = app
        self.service = service

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET":
            path: str = scope["path"]
            if len(path) == 25 and path.startswith("/v/") and "/" not in path[3:]:
                response = await self.service.answer_page(Request(scope, receive), path[3:])
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


class ShareService:
    """The app's state: settings, storage, checker, rate limits, templates."""

    def __init__(self, config: ServiceConfig, storage: Storage | None = None, *, checker: Checker | None = None,
                 limiter: RateLimiter | None = None) -> None:
        from wallet.trust.issuers import TrustList

        self.config = config
        self.storage = storage or open_storage(db=config.db, database_url=config.database_url)
        trust_list = TrustList()
        if config.trust_list_path:
            with open(config.trust_list_path, "rb") as fh:
                trust_list = TrustList.loads(fh.read())
        trust: Any = trust_list
        try:  # the verdict model's trust sources: the office's list, the bundled registries, demo issuers
            from wallet.trust.sources import TrustSources

            trust = TrustSources.default(trust_list, demo=config.demo)
        except (ImportError, TypeError, AttributeError):
            trust = trust_list
        self.checker = checker or Checker(origin=config.origin, trust=trust, allow_network=config.allow_network,
                                          recheck_seconds=config.recheck_seconds,
                                          status_documents=config.status_documents)
        self.limiter = limiter or RateLimiter()
        self.templates = Environment(loader=PackageLoader("share_service", "templates"),
                                     autoescape=select_autoescape(default=True, default_for_string=True))
        self.views = ViewCounter(self.storage, self.now)
        self.pages = PageCache(self._render)

    def now(self) -> int:
        return int(self.config.clock())

    # --- answers shared by every route -----------------------------------------------------------
    def not_found(self, request: Request) -> Response:
        """The one 404, whatever the reason (never existed, expired, deleted, not uploaded, malformed)."""
        if wants_json(request) or request.url.path.startswith("/api/"):
            return JSONResponse({"error": {"code": "not-found", "message": "No such link."}}, status_code=404,
                                headers={"cache-control": "no-store"})
        lang = pick_language(request.headers.get("accept-language"), request.query_params.get("lang"))
        html = self.templates.get_template("not_found.html").render(lang=lang, t=t, name=self.config.name,
                                                                    demo=self.config.demo)
        return HTMLResponse(html, status_code=404, headers={"cache-control": "no-store", "content-language": lang})

    def limited(self, request: Request, bucket: str, limit: Limit, key: str | None = None) -> Response | None:
        """A 429 when ``key`` (default: the client address) is over ``limit`` in ``bucket``."""
        who = key if key is not None else (request.client.host if request.client else "unknown")
        retry = self.limiter.hit(bucket, who, limit)
        if retry is None:
            return None
        seconds = str(max(1, int(retry + 0.999)))
        lang = pick_language(request.headers.get("accept-language"), request.query_params.get("lang"))
        return JSONResponse({"error": {"code": "rate-limited", "message": t("too_many", lang)}}, status_code=429,
                            headers={"retry-after": seconds, "cache-control": "no-store"})

    @staticmethod
    def rejected(exc: UploadRejected) -> Response:
        return JSONResponse({"error": exc.to_json()}, status_code=exc.status)

    def link_url(self, link_id: str) -> str:
        return f"{self.config.origin}/v/{link_id}"

    # --- routes -----------------------------------------------------------------------------------
    async def home(self, request: Request) -> Response:
        lang = pick_language(request.headers.get("accept-language"), request.query_params.get("lang"))
        html = self.templates.get_template("home.html").render(lang=lang, t=t, name=self.config.name,
                                                               demo=self.config.demo)
        return HTMLResponse(html, headers={"content-language": lang})

    async def health(self, request: Request) -> Response:
        await run_in_threadpool(self.storage.get, "health-probe", self.now())
        return JSONResponse({"ok": True, "storage": self.storage.kind}, headers={"cache-control": "no-store"})

    async def reserve(self, request: Request) -> Response:
        if (r := self.limited(request, "reserve", self.config.limit_reserve)) is not None:
            return r
        try:
            await _body(request, self.config.max_small_body_bytes)
        except _TooLarge:
            return JSONResponse({"error": {"code": "too-large", "message": "The request is too large."}},
                                status_code=413)
        now = self.now()
        link_id = secrets.token_urlsafe(16)  # 128 random bits, 22 characters
        until = now + self.config.reservation_seconds
        await run_in_threadpool(self.storage.reserve, link_id, now, until)
        return JSONResponse({
            "id": link_id,
            "origin": self.config.origin,
            "challenge": link_id,
            "domain": self.config.origin,
            "upload": f"{self.config.origin}/api/links/{link_id}",
            "url": self.link_url(link_id),
            "reserved_until": until,
            "default_days": self.config.default_days,
            "max_days": self.config.max_days,
            "max_upload_bytes": self.config.max_upload_bytes,
        }, status_code=201, headers={"cache-control": "no-store"})

    async def upload(self, request: Request) -> Response:
        link_id = request.path_params["link_id"]
        if (r := self.limited(request, "upload", self.config.limit_upload_address)) is not None:
            return r
        if not _ID.match(link_id):
            return self.not_found(request)
        days_text = request.query_params.get("expires_days", str(self.config.default_days))
        if not days_text.isdigit() or not 1 <= int(days_text) <= self.config.max_days:
            return JSONResponse({"error": {"code": "bad-expiry", "message":
                                           f"expires_days must be a whole number from 1 to {self.config.max_days}."}},
                                status_code=400)
        try:
            data = await _body(request, self.config.max_upload_bytes)
        except _TooLarge:
            return JSONResponse({"error": {"code": "too-large", "message":
                                           f"The presentation is larger than {self.config.max_upload_bytes} bytes."}},
                                status_code=413)
        now = self.now()
        if not await run_in_threadpool(self.storage.reservation_open, link_id, now):
            return self.not_found(request)
        try:
            report, holder = await run_in_threadpool(self.checker.check_upload, data, link_id, now)
        except UploadRejected as exc:
            return self.rejected(exc)
        if (r := self.limited(request, "upload-did", self.config.limit_upload_did, key=holder)) is not None:
            return r
        expires_at = now + int(days_text) * 86400
        stored = await run_in_threadpool(lambda: self.storage.fill(
            link_id, presentation=data, media_type="application/vp+ld+json", holder=holder, now=now,
            expires_at=expires_at))
        if not stored:
            return self.not_found(request)
        from share_service.checker import verdict_of

        return JSONResponse({"id": link_id, "url": self.link_url(link_id), "expires_at": expires_at,
                             "holder": holder, "verdict": verdict_of(report)}, status_code=201,
                            headers={"location": self.link_url(link_id), "cache-control": "no-store"})

    async def status(self, request: Request) -> Response:
        link_id = request.path_params["link_id"]
        if (r := self.limited(request, "view", self.config.limit_view)) is not None:
            return r
        link = await run_in_threadpool(self.storage.get, link_id, self.now()) if _ID.match(link_id) else None
        if link is None:
            return self.not_found(request)
        return JSONResponse({"id": link.id, "url": self.link_url(link.id), "created_at": link.created_at,
                             "expires_at": link.expires_at, "views": link.views},
                            headers={"cache-control": "no-store"})

    async def delete(self, request: Request) -> Response:
        link_id = request.path_params["link_id"]
        if (r := self.limited(request, "delete", self.config.limit_delete)) is not None:
            return r
        try:
            data = await _body(request, self.config.max_small_body_bytes)
        except _TooLarge:
            return JSONResponse({"error": {"code": "too-large", "message": "The request is too large."}},
                                status_code=413)
        now = self.now()
        link = await run_in_threadpool(self.storage.get, link_id, now) if _ID.match(link_id) else None
        if link is None:
            return self.not_found(request)
        try:
            await run_in_threadpool(self.checker.check_deletion, data, link_id, link.holder, now)
        except UploadRejected as exc:
            return self.rejected(exc)
        await run_in_threadpool(self.storage.delete, link_id)
        self.checker.forget(link_id)
        self.pages.forget(link_id)
        return Response(status_code=204)

    def _load(self, link_id: str) -> tuple[Any, Any] | None:
        """The link (counting no view) and its verification, in one trip to the thread pool."""
        now = self.now()
        link = self.storage.get(link_id, now)
        if link is None:
            return None
        return link, self.checker.check_stored(link.id, link.presentation, float(now))

    async def _viewed(self, request: Request) -> tuple[Any, Any] | Response:
        link_id = request.path_params["link_id"]
        if (r := self.limited(request, "view", self.config.limit_view)) is not None:
            return r
        if not _ID.match(link_id):
            return self.not_found(request)
        got = await run_in_threadpool(self._load, link_id)
        return self.not_found(request) if got is None else got

    async def page(self, request: Request) -> Response:
        return await self.answer_page(request, request.path_params["link_id"])

    async def answer_page(self, request: Request, link_id: str) -> Response:
        """The page, or its JSON report by content negotiation; counts a view. Between two checks of
        the same stored bytes a view costs its share of one grouped statement and no rendering."""
        if (r := self.limited(request, "view", self.config.limit_view)) is not None:
            return r
        if not _ID.match(link_id):
            return self.not_found(request)
        lang = _language(request.headers.get("accept-language"), request.query_params.get("lang"))
        as_json = wants_json(request)
        got = await self.views.view(link_id)
        if got is None:
            return self.not_found(request)
        link, digest = got
        now = float(self.now())
        checked = self.checker.cached(link.id, digest, now)
        if checked is None:  # first view, recheck due, or bytes that changed in the database
            checked = await run_in_threadpool(self.checker.check_stored, link.id, link.presentation, now)
        body = self.pages.get(link, checked, lang, as_json)
        if body is None:
            body = await run_in_threadpool(self.pages.render, link, checked, lang, as_json)
        if as_json:
            return Response(body, media_type="application/json", headers=_PAGE_HEADERS)
        return Response(body, media_type="text/html", headers={**_PAGE_HEADERS, "content-language": lang})

    def _render(self, link: Link, checked: Checked, lang: str, as_json: bool, views: int | str) -> bytes:
        """The page or its report with ``views`` as the view count (the page cache's renderer)."""
        if as_json:
            doc = report_document(self, link, checked, lang)
            doc["link"]["views"] = views
            return json.dumps(doc, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()
        context = {**page_context(self, link, checked, lang), "views": views}
        return self.templates.get_template("page.html").render(**context).encode()

    async def report(self, request: Request) -> Response:
        got = await self._viewed(request)
        if isinstance(got, Response):
            return got
        link, checked = got
        lang = pick_language(request.headers.get("accept-language"), request.query_params.get("lang"))
        doc = await run_in_threadpool(report_document, self, link, checked, lang)
        return JSONResponse(doc, headers={"cache-control": "no-store"})

    async def download(self, request: Request) -> Response:
        got = await self._viewed(request)
        if isinstance(got, Response):
            return got
        link, _checked = got
        return Response(link.presentation, media_type="application/json", headers={
            "content-disposition": f'attachment; filename="presentation-{link.id[:8]}.json"',
            "cache-control": "no-store"})

    async def package(self, request: Request) -> Response:
        got = await self._viewed(request)
        if isinstance(got, Response):
            return got
        link, _checked = got

        def build() -> bytes:
            from wallet.share.package import build_package
            from wallet.share.presentation import Presentation

            doc = json.loads(link.presentation)
            p = Presentation("vp", document=doc, holder=link.holder, challenge=link.id, domain=self.config.origin)
            return build_package(p, qr_text=None, demo=self.config.demo)

        data = await run_in_threadpool(build)
        return Response(data, media_type="application/zip", headers={
            "content-disposition": f'attachment; filename="share-{link.id[:8]}.lwpkg"', "cache-control": "no-store"})

    async def purge_forever(self) -> None:
        while True:
            try:
                await run_in_threadpool(self.storage.purge, self.now())
            except Exception:  # a database hiccup must not stop the service; the next round retries
                pass
            await anyio.sleep(self.config.purge_seconds)


def create_app(config: ServiceConfig, storage: Storage | None = None, *, checker: Checker | None = None,
               limiter: RateLimiter | None = None, purge: bool = True) -> Starlette:
    """The ASGI app. ``storage`` defaults to the database the config names; ``purge`` runs the expiry
    purge in the background while the app is up."""
    svc = ShareService(config, storage, checker=checker, limiter=limiter)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with anyio.create_task_group() as tg:
            if purge:
                tg.start_soon(svc.purge_forever)
            try:
                yield
            finally:
                tg.cancel_scope.cancel()
        await run_in_threadpool(svc.storage.close)

    def route(fn: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
        return fn

    async def not_found(request: Request, exc: Exception) -> Response:
        return svc.not_found(request)

    static = StaticFiles(packages=[("share_service", "static")])
    app = Starlette(routes=[
        Route("/", route(svc.home)),
        Route("/healthz", route(svc.health)),
        Route("/api/links", route(svc.reserve), methods=["POST"]),
        Route("/api/links/{link_id}", route(svc.upload), methods=["POST"]),
        Route("/api/links/{link_id}", route(svc.status), methods=["GET"]),
        Route("/api/links/{link_id}", route(svc.delete), methods=["DELETE"]),
        Route("/v/{link_id}", route(svc.page)),
        Route("/v/{link_id}/report.json", route(svc.report)),
        Route("/v/{link_id}/presentation.json", route(svc.download)),
        Route("/v/{link_id}/package.lwpkg", route(svc.package)),
        Mount("/static", app=static, name="static"),
    ], lifespan=lifespan, exception_handlers={404: not_found, 405: not_found})
    app.state.service = svc
    app.add_middleware(PageRoute, service=svc)
    app.add_middleware(SecurityHeaders)  # outermost of ours: on every answer, the page's included
    return app


def create_app_from_env() -> Starlette:
    """The factory each worker process calls (``uvicorn --factory``): settings from the environment."""
    return create_app(ServiceConfig.from_env())
