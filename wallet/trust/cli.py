"""``learner-wallet-cli trust …`` and the trust sources of ``verify``: which issuers are recognised, by whom.

* ``trust list`` — the bundled registries (on/off, dated), loaded trust lists and registries (and any
  refused: expired, tampered), and the issuers trusted explicitly;
* ``trust add FILE|URL|REGISTRY-ID`` — load a signed trust list or a registry file (a URL is fetched only
  with ``--online``), or switch on a bundled registry (e.g. ``dcc-sandbox``);
* ``trust add-issuer ID [--name N]`` — trust one issuer yourself; ``trust remove NAME`` undoes any of these;
* ``trust refresh`` — fetch the bundled registries' current copies (only with ``--online``);
* ``trust sign FILE --out OUT [--did DID]`` — sign a trust list with one of the wallet's Ed25519 DIDs.

Where: a wallet's own settings when ``--home`` (or ``LEARNER_WALLET_HOME``) names a wallet, else — and
always with ``--verifier`` — the employer's verifier settings (:func:`wallet.trust.config.verifier_trust_path`).
``verify`` uses the verifier settings (or, with ``--home`` naming a demo wallet, the demo issuers too)
plus every ``--trust FILE``.
"""

from __future__ import annotations

import argparse
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wallet.errors import InputError, NetworkError
from wallet.trust.config import TrustConfig, load_verifier_config, save_verifier_config, verifier_trust_path

__all__ = ["add_trust_parser", "cmd_trust", "verify_trust_sources"]


def add_trust_parser(sub: Any) -> None:
    tr = sub.add_parser("trust", help="trust sources: registries, signed trust lists, issuers you trust")
    tr.add_argument("--verifier", action="store_true", help="the employer's verifier settings, not a wallet's")
    cmds = tr.add_subparsers(dest="trust_command", metavar="trust-command", parser_class=sub._parser_class)
    cmds.add_parser("list", help="every trust source and trusted issuer")
    a = cmds.add_parser("add", help="load a trust list or registry (file or URL), or switch on a bundled registry")
    a.add_argument("source")
    ai = cmds.add_parser("add-issuer", help="trust one issuer yourself")
    ai.add_argument("issuer")
    ai.add_argument("--name", default="")
    r = cmds.add_parser("remove", help="remove a trust source or trusted issuer by name or id")
    r.add_argument("name")
    cmds.add_parser("refresh", help="fetch the bundled registries' current copies (needs --online)")
    s = cmds.add_parser("sign", help="sign a trust list with one of this wallet's Ed25519 DIDs")
    s.add_argument("file")
    s.add_argument("--out", required=True)
    s.add_argument("--did")


def _wallet_home(args: argparse.Namespace) -> Path | None:
    """The wallet the trust commands act on: one named by --home / LEARNER_WALLET_HOME that exists."""
    from wallet.paths import resolve_home
    from wallet.wallet import Wallet

    if getattr(args, "verifier", False) or not (args.home or os.environ.get("LEARNER_WALLET_HOME")):
        return None
    home = resolve_home(args.home)
    return home if Wallet.exists(home) else None


def _is_demo_home(args: argparse.Namespace) -> bool:
    from wallet.paths import resolve_home

    if not (args.home or os.environ.get("LEARNER_WALLET_HOME")):
        return False
    try:
        info = json.loads((resolve_home(args.home) / "wallet.json").read_text())
    except (OSError, ValueError):
        return False
    return isinstance(info, dict) and info.get("demo") is True


def verify_trust_sources(args: argparse.Namespace, now: datetime | None) -> Any:
    """The trust sources of ``verify``: the verifier settings, every ``--trust FILE`` (refused with a clear
    error when it does not verify), and the demo issuers when ``--home`` names the demo wallet."""
    from wallet.fileio import read_input_file
    from wallet.trust.registry import read_registry_bytes

    config = load_verifier_config()
    extra = []
    for path in getattr(args, "trust", None) or []:
        extra.append(read_registry_bytes(read_input_file(path), id=f"file:{path}", name=Path(path).stem, now=now))
    return config.sources(demo=_is_demo_home(args), now=now, extra=tuple(extra))


def _fetch(url: str, online: bool) -> bytes:
    if not online:
        raise InputError(f"{url} is fetched only with network permission.",
                         fix="Run again with --online, or download the file and add it from disk.")
    from wallet.net import https_fetch

    return https_fetch(url)


