"""QR size of a minimal presentation: ours beside the DCC reference (vpqr 2.2.1 / cborld 4.3.4).

    .venv/bin/python bench/qr_size.py [--keep DIR]

With the reference harness (``tests/interop``, installed by ``scripts/setup.sh``) it builds, for each
issuer profile below, a holder-signed presentation of one ecdsa-sd-2023 Open Badges 3.0 credential
derived to reveal only the achievement name and one skill (alignment ``targetName``), then prints the
``VP1-`` length and the QR version at error correction M for our encoder (``wallet.qr``) and for the
reference ``vpqr-encode`` (which itself draws at level L; its own version is shown too).

Profiles:
  default    the harness issuer's mandatory pointers (/issuer, /name, /validFrom)
  skeleton   an issuer that also makes the path to the revealed fields mandatory (subject and
             achievement ids/types, alignment types) so a minimal disclosure carries fewer
             per-statement signatures — the lever PRODUCT.md names for the demo issuer
  lean       skeleton, but only the issuer's id, type and name are mandatory (``/issuer`` drags
             the whole issuer profile — url, email, image — into every disclosure)
  demo       the demo issuer's own credential and mandatory pointers (``wallet.demo``), derived by the
             wallet to reveal the first skill's name (the achievement name is mandatory), signed by the
             demo learner with the employer sample's challenge and domain — PRODUCT's QR target
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wallet.share import cborld  # noqa: E402
from wallet.share.qr import qr_info, vp_to_qr_text  # noqa: E402

INTEROP = ROOT / "tests" / "interop"
REVEAL = "/credentialSubject/achievement/name,/credentialSubject/achievement/alignment/0/targetName"
PROFILES = {
    "default": None,
    "skeleton": ",".join([
        "/issuer", "/name", "/validFrom", "/credentialSubject/id", "/credentialSubject/type",
        "/credentialSubject/achievement/id", "/credentialSubject/achievement/type",
        "/credentialSubject/achievement/alignment/0/type", "/credentialSubject/achievement/alignment/1/type",
    ]),
    "demo": None,
    "lean": ",".join([
        "/issuer/id", "/issuer/type", "/issuer/name", "/name", "/validFrom", "/credentialSubject/id",
        "/credentialSubject/type", "/credentialSubject/achievement/id", "/credentialSubject/achievement/type",
        "/credentialSubject/achievement/alignment/0/type", "/credentialSubject/achievement/alignment/1/type",
    ]),
}


def _cli() -> Path:
    if shutil.which("node") is None or not (INTEROP / "node_modules").is_dir():
        sys.exit("the reference side needs node and tests/interop/node_modules (scripts/setup.sh installs both)")
    return INTEROP / "cli.mjs"


def _node(cli: Path, *args: str) -> dict[str, Any]:
    proc = subprocess.run(["node", str(cli), *args], capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        sys.exit(f"reference harness failed: {' '.join(args[:1])}: {proc.stdout}{proc.stderr}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def build(cli: Path, d: Path, mandatory: str | None) -> Path:
    _node(cli, "keygen", "--type", "p256", "--out", str(d / "issuer.json"))
    _node(cli, "keygen", "--type", "ed25519", "--out", str(d / "holder.json"))
    _node(cli, "sample", "--kind", "ob3", "--out", str(d / "unsigned.json"))
    issue = ["issue", "--suite", "ecdsa-sd-2023", "--key", str(d / "issuer.json"),
             "--in", str(d / "unsigned.json"), "--out", str(d / "base.json")]
    if mandatory:
        issue += ["--mandatory", mandatory]
    _node(cli, *issue)
    _node(cli, "derive", "--in", str(d / "base.json"), "--reveal", REVEAL, "--out", str(d / "derived.json"))
    _node(cli, "present", "--holder", str(d / "holder.json"), "--in", str(d / "derived.json"),
          "--challenge", "bench-qr", "--domain", "employer.example", "--out", str(d / "vp.json"))
    return d / "vp.json"


def build_demo(d: Path) -> Path:
    from wallet.demo import issuer as demo
    from wallet.proofs import sd_derive, sign
    from wallet.share.presentation import VC2

    holder = demo.holder_signer()
    docs = demo.build_demo_documents(holder.did)
    derived = sd_derive(docs.credentials[demo.MINIMAL_SAMPLE], demo.MINIMAL_REVEAL)
    vp = {"@context": [VC2], "type": ["VerifiablePresentation"], "holder": holder.did,
          "verifiableCredential": [derived]}
    signed = sign(vp, holder, purpose="authentication", created="2026-04-15T14:30:00Z",
                  challenge=demo.SAMPLE_CHALLENGE, domain=demo.SAMPLE_DOMAIN)
    (d / "vp.json").write_text(json.dumps(signed))
    return d / "vp.json"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    args = ap.parse_args()
    cli = _cli()
    work = args.keep or Path(tempfile.mkdtemp(prefix="qr-size-"))
    header = (f"{'profile':<9} {'side':<10} {'VP1- chars':>10} {'CBOR-LD B':>9} {'JSON B':>7} "
              f"{'ver@M':>5} {'ver@L':>5}  note")
    print(header)
    print("-" * len(header))
    for name, mandatory in PROFILES.items():
        d = work / name
        d.mkdir(parents=True, exist_ok=True)
        vp_path = build_demo(d) if name == "demo" else build(cli, d, mandatory)
        vp = json.loads(vp_path.read_text("utf-8"))
        json_bytes = len(json.dumps(vp, separators=(",", ":"), ensure_ascii=False).encode())
        ours = vp_to_qr_text(vp)
        ref = _node(cli, "vpqr-encode", "--in", str(vp_path), "--out", str(d / "ref.txt"))
        ref_text = (d / "ref.txt").read_text("utf-8").strip()
        sigs = len(vp["verifiableCredential"][0]["proof"]["proofValue"])
        for side, text, note in (
            ("ours", ours, ""),
            ("reference", ref_text, f"reference draws at L: version {ref.get('qrVersion')}"),
        ):
            m, low = qr_info(text), qr_info(text, error_correction="L")
            size = len(cborld.encode(vp)) if side == "ours" else ref.get("cborldBytes", 0)
            print(f"{name:<9} {side:<10} {len(text):>10} {size:>9} {json_bytes:>7} "
                  f"{m.version or '>40':>5} {low.version or '>40':>5}  {note}")
        same = "byte-identical" if ours == ref_text else "DIFFERENT"
        print(f"{'':<9} ours vs reference: {same}; derived proofValue {sigs} chars; "
              f"phone-readable printed at M: {qr_info(ours).phone_readable_printed}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
