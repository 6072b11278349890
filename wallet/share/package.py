"""Share packages: a zip with the presentation, a printable ``summary.pdf`` and a ``manifest.json``.

Layout (version 1)::

    presentation.json | presentation.sdjwt   the holder-signed presentation
    summary.pdf                              one page per credential: issuer, achievement, skills, the
                                             disclosed fields only, the QR when it fits, how to verify
    manifest.json                            {"format": "learner-wallet-share-package", "version": 1,
                                              "created_at", "holder", "demo", "files": [{name, size, sha256}]}

Reading a package enforces stated limits before inflating anything: at most ``MAX_ENTRIES``
entries, ``MAX_TOTAL_BYTES`` uncompressed, a compression ratio of at most ``MAX_RATIO`` per entry,
no absolute or ``..`` names, only the names above, and every hash in the manifest must match.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any

from wallet.errors import InputError, LimitExceeded, PackageError
from wallet.limits import load_json_bytes
from wallet.share.presentation import Presentation

__all__ = ["MAX_ENTRIES", "MAX_RATIO", "MAX_TOTAL_BYTES", "Package", "build_package", "read_package"]

FORMAT = "learner-wallet-share-package"
MAX_ENTRIES = 16
MAX_TOTAL_BYTES = 25 * 1024 * 1024
MAX_RATIO = 200
ALLOWED = {"presentation.json", "presentation.sdjwt", "summary.pdf", "manifest.json", "journey.png"}
# What the standard library's zipfile raises for damaged input (every one seen with hostile zips in
# tests/wallet/test_fuzz.py and test_presentation.py): BadZipFile (bad structure, bad CRC),
# LargeZipFile (ZIP64 needed), zlib.error (corrupt deflate data), EOFError / OSError (truncated data),
# RuntimeError (an encrypted entry), NotImplementedError (an unknown compression method), ValueError
# (negative or overflowing sizes and offsets). Each becomes a PackageError naming the file.
_DAMAGED_ZIP = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, RuntimeError,
                NotImplementedError, ValueError)
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Package:
    manifest: dict[str, Any]
    files: dict[str, bytes]

    def payloads(self) -> Iterator[tuple[str, bytes]]:
        for name in ("presentation.json", "presentation.sdjwt"):
            if name in self.files:
                yield name, self.files[name]

    @property
    def presentation_name(self) -> str:
        return next(n for n, _ in self.payloads())


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build_package(presentation: Presentation, *, qr_text: str | None = None, demo: bool = False,
                  extra: dict[str, bytes] | None = None, now: datetime | None = None,
                  journey_png: bytes | None = None) -> bytes:
    """The package's bytes. ``journey_png`` (the learner's skill journey as an image) adds
    ``journey.png`` and a last page to ``summary.pdf``; it is the learner's own summary, not signed."""
    now = now or datetime.now(UTC)
    main_name = "presentation.sdjwt" if presentation.kind == "sd-jwt" else "presentation.json"
    from wallet.share.summary_pdf import summary_pdf

    files: dict[str, bytes] = {main_name: presentation.to_bytes()}
    files["summary.pdf"] = summary_pdf(presentation, qr_text=qr_text, demo=demo, now=now, journey_png=journey_png)
    if journey_png:
        files["journey.png"] = journey_png
    for name, data in (extra or {}).items():
        if name not in ALLOWED:
            raise PackageError(f"{name} is not a file a share package may hold")
        files[name] = data
    manifest = {
        "format": FORMAT,
        "version": 1,
        "created_at": now.isoformat(timespec="seconds"),
        "holder": presentation.holder,
        "demo": demo,
        "files": [{"name": n, "size": len(d), "sha256": _sha(d)} for n, d in files.items()],
    }
    if demo:
        manifest["note"] = "DEMO: made by the Learner Wallet demo with fictional people and issuers."
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in [*files.items(), ("manifest.json", json.dumps(manifest, indent=2).encode())]:
            info = zipfile.ZipInfo(name, _FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zf.writestr(info, data)
    return buf.getvalue()


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:120]


def read_package(data: bytes) -> Package:
    """Open a share package, refusing with a PackageError / LimitExceeded (never another exception)
    anything unsafe or damaged: bombs, traversal, unknown names, bad CRCs, corrupt deflate data,
    encrypted entries, unknown compression methods, and files that do not match the manifest."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except _DAMAGED_ZIP as exc:
        raise PackageError(f"the share package is not a readable zip file ({_reason(exc)})") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise LimitExceeded(f"the zip has {len(infos)} entries; a share package has at most {MAX_ENTRIES}")
        total = 0
        names = [info.filename for info in infos]
        if len(set(names)) != len(names):
            raise PackageError("the zip holds two entries with the same name; other tools might read the other one")
        for info in infos:
            name = info.filename
            p = PurePosixPath(name)
            if name.startswith(("/", "\\")) or ".." in p.parts or "\\" in name or ":" in name:
                raise PackageError(f"the zip contains an unsafe file name {name!r}")
            if name not in ALLOWED:
                raise PackageError(f"the zip contains {name!r}, which is not part of a share package")
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise LimitExceeded(f"the share package would expand beyond {MAX_TOTAL_BYTES // 1_048_576} MB")
            if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
                raise LimitExceeded(
                    f"{name} expands {info.file_size // max(info.compress_size, 1)}-fold; more than {MAX_RATIO}-fold "
                    "is refused (a zip bomb)")
        for info in infos:
            if info.flag_bits & 0x1:
                raise PackageError(f"{info.filename} is encrypted; share packages are never encrypted")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise PackageError(f"{info.filename} uses compression method {info.compress_type}; share packages "
                                   "use only deflate")
        files: dict[str, bytes] = {}
        for info in infos:
            try:
                with zf.open(info) as fh:
                    content = fh.read(info.file_size + 1)
            except _DAMAGED_ZIP as exc:
                raise PackageError(f"{info.filename} in the share package is damaged ({_reason(exc)})",
                                   fix="Ask for the package again; it was altered or cut short.") from None
            if len(content) != info.file_size:
                raise PackageError(f"{info.filename} is not the size the zip says")
            files[info.filename] = content
    if "manifest.json" not in files:
        raise PackageError("the share package has no manifest.json")
    try:
        manifest = load_json_bytes(files["manifest.json"], what="manifest.json")
    except InputError as exc:
        raise PackageError(f"manifest.json cannot be read: {exc.message}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError("manifest.json does not describe a Learner Wallet share package")
    entries = manifest.get("files", [])
    if not isinstance(entries, list):
        raise PackageError("manifest.json has no list of files")
    listed = {str(f.get("name")): f for f in entries if isinstance(f, dict)}
    if len(listed) != len(entries):
        raise PackageError("manifest.json lists a file twice, or an entry that is not a file")
    for name, content in files.items():
        if name == "manifest.json":
            continue
        entry = listed.get(name)
        if entry is None:
            raise PackageError(f"{name} is not listed in the manifest")
        if entry.get("sha256") != _sha(content) or entry.get("size") != len(content):
            raise PackageError(f"{name} does not match the SHA-256 in the manifest: the package was altered")
    missing = set(listed) - set(files)
    if missing:
        raise PackageError(f"the manifest lists {', '.join(sorted(missing))}, which the package lacks")
    pkg = Package(manifest, files)
    if not any(True for _ in pkg.payloads()):
        raise PackageError("the share package holds no presentation")
    return pkg
