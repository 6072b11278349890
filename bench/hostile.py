"""Bounded work on hostile input: verification time against the size of an ``evidence`` array.

A signed OB 3.0 credential with N evidence entries without ``id`` (blank nodes) is read and verified
the way ``learner-wallet-cli verify`` does (strict JSON reader and shape limits, then JSON-LD). For
comparison, the same documents go straight to JSON-LD without the pre-checks (only up to a size
that finishes in reasonable time): pyld's node map compares each value of a property with the ones
before it, so that path grows quadratically. Printed: seconds, and seconds per 1,000 items relative
to the smallest size (1.0 = linear); no thresholds.

    .venv/bin/python bench/hostile.py [SIZES...]     # default 1000 2000 4000 8000 20000
"""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

UNCHECKED_MAX = 4000  # the path without pre-checks takes minutes beyond this


def credential(n: int, signer: object) -> dict:
    from wallet.proofs.signing import sign

    small = {
        "@context": ["https://www.w3.org/ns/credentials/v2",
                     "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": "urn:uuid:bench-hostile", "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": signer.did, "type": ["Profile"], "name": "Bench issuer"},  # type: ignore[attr-defined]
        "validFrom": "2025-01-01T00:00:00Z", "name": "Evidence bench",
        "credentialSubject": {"type": ["AchievementSubject"],
                              "achievement": {"id": "urn:uuid:a", "type": ["Achievement"], "name": "n",
                                              "criteria": {"narrative": "c"}}},
    }
    signed = sign(small, signer)  # type: ignore[arg-type]
    # the evidence is added after signing: verification does the same JSON-LD work, and fails the proof
    return dict(signed, evidence=[{"type": ["Evidence"], "name": f"e{i}"} for i in range(n)])


def main(sizes: list[int]) -> None:
    from support import MemSigner

    from wallet.credentials.formats import FoundCredential, parse_input
    from wallet.credentials.verify import verify_credential
    from wallet.errors import WalletError
    from wallet.identity.did import Resolver

    signer = MemSigner.new("ed25519")
    now = datetime.now(UTC)
    verify_credential(FoundCredential("ldp-vc", credential(10, signer)), resolver=Resolver(), now=now)  # warm up
    print(f"{'items':>6} {'bytes':>9} | {'checked s':>9} {'per 1k':>7} {'outcome':<16} | {'unchecked s':>11} {'per 1k':>7}")
    base_checked = base_unchecked = None
    for n in sizes:
        doc = credential(n, signer)
        data = json.dumps(doc).encode()
        t0 = time.perf_counter()
        try:
            found = parse_input(data, name="bench.json").credentials[0]
            report = verify_credential(found, resolver=Resolver(), now=now)
            outcome = report.verdict
        except WalletError as exc:
            outcome = exc.code
        checked = time.perf_counter() - t0
        per = checked / n * 1000
        base_checked = base_checked or per
        line = f"{n:>6} {len(data):>9} | {checked:>9.3f} {per / base_checked:>7.2f} {outcome:<16} |"
        if n <= UNCHECKED_MAX:
            t0 = time.perf_counter()
            try:
                verify_credential(FoundCredential("ldp-vc", doc), resolver=Resolver(), now=now)
            except WalletError:
                pass
            unchecked = time.perf_counter() - t0
            uper = unchecked / n * 1000
            base_unchecked = base_unchecked or uper
            line += f" {unchecked:>11.3f} {uper / base_unchecked:>7.2f}"
        else:
            line += f" {'(skipped)':>11}"
        print(line, flush=True)
    print("per 1k: seconds per 1,000 items relative to the first size (1.00 = linear growth).")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 2000, 4000, 8000, 20000])
