"""The wallet: one object over the keychain, the encrypted store and the credential engine.

Mutations return a :class:`Change` saying what changed, so a UI can refresh only that.
Time, the keychain backend and the network fetcher are parameters.
"""

from __future__ import annotations

import heapq
import json
import re
import shutil
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wallet.credentials import ingest as _ingest
from wallet.credentials.ingest import Ingested
from wallet.errors import InputError, NotFound, StoreCorrupt, WalletError, WalletNotInitialized
from wallet.fileio import atomic_write, read_input_file
from wallet.identity.did import Fetcher, Resolver, did_key_document
from wallet.identity.keystore import Keystore, LocalSigner, SignerKeyType
from wallet.limits import load_json_bytes
from wallet.store.curation import Curation
from wallet.store.database import Store, StoredRow
from wallet.store.integrity import Problem
from wallet.verifier.report import Report, state_of

if TYPE_CHECKING:
    from wallet.trust.config import TrustConfig
    from wallet.trust.issuers import TrustList
    from wallet.trust.sources import TrustSources
    from wallet.verifier.status import StatusLists

__all__ = ["Change", "CredentialSummary", "ImportItem", "ImportResult", "ItemOutcome", "StoredCredential", "Wallet",
           "state_of"]

INFO_NAME = "wallet.json"
FORMAT_VERSION = 1

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


@dataclass(frozen=True)
class Change:
    """What a mutation changed: ``kind`` in credentials / curation / dids / settings / history."""

    kind: str
    ids: tuple[str, ...] = ()


_NO_CURATION = Curation()  # frozen: one shared instance for every uncurated row


@dataclass(frozen=True)
class CredentialSummary:
    id: str
    added_at: str
    parent_id: str | None
    title: str
    issuer_name: str
    issuer_id: str
    date: str
    format: str
    types: tuple[str, ...]
    state: str  # verified | expired | revoked | not-verified | not-checked | unverified
    data: dict[str, Any] = field(compare=False, repr=False)
    curation: Curation = field(default_factory=Curation, compare=False)

    @property
    def display_title(self) -> str:
        return self.curation.display_title or self.title

    @classmethod
    def from_row(cls, row: StoredRow, curation: Curation | None = None) -> CredentialSummary:
        s = row.summary
        return cls(
            id=row.id,
            added_at=row.added_at,
            parent_id=row.parent_id,
            title=s.get("title", ""),
            issuer_name=s.get("issuer_name", ""),
            issuer_id=s.get("issuer_id", ""),
            date=s.get("date", ""),
            format=s.get("format", ""),
            types=tuple(s.get("types", ())),
            state=s.get("state", "unverified"),
            data=s,
            curation=curation or _NO_CURATION,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "issuer": self.issuer_name or self.issuer_id,
            "issuer_id": self.issuer_id,
            "date": self.date,
            "format": self.format,
            "types": list(self.types),
            "state": self.state,
            "parent_id": self.parent_id,
            "added_at": self.added_at,
            "skills": list(self.data.get("skills", [])),
            "experience": self.data.get("experience", ""),
            "holder": self.data.get("holder", ""),  # you | someone-else | nobody ("" before it was recorded)
            "curation": self.curation.to_json(),
        }


@dataclass(frozen=True)
class StoredCredential:
    """A stored credential as the wallet hands it out: its summary, the credential exactly as received
    (a JSON object, or the text of a JWT / SD-JWT), its format and its last verification report."""

    id: str
    summary: CredentialSummary
    raw: dict[str, Any] | str
    format: str
    report: Report | None
    details: dict[str, Any] | None = None  # a signed OB 2.0 badge's fetched BadgeClass/issuer (beside its JWS)


@dataclass(frozen=True)
class ImportItem:
    """One thing to import: a file (``path``) or bytes already in hand (pasted text, a clipboard image)."""

    name: str
    path: str | None = None
    data: bytes | None = None


@dataclass(frozen=True)
class ItemOutcome:
    """What happened to one :class:`ImportItem`: the ids it added, the ids it duplicated, or why it failed.

    A share package or an image with several QR codes is one item with several payloads; each payload is
    stored in its own transaction, so an item can both add credentials and fail on a later payload."""

    name: str
    added: tuple[str, ...] = ()
    duplicates: tuple[str, ...] = ()
    errors: tuple[dict[str, Any], ...] = ()


