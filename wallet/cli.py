"""``learner-wallet-cli``: the scriptable surface of the wallet.

With ``--json`` every command prints one JSON document on stdout. Exit codes: 0 success or
verified, 1 not verified (or a failure that is neither input nor keychain), 2 bad input or
usage, 3 keychain problem, 4 (``verify``) authentic but the issuer is recognised by no trust source.
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

EXIT_OK, EXIT_NOT_VERIFIED, EXIT_INPUT, EXIT_KEYCHAIN, EXIT_UNRECOGNISED = 0, 1, 2, 3, 4


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
    rc = sub.add_parser("receive", help="receive credentials from an issuer (OID4VCI credential offer)")
    rc.add_argument("offer", metavar="OFFER",
                    help="openid-credential-offer:// URI, https link with credential_offer(_uri), or a QR image file")
    rc.add_argument("--tx-code", help="the transaction code the issuer sent separately, when the offer needs one")
    rc.add_argument("--did", help="the identity the credentials are bound to (default: the default DID)")
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
    ve.add_argument("--trust", action="append", metavar="FILE",
                    help="also recognise the issuers of this signed trust list or registry file (repeatable)")
    from wallet.trust.cli import add_trust_parser

    add_trust_parser(sub)

    pr = sub.add_parser("present", help="make a presentation")
    pr.add_argument("ids", nargs="+")
    pr.add_argument("--out", required=True)
    pr.add_argument("--reveal", default="")
    pr.add_argument("--holder")
    pr.add_argument("--challenge")
    pr.add_argument("--domain")
    pr.add_argument("--format", default="vp", choices=["vp", "package", "qr-png", "qr-svg", "qr-text", "link"])
    pr.add_argument("--qr-form", default="auto", choices=["auto", "vp1", "lw1"],
                    help="a QR's text: VP1- (read by other wallets too), LW1: (compact) or auto (the smaller code)")
    pr.add_argument("--server", help="with --format link: the share service URL (the upload is explicit network use)")
    pr.add_argument("--expires-days", type=int, default=30, help="with --format link: how long the link lasts")
    lk = sub.add_parser("links", help="links shared through a share service").add_subparsers(
        dest="links_command", metavar="links-command", parser_class=_Parser)
    lk.add_parser("list", help="the links in the share history (with --online: fresh view counts)")
    lr = lk.add_parser("revoke", help="delete a link on its share service")
    lr.add_argument("url")

    sub.add_parser("journey", help="the computed skill journey")
    bk = sub.add_parser("backup", help="write an encrypted backup")
    bk.add_argument("--out", required=True)
    rs = sub.add_parser("restore", help="restore an encrypted backup")
    rs.add_argument("file")
    rp = sub.add_parser("repair", help="list and remove records that cannot be read or were changed outside the wallet")
    rp.add_argument("--dry-run", action="store_true", help="only list them")
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
        _warn_problems(w)
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


def cmd_receive(args: argparse.Namespace, out: Out) -> int:
    """Receive from an issuer (``wallet.receive``): the offer, the issuer's metadata, the token, a proof signed
    by the chosen DID's key, the credential; then the same verification and import as ``import``."""
    import webbrowser

    from wallet.limits import read_file_limited
    from wallet.receive import obtain, prepare, store

    offer: str | bytes = args.offer
    if os.path.isfile(args.offer):
        offer = read_file_limited(args.offer)
    w = _open(args)
    signer = w.signer(args.did)  # an unknown DID is refused before the issuer is contacted
    preview = prepare(offer)
    if not out.as_json:
        names = ", ".join(c.name for c in preview.receivable)
        print(f"{preview.issuer_name} ({preview.issuer_url}) offers: {names}; bound to {signer.did}", file=sys.stderr)

    def browser(url: str) -> None:
        print(f"Sign in at the issuer in your browser: {url}", file=sys.stderr)
        webbrowser.open(url)

    def progress(text: str) -> None:
        if not out.as_json:
            print(f"  {text}…", file=sys.stderr)

    received = obtain(preview, signer, tx_code=args.tx_code, open_browser=browser, progress=progress)
    result = store(w, received)

    def text() -> str:
        lines = [f"added      {a['id'][:12]}  {a.get('state', ''):12}  {a['title']}" for a in result.added]
        lines += [f"duplicate  {d['id'][:12]}  {d['title']}" for d in result.duplicates]
        lines += [f"failed     {f['file']}: {f['message']}" for f in result.failed]
        return "\n".join(lines) or "Nothing received."

    out.emit({"offer": preview.to_json(), "did": signer.did, **result.to_json()}, text)
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
    _warn_problems(w)
    return EXIT_OK


