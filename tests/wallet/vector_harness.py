"""Test-only key and status-list fetching for the conformance vectors (never used by the app).

``HarnessFetcher`` answers the URLs the vector credentials point at, *as if fetched*:

* the DCC did:web documents (``tests/vectors/dcc-did-web/``) at their did:web URLs;
* the status list credentials in the vectors at the URLs the credentials name;
* the "multibase fragment" issuer keys: for a verification method ``https://host/issuers/N#z6Mk…`` it
  serves, at ``https://host/issuers/N``, a document listing every such fragment key seen in the
  vectors as a Multikey of that issuer. The vectors README allows this fragment trick only as a
  test-harness key resolver; the app never does it.

Every other URL raises NetworkError, like an unreachable host.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from wallet.errors import NetworkError

VECTORS = Path(__file__).resolve().parent.parent / "vectors"

DID_WEB = {
    "https://digitalcredentials.github.io/dcc-did-web/did.json": "dcc-did-web/did.json",
    "https://digitalcredentials.github.io/dcc-did-web/multikey/did.json": "dcc-did-web/multikey/did.json",
}
STATUS_LISTS = {
    "https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/refs/heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/testlist": "1edtech-public-validator/ob30/bit-string-list/testlist",
    "https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj": "dcc-verifier-core/status/e5WK8CbZ1GjycuPombrj",
}


def _proofs(doc: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if isinstance(doc, dict):
        for key, value in doc.items():
            if key == "proof":
                out.extend(p for p in (value if isinstance(value, list) else [value]) if isinstance(p, dict))
            else:
                out.extend(_proofs(value))
    elif isinstance(doc, list):
        for item in doc:
            out.extend(_proofs(item))
    return out


def fragment_keys() -> dict[str, list[str]]:
    """base URL -> fragment keys, from every JSON vector credential."""
    keys: dict[str, list[str]] = defaultdict(list)
    for path in sorted(VECTORS.rglob("*")):
        if not path.is_file() or path.suffix not in (".json", ".1ob", ""):
            continue
        try:
            doc = json.loads(path.read_text())
        except (ValueError, UnicodeDecodeError):
            continue
        for proof in _proofs(doc):
            vm = proof.get("verificationMethod")
            if isinstance(vm, str) and vm.startswith("https://") and "#z" in vm:
                base, frag = vm.split("#", 1)
                if frag not in keys[base]:
                    keys[base].append(frag)
    return keys


class HarnessFetcher:
    def __init__(self) -> None:
        self.keys = fragment_keys()
        self.calls: list[str] = []

    def __call__(self, url: str) -> bytes:
        self.calls.append(url)
        if url in DID_WEB:
            return (VECTORS / DID_WEB[url]).read_bytes()
        if url in STATUS_LISTS:
            return (VECTORS / STATUS_LISTS[url]).read_bytes()
        if url in self.keys:
            vms = [
                {"id": f"{url}#{frag}", "type": "Multikey", "controller": url, "publicKeyMultibase": frag}
                for frag in self.keys[url]
            ]
            doc = {
                "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
                "id": url,
                "verificationMethod": vms,
                "assertionMethod": [vm["id"] for vm in vms],
            }
            return json.dumps(doc).encode()
        raise NetworkError(f"{url} is not reachable (test harness: 404)")
