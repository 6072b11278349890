"""Share by link: a presentation uploaded to a share service that a career office runs, opened by an
employer as ``https://<service>/v/<id>`` from a small printable QR code (version <= 5).

The network is used here only because the user explicitly asked to upload (or to revoke, or to
refresh the views of) a link. The protocol (see ``share_service.app``):

1. ``POST <origin>/api/links`` reserves a fresh 128-bit id;
2. the wallet signs the presentation with challenge = that id and domain = the service's origin (the
   service's own answer must name the origin the user gave), and uploads it to
   ``POST <origin>/api/links/<id>?expires_days=N``; the service verifies it before storing it;
3. the link is recorded in the share history (``form`` = ``link``), from which :func:`links` lists and
   :func:`revoke_link` deletes it with a presentation signed by the same holder DID for
   ``delete:<id>``.

The employer's side: :func:`share_link_in` finds a link in pasted or scanned text or in a QR image, and
:func:`fetch_link` downloads the signed presentation behind it (``GET <origin>/v/<id>/presentation.json``,
which counts no view). Only the bytes come from the service: the caller verifies them with its own
engine, for challenge = the link id and domain = the link's origin, never taking the service's word.

HTTP goes through an injectable *transport* ``(method, url, body, headers) -> (status, body)``;
:func:`http_transport` is the real one: HTTPS, or plain HTTP to a loopback address only.
"""

from __future__ import annotations

import ipaddress
import json
import re
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from wallet._version import __version__
from wallet.errors import InputError, NetworkError, QRError, ShareServiceError

__all__ = [
    "LINK_QR_MAX_VERSION",
    "LinkShare",
    "SharedLink",
    "Transport",
    "create_link",
    "fetch_link",
    "http_transport",
    "link_qr_info",
    "link_qr_png",
    "links",
    "refresh_link",
    "revoke_link",
    "service_origin",
    "share_link_in",
]

Transport = Callable[[str, str, bytes | None, dict[str, str]], tuple[int, bytes]]

LINK_QR_MAX_VERSION = 5  # a 37x37 code: printable small, read by any phone camera
MAX_ANSWER_BYTES = 256 * 1024
TIMEOUT_SECONDS = 20.0
VC2 = "https://www.w3.org/ns/credentials/v2"
_LINK_PATH = re.compile(r"^/v/([A-Za-z0-9_-]{22})/?$")  # the service's ids: 128 random bits, base64url
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"RIFF")


@dataclass(frozen=True)
class LinkShare:
    """A link made by :func:`create_link`."""

    url: str
    id: str
    origin: str
    expires_at: datetime
    holder: str
    qr_version: int
    revealed: dict[str, list[str]]
    history_id: str

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "id": self.id, "server": self.origin,
                "expires_at": self.expires_at.isoformat(timespec="seconds"), "holder": self.holder,
                "qr_version": self.qr_version, "revealed": self.revealed, "history_id": self.history_id}


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def service_origin(server: str) -> str:
    """``https://host[:port]`` of a share service URL; plain ``http`` only for a loopback address."""
    parts = urlsplit((server or "").strip())
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("https", "http") or not host:
        raise InputError(f"{server!r} is not a share service URL.",
                         fix="Give the address your career office published, e.g. https://share.example.edu")
    if parts.scheme == "http" and not _loopback(host):
        raise InputError(f"{server} is not HTTPS; only a service on this computer may use plain http.",
                         fix="Use the https:// address of the share service.")
    try:
        port = parts.port
    except ValueError:
        raise InputError(f"{server!r} has a bad port number.") from None
    shown = f"[{host}]" if ":" in host else host
    if port is None or (parts.scheme, port) in (("http", 80), ("https", 443)):
        return f"{parts.scheme}://{shown}"
    return f"{parts.scheme}://{shown}:{port}"


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        return None  # a share service answers directly; a redirect is answered as its own status


