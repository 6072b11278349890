"""The employer's engine: verify any file or text — credential, presentation, SD-JWT, QR text or
image, share package — and return one report per input. Stores nothing.

``unwrap`` turns containers (QR images, share packages) into the payloads they carry, so that
import and verification accept the same inputs.
"""

from __future__ import annotations

import importlib
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wallet.credentials.formats import parse_input
from wallet.errors import InputError, UnsupportedFormat, WalletError
from wallet.fileio import read_input_file
from wallet.identity.did import Resolver
from wallet.verifier.report import Check, Report

__all__ = ["unwrap", "verify_bytes", "verify_files"]

_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


def _optional(module: str, name: str) -> Any:
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None


def unwrap(data: bytes, name: str = "") -> list[tuple[bytes, str]]:
    """Payloads inside ``data``: a share package's presentation, a QR image's text; else ``data``."""
    if data.startswith(_ZIP_MAGIC):
        read_package = _optional("wallet.share.package", "read_package")
        if read_package is None:
            raise UnsupportedFormat("share packages are not supported in this build")
        pkg = read_package(data)
        return [(payload, f"{name}:{inner}") for inner, payload in pkg.payloads()]
    if data.startswith(_IMAGE_MAGIC):
        if data.startswith(b"\x89PNG"):
            try:  # a baked badge is a PNG too
                parse_input(data, name=name)
                return [(data, name)]
            except WalletError:
                pass
        read_qr = _optional("wallet.share.qr", "read_qr_image")
        if read_qr is None:
            raise UnsupportedFormat("reading QR images is not supported in this build")
        texts = read_qr(data)
        return [(t.encode(), f"{name} (QR)") for t in texts]
    return [(data, name)]


def _request_check(challenge: str | None, domain: str | None) -> Check:
    asked = " and ".join(x for x in (f"challenge {challenge!r}" if challenge is not None else "",
                                     f"domain {domain!r}" if domain is not None else "") if x)
    return Check("request", "failed",
                 f"you asked for an answer to {asked}, but this is a credential on its own, not a presentation "
                 "signed for your request: anyone holding a copy could show it", reason="request-not-answered")


def _answering(report: Report, challenge: str | None, domain: str | None) -> Report:
    """A bare credential answers no request: when one was made, say so with a failed ``request`` check."""
    if (challenge is None and domain is None) or report.kind == "presentation" or report.error is not None:
        return report
    return replace(report, checks=(*report.checks, _request_check(challenge, domain)))


def _vp_jwt(text: str, payload: bytes, pname: str, **kw: Any) -> Report:
    """A presentation secured as a JWT: the holder's signature, nonce (challenge) and audience (domain),
    then every credential it carries."""
    from wallet.credentials.verify import verify_input
    from wallet.proofs.jose import verify_jwt_credential

    res = verify_jwt_credential(text, resolver=kw["resolver"], now=kw["now"], nonce=kw["challenge"], aud=kw["domain"])
    renamed = {"jwt-signature": "holder-proof", "issuer-key": "holder-key"}
    own = tuple(Check(renamed.get(c.name, c.name), c.status, c.detail, c.data, c.reason) for c in res.checks)
    creds = verify_input(payload, pname, resolver=kw["resolver"], now=kw["now"], status_fetcher=kw["status_lists"],
                         trust=kw["trust"])
    holder = res.credential.get("holder")
    return Report(own, kind="presentation", subject=str(holder or "presentation"), format="vc-jwt",
                  credentials=tuple(creds))


def verify_bytes(data: bytes, name: str = "", *, resolver: Resolver | None = None, now: datetime | None = None,
                 challenge: str | None = None, domain: str | None = None, status_lists: Any = None,
                 trust: Any = None) -> list[Report]:
    """One report per credential or presentation in ``data``.

    ``trust``: the trust sources (:class:`wallet.trust.sources.TrustSources`; None: the bundled
    registries). With a ``challenge`` or ``domain``, only a presentation (or an SD-JWT with a
    key-binding JWT) carrying exactly those values answers: anything else gets a failed check."""
    from wallet.credentials.verify import verify_input
    from wallet.share.presentation import verify_presentation

    resolver = resolver or Resolver()
    now = now or datetime.now(UTC)
    requested = challenge is not None or domain is not None
    reports: list[Report] = []
    for payload, pname in unwrap(data, name):
        parsed = parse_input(payload, name=pname)
        text = payload.decode("utf-8", "replace").strip()
        if parsed.kind == "presentation" and isinstance(parsed.presentation, dict) and not parsed.presentation_text:
            reports.append(verify_presentation(parsed.presentation, resolver=resolver, challenge=challenge,
                                               domain=domain, now=now, status_fetcher=status_lists, trust=trust))
        elif parsed.kind == "presentation" and parsed.presentation_text:
            reports.append(_vp_jwt(parsed.presentation_text, payload, pname, resolver=resolver, now=now,
                                   challenge=challenge, domain=domain, status_lists=status_lists, trust=trust))
        elif parsed.container == "sd-jwt" and text.count("~") >= 1 and (requested or not text.endswith("~")):
            # an SD-JWT with a key-binding JWT is a presentation; without one it answers no request
            from wallet.proofs.sdjwt import verify_sd_jwt

            res = verify_sd_jwt(text, resolver=resolver, now=now, nonce=challenge, aud=domain,
                                require_key_binding=requested)
            title = str(res.claims.get("name") or res.claims.get("vct") or "SD-JWT VC")
            base = verify_input(payload, pname, resolver=resolver, now=now, status_fetcher=status_lists,
                                trust=trust)
            extra = [c for c in (base[0].checks if base else ()) if c.name not in {x.name for x in res.checks}]
            reports.append(Report(tuple(res.checks) + tuple(extra), kind="presentation", subject=title,
                                  format="sd-jwt-vc"))
        else:
            reports.extend(_answering(r, challenge, domain)
                           for r in verify_input(payload, pname, resolver=resolver, now=now,
                                                 status_fetcher=status_lists, trust=trust))
    return reports


def verify_files(paths: list[str], *, now: datetime | None = None, challenge: str | None = None,
                 domain: str | None = None, allow_network: bool = False,
                 fetcher: Any = None, trust: Any = None) -> list[dict[str, Any]]:
    """The CLI's ``verify``: one JSON report per file (several credentials become ``credentials``).

    ``trust``: the trust sources (default: the bundled registries)."""
    from wallet.net import https_fetch
    from wallet.verifier.status import StatusLists

    fetcher = fetcher or https_fetch  # used only when allow_network
    resolver = Resolver(fetcher=fetcher, allow_network=allow_network)
    lists = StatusLists(fetcher, allow_network=allow_network)
    out: list[dict[str, Any]] = []
    for path in paths:
        name = Path(path).name
        try:
            data = read_input_file(path) if path != "-" else _stdin()
            reports = verify_bytes(data, name, resolver=resolver, now=now, challenge=challenge, domain=domain,
                                   status_lists=lists, trust=trust)
            if len(reports) == 1:
                rep = reports[0]
            else:
                rep = Report((Check("contents", "passed", f"{len(reports)} credentials in the file"),),
                             kind="bundle", subject=name, credentials=tuple(reports))
                if not reports:
                    raise InputError(f"{name} holds no credential")
            out.append({"file": str(path), **rep.to_json()})
        except WalletError as exc:
            out.append({"file": str(path), "verified": False, "verdict": "not-verified", "state": "not-verified",
                        "checks": [], "error": exc.to_json()})
    return out


def _stdin() -> bytes:
    import sys

    return sys.stdin.buffer.read()