def _warn_problems(w: Wallet) -> None:
    """Name the records left out because they cannot be read (on stderr: stdout keeps its one document)."""
    from wallet.store.integrity import describe_problems

    for line in describe_problems(w.problems()):
        print(f"learner-wallet-cli: {line}", file=sys.stderr)


def cmd_repair(args: argparse.Namespace, out: Out) -> int:
    from wallet.store.integrity import describe_problems

    w = _open(args)
    found, _change = w.repair(dry_run=args.dry_run)

    def text() -> str:
        if not found:
            return "No damaged records: every record of the wallet was read and matches its manifest."
        lines = describe_problems(found)
        lines += [f"  {p.kind:12} {p.table:14} {p.key}  {p.detail}" for p in found]
        lines.append("Nothing was changed (--dry-run)." if args.dry_run else
                     "Removed the records that could not be trusted and wrote a new integrity manifest.")
        return "\n".join(lines)

    out.emit({"problems": [p.to_json() for p in found], "repaired": bool(found) and not args.dry_run}, text)
    return EXIT_OK


def cmd_show(args: argparse.Namespace, out: Out) -> int:
    w = _open(args)
    c = w.credential(args.id)
    doc = {**c.summary.to_json(), "format": c.format, "credential": c.raw,
           "report": c.report.to_json() if c.report else None}
    if c.details:  # a signed OB 2.0 badge's BadgeClass / issuer, fetched with permission, kept beside its JWS
        doc["details"] = c.details

    def text() -> str:
        s = c.summary
        lines = [s.title, f"  issuer: {s.issuer_name or s.issuer_id}", f"  date: {s.date}", f"  state: {s.state}",
                 f"  id: {s.id}"]
        for chk in (c.report.checks if c.report else ()):
            lines.append(f"  [{chk.status}] {chk.name}: {chk.detail}")
        return "\n".join(lines)

    out.emit(doc, text)
    _warn_problems(w)
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
    from wallet.trust.cli import verify_trust_sources
    from wallet.verifier.engine import verify_files
    from wallet.verifier.export import heading
    from wallet.verifier.report import Report

    now = _parse_now(args.now)
    reports = verify_files(args.files, now=now, challenge=args.challenge, domain=args.domain,
                           allow_network=args.online, trust=verify_trust_sources(args, now))

    def text() -> str:
        lines = []
        for r in reports:
            said = heading(Report.from_json(r)) if r.get("checks") else VERDICT_TEXT.get(r["verdict"], r["verdict"])
            lines.append(f"{r['file']}: {said}")
            for chk in r.get("checks", []):
                lines.append(f"  [{chk['status']}] {chk['name']}: {chk['detail']}")
            for sub in r.get("credentials", []):
                lines.append(f"  {sub.get('subject') or 'credential'}: {heading(Report.from_json(sub))}")
                for chk in sub.get("checks", []):
                    lines.append(f"    [{chk['status']}] {chk['name']}: {chk['detail']}")
            if r.get("error"):
                lines.append(f"  error: {r['error']['message']}")
        return "\n".join(lines)

    out.emit(reports, text)
    if any(r.get("error") and not r.get("checks") and not r.get("credentials") for r in reports):
        return EXIT_INPUT
    if all(r["verdict"] == "verified" for r in reports):
        return EXIT_OK
    if all(r["verdict"] in ("verified", "authentic-unrecognised") for r in reports):
        return EXIT_UNRECOGNISED
    return EXIT_NOT_VERIFIED