@dataclass
class ImportResult:
    """A batch's outcome. ``added``/``duplicates``/``failed`` are JSON-ready records (what the CLI prints);
    ``items`` says per item what happened; ``processed`` of ``total`` items were looked at before the end or
    a cancel. Whatever was added stays stored, cancelled or not."""

    added: list[dict[str, Any]] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, Any]] = field(default_factory=list)
    items: list[ItemOutcome] = field(default_factory=list)
    total: int = 0
    processed: int = 0
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"added": self.added, "duplicates": self.duplicates, "failed": self.failed,
                "total": self.total, "processed": self.processed, "cancelled": self.cancelled}

    @property
    def change(self) -> Change:
        return Change("credentials", tuple(a["id"] for a in self.added))


def _failure(name: str, exc: BaseException) -> dict[str, Any]:
    """A failure record for the summary: the error's code, sentence and fix; never a traceback."""
    if isinstance(exc, WalletError):
        return {"file": name, **exc.to_json()}
    return {"file": name, "code": "unexpected",
            "message": f"This input could not be read ({type(exc).__name__}); nothing from it was stored.",
            "fix": "Check that it is a credential you were given, not damaged or cut short."}


def _now() -> datetime:
    return datetime.now(UTC)


_WALLET_ID = re.compile(r"^[0-9a-f]{32}$")


def read_wallet_info(home: Path) -> dict[str, Any]:
    """``wallet.json``, checked: a JSON object with ``format`` 1 and a ``wallet_id`` of 32 hex digits
    (it names the keychain entries, so a slash or an empty id must never reach the keychain)."""
    path = Path(home) / INFO_NAME
    damaged = f"{path} is damaged"
    fix = "Restore the wallet from a backup, or move this folder away and start again."
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise WalletNotInitialized(f"There is no wallet in {home}.",
                                   fix="Create one with `learner-wallet-cli init` or start the app.") from None
    except OSError as exc:
        raise StoreCorrupt(f"{path} cannot be read ({exc.strerror or exc}).", fix=fix) from None
    try:
        info = load_json_bytes(data, limit=64 * 1024, what=INFO_NAME)
    except InputError as exc:
        raise StoreCorrupt(f"{damaged}: {exc.message}", fix=fix) from None
    if not isinstance(info, dict):
        raise StoreCorrupt(f"{damaged}: it is not a JSON object.", fix=fix)
    if info.get("format") != FORMAT_VERSION or isinstance(info.get("format"), bool):
        raise StoreCorrupt(f"{path} has format {info.get('format')!r}, which this version of Learner Wallet "
                           "cannot open.", fix="Update Learner Wallet, or restore the wallet from a backup.")
    wallet_id = info.get("wallet_id")
    if not isinstance(wallet_id, str) or not _WALLET_ID.match(wallet_id):
        raise StoreCorrupt(f"{damaged}: its wallet_id is missing or not 32 hexadecimal digits.", fix=fix)
    return info