def http_transport(method: str, url: str, body: bytes | None, headers: dict[str, str]) -> tuple[int, bytes]:
    """The real transport: one request, no redirects, no cookies, a timeout and a size cap."""
    service_origin(url)  # https, or http to loopback only
    opener = urllib.request.build_opener(_NoRedirects())
    req = urllib.request.Request(url, data=body, method=method,
                                 headers={"User-Agent": f"LearnerWallet/{__version__}", **headers})
    try:
        with opener.open(req, timeout=TIMEOUT_SECONDS) as resp:
            status, data = int(resp.status), resp.read(MAX_ANSWER_BYTES + 1)
    except urllib.error.HTTPError as exc:
        status, data = int(exc.code), exc.read(MAX_ANSWER_BYTES + 1)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise NetworkError(f"The share service at {url} could not be reached ({reason}).",
                           fix="Check the address and your connection, then try again.") from None
    if len(data) > MAX_ANSWER_BYTES:
        raise NetworkError(f"The share service at {url} answered with too much data.")
    return status, data


def _call(transport: Transport, method: str, url: str, body: bytes | None = None,
          ok: tuple[int, ...] = (200, 201, 204)) -> tuple[int, dict[str, Any]]:
    headers = {"Accept": "application/json"}
    if body is not None:
        headers["Content-Type"] = "application/json"
    status, data = transport(method, url, body, headers)
    try:
        doc = json.loads(data) if data else {}
    except ValueError:
        doc = {}
    if not isinstance(doc, dict):
        doc = {}
    if status not in ok:
        raw = doc.get("error")
        err: dict[str, Any] = raw if isinstance(raw, dict) else {}
        code = str(err.get("code") or f"http-{status}")
        message = str(err.get("message") or f"HTTP {status}")
        details = err.get("details") if isinstance(err.get("details"), list) else []
        more = (": " + "; ".join(str(d) for d in details[:3])) if details else ""
        raise ShareServiceError(f"The share service refused ({code}): {message}{more}")
    return status, doc


def link_qr_info(url: str) -> Any:
    """The QR facts of a link (level M, byte mode); QRError when it would exceed version 5."""
    from wallet.share.qr import qr_info

    info = qr_info(url, error_correction="M")
    if info.version is None or info.version > LINK_QR_MAX_VERSION:
        raise QRError(f"The link {url} needs QR version {info.version}, more than {LINK_QR_MAX_VERSION}.",
                      fix="Ask the career office for a shorter service address.")
    return info


def link_qr_png(url: str, *, caption: str | None = None, scale: int = 10) -> bytes:
    """A printable PNG of the link's QR code (version <= 5, level M)."""
    from wallet.share.qr import qr_png

    link_qr_info(url)
    return bytes(qr_png(url, error_correction="M", caption=caption, scale=scale))


def _envelope(wallet: Any, p: Any, challenge: str, domain: str, now: datetime, expires: datetime) -> Any:
    """A lone SD-JWT presentation wrapped in a VP 2.0 that the holder DID signs (the service takes VPs)."""
    from wallet.proofs import sign
    from wallet.share.presentation import Presentation

    signer = wallet.signer(p.holder)
    vp = {"@context": [VC2], "type": ["VerifiablePresentation"], "holder": p.holder,
          "verifiableCredential": [{"@context": VC2, "type": "EnvelopedVerifiableCredential",
                                    "id": "data:application/dc+sd-jwt," + p.text}]}
    suite = "eddsa-rdfc-2022" if signer.key_type == "ed25519" else "ecdsa-rdfc-2019"
    signed = sign(vp, signer, cryptosuite=suite, purpose="authentication", challenge=challenge, domain=domain,
                  created=now.isoformat(timespec="seconds").replace("+00:00", "Z"),
                  expires=expires.isoformat(timespec="seconds").replace("+00:00", "Z"))
    return Presentation("vp", document=signed, holder=p.holder, challenge=challenge, domain=domain,
                        revealed=p.revealed)