def cmd_trust_entry(args: argparse.Namespace, out: Out) -> int:
    from wallet.trust.cli import cmd_trust

    try:
        return cmd_trust(args, out)
    except InputError as exc:
        if str(exc).startswith("trust needs a command"):
            raise _Usage(exc.message) from None
        raise


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
    left_out = [p.to_json() for p in w.problems() if p.blocks_row]
    out.emit({"out": str(path), "credentials": n, "dids": len(w.dids()), "left_out": left_out},
             f"Wrote an encrypted backup of {n} credential(s) and {len(w.dids())} DID(s) to {path}")
    _warn_problems(w)
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
    "authentic-unrecognised": "Authentic, issuer not recognised",
    "not-verified": "Not verified",
}


def cmd_present(args: argparse.Namespace, out: Out) -> int:
    if args.format == "link":
        return cmd_present_link(args, out)
    from wallet.share.export import ShareRequest, export_share

    w = _open(args)
    reveal = [p.strip() for p in args.reveal.split(",") if p.strip()] if args.reveal else None
    request = ShareRequest(tuple(args.ids), reveal=reveal, holder=args.holder, challenge=args.challenge,
                           domain=args.domain, qr_form=args.qr_form)
    made, _change = export_share(w, request, args.format, args.out)
    p = made.presentation
    info: dict[str, Any] = {"out": args.out, "format": args.format, "holder": p.holder, "challenge": p.challenge,
                            "domain": p.domain, "revealed": p.revealed}
    if made.qr_text is not None and made.qr_info is not None:
        qi = made.qr_info
        info.update({"chars": len(made.qr_text), "qr_text_form": made.qr_text[:4], "qr_version": qi.version,
                     "error_correction": qi.error_correction,
                     "phone_readable_printed": qi.phone_readable_printed})
    out.emit(info, lambda: f"Wrote {args.out} ({args.format}) signed by {p.holder}, request code {p.challenge}"
             + (f", QR version {info['qr_version']}" if "qr_version" in info else ""))
    return EXIT_OK


def cmd_present_link(args: argparse.Namespace, out: Out) -> int:
    """``present ID... --format link --server URL [--expires-days N] --out qr.png``: upload, then the QR."""
    from wallet.fileio import atomic_write
    from wallet.share.link import create_link, link_qr_png

    if not args.server:
        raise _Usage("--format link needs --server URL (your career office's share service)")
    w = _open(args)
    reveal = [p.strip() for p in args.reveal.split(",") if p.strip()] if args.reveal else None
    link = create_link(w, args.ids, args.server, reveal=reveal, holder=args.holder, expires_days=args.expires_days)
    atomic_write(args.out, link_qr_png(link.url, caption="DEMO — fictional credentials" if w.is_demo else None))
    info = {"out": args.out, "format": "link", **link.to_json()}
    out.emit(info, lambda: f"{link.url}\nWrote {args.out} (QR version {link.qr_version}); the link expires "
             f"{link.expires_at:%Y-%m-%d}")
    return EXIT_OK


def cmd_links(args: argparse.Namespace, out: Out) -> int:
    from wallet.share.link import links, refresh_link, revoke_link

    w = _open(args)
    if args.links_command == "list":
        items = links(w)
        if args.online:
            items = [{**e, **refresh_link(w, e["url"])} if not e.get("revoked") else e for e in items]
        out.emit(items, lambda: "\n".join(
            f"{e['url']}  expires {str(e.get('expires_at', ''))[:10]}  views {e.get('views', 0)}"
            + ("  revoked" if e.get("revoked") else "  gone" if e.get("gone") else "")
            + f"  {', '.join(e.get('credentials', []))}" for e in items) or "No links.")
    elif args.links_command == "revoke":
        deleted = revoke_link(w, args.url)
        out.emit({"url": args.url, "revoked": True, "deleted": deleted},
                 f"Deleted {args.url}" if deleted else f"{args.url} was already gone (expired or deleted)")
    else:
        raise _Usage("links needs a command: list or revoke")
    return EXIT_OK


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
    "receive": cmd_receive,
    "list": cmd_list,
    "show": cmd_show,
    "export": cmd_export,
    "delete": cmd_delete,
    "verify": cmd_verify,
    "trust": cmd_trust_entry,
    "present": cmd_present,
    "journey": cmd_journey,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "repair": cmd_repair,
    "demo": cmd_demo_entry,
    "links": cmd_links,
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
