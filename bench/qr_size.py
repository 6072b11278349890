"""QR size of a minimal presentation: ours (``VP1-`` and the compact ``LW1:``) beside the DCC reference (vpqr 2.2.1 / cborld 4.3.4).

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
  demo-name  the same credential revealing nothing beyond the mandatory statements (the achievement
             name): the one-field disclosure with no per-statement signature
  floor      demo-name answering a short request code ("7f3k", "hiring.example"): the smallest
             presentation of a demo credential this format allows
  wizard     demo as the Share wizard makes it with no employer request: its own random challenge, no domain

Each profile shows three texts: ours as ``VP1-`` (byte-identical to the reference's), ours as ``LW1:``
(base45 of Brotli of CBOR-LD with the wallet's compact tables, which the wallet writes when it makes
a smaller QR code), and the reference's ``VP1-``.

For every profile of ours it then prints where the CBOR-LD bytes go: the derived proofValue (base
signature, proof key, one signature per revealed non-mandatory statement, one HMAC label per revealed
blank node, mandatory indexes; base64url text, as ecdsa-sd-2023 requires), the contexts, the issuer's
and the holder's keys (DIDs and verification methods), the holder's signature, text the codec keeps
as text (its "table misses": names, request codes, cryptosuite names), URLs, and the CBOR structure.
"""

from __future__ import annotations

import argparse
import base64
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
from wallet.share.qr import qr_info, vp_to_compact_text, vp_to_qr_text  # noqa: E402

