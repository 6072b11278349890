"""The authorization code flow for native apps (RFC 8252, RFC 7636 PKCE, RFC 9126 PAR, RFC 9207 ``iss``).

The learner signs in at the issuer in the **system browser**; the issuer sends the browser back to a tiny
HTTP listener on ``127.0.0.1`` (a loopback redirect, any free port, path ``/callback``) that takes exactly
one answer carrying our random ``state`` and shows a "you can close this tab" page. The code is then
exchanged for a token with the PKCE verifier. The browser is opened by an injectable callable
(``webbrowser.open`` from the CLI, ``QDesktopServices.openUrl`` from the desktop, an HTTP client in tests).
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from wallet.errors import Cancelled, ReceiveError, TamperedMetadata
from wallet.identity.keys import b64url_encode
from wallet.receive.http import IssuerHttp, check_url
from wallet.receive.metadata import OfferPreview

__all__ = ["CLIENT_ID", "LOGIN_TIMEOUT_SECONDS", "LoopbackRedirect", "Pkce", "authorize"]

CLIENT_ID = "learner-wallet"
LOGIN_TIMEOUT_SECONDS = 600.0
"""How long the wallet waits for the learner to finish signing in at the issuer."""
_PAGE = ("<!doctype html><meta charset=utf-8><title>Learner Wallet</title>"
         "<body style='font-family:sans-serif;margin:3em'><h1>{title}</h1><p>{text}</p>")


class Pkce:
    """A PKCE pair (S256): the verifier stays here, the challenge goes to the authorization server."""

    def __init__(self) -> None:
        self.verifier = b64url_encode(secrets.token_bytes(32))
        self.challenge = b64url_encode(hashlib.sha256(self.verifier.encode("ascii")).digest())


class LoopbackRedirect:
    """A one-shot HTTP listener on ``127.0.0.1`` for the authorization response."""

    def __init__(self, state: str) -> None:
        self.state = state
        self.result: dict[str, str] | None = None
        self._done = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                parts = urlsplit(self.path)
                params = {k: v[0] for k, v in parse_qs(parts.query).items()}
                if parts.path != "/callback" or params.get("state") != owner.state or owner._done.is_set():
                    self._page(400, "Not for this sign-in", "This page does not belong to the sign-in the wallet "
                               "is waiting for.")
                    return
                owner.result = params
                owner._done.set()
                if "error" in params:
                    self._page(200, "Sign-in not completed", "Return to Learner Wallet.")
                else:
                    self._page(200, "Done", "Learner Wallet received the issuer's answer. You can close this tab "
                               "and return to the wallet.")

            def _page(self, status: int, title: str, text: str) -> None:
                body = _PAGE.format(title=title, text=text).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silent
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.redirect_uri = f"http://127.0.0.1:{self._server.server_address[1]}/callback"
        self._thread = threading.Thread(target=self._server.serve_forever, name="oid4vci-redirect", daemon=True)
        self._thread.start()

    def wait(self, *, timeout: float = LOGIN_TIMEOUT_SECONDS,
             cancelled: Callable[[], bool] | None = None) -> dict[str, str]:
        deadline = time.monotonic() + timeout
        while not self._done.wait(0.2):
            if cancelled is not None and cancelled():
                raise Cancelled("Receiving was cancelled.")
            if time.monotonic() > deadline:
                raise ReceiveError("The sign-in at the issuer was not finished in time.",
                                   fix="Start again and finish signing in within ten minutes.")
        assert self.result is not None
        return self.result

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def authorize(preview: OfferPreview, http: IssuerHttp, open_browser: Callable[[str], Any] | None, *,
              cancelled: Callable[[], bool] | None = None,
              timeout: float = LOGIN_TIMEOUT_SECONDS) -> tuple[str, str, Pkce]:
    """Run the browser part of the authorization code flow; return ``(code, redirect_uri, pkce)``."""
    if open_browser is None:
        raise ReceiveError("This offer needs you to sign in at the issuer in a web browser, and no browser "
                           "can be opened here.", fix="Receive it from the desktop app, or on a computer with a browser.")
    meta = preview.as_metadata
    endpoint = check_url(meta.get("authorization_endpoint"), "the authorization endpoint")
    methods = meta.get("code_challenge_methods_supported")
    if isinstance(methods, list) and methods and "S256" not in methods:
        raise ReceiveError("The issuer's sign-in does not support PKCE with S256, which the wallet requires.")
    pkce = Pkce()
    state = b64url_encode(secrets.token_bytes(16))
    listener = LoopbackRedirect(state)
    try:
        params: dict[str, str] = {"response_type": "code", "client_id": CLIENT_ID,
                                  "redirect_uri": listener.redirect_uri, "state": state,
                                  "code_challenge": pkce.challenge, "code_challenge_method": "S256",
                                  "resource": preview.issuer_url}
        if preview.offer.issuer_state:
            params["issuer_state"] = preview.offer.issuer_state
        scopes = [c.scope for c in preview.receivable if c.scope]
        if len(scopes) == len(preview.receivable):
            params["scope"] = " ".join(scopes)
        else:
            import json

            params["authorization_details"] = json.dumps([
                {"type": "openid_credential", "credential_configuration_id": c.configuration_id}
                for c in preview.receivable])
        par = meta.get("pushed_authorization_request_endpoint")
        if isinstance(par, str):
            answer = http.request("POST", par, "the pushed authorization request", data=params)
            body = answer.json("pushed authorization response") if answer.body else {}
            if not answer.ok or not isinstance(body, dict) or not isinstance(body.get("request_uri"), str):
                why = body.get("error_description") or body.get("error") if isinstance(body, dict) else None
                raise ReceiveError(f"The issuer refused the sign-in request (HTTP {answer.status}"
                                   + (f": {str(why)[:200]}" if why else "") + ").")
            query = {"client_id": CLIENT_ID, "request_uri": body["request_uri"]}
        elif meta.get("require_pushed_authorization_requests") is True:
            raise TamperedMetadata("The issuer requires pushed authorization requests but names no endpoint for them.")
        else:
            query = params
        sep = "&" if urlsplit(endpoint).query else "?"
        open_browser(endpoint + sep + urlencode(query))
        result = listener.wait(timeout=timeout, cancelled=cancelled)
    finally:
        listener.close()
    if "error" in result:
        desc = result.get("error_description", "")
        if result["error"] == "access_denied":
            raise Cancelled("The sign-in at the issuer was declined.")
        raise ReceiveError(f"The issuer did not authorize the request ({result['error'][:80]}"
                           + (f": {desc[:200]}" if desc else "") + ").")
    iss = result.get("iss")
    if iss is not None and iss != preview.authorization_server:
        raise TamperedMetadata(f"The sign-in answer comes from {iss[:200]}, not from {preview.authorization_server}.",
                               fix="Nothing was requested with it; start again from the issuer's page.")
    if iss is None and meta.get("authorization_response_iss_parameter_supported") is True:
        raise TamperedMetadata("The sign-in answer does not say which server sent it, although that server "
                               "promises to (RFC 9207).")
    code = result.get("code")
    if not code:
        raise ReceiveError("The issuer's sign-in answer carries no authorization code.")
    return code, listener.redirect_uri, pkce
