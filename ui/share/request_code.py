"""The employer's request code: a challenge and a domain, as short text for a QR code or an e-mail.

``LWREQ1:<challenge>:<domain>`` — the challenge is URL-safe base64 (no colon); the domain is the
rest (it may hold a port). The student pastes or scans it into the share wizard; the verifier
then flags a presentation that answers another request (the failed ``challenge`` check).
"""

from __future__ import annotations

import re

from wallet.errors import InputError

__all__ = ["PREFIX", "parse_request_code", "request_code_text"]

PREFIX = "LWREQ1:"
_CHALLENGE = re.compile(r"^[A-Za-z0-9_\-.~]{4,200}$")


def request_code_text(challenge: str, domain: str) -> str:
    if not _CHALLENGE.match(challenge):
        raise InputError("A request code's challenge is 4 to 200 letters, digits, '-', '_', '.' or '~'.")
    return f"{PREFIX}{challenge}:{domain.strip()}"


def parse_request_code(text: str) -> tuple[str, str]:
    """(challenge, domain) of a pasted or scanned request code (``InputError`` when it is not one)."""
    t = text.strip()
    if not t.upper().startswith(PREFIX):
        raise InputError("This is not a request code: it should start with LWREQ1:",
                         fix="Ask the employer for the request code their verifier shows, and paste it whole.")
    challenge, sep, domain = t[len(PREFIX):].partition(":")
    if not sep or not _CHALLENGE.match(challenge):
        raise InputError("The request code is incomplete: it needs a challenge and a domain after LWREQ1:",
                         fix="Paste the whole request code the employer gave you.")
    return challenge, domain.strip()