def _describe_text(d: dict[str, Any], where: str) -> str:
    lines = [f"Trust sources ({where}):"]
    for r in d["registries"]:
        state = "on " if r["enabled"] else "off"
        when = r.get("fetched_at") or f"bundled snapshot {r.get('retrieved', '')}"
        lines.append(f"  [{state}] {r['id']:14} {r['name']} — {r['issuers']} issuers, {when}")
    for r in d["lists"]:
        until = f", valid until {r['validUntil']}" if r.get("validUntil") else ""
        who = f", signed by {r['publisher']}" if r.get("publisher") else ""
        lines.append(f"  [on ] {r['name']} — {r['issuers']} issuers{who}{until}")
    for p in d["refused"]:
        lines.append(f"  [REFUSED] {p['name']} ({p['origin']}): {p['message']}")
    if d["issuers"]:
        lines.append("Issuers you trust yourself:")
        lines += [f"  {i['id']}  {i.get('name', '')}" for i in d["issuers"]]
    return "\n".join(lines)


def cmd_trust(args: argparse.Namespace, out: Any) -> int:
    from wallet.wallet import Wallet

    command = getattr(args, "trust_command", None)
    if command not in ("list", "add", "add-issuer", "remove", "refresh", "sign"):
        raise InputError("trust needs a command: list, add, add-issuer, remove, refresh or sign")
    now = datetime.now(UTC)
    if command == "sign":
        from wallet.paths import resolve_home

        return _sign(args, out, Wallet.open(resolve_home(args.home)))
    home = _wallet_home(args)
    wallet = Wallet.open(home) if home is not None else None
    try:
        config: TrustConfig = wallet.trust_config() if wallet is not None else load_verifier_config()
        where = f"wallet {home}" if wallet is not None else f"verifier settings {verifier_trust_path()}"
        message = ""
        if command == "add":
            src = args.source
            if src.startswith("https://"):
                data, origin = _fetch(src, args.online), src
            elif Path(src).is_file():
                from wallet.fileio import read_input_file

                data, origin = read_input_file(src), str(Path(src).resolve())
            else:
                config = config.enable_bundled(src)
                data = b""
                message = f"Switched on the bundled registry {src}."
            if data:
                config, reg = config.add_file(data, origin, now=now)
                message = f"Added {reg.name}: {len(reg)} issuers."
        elif command == "add-issuer":
            config = config.trust_issuer(args.issuer, args.name)
            message = f"You trust {args.name or args.issuer} ({args.issuer})."
        elif command == "remove":
            config = config.remove(args.name)
            message = f"Removed {args.name}."
        elif command == "refresh":
            config, message = _refresh(config, args.online, now)
        if command != "list":
            if wallet is not None:
                wallet.set_trust_config(config)
            else:
                save_verifier_config(config)
        doc = {"where": where, **config.describe(now=now)}
        if message:
            doc["message"] = message
        out.emit(doc, lambda: (message + "\n" if message else "") + _describe_text(doc, where))
        return 0
    finally:
        if wallet is not None:
            wallet.close()


def _refresh(config: TrustConfig, online: bool, now: datetime) -> tuple[TrustConfig, str]:
    from wallet.trust.registry import bundled_registries, read_dcc_registry

    if not online:
        raise InputError("Refreshing the registries needs the network.", fix="Run again with --online.")
    done, failed = [], []
    for reg in bundled_registries():
        url = str(reg.meta.get("url", ""))
        try:
            data = _fetch(url, online)
            read_dcc_registry(json.loads(data), id=reg.id, name=reg.name)  # refuse what is not a registry
        except (NetworkError, InputError, ValueError) as exc:
            failed.append(f"{reg.name}: {getattr(exc, 'message', exc)}")
            continue
        config = config.with_refreshed(reg.id, data.decode("utf-8"), now.isoformat(timespec="seconds"))
        done.append(reg.name)
    return config, "Refreshed: " + (", ".join(done) or "none") + ("; not refreshed: " + "; ".join(failed) if failed else "")


def _sign(args: argparse.Namespace, out: Any, wallet: Any) -> int:
    from wallet.fileio import atomic_write, read_input_file
    from wallet.limits import load_json_bytes
    from wallet.trust.signed import dumps, sign_trust_list

    try:
        obj = load_json_bytes(read_input_file(args.file), what=args.file)
        if not isinstance(obj, dict):
            raise InputError(f"{args.file} is not a JSON object")
        signed = sign_trust_list(obj, wallet.signer(args.did))
        atomic_write(args.out, dumps(signed))
    finally:
        wallet.close()
    out.emit({"out": args.out, "publisher": signed["publisher"], "issuers": len(signed["issuers"])},
             f"Wrote {args.out}: {len(signed['issuers'])} issuers, signed by {signed['publisher']}")
    return 0
