"""Verification speed: the wallet against the reference JavaScript verifier, in the same run.

Credentials (issued by the reference stack with a did:key issuer so both sides verify offline):
a simple OB 3.0 (eddsa-rdfc-2022), the 1EdTech "complete" OB 3.0 re-signed, and a CLR 2.0 whose
nested credentials are signed too. Each side warms up, then verifies every credential ROUNDS
times in-process; the printed ratio is reference ms / wallet ms (higher is better for the wallet).

    .venv/bin/python bench/verify.py [ROUNDS]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


def node(cli: Path, *args: str) -> None:
    subprocess.run(["node", str(cli), *args], check=True, capture_output=True, text=True, timeout=300)


def make_credentials(cli: Path, d: Path) -> dict[str, Path]:
    node(cli, "keygen", "--type", "ed25519", "--out", str(d / "key.json"))
    node(cli, "sample", "--kind", "ob3", "--out", str(d / "ob3.json"))
    node(cli, "sample", "--kind", "clr2", "--out", str(d / "clr2.json"))
    complete = json.loads((SHARED / "vectors/1edtech-public-validator/ob30/complete.json").read_text())
    complete.pop("proof", None)
    for key in ("credentialStatus", "credentialSchema", "refreshService", "endorsement", "endorsementJwt"):
        complete.pop(key, None)
    (d / "complete.json").write_text(json.dumps(complete))
    out = {}
    for name, extra in (("ob3", []), ("complete", []), ("clr2", ["--sign-nested"])):
        node(cli, "issue", "--suite", "eddsa-rdfc-2022", "--key", str(d / "key.json"), "--in", str(d / f"{name}.json"),
             "--out", str(d / f"{name}-signed.json"), *extra)
        out[name] = d / f"{name}-signed.json"
    return out


def wallet_ms(path: Path, rounds: int) -> float:
    from wallet.credentials.verify import verify_credential
    from wallet.identity.did import Resolver

    doc = json.loads(path.read_text())
    resolver = Resolver()
    report = verify_credential(doc, resolver=resolver)
    assert report.verified, report.to_json()
    for _ in range(3):
        verify_credential(doc, resolver=resolver)
    t0 = time.perf_counter()
    for _ in range(rounds):
        verify_credential(doc, resolver=resolver)
    return (time.perf_counter() - t0) * 1000 / rounds


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    install = subprocess.run(["bash", str(SHARED / "interop" / "install.sh")], check=True, capture_output=True,
                             text=True)
    cli = Path(install.stdout.strip().splitlines()[-1])
    with tempfile.TemporaryDirectory() as tmp:
        creds = make_credentials(cli, Path(tmp))
        ref = json.loads(subprocess.run(
            ["node", str(ROOT / "bench" / "ref_verify.mjs"), str(cli.parent), str(rounds),
             *[str(p) for p in creds.values()]], check=True, capture_output=True, text=True).stdout)
        print(f"{'credential':12} {'wallet ms':>10} {'reference ms':>13} {'ratio':>7}")
        ratios = []
        for name, path in creds.items():
            ours = wallet_ms(path, rounds)
            theirs = ref[str(path)]
            ratios.append(theirs / ours)
            print(f"{name:12} {ours:10.2f} {theirs:13.2f} {theirs / ours:6.2f}x")
        print(f"wallet is {min(ratios):.2f}x-{max(ratios):.2f}x the speed of the reference (target >= 3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