INTEROP = ROOT / "tests" / "interop"
V20M_CHARS = 970  # alphanumeric capacity of QR version 20 at error correction M (ISO/IEC 18004 table 7)
REVEAL = "/credentialSubject/achievement/name,/credentialSubject/achievement/alignment/0/targetName"
PROFILES = {
    "default": None,
    "skeleton": ",".join([
        "/issuer", "/name", "/validFrom", "/credentialSubject/id", "/credentialSubject/type",
        "/credentialSubject/achievement/id", "/credentialSubject/achievement/type",
        "/credentialSubject/achievement/alignment/0/type", "/credentialSubject/achievement/alignment/1/type",
    ]),
    "demo": None,
    "demo-name": None,
    "floor": None,
    "wizard": None,
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


_DEMO_DOCS: dict[str, Any] = {}


def build_demo(d: Path, reveal: list[str] | None = None, challenge: str | None = None,
               domain: str | None = None, no_domain: bool = False) -> Path:
    """The demo learner's presentation of the demo micro-credential, derived by the wallet."""
    from wallet.demo import issuer as demo
    from wallet.proofs import sd_derive, sign
    from wallet.share.presentation import VC2

    holder = demo.holder_signer()
    if "docs" not in _DEMO_DOCS:
        _DEMO_DOCS["docs"] = demo.build_demo_documents(holder.did)
    docs = _DEMO_DOCS["docs"]
    derived = sd_derive(docs.credentials[demo.MINIMAL_SAMPLE], demo.MINIMAL_REVEAL if reveal is None else reveal)
    vp = {"@context": [VC2], "type": ["VerifiablePresentation"], "holder": holder.did,
          "verifiableCredential": [derived]}
    signed = sign(vp, holder, purpose="authentication", created="2026-04-15T14:30:00Z",
                  challenge=challenge or demo.SAMPLE_CHALLENGE,
                  domain=None if no_domain else domain or demo.SAMPLE_DOMAIN)
    (d / "vp.json").write_text(json.dumps(signed))
    return d / "vp.json"


def _cbor_size(value: Any) -> int:
    import cbor2

    return len(cbor2.dumps(value, canonical=True))


def breakdown(vp: dict[str, Any]) -> list[tuple[str, int, str]]:
    """Where the CBOR-LD bytes of ``vp`` go: (what, bytes, detail), the rows summing to the total."""
    import cbor2

    from wallet.identity.keys import b58decode
    from wallet.jsonld import default_jsonld
    from wallet.share.cborld._transform import Compressor

    total = len(cborld.encode(vp))
    compressed = Compressor(default_jsonld().loader).compress(vp)
    holder_keys = {b58decode(vp["holder"].split(":")[-1][1:])} if isinstance(vp.get("holder"), str) else set()
    rows: dict[str, list[Any]] = {}
    sd_value: list[str] = []

    def add(what: str, n: int, detail: str = "") -> None:
        row = rows.setdefault(what, [0, []])
        row[0] += n
        if detail:
            row[1].append(detail)

    def walk(v: Any) -> None:
        if isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            if len(v) >= 2 and v[0] in (1024, 1025) and isinstance(v[1], (bytes, str)):
                who = "holder" if v[1] in holder_keys else "issuer"
                add(f"{who} key (DID and verification method ids)", _cbor_size(v),
                    f"{'DID' if len(v) == 2 else 'DID#key'} {_cbor_size(v)} B")
            elif len(v) == 2 and v[0] in (1, 2) and isinstance(v[1], str):
                add("URLs (compressed to host + path text)", _cbor_size(v), v[1])
            elif len(v) == 2 and v[0] == 3:
                add("urn:uuid ids", _cbor_size(v))
            else:
                for x in v:
                    walk(x)
        elif isinstance(v, bytes):
            add("holder signature (multibase, binary)" if v[:1] == b"z" else "other binary values", _cbor_size(v))
        elif isinstance(v, str):
            if v.startswith("u") and len(v) > 80 and " " not in v:
                sd_value.append(v)
                add("ecdsa-sd derived proofValue (base64url text)", _cbor_size(v))
            elif v.startswith(("https://", "http://")):
                add("contexts the codec's registry lacks (text)", _cbor_size(v), v)
            else:
                add("text the codec keeps as text (table misses)", _cbor_size(v), repr(v))
        else:
            add("integers (term ids, dates, registered contexts)", _cbor_size(v))

    walk(compressed)
    out = [(what, n, "; ".join(details)) for what, (n, details) in rows.items()]
    out.append(("CBOR structure (maps, arrays, header)", total - sum(n for _, n, _ in out), ""))
    for value in sd_value:  # the derived proof's parts, at their cost as base64url text
        raw = base64.urlsafe_b64decode(value[1:] + "=" * (-len(value[1:]) % 4))
        base_sig, proof_key, sigs, labels, mandatory = cbor2.loads(raw[3:])
        text = 4 / 3
        out.append(("  of which: base signature", round(len(base_sig) * text), f"{len(base_sig)} B"))
        out.append(("  of which: the issuer's proof key", round(len(proof_key) * text), f"{len(proof_key)} B"))
        out.append(("  of which: signatures per revealed statement", round(64 * len(sigs) * text),
                    f"{len(sigs)} x 64 B"))
        out.append(("  of which: HMAC labels per revealed blank node", round(34 * len(labels) * text),
                    f"{len(labels)} x 32 B"))
        out.append(("  of which: mandatory indexes", round(_cbor_size(mandatory) * text),
                    f"{len(mandatory)} statements"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    args = ap.parse_args()
    cli = _cli()
    work = args.keep or Path(tempfile.mkdtemp(prefix="qr-size-"))
    breakdowns: dict[str, list[tuple[str, int, str]]] = {}
    header = (f"{'profile':<9} {'side':<10} {'chars':>10} {'CBOR-LD B':>9} {'JSON B':>7} "
              f"{'ver@M':>5} {'ver@L':>5}  note")
    print(header)
    print("-" * len(header))
    for name, mandatory in PROFILES.items():
        d = work / name
        d.mkdir(parents=True, exist_ok=True)
        if name == "demo":
            vp_path = build_demo(d)
        elif name == "demo-name":
            vp_path = build_demo(d, reveal=[])
        elif name == "floor":
            vp_path = build_demo(d, reveal=[], challenge="7f3k", domain="hiring.example")
        elif name == "wizard":
            from wallet.share.presentation import new_challenge

            vp_path = build_demo(d, challenge=new_challenge(), no_domain=True)
        else:
            vp_path = build(cli, d, mandatory)
        vp = json.loads(vp_path.read_text("utf-8"))
        json_bytes = len(json.dumps(vp, separators=(",", ":"), ensure_ascii=False).encode())
        ours = vp_to_qr_text(vp, form="vp1")
        compact = vp_to_compact_text(vp)
        ref = _node(cli, "vpqr-encode", "--in", str(vp_path), "--out", str(d / "ref.txt"))
        ref_text = (d / "ref.txt").read_text("utf-8").strip()
        sigs = len(vp["verifiableCredential"][0]["proof"]["proofValue"])
        chosen = "LW1:" if vp_to_qr_text(vp) == compact else "VP1-"
        for side, text, note in (
            ("ours VP1-", ours, ""),
            ("ours LW1:", compact, f"Brotli: {len(compact) - 4} base45 chars; the wallet writes {chosen}"),
            ("reference", ref_text, f"reference draws at L: version {ref.get('qrVersion')}"),
        ):
            m, low = qr_info(text), qr_info(text, error_correction="L")
            size = (len(cborld.encode(vp)) if side == "ours VP1-" else
                    len(cborld.encode(vp, tables=cborld.COMPACT)) if side == "ours LW1:" else ref.get("cborldBytes", 0))
            print(f"{name:<9} {side:<10} {len(text):>10} {size:>9} {json_bytes:>7} "
                  f"{m.version or '>40':>5} {low.version or '>40':>5}  {note}")
        same = "byte-identical" if ours == ref_text else "DIFFERENT"
        print(f"{'':<9} ours vs reference: {same}; derived proofValue {sigs} chars; "
              f"phone-readable printed at M: {qr_info(ours).phone_readable_printed}")
        breakdowns[name] = breakdown(vp)
    for name, rows in breakdowns.items():
        print(f"\nwhere the {sum(n for w, n, _ in rows if not w.startswith(' '))} CBOR-LD bytes of '{name}' go:")
        for what, n, detail in rows:
            print(f"  {n:5d}  {what:<52} {detail[:90]}")
    print(f"\nQR version 20 at M holds {V20M_CHARS} alphanumeric characters: a VP1- text of at most "
          f"{(V20M_CHARS - 5) * 5 // 8} CBOR-LD bytes, an LW1: text of at most {(V20M_CHARS - 4) // 3 * 2} Brotli bytes.")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
