"""JSON Pointers (RFC 6901): the one implementation the wallet uses, over the ``jsonpointer`` library.

Selective disclosure names fields by pointer (ecdsa-sd-2023 mandatory and selective pointers, SD-JWT claim
paths, the Share wizard's field tree); every module escapes, splits and resolves them here.
"""

from __future__ import annotations

from typing import Any

import jsonpointer

from wallet.errors import InputError

__all__ = ["MISSING", "escape", "join", "resolve", "tokens", "unescape"]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


def escape(token: str) -> str:
    """One reference token, escaped (``~`` → ``~0``, ``/`` → ``~1``)."""
    return str(jsonpointer.escape(token))


def unescape(token: str) -> str:
    return str(jsonpointer.unescape(token))


def join(tokens: list[str]) -> str:
    return "".join("/" + escape(t) for t in tokens)


def tokens(pointer: str) -> list[str]:
    """The unescaped reference tokens of ``pointer``; raises :class:`InputError` when it is not a pointer."""
    if not isinstance(pointer, str):
        raise InputError(f"{pointer!r} is not a JSON pointer.")
    try:
        return list(jsonpointer.JsonPointer(pointer).parts)
    except jsonpointer.JsonPointerException as exc:
        raise InputError(f"{pointer!r} is not a JSON pointer: {exc}") from None


def resolve(doc: Any, pointer: str, default: Any = MISSING) -> Any:
    """The value at ``pointer`` in ``doc``, or ``default`` (``MISSING`` unless given) when there is none."""
    try:
        ptr = jsonpointer.JsonPointer(pointer)
    except jsonpointer.JsonPointerException:
        return default
    node = doc
    for part in ptr.parts:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and (part == "0" or not part.startswith("0")) \
                and int(part) < len(node):
            node = node[int(part)]
        else:
            return default
    return node