class Wallet:
    """An open wallet. Create with :meth:`create`, open with :meth:`open`."""

    def __init__(self, home: Path, info: dict[str, Any], keystore: Keystore, store: Store,
                 *, fetcher: Fetcher | None = None, clock: Callable[[], datetime] = _now) -> None:
        self.home = home
        self.info = info
        self.keystore = keystore
        self.store = store
        if fetcher is None:
            from wallet.net import https_fetch

            fetcher = https_fetch  # used only when the network is allowed
        self.fetcher = fetcher
        self.clock = clock
        self._curation_cache: dict[str, Curation] | None = None
        self._summaries: dict[str, tuple[StoredRow, Curation | None, CredentialSummary]] = {}

    # --- lifecycle ------------------------------------------------------------------------
    @staticmethod
    def exists(home: Path) -> bool:
        return (Path(home) / INFO_NAME).is_file()

    @classmethod
    def create(cls, home: Path, *, keyring_backend: Any | None = None, key_type: SignerKeyType = "ed25519",
               label: str = "My identity", demo: bool = False, first_did: bool = True,
               fetcher: Fetcher | None = None) -> Wallet:
        """Create a wallet in ``home`` with its data key and (by default) a first DID.

        The keychain is checked before anything is written; on any failure nothing is left behind.
        """
        home = Path(home)
        if cls.exists(home):
            raise InputError(f"A wallet already exists in {home}.")
        wallet_id = uuid.uuid4().hex
        keystore = Keystore(wallet_id, keyring_backend)
        keystore.check_available()
        created_home = not home.exists()
        made: list[str] = []
        try:
            home.mkdir(parents=True, exist_ok=True)
            home.chmod(0o700)
            cipher = keystore.create_data_key()
            store = Store(home, cipher)
            info = {"format": FORMAT_VERSION, "wallet_id": wallet_id, "created_at": _now().isoformat(timespec="seconds"),
                    "demo": demo}
            wallet = cls(home, info, keystore, store, fetcher=fetcher)
            if first_did:
                made.append(wallet.create_did(key_type, label)[0])
            atomic_write(home / INFO_NAME, json.dumps(info, indent=2).encode())
            return wallet
        except BaseException:
            for did in made:
                keystore.delete_key(did)
            try:
                keystore.delete_all([])
            except WalletError:
                pass
            if created_home:
                shutil.rmtree(home, ignore_errors=True)
            else:
                for name in ("wallet.db", "wallet.db-wal", "wallet.db-shm"):
                    (home / name).unlink(missing_ok=True)
            raise

    @classmethod
    def open(cls, home: Path, *, keyring_backend: Any | None = None, fetcher: Fetcher | None = None,
             clock: Callable[[], datetime] = _now) -> Wallet:
        home = Path(home)
        info = read_wallet_info(home)
        keystore = Keystore(info["wallet_id"], keyring_backend)
        cipher = keystore.data_cipher()
        return cls(home, info, keystore, Store(home, cipher), fetcher=fetcher, clock=clock)

    def close(self) -> None:
        self.store.close()

    # --- damage ---------------------------------------------------------------------------
    def problems(self) -> list[Problem]:
        """Records that could not be read or were changed outside the wallet (left out of every list)."""
        return self.store.problems()

    def repair(self, *, dry_run: bool = False) -> tuple[list[Problem], Change]:
        """Find every damaged record (all are decrypted and checked); unless ``dry_run``, remove those
        that cannot be trusted and write a new integrity manifest. Returns what was found."""
        found = self.store.scan() if dry_run else self.store.repair()
        if not dry_run:
            self._curation_cache = None
            self._summaries = {}
        return found, Change("credentials", tuple(p.key for p in found if p.table == "credentials"))

    @property
    def is_demo(self) -> bool:
        return bool(self.info.get("demo"))

    # --- identities -----------------------------------------------------------------------
    def dids(self) -> list[dict[str, Any]]:
        return self.store.dids()

    def create_did(self, key_type: SignerKeyType = "ed25519", label: str = "") -> tuple[str, Change]:
        signer = self.keystore.create_key(key_type)
        try:
            first = not self.store.dids()
            self.store.add_did(signer.did, signer.key_type, label or ("My identity" if first else signer.key_type),
                               default=first)
        except BaseException:
            self.keystore.delete_key(signer.did)
            raise
        return signer.did, Change("dids", (signer.did,))

    def set_did_label(self, did: str, label: str) -> Change:
        self.store.update_did(did, label=label)
        return Change("dids", (did,))

    def set_default_did(self, did: str) -> Change:
        self.store.update_did(did, default=True)
        return Change("dids", (did,))

    def default_did(self) -> str | None:
        for d in self.store.dids():
            if d["default"]:
                return str(d["did"])
        dids = self.store.dids()
        return str(dids[0]["did"]) if dids else None

    def did_document(self, did: str) -> dict[str, Any]:
        if did not in {d["did"] for d in self.store.dids()}:
            raise NotFound(f"There is no DID {did} in this wallet.")
        return did_key_document(did)

    def signer(self, did: str | None = None) -> LocalSigner:
        did = did or self.default_did()
        if did is None:
            raise NotFound("This wallet has no DID yet.")
        if did not in {d["did"] for d in self.store.dids()}:
            raise NotFound(f"There is no DID {did} in this wallet.")
        return self.keystore.signer(did)

    # --- settings ---------------------------------------------------------------------------
    def setting(self, name: str, default: Any = None) -> Any:
        value = self.store.get_blob("settings", "name", name)
        return default if value is None else value

    def set_setting(self, name: str, value: Any) -> Change:
        self.store.put_blob("settings", "name", name, value)
        return Change("settings", (name,))

    def network_allowed(self, allow_network: bool | None = None) -> bool:
        if allow_network is not None:
            return allow_network
        return bool(self.setting("network", "never") == "always")

    def resolver(self, *, allow_network: bool | None = None) -> Resolver:
        return Resolver(fetcher=self.fetcher, allow_network=self.network_allowed(allow_network),
                        cache=_StoreCache(self.store), documents=self.setting("documents", None) or None)

    def status_lists(self, *, allow_network: bool | None = None) -> StatusLists:
        from wallet.verifier.status import StatusLists

        docs = {k: bytes.fromhex(v) for k, v in (self.setting("status_documents", {}) or {}).items()}
        return StatusLists(self.fetcher, allow_network=self.network_allowed(allow_network),
                           cache=_StoreCache(self.store), documents=docs)

    # --- remote images (only ever fetched off the database lane) -------------------------------
    def cached_image(self, url: str) -> bytes | None:
        """A remote credential image fetched earlier, from the encrypted cache (no network)."""
        return _StoreCache(self.store).get("image:" + url)

    def cache_image(self, url: str, data: bytes) -> None:
        """Keep a fetched image in the encrypted cache (see :func:`wallet.net.fetch_image`)."""
        _StoreCache(self.store)["image:" + url] = data

    def trust_list(self) -> TrustList:
        from wallet.trust.issuers import TrustList

        value = self.setting("trust")
        return TrustList.from_json(value) if value else TrustList()

    def set_trust_list(self, trust: TrustList) -> Change:
        return self.set_setting("trust", trust.to_json())

    def trust_config(self) -> TrustConfig:
        """The trust sources this wallet uses (:class:`wallet.trust.config.TrustConfig`)."""
        from wallet.trust.config import CONFIG_SETTING, TrustConfig

        return TrustConfig.from_json(self.setting(CONFIG_SETTING), self.trust_list())

    def set_trust_config(self, config: Any) -> Change:
        from wallet.trust.config import CONFIG_SETTING

        self.set_setting("trust", config.issuers.to_json())
        return self.set_setting(CONFIG_SETTING, config.to_json())

    def trust_sources(self, *, now: datetime | None = None) -> TrustSources:
        """The trust sources of a verification in this wallet (the demo issuers only in the demo wallet)."""
        return self.trust_config().sources(demo=self.is_demo, now=now or self.clock(),
                                           resolver=self.resolver(allow_network=False))

    def _ingest(self, data: bytes, name: str, now: datetime | None, allow_network: bool | None
                ) -> list[Ingested]:
        return _ingest.ingest(data, name, now=now or self.clock(), resolver=self.resolver(allow_network=allow_network),
                              status_lists=self.status_lists(allow_network=allow_network),
                              trust=self.trust_sources(now=now))

    # --- credentials ------------------------------------------------------------------------
    def import_bytes(self, data: bytes, name: str = "", *, now: datetime | None = None,
                     allow_network: bool | None = None) -> ImportResult:
        """Parse, verify and store every credential in ``data`` (one payload), all or nothing.
        Raises the input's error; :meth:`import_items` is the batch form that reports instead."""
        result = ImportResult(total=1, processed=1)
        items = self._ingest(data, name, now, allow_network)
        self._store_items(items, name, result)
        return result

    def import_files(self, paths: Iterable[str | Path], *, now: datetime | None = None,
                     progress: ProgressFn | None = None, cancelled: CancelFn | None = None,
                     allow_network: bool | None = None) -> ImportResult:
        """:meth:`import_items` over files."""
        return self.import_items([ImportItem(Path(p).name, path=str(p)) for p in paths], now=now,
                                 progress=progress, cancelled=cancelled, allow_network=allow_network)

    def import_items(self, items: Sequence[ImportItem], *, now: datetime | None = None,
                     progress: ProgressFn | None = None, cancelled: CancelFn | None = None,
                     allow_network: bool | None = None) -> ImportResult:
        """The one import path (CLI and desktop): every item in turn, each payload in its own transaction.

        Containers are opened as the verifier opens them (a share package's presentation, every QR code
        in an image). A bad item is reported with its reason and the batch goes on; ``cancelled()`` is
        asked between items and stops the batch with ``result.cancelled``; what was stored stays stored.
        ``progress(done, total, name)`` is called before each item and once at the end."""
        from wallet.verifier.engine import unwrap

        result = ImportResult(total=len(items))
        for i, item in enumerate(items):
            if cancelled is not None and cancelled():
                result.cancelled = True
                break
            if progress is not None:
                progress(i, len(items), item.name)
            before_added, before_dups = len(result.added), len(result.duplicates)
            errors: list[dict[str, Any]] = []
            try:
                data = item.data if item.data is not None else read_input_file(str(item.path))
                payloads = unwrap(data, item.name)
            except Exception as exc:  # noqa: BLE001 - every failure is reported per item, never raised
                payloads = []
                errors.append(_failure(str(item.path or item.name), exc))
            for payload, pname in payloads:
                try:
                    self._store_items(self._ingest(payload, pname, now, allow_network), pname, result)
                except Exception as exc:  # noqa: BLE001
                    errors.append(_failure(pname, exc))
            result.failed.extend(errors)
            result.items.append(ItemOutcome(
                item.name, tuple(a["id"] for a in result.added[before_added:]),
                tuple(d["id"] for d in result.duplicates[before_dups:]), tuple(errors)))
            result.processed = i + 1
        if progress is not None:
            progress(result.processed, len(items), "")
        return result

    def _store_items(self, items: list[Ingested], name: str, result: ImportResult) -> None:
        added: list[dict[str, Any]] = []
        dups: list[dict[str, Any]] = []
        try:
            with self.store.transaction() as db:
                for item in items:
                    self._store_one(db, item, name, None, added, dups)
        except BaseException:
            self.store.refresh_index()
            raise
        for a in added:
            a.pop("_fp", None)  # internal: duplicates within one input
        result.added.extend(added)
        result.duplicates.extend(dups)

    def _store_one(self, db: Any, item: Ingested, name: str, parent: str | None,
                   added: list[dict[str, Any]], dups: list[dict[str, Any]]) -> None:
        fp = self.store.fingerprint(item.canonical_bytes())
        existing = self.store.find_fingerprint(fp) or next(
            (a["id"] for a in added if a.get("_fp") == fp), None)
        title = item.summary.get("title", "")
        if existing:
            dups.append({"id": existing, "title": title, "file": name})
            return
        summary = dict(item.summary)
        summary["state"] = state_of(item.report)
        summary["holder"] = self._holder_binding(item.raw, summary)  # "you" | "someone-else" | "nobody"
        content = {"raw": item.raw, "format": item.format,
                   "report": item.report.to_json() if item.report else None}
        if item.details:
            content["details"] = item.details
        cid = self.store.add_credential(db, fingerprint=fp, summary=summary, content=content, parent_id=parent)
        added.append({"id": cid, "title": title, "file": name, "state": summary["state"], "_fp": fp})
        for child in item.nested:
            self._store_one(db, child, name, cid, added, dups)

    def _holder_binding(self, raw: Any, summary: dict[str, Any]) -> str:
        """Was the credential issued to one of this wallet's DIDs? (:mod:`wallet.credentials.holder`)"""
        from wallet.credentials.holder import holder_binding

        subject = summary.get("subject_id")
        doc = raw if isinstance(raw, dict) else ({"credentialSubject": {"id": subject}} if subject else {})
        return holder_binding(doc, raw, (d["did"] for d in self.dids()))

    def verify_again(self, cid: str, *, now: datetime | None = None,
                     allow_network: bool | None = None) -> tuple[Report, Change]:
        """Verify a stored credential again and keep the new report. With the network allowed, an Open Badges
        2.0 badge whose BadgeClass or issuer is still only an address gets them fetched and kept, as at import
        (:func:`wallet.credentials.ingest.fetch_missing_details`; its InputError leaves the record as it was)."""
        from wallet.credentials.formats import FoundCredential, parse_text

        stored = self.credential(cid)
        raw, details, summary = stored.raw, stored.details, dict(stored.summary.data)
        resolver = self.resolver(allow_network=allow_network)
        fetched = _ingest.fetch_missing_details(raw, stored.format, details, resolver=resolver)
        if fetched is not None:
            raw, details, described = fetched
            summary.update(described)
        found = FoundCredential("ldp-vc", raw) if isinstance(raw, dict) else parse_text(raw).credentials[0]
        report = _ingest.verify_found(found, now=now or self.clock(), resolver=resolver,
                                      status_lists=self.status_lists(allow_network=allow_network),
                                      trust=self.trust_sources(now=now))
        summary["state"] = state_of(report)
        summary["holder"] = self._holder_binding(raw, summary)
        content: dict[str, Any] = {"raw": raw, "format": stored.format, "report": report.to_json()}
        if details:
            content["details"] = details
        self.store.update_credential(stored.id, summary=summary, content=content)
        return report, Change("credentials", (stored.id,))

    def credentials(self, search: str | None = None, *, include_hidden: bool = True) -> list[CredentialSummary]:
        """Every stored credential (newest first), optionally filtered by words in any of its text,
        tags, collections, display title or notes."""
        cur = self._curations()
        # summaries are immutable: one is rebuilt only when its stored row or its curation is replaced
        known, fresh = self._summaries, {}
        out = []
        for r in self.store.rows():
            c = cur.get(r.id)
            hit = known.get(r.id)
            if hit is None or hit[0] is not r or hit[1] is not c:
                hit = (r, c, CredentialSummary.from_row(r, c))
            fresh[r.id] = hit
            out.append(hit[2])
        self._summaries = fresh
        if search:
            words = search.lower().split()
            out = [c for c in out
                   if all(w in c.data.get("search", "") or w in c.curation.search_text() for w in words)]
        if not include_hidden:
            out = [c for c in out if not c.curation.hidden]
        out.sort(key=lambda c: (c.date or c.added_at, c.id), reverse=True)
        return out

    def newest_credentials(self, limit: int, *, include_hidden: bool = True,
                           include_archived: bool = True) -> list[CredentialSummary]:
        """The first ``limit`` credentials of :meth:`credentials` (newest first, the same order), found
        without building the summaries of the others: what a list can show while the rest is prepared.
        ``include_hidden`` / ``include_archived`` ``False`` leave out the hidden / archived ones."""
        cur = self._curations()
        rows = self.store.rows()
        if not (include_hidden and include_archived):
            def shown(r: StoredRow) -> bool:
                c = cur.get(r.id)
                return c is None or not ((c.hidden and not include_hidden) or (c.archived and not include_archived))

            rows = [r for r in rows if shown(r)]
        top = heapq.nlargest(max(0, limit), rows, key=lambda r: (r.summary.get("date") or r.added_at, r.id))
        out = []
        for r in top:
            c = cur.get(r.id)
            hit = self._summaries.get(r.id)
            if hit is None or hit[0] is not r or hit[1] is not c:
                hit = self._summaries[r.id] = (r, c, CredentialSummary.from_row(r, c))
            out.append(hit[2])
        return out

    def summaries(self, ids: Iterable[str]) -> list[CredentialSummary]:
        """The summaries of ``ids`` (full ids; ones no longer stored are left out), e.g. to refresh
        just the credentials a change names instead of every one."""
        cur = self._curations()
        out = []
        for cid in ids:
            if not self.store.has(cid):
                continue
            r, c = self.store.row(cid), cur.get(cid)
            hit = self._summaries.get(cid)
            if hit is None or hit[0] is not r or hit[1] is not c:
                hit = self._summaries[cid] = (r, c, CredentialSummary.from_row(r, c))
            out.append(hit[2])
        return out

    def credential_count(self) -> int:
        """How many credentials are stored (nested ones included), without building their summaries."""
        return len(self.store.rows())

    # --- curation -----------------------------------------------------------------------------
    def _curations(self) -> dict[str, Curation]:
        cache = self._curation_cache
        if cache is None:
            cache = {k: Curation.from_json(v) for k, v in self.store.all_blobs("curation", "credential_id").items()}
            self._curation_cache = cache
        return cache

    def curation(self, cid: str) -> Curation:
        return self._curations().get(self._resolve_id(cid), Curation())

    def curate(self, ids: Iterable[str], **changes: Any) -> Change:
        """Apply curation ``changes`` (see :meth:`Curation.changed`) to credentials, all or nothing."""
        resolved = [self._resolve_id(i) for i in ids]
        cache = self._curations()
        new = {cid: cache.get(cid, Curation()).changed(**dict(changes)) for cid in resolved}
        self.store.put_curations({cid: cur.to_json() for cid, cur in new.items()})
        cache.update(new)
        return Change("curation", tuple(resolved))

    def tags(self) -> list[str]:
        return sorted({t for c in self._curations().values() for t in c.tags}, key=str.lower)

    def collections(self) -> list[str]:
        return sorted({t for c in self._curations().values() for t in c.collections}, key=str.lower)

    # --- share history --------------------------------------------------------------------------
    def record_share(self, entry: dict[str, Any]) -> Change:
        """Remember a share (when, which credentials, which fields, for whom, in which form)."""
        sid = uuid.uuid4().hex
        when = datetime.now(UTC).isoformat(timespec="seconds")
        self.store.put_blob("share_history", "id", sid, {"created_at": when, **entry}, created_at=when)
        return Change("history", (sid,))

    def update_share(self, sid: str, **changes: Any) -> Change:
        """Change fields of one share history entry (e.g. a link's views or its revocation)."""
        entry = self.store.get_blob("share_history", "id", sid)
        if not isinstance(entry, dict):
            raise NotFound(f"No share {sid} in the history.")
        entry.update(changes)
        self.store.put_blob("share_history", "id", sid, entry, created_at=entry.get("created_at", ""))
        return Change("history", (sid,))

    def share_history(self) -> list[dict[str, Any]]:
        items = [{"id": k, **v} for k, v in self.store.all_blobs("share_history", "id").items()]
        return sorted(items, key=lambda e: e.get("created_at", ""), reverse=True)

    def clear_share_history(self) -> Change:
        self.store.clear_share_history()
        return Change("history")

    def credential(self, cid: str) -> StoredCredential:
        """The stored credential: summary, raw, format and last report."""
        cid = self._resolve_id(cid)
        row = self.store.row(cid)
        content = self.store.content(cid)
        report = content.get("report")
        details = content.get("details")
        return StoredCredential(cid, CredentialSummary.from_row(row), content["raw"], str(content.get("format", "")),
                                Report.from_json(report) if report else None,
                                details if isinstance(details, dict) else None)

    def report(self, cid: str) -> Report | None:
        return self.credential(cid).report

    def _resolve_id(self, cid: str) -> str:
        if self.store.has(cid):
            return cid
        matches = [i for i in self.store.all_credential_ids() if cid and i.startswith(cid)]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise InputError(f"The id {cid} matches {len(matches)} credentials; give more characters.")
        raise NotFound(f"There is no credential {cid} in this wallet.")

    def export_credential(self, cid: str, out: str | Path) -> Path:
        raw = self.credential(cid).raw
        data = raw.encode() if isinstance(raw, str) else json.dumps(raw, indent=2, ensure_ascii=False).encode()
        return atomic_write(out, data)

    def delete(self, ids: Iterable[str]) -> tuple[list[dict[str, Any]], Change]:
        """Delete credentials; returns an undo token for :meth:`undelete`."""
        resolved = [self._resolve_id(i) for i in ids]
        saved = self.store.delete_credentials(resolved)
        if self._curation_cache is not None:  # the others keep their (immutable) curation objects
            for s in saved:
                self._curation_cache.pop(s["credential"]["id"], None)
        return saved, Change("credentials", tuple(s["credential"]["id"] for s in saved))

    def undelete(self, token: list[dict[str, Any]]) -> Change:
        self.store.undelete(token)
        self._curation_cache = None
        return Change("credentials", tuple(s["credential"]["id"] for s in token))


class _StoreCache:
    """A ``url -> bytes`` mapping over the store's encrypted network cache."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, url: str, default: bytes | None = None) -> bytes | None:
        value = self.store.cache_get(url)
        return default if value is None else value

    def __getitem__(self, url: str) -> bytes:
        value = self.get(url)
        if value is None:
            raise KeyError(url)
        return value

    def __setitem__(self, url: str, data: bytes) -> None:
        self.store.cache_put(url, data)

    def __delitem__(self, url: str) -> None:
        self.store.cache_delete(url)

    def __contains__(self, url: object) -> bool:
        return isinstance(url, str) and self.get(url) is not None

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(())  # the store keeps an HMAC of each URL, never the URL: there is nothing to list

    def __len__(self) -> int:
        return self.store.cache_size()
