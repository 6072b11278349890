"""The network side of receiving from an issuer: one guarded HTTP client, the only home of ``httpx``.

Receiving is an explicit user action, so it needs no network permission of its own, but it talks only to
the hosts the learner's offer and the issuer's own metadata name:

* **HTTPS only**; plain HTTP only to a loopback address (``127.0.0.1``, ``::1``, ``localhost``), which is
  how the tests run a real issuer on this machine.
* **Named hosts only.** :class:`IssuerHttp` keeps the set of hosts it may contact (the offer's, then the
  ones the metadata names). A URL or an HTTP redirect to any other host is refused with
  :class:`~wallet.errors.AnotherHost`, which names the host; redirects are never followed silently.
* **Bounded.** At most ``MAX_RESPONSE_BYTES`` per answer (read in chunks, stopped when over), a connect,
  read and write timeout of ``TIMEOUT_SECONDS``, at most ``MAX_REDIRECTS`` redirects on the same host.
  JSON answers go through the wallet's one strict JSON reader (:func:`wallet.limits.load_json_bytes`).
* No cookies are kept, no credentials but the access token the issuer gave for this exchange are sent.

The transport is injectable (``httpx.MockTransport`` in unit tests). Every failure to reach a host is an
:class:`~wallet.errors.IssuerUnreachable`.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from wallet._version import __version__
from wallet.errors import AnotherHost, InputError, IssuerUnreachable, LimitExceeded, ReceiveError
from wallet.limits import load_json_bytes

__all__ = ["MAX_REDIRECTS", "MAX_RESPONSE_BYTES", "TIMEOUT_SECONDS", "Answer", "IssuerHttp", "check_url",
           "host_of"]

MAX_RESPONSE_BYTES = 2 * 1024 * 1024
"""Largest answer read from an issuer (metadata, token, credential): real ones are a few kB."""
TIMEOUT_SECONDS = 15.0
MAX_REDIRECTS = 3
_LOOPBACK_NAMES = frozenset({"localhost"})


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def host_of(url: str) -> str:
    """``host[:port]`` of a URL, lower-cased (the unit of "which hosts may be contacted")."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.port is not None:
        return f"{host}:{parts.port}"
    return host


def check_url(url: Any, what: str) -> str:
    """``url`` if it is an absolute HTTPS URL (or HTTP to loopback); otherwise an error naming ``what``."""
    if not isinstance(url, str) or not url:
        raise ReceiveError(f"The issuer gave no address for {what}.")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        raise ReceiveError(f"The address for {what} is not a valid URL: {url[:200]}") from None
    if not parts.hostname or parts.username or parts.password:
        raise ReceiveError(f"The address for {what} is not a usable URL: {url[:200]}")
    if parts.scheme == "https":
        return url
    if parts.scheme == "http" and _is_loopback(parts.hostname):
        return url
    raise ReceiveError(f"The address for {what} ({url[:200]}) is not HTTPS, so it is not contacted.",
                       fix="Issuers must use HTTPS; plain HTTP is only accepted on this computer (loopback).")


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: status, lower-cased content type, body, and the headers the protocol reads."""

    status: int
    content_type: str
    body: bytes
    headers: dict[str, str]

    def json(self, what: str) -> Any:
        try:
            return load_json_bytes(self.body, limit=MAX_RESPONSE_BYTES, what=what)
        except InputError as exc:
            raise ReceiveError(f"The issuer's answer ({what}) is not usable: {exc.message}") from None

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


class IssuerHttp:
    """A guarded HTTP client for one exchange with one issuer (see the module docstring)."""

    def __init__(self, *, transport: httpx.BaseTransport | None = None, timeout: float = TIMEOUT_SECONDS) -> None:
        self._client = httpx.Client(transport=transport, timeout=httpx.Timeout(timeout), follow_redirects=False,
                                    headers={"User-Agent": f"LearnerWallet/{__version__}"}, trust_env=False)
        self.allowed: set[str] = set()
        self.contacted: list[str] = []

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> IssuerHttp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def allow(self, url: str, what: str) -> str:
        """Add the host of ``url`` (checked first) to the hosts this exchange may contact."""
        check_url(url, what)
        self.allowed.add(host_of(url))
        return url

    def _check_allowed(self, url: str, what: str, via: str | None = None) -> None:
        check_url(url, what)
        host = host_of(url)
        if host not in self.allowed:
            named = ", ".join(sorted(self.allowed)) or "none"
            if via:
                raise AnotherHost(f"{via} sends the wallet on to {host}, a host the offer and the issuer's "
                                  f"metadata do not name (they name {named}). It was not contacted.",
                                  fix="Nothing was received. If you trust this issuer, ask it to fix its links.")
            raise AnotherHost(f"The address for {what} is on {host}, a host the offer and the issuer's metadata "
                              f"do not name (they name {named}). It was not contacted.")

    def request(self, method: str, url: str, what: str, *, data: dict[str, str] | None = None,
                json_body: Any = None, headers: dict[str, str] | None = None) -> Answer:
        """One request with the guards above; redirects are followed only on an allowed host (GET only)."""
        self._check_allowed(url, what)
        for _ in range(MAX_REDIRECTS + 1):
            answer = self._send(method, url, what, data=data, json_body=json_body, headers=headers)
            if answer.status not in (301, 302, 303, 307, 308):
                return answer
            location = answer.headers.get("location", "")
            target = urljoin(url, location)
            self._check_allowed(target, what, via=f"The issuer's answer for {what} ({host_of(url)})")
            if method != "GET":
                raise ReceiveError(f"The issuer answered the request for {what} with a redirect, which the "
                                   "protocol does not allow there. Nothing was received.")
            url = target
        raise ReceiveError(f"The issuer redirected the request for {what} more than {MAX_REDIRECTS} times.")

    def _send(self, method: str, url: str, what: str, *, data: dict[str, str] | None, json_body: Any,
              headers: dict[str, str] | None) -> Answer:
        self.contacted.append(f"{method} {url}")
        try:
            with self._client.stream(method, url, data=data, json=json_body, headers=headers) as resp:
                body = bytearray()
                for chunk in resp.iter_bytes():
                    body.extend(chunk)
                    if len(body) > MAX_RESPONSE_BYTES:
                        raise LimitExceeded(f"The issuer's answer for {what} is larger than "
                                            f"{MAX_RESPONSE_BYTES // 1_048_576} MB; it was not read.")
                kept = {k: resp.headers[k] for k in ("location", "content-type", "www-authenticate", "retry-after")
                        if k in resp.headers}
                ctype = resp.headers.get("content-type", "").split(";", 1)[0].strip().lower()
                return Answer(resp.status_code, ctype, bytes(body), kept)
        except httpx.TimeoutException:
            raise IssuerUnreachable(f"The issuer at {host_of(url)} did not answer in time ({what}).",
                                    fix="Check your internet connection and try again later.") from None
        except httpx.HTTPError as exc:
            raise IssuerUnreachable(f"The issuer at {host_of(url)} could not be reached ({what}: "
                                    f"{type(exc).__name__}).",
                                    fix="Check your internet connection and the link, then try again.") from None
