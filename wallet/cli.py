"""``learner-wallet-cli``: the scriptable surface of the wallet.

With ``--json`` every command prints one JSON document on stdout. Exit codes: 0 success or
verified, 1 not verified (or a failure that is neither input nor keychain), 2 bad input or
usage, 3 keychain problem.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from wallet._version import __version__
from wallet.errors import InputError, WalletError
from wallet.paths import demo_home, resolve_home

if TYPE_CHECKING:
    from wallet.wallet import Wallet

__all__ = ["main"]

EXIT_OK, EXIT_NOT_VERIFIED, EXIT_INPUT, EXIT_KEYCHAIN = 0, 1, 2, 3


class _Usage(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse exits 2 itself; keep it but print our way
        raise _Usage(message)


class Out:
    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def emit(self, doc: Any, text: str | Callable[[], str]) -> None:
        if self.as_json:
            print(json.dumps(doc, indent=2, ensure_ascii=False))
        else:
            print(text() if callable(text) else text)


def _parse_now(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"--now {value!r} is not an ISO 8601 date-time") from None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="learner-wallet-cli", description="Learner Wallet from the command line.")
    p.add_argument("--home", help="wallet folder (default: LEARNER_WALLET_HOME or the platform data folder)")
    p.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    p.add_argument("--online", action="store_true", help="allow network use for status lists and did:web / issuer profiles")
    p.add_argument("--version", action="version", version=f"learner-wallet {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("init", help="create the wallet and a first did:key").add_argument(
        "--type", choices=["ed25519", "p256"], default="ed25519")
    did = sub.add_parser("did", help="manage DIDs").add_subparsers(dest="did_command", metavar="did-command",
                                                                  parser_class=_Parser)
    c = did.add_parser("create", help="create a DID whose key lives in the keychain")
    c.add_argument("--type", choices=["ed25519", "p256"], default="ed25519")
    c.add_argument("--label", default="")
    did.add_parser("list", help="list DIDs")
    s = did.add_parser("show", help="show a DID document")
    s.add_argument("did")

    imp = sub.add_parser("import", help="import credentials from files")
    imp.add_argument("files", nargs="+")
    imp.add_argument("--now", help="verify as of this ISO date-time")
    ls = sub.add_parser("list", help="list credentials")
    ls.add_argument("--search")
    sh = sub.add_parser("show", help="show one credential")
    sh.add_argument("id")
    ex = sub.add_parser("export", help="write a credential as received")
    ex.add_argument("id")
    ex.add_argument("--out", required=True)
    de = sub.add_parser("delete", help="delete a credential")
    de.add_argument("id")

    ve = sub.add_parser("verify", help="verify files; stores nothing")
    ve.add_argument("files", nargs="+")
    ve.add_argument("--challenge")
    ve.add_argument("--domain")
    ve.add_argument("--now")

    pr = sub.add_parser("present", help="make a presentation")
    pr.add_argument("ids", nargs="+")
    pr.add_argument("--out", required=True)
    pr.add_argument("--reveal", default="")
    pr.add_argument("--holder")
    pr.add_argument("--challenge")
    pr.add_argument("--domain")
    pr.add_argument("--format", default="vp", choices=["vp", "package", "qr-png", "qr-svg", "qr-text"])

    sub.add_parser("journey", help="the computed skill journey")
    bk = sub.add_parser("backup", help="write an encrypted backup")
    bk.add_argument("--out", required=True)
    rs = sub.add_parser("restore", help="restore an encrypted backup")
    rs.add_argument("file")
    demo = sub.add_parser("demo", help="the demo wallet").add_subparsers(dest="demo_command", metavar="demo-command",
                                                                        parser_class=_Parser)
    demo.add_parser("init", help="build the demo wallet")
    return p


def _open(args: argparse.Namespace) -> Wallet:
    from wallet.wallet import Wallet

    return Wallet.open(resolve_home(args.home))


# --- commands -------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, out: Out) -> int:
    from wallet.wallet import Wallet

    home = resolve_home(args.home)
    w = Wallet.create(home, key_type=args.type)
    did = w.default_did()
    out.emit({"home": str(home), "did": did}, f"Created a wallet in {home}\nYour DID: {did}")
    return EXIT_OK


def cmd_did(args: argparse.Namespace, out: Out) -> int:
    w = _open(args)
    if args.did_command == "create":
        did, _ = w.create_did(args.type, args.label)
        out.emit({"did": did, "type": args.type, "label": args.label}, did)
    elif args.did_command == "list":
        dids = w.dids()
        out.emit(dids, lambda: "\n".join(
            f"{'*' if d['default'] else ' '} {d['did']}  {d['key_type']}  {d['label']}" for d in dids) or "No DIDs.")
    elif args.did_command == "show":
        doc = w.did_document(args.did)
        out.emit(doc, json.dumps(doc, indent=2))
    else:
        raise _Usage("did needs a command: create, list or show")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: Out) -> int:
    w = _open(args)
    result = w.import_files(args.files, now=_parse_now(args.now), allow_network=args.online or None)

    def text() -> str:
        lines = [f"added      {a['id'][:12]}  {a.get('state', ''):12}  {a['title']}" for a in result.added]
        lines += [f"duplicate  {d['id'][:12]}  {d['title']}" for d in result.duplicates]
        lines += [f"failed     {f['file']}: {f['message']}" for f in result.failed]
        return "\n".join(lines) or "Nothing imported."

    out.emit(result.to_json(), text)
    if result.failed and not result.added and not result.duplicates:
        return max(_exit_for_code(f.get("code", "")) for f in result.failed)
    return EXIT_OK


def _exit_for_code(code: str) -> int:
    return EXIT_KEYCHAIN if code.startswith("keychain") or code == "key-missing" else EXIT_INPUT


def cmd_list(args: argparse.Namespace, out: Out) -> int:
    w = _open(args)
    items = w.credentials(args.search)
    out.emit([c.to_json() for c in items], lambda: "\n".join(
        f"{c.id[:12]}  {c.date[:10]:10}  {c.state:12}  {c.title}  ({c.issuer_name or c.issuer_id})" for c in items)
        or "No credentials.")
    return EXIT_OK


def cmd_show(args: argparse.Namespace, out: Out) -> int:
    w = _open(args)
    c = w.credential(args.id)
    doc = {**c.summary.to_json(), "format": c.format, "credential": c.raw,
           "report": c.report.to_json() if c.report else None}

    def text() -> str:
        s = c.summary
        lines = [s.title, f"  issuer: {s.issuer_name or s.issuer_id}", f"  date: {s.date}", f"  state: {s.state}",
                 f"  id: {s.id}"]
        for chk in (c.report.checks if c.report else ()):
            lines.append(f"  [{chk.status}] {chk.name}: {chk.detail}")
        return "\n".join(lines)

    out.emit(doc, text)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, out: Out) -> int:
    w = _open(args)
    path = w.export_credential(args.id, args.out)
    out.emit({"id": args.id, "out": str(path)}, f"Wrote {path}")
    return EXIT_OK


def cmd_delete(args: argparse.Namespace, out: Out) -> int:
    w = _open(args)
    token, change = w.delete([args.id])
    out.emit({"deleted": list(change.ids)}, f"Deleted {len(change.ids)} credential(s).")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, out: Out) -> int:
    from wallet.verifier.engine import verify_files

    reports = verify_files(args.files, now=_parse_now(args.now), challenge=args.challenge, domain=args.domain,
                           allow_network=args.online)

    def text() -> str:
        lines = []
        for r in reports:
            lines.append(f"{r['file']}: {VERDICT_TEXT.get(r['verdict'], r['verdict'])}")
            for chk in r.get("checks", []):
                lines.append(f"  [{chk['status']}] {chk['name']}: {chk['detail']}")
            if r.get("error"):
                lines.append(f"  error: {r['error']['message']}")
        return "\n".join(lines)

    out.emit(reports, text)
    if any(r.get("error") and not r.get("checks") and not r.get("credentials") for r in reports):
        return EXIT_INPUT
    return EXIT_OK if all(r["verified"] for r in reports) else EXIT_NOT_VERIFIED


def _passphrase(confirm: bool) -> str:
    env = os.environ.get("LEARNER_WALLET_PASSPHRASE")
    if env:
        return env
    if not sys.stdin.isatty():
        raise InputError("No passphrase: set LEARNER_WALLET_PASSPHRASE or run in a terminal to be asked.")
    import getpass

    first = getpass.getpass("Backup passphrase: ")
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise InputError("The two passphrases differ.")
    return first


def cmd_backup(args: argparse.Namespace, out: Out) -> int:
    from wallet.store.backup import backup_wallet

    w = _open(args)
    path = backup_wallet(w, args.out, _passphrase(confirm=True))
    n = w.credential_count()
    out.emit({"out": str(path), "credentials": n, "dids": len(w.dids())},
             f"Wrote an encrypted backup of {n} credential(s) and {len(w.dids())} DID(s) to {path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: Out) -> int:
    from wallet.store.backup import restore_wallet

    home = resolve_home(args.home)
    w = restore_wallet(args.file, home, _passphrase(confirm=False))
    n = w.credential_count()
    out.emit({"home": str(home), "credentials": n, "dids": [d["did"] for d in w.dids()]},
             f"Restored {n} credential(s) and {len(w.dids())} DID(s) into {home}")
    return EXIT_OK


VERDICT_TEXT = {
    "verified": "Verified",
    "verified-with-warnings": "Verified with warnings",
    "not-verified": "Not verified",
    "not-checked": "Not checked (offline): the issuer's key or status could not be had without the network",
}


def cmd_present(args: argparse.Namespace, out: Out) -> int:
    from wallet.fileio import atomic_write
    from wallet.share.presentation import build_presentation

    w = _open(args)
    reveal = [p.strip() for p in args.reveal.split(",") if p.strip()] if args.reveal else None
    p = build_presentation(w, args.ids, reveal=reveal, holder=args.holder, challenge=args.challenge,
                           domain=args.domain)
    info: dict[str, Any] = {"out": args.out, "format": args.format, "holder": p.holder, "challenge": p.challenge,
                            "domain": p.domain, "revealed": p.revealed}
    if args.format == "vp":
        atomic_write(args.out, p.to_bytes())
    elif args.format == "package":
        from wallet.share.package import build_package

        qr_text = _qr_text_or_none(p)
        atomic_write(args.out, build_package(p, qr_text=qr_text, demo=w.is_demo))
    else:
        from wallet.share import qr
        from wallet.share.presentation import qr_text_for

        text = qr_text_for(p)
        qi = qr.qr_info(text)
        info.update({"chars": len(text), "qr_version": qi.version, "error_correction": qi.error_correction,
                     "phone_readable_printed": qi.phone_readable_printed})
        caption = "DEMO — fictional credentials, not a real record" if w.is_demo else None
        if args.format == "qr-text":
            atomic_write(args.out, text.encode())
        elif args.format == "qr-png":
            atomic_write(args.out, qr.qr_png(text, caption=caption))
        else:
            atomic_write(args.out, qr.qr_svg(text, caption=caption).encode())
    out.emit(info, lambda: f"Wrote {args.out} ({args.format}) signed by {p.holder}, request code {p.challenge}"
             + (f", QR version {info['qr_version']}" if "qr_version" in info else ""))
    return EXIT_OK


def _qr_text_or_none(p: Any) -> str | None:
    try:
        from wallet.share import qr
        from wallet.share.presentation import qr_text_for

        text = qr_text_for(p)
        qr.qr_info(text)
        return str(text)
    except (ImportError, WalletError):
        return None


def cmd_journey(args: argparse.Namespace, out: Out) -> int:
    from wallet.journey.compute import journey_for_wallet

    j = journey_for_wallet(_open(args))
    out.emit(j.to_json(), j.to_text)
    return EXIT_OK


def cmd_demo_entry(args: argparse.Namespace, out: Out) -> int:
    if getattr(args, "demo_command", None) != "init":
        raise _Usage("demo needs a command: init")
    from wallet.demo.issuer import cmd_demo

    return int(cmd_demo(args, out))


COMMANDS: dict[str, Callable[[argparse.Namespace, Out], int]] = {
    "init": cmd_init,
    "did": cmd_did,
    "import": cmd_import,
    "list": cmd_list,
    "show": cmd_show,
    "export": cmd_export,
    "delete": cmd_delete,
    "verify": cmd_verify,
    "present": cmd_present,
    "journey": cmd_journey,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "demo": cmd_demo_entry,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in argv
    out = Out(as_json)
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except _Usage as exc:
        _fail(out, "usage", f"{exc}. See `learner-wallet-cli --help`.")
        return EXIT_INPUT
    if not args.command:
        parser.print_help(sys.stderr)
        return EXIT_INPUT
    if args.command == "demo" and args.home is None and "LEARNER_WALLET_HOME" not in os.environ:
        args.home = str(demo_home())
    try:
        return COMMANDS[args.command](args, out)
    except _Usage as exc:
        _fail(out, "usage", str(exc))
        return EXIT_INPUT
    except WalletError as exc:
        _fail(out, exc.code, exc.message, exc.fix)
        if exc.code.startswith("keychain") or exc.code == "key-missing":
            return EXIT_KEYCHAIN
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _fail(out: Out, code: str, message: str, fix: str | None = None) -> None:
    if out.as_json:
        doc = {"error": {"code": code, "message": message, **({"fix": fix} if fix else {})}}
        print(json.dumps(doc, indent=2))
    print(f"learner-wallet-cli: {message}" + (f"\n  fix: {fix}" if fix else ""), file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
