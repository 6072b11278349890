"""The one place the wallet touches the network: an HTTPS GET for status lists, did:web documents
and issuer profiles — used only when the user allows it (setting ``network`` = ``always``, or the
CLI's ``--online``).

HTTPS only, no redirects to another scheme, a short timeout, a size limit, JSON-ish content
types. Every failure is a :class:`NetworkError`, which callers report as "not checked", never as
"invalid". No cookies, no credentials, a plain User-Agent.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable

from wallet._version import __version__
from wallet.errors import NetworkError

__all__ = ["MAX_RESPONSE_BYTES", "TIMEOUT_SECONDS", "https_fetch"]

MAX_RESPONSE_BYTES = 5 * 1024 * 1024
TIMEOUT_SECONDS = 8.0


class _HttpsOnly(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if not newurl.startswith("https://"):
            raise NetworkError(f"{req.full_url} redirects to {newurl}, which is not HTTPS")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def https_fetch(url: str) -> bytes:
    """GET ``url`` over HTTPS and return the body (at most MAX_RESPONSE_BYTES)."""
    if not url.startswith("https://"):
        raise NetworkError(f"{url} is not an HTTPS URL, so it is not fetched")
    opener = urllib.request.build_opener(_HttpsOnly())
    req = urllib.request.Request(url, headers={
        "Accept": "application/did+ld+json, application/ld+json, application/json, application/vc+ld+json, */*;q=0.1",
        "User-Agent": f"LearnerWallet/{__version__}",
    })
    try:
        with opener.open(req, timeout=TIMEOUT_SECONDS) as resp:
            data: bytes = resp.read(MAX_RESPONSE_BYTES + 1)
    except NetworkError:
        raise
    except urllib.error.HTTPError as exc:
        raise NetworkError(f"{url} answered HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise NetworkError(f"{url} could not be reached ({reason})") from None
    if len(data) > MAX_RESPONSE_BYTES:
        raise NetworkError(f"{url} answered with more than {MAX_RESPONSE_BYTES // 1_048_576} MB")
    return data


MAX_IMAGE_BYTES = 2_000_000


def fetch_image(url: str, fetcher: Callable[[str], bytes] | None = None) -> bytes:
    """A credential's remote image (HTTPS, at most ``MAX_IMAGE_BYTES``). Pure network work: callers run it
    off the database lane and only when the network setting allows it, then keep it with
    :meth:`wallet.wallet.Wallet.cache_image`."""
    if not url.startswith("https://"):
        raise NetworkError(f"{url} is not an HTTPS URL, so it is not fetched")
    data = (fetcher or https_fetch)(url)
    if len(data) > MAX_IMAGE_BYTES:
        raise NetworkError(f"The image at {url} is larger than {MAX_IMAGE_BYTES // 1_000_000} MB")
    return data