def create_link(wallet: Any, ids: list[str], server: str, *, reveal: list[str] | dict[str, list[str]] | None = None,
                holder: str | None = None, expires_days: int = 30, transport: Transport | None = None,
                now: datetime | None = None, record: bool = True) -> LinkShare:
    """Reserve a link on ``server``, sign the presentation for it, upload it, record it in the history."""
    from wallet.share.presentation import build_presentation

    if not 1 <= expires_days <= 3650:
        raise InputError("A link lasts from 1 day to 10 years; give --expires-days between 1 and 3650.")
    transport = transport or http_transport
    origin = service_origin(server)
    now = (now or datetime.now(UTC)).astimezone(UTC)
    _status, slot = _call(transport, "POST", f"{origin}/api/links", b"{}")
    link_id, said = slot.get("id"), slot.get("origin")
    if not isinstance(link_id, str) or not link_id or not isinstance(said, str):
        raise ShareServiceError(f"{origin} did not answer like a Learner Wallet share service.")
    if said != origin:
        raise ShareServiceError(f"The share service at {origin} says it is {said}; the presentation is not signed "
                                "for another address.", fix="Use the address the service itself publishes.")
    expires = now + timedelta(days=expires_days)
    p = build_presentation(wallet, ids, reveal=reveal, holder=holder, challenge=link_id, domain=origin,
                           expires=expires, now=now)
    if p.kind == "sd-jwt":
        p = _envelope(wallet, p, link_id, origin, now, expires)
    _status, done = _call(transport, "POST", f"{origin}/api/links/{link_id}?expires_days={expires_days}",
                          p.to_bytes())
    url = done.get("url")
    if not isinstance(url, str) or service_origin(url) != origin or not url.endswith(f"/v/{link_id}"):
        raise ShareServiceError(f"{origin} answered the upload with an unexpected link {url!r}.")
    info = link_qr_info(url)
    at = done.get("expires_at")
    expires_at = datetime.fromtimestamp(at, UTC) if isinstance(at, int | float) else expires
    history_id = ""
    if record:
        from wallet.share.export import shared_credentials, shown_field_count

        shared = (shared_credentials(wallet, list(ids)) if hasattr(wallet, "summaries")
                  else [{"id": i, "title": i} for i in ids])
        change = wallet.record_share({
            "credentials": shared,
            "fields": {i: list(p.revealed.get(i, [])) for i in ids},
            "shown": shown_field_count(p),
            "for": origin, "challenge": link_id, "holder": p.holder, "form": "link", "file": "",
            "expires": expires_at.isoformat(timespec="seconds"),
            "link": {"url": url, "id": link_id, "server": origin, "expires_at": expires_at.isoformat(timespec="seconds"),
                     "views": 0, "revoked": False},
        })
        history_id = change.ids[0] if change.ids else ""
    return LinkShare(url, link_id, origin, expires_at, p.holder, int(info.version), dict(p.revealed), history_id)


def links(wallet: Any) -> list[dict[str, Any]]:
    """The links in the share history, newest first: url, expiry, views (as last seen), revoked."""
    out = []
    for e in wallet.share_history():
        link = e.get("link")
        if e.get("form") == "link" and isinstance(link, dict):
            out.append({"history_id": e["id"], "created_at": e.get("created_at", ""),
                        "credentials": [c.get("title", c.get("id")) for c in e.get("credentials", [])],
                        **link})
    return out


def _entry_for(wallet: Any, url: str) -> dict[str, Any]:
    for entry in links(wallet):
        if entry.get("url") == url or entry.get("id") == url:
            return entry
    raise InputError(f"{url} is not a link in this wallet's share history.",
                     fix="Run `learner-wallet-cli links list` to see your links.")


def refresh_link(wallet: Any, url: str, *, transport: Transport | None = None) -> dict[str, Any]:
    """Ask the service for the link's views and expiry (counts no view) and keep them in the history."""
    entry = _entry_for(wallet, url)
    status, doc = _call(transport or http_transport, "GET", f"{entry['server']}/api/links/{entry['id']}",
                        ok=(200, 404))
    link: dict[str, Any] = {k: entry[k] for k in ("url", "id", "server", "expires_at", "views", "revoked")
                            if k in entry}
    if status == 404:
        link["gone"] = True
    else:
        link["views"] = int(doc.get("views") or 0)
    wallet.update_share(entry["history_id"], link=link)
    return link


