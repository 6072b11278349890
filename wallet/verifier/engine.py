"""The employer's engine: verify any file or text — credential, presentation, SD-JWT, QR text or
image, share package — and return one report per input. Stores nothing.

``unwrap`` turns containers (QR images, share packages) into the payloads they carry, so that
import and verification accept the same inputs.
"""

from __future__ import annotations

import importlib
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


def verify_bytes(data: bytes, name: str = "", *, resolver: Resolver | None = None, now: datetime | None = None,
                 challenge: str | None = None, domain: str | None = None, status_lists: Any = None,
                 trust: Any = None) -> list[Report]:
    """One report per credential or presentation in ``data``."""
    from wallet.credentials.verify import verify_input
    from wallet.share.presentation import verify_presentation

    resolver = resolver or Resolver()
    now = now or datetime.now(UTC)
    reports: list[Report] = []
    for payload, pname in unwrap(data, name):
        parsed = parse_input(payload, name=pname)
        text = payload.decode("utf-8", "replace").strip()
        if parsed.kind == "presentation" and isinstance(parsed.presentation, dict) and not parsed.presentation_text:
            reports.append(verify_presentation(parsed.presentation, resolver=resolver, challenge=challenge,
                                               domain=domain, now=now, status_fetcher=status_lists, trust=trust))
        elif parsed.container == "sd-jwt" and text.count("~") >= 1 and not text.endswith("~"):
            from wallet.proofs.sdjwt import verify_sd_jwt

            res = verify_sd_jwt(text, resolver=resolver, now=now, nonce=challenge, aud=domain,
                                require_key_binding=challenge is not None)
            title = str(res.claims.get("name") or res.claims.get("vct") or "SD-JWT VC")
            base = verify_input(payload, pname, resolver=resolver, now=now, status_fetcher=status_lists,
                                trust=trust)
            extra = [c for c in (base[0].checks if base else ()) if c.name not in {x.name for x in res.checks}]
            reports.append(Report(tuple(res.checks) + tuple(extra), kind="presentation", subject=title,
                                  format="sd-jwt-vc"))
        else:
            reports.extend(verify_input(payload, pname, resolver=resolver, now=now, status_fetcher=status_lists,
                                        trust=trust))
    return reports


def verify_files(paths: list[str], *, now: datetime | None = None, challenge: str | None = None,
                 domain: str | None = None, allow_network: bool = False,
                 fetcher: Any = None) -> list[dict[str, Any]]:
    """The CLI's ``verify``: one JSON report per file (several credentials become ``credentials``)."""
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
                                   status_lists=lists)
            if len(reports) == 1:
                rep = reports[0]
            else:
                rep = Report((Check("contents", "passed", f"{len(reports)} credentials in the file"),),
                             kind="bundle", subject=name, credentials=tuple(reports))
                if not reports:
                    raise InputError(f"{name} holds no credential")
            out.append({"file": str(path), **rep.to_json()})
        except WalletError as exc:
            out.append({"file": str(path), "verified": False, "verdict": "not-verified", "checks": [],
                        "error": exc.to_json()})
    return out


def _stdin() -> bytes:
    import sys

    return sys.stdin.buffer.read()
