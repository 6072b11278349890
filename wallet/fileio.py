"""Atomic private file writes: temp file with 0600 before any byte, fsync, ``os.replace``."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from wallet.errors import InputError, LimitExceeded

__all__ = ["MAX_INPUT_BYTES", "atomic_write", "read_input_file"]

MAX_INPUT_BYTES = 10 * 1024 * 1024  # a credential, package or image larger than 10 MB is refused


def atomic_write(path: str | os.PathLike[str], data: bytes, *, mode: int = 0o600) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        try:
            dfd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
        except OSError:
            pass
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return path


def read_input_file(path: str | os.PathLike[str], *, limit: int = MAX_INPUT_BYTES) -> bytes:
    """Read a user-supplied file, refusing anything over ``limit`` before reading it."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise InputError(f"{p} is not a file")
        if size > limit:
            raise LimitExceeded(
                f"{p.name} is {size / 1_048_576:.1f} MB; files over {limit // 1_048_576} MB are not accepted"
            )
        with p.open("rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise InputError(f"{p} does not exist") from None
    except PermissionError:
        raise InputError(f"{p} cannot be read (permission denied)") from None
    except IsADirectoryError:
        raise InputError(f"{p} is a folder, not a file") from None
    if len(data) > limit:
        raise LimitExceeded(f"{p.name} is larger than {limit // 1_048_576} MB")
    return data