def revoke_link(wallet: Any, url: str, *, transport: Transport | None = None, now: datetime | None = None) -> bool:
    """Delete the link on its service with a presentation signed by the same holder DID for
    ``delete:<id>``. True when the service deleted it, False when it was already gone (expired)."""
    from wallet.proofs import sign

    entry = _entry_for(wallet, url)
    history = next(e for e in wallet.share_history() if e["id"] == entry["history_id"])
    holder = history.get("holder")
    if not isinstance(holder, str) or not holder:
        raise InputError("This link's history entry names no holder DID, so it cannot be revoked from here.")
    now = (now or datetime.now(UTC)).astimezone(UTC)
    signer = wallet.signer(holder)
    suite = "eddsa-rdfc-2022" if signer.key_type == "ed25519" else "ecdsa-rdfc-2019"
    request = sign({"@context": [VC2], "type": ["VerifiablePresentation"], "holder": holder}, signer,
                   cryptosuite=suite, purpose="authentication", challenge=f"delete:{entry['id']}",
                   domain=entry["server"], created=now.isoformat(timespec="seconds").replace("+00:00", "Z"))
    status, _doc = _call(transport or http_transport, "DELETE", f"{entry['server']}/api/links/{entry['id']}",
                         json.dumps(request).encode(), ok=(204, 200, 404))
    link: dict[str, Any] = {k: entry[k] for k in ("url", "id", "server", "expires_at", "views") if k in entry}
    link.update(revoked=True, revoked_at=now.isoformat(timespec="seconds"))
    wallet.update_share(entry["history_id"], link=link)
    return status != 404


# --- the employer's side: a link to verify ------------------------------------------------------------


@dataclass(frozen=True)
class SharedLink:
    """A share link found in some input: ``url`` as given (normalised), its service's ``origin`` and ``id``.
    The presentation behind it is signed for challenge = ``id`` and domain = ``origin``."""

    url: str
    origin: str
    id: str

    @property
    def host(self) -> str:
        return urlsplit(self.origin).netloc


def _link_of(text: str) -> SharedLink | None:
    text = text.strip()
    if not text.lower().startswith(("https://", "http://")) or any(c.isspace() for c in text) or len(text) > 2048:
        return None
    parts = urlsplit(text)
    match = _LINK_PATH.match(parts.path)
    if match is None or parts.username or parts.password:
        return None
    try:
        origin = service_origin(text)  # https, or plain http to this computer only
    except InputError:
        return None
    return SharedLink(f"{origin}/v/{match.group(1)}", origin, match.group(1))


def share_link_in(data: bytes) -> SharedLink | None:
    """The share link in ``data``: text that is one (as pasted, or as a camera read it from a QR code), or a
    QR image whose code is one. ``None`` for anything else (then ``data`` is verified as it is)."""
    if data.startswith(_IMAGE_MAGIC):
        from wallet.errors import WalletError
        from wallet.share.qr import read_qr_image

        try:
            texts = read_qr_image(data)
        except WalletError:
            return None
        for text in texts:
            found = _link_of(text)
            if found is not None:
                return found
        return None
    if len(data) > 4096:
        return None
    try:
        return _link_of(data.decode("utf-8"))
    except UnicodeDecodeError:
        return None


def fetch_link(link: SharedLink | str, *, transport: Transport | None = None) -> bytes:
    """The signed presentation behind a share link, as its service stores it (counts no view).

    Network use the user asked for (opening a link); the caller verifies the bytes itself with
    ``challenge=link.id, domain=link.origin``. ``InputError`` when ``link`` is not a share link,
    ``ShareServiceError`` when the service knows no such link (unknown, expired or deleted),
    ``NetworkError`` when it cannot be reached (then nothing was checked, which is not "invalid")."""
    found = _link_of(link) if isinstance(link, str) else link
    if found is None:
        raise InputError(f"{link!r} is not a share link (https://<service>/v/<id>).")
    status, data = (transport or http_transport)("GET", f"{found.origin}/v/{found.id}/presentation.json", None,
                                                  {"Accept": "application/json"})
    if status == 404:
        raise ShareServiceError(f"The share service at {found.origin} has no link {found.id}: it expired, was "
                                "deleted by the learner, or never existed.",
                                fix="Ask the candidate for a new link or for the presentation file.")
    if status == 429:
        raise ShareServiceError(f"The share service at {found.origin} asks to wait before opening more links.",
                                fix="Try again in a minute.")
    if status != 200:
        raise ShareServiceError(f"The share service at {found.origin} answered HTTP {status} for the link.")
    if not data.strip():
        raise ShareServiceError(f"The share service at {found.origin} sent an empty presentation.")
    return data
