"""The foundation: DIDs in the keychain, the encrypted store, atomic writes, the CLI's exit codes."""

from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from wallet.errors import InvalidDID, InvalidKey
from wallet.identity.did import Resolver, did_key_document, public_key_from_did_key
from wallet.identity.keys import PublicKey, b58encode, multibase_encode, varint_encode
from wallet.wallet import Wallet

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable


def credential(name: str = "Quillon Marsh", title: str = "Riverbank Restoration Crew Lead") -> dict:
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2",
                     "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": f"urn:uuid:{abs(hash((name, title)))}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", "type": ["Profile"],
                   "name": "Prairie Community Partners"},
        "validFrom": "2025-05-01T00:00:00Z",
        "name": title,
        "credentialSubject": {
            "type": ["AchievementSubject"], "name": name,
            "achievement": {"id": "urn:uuid:a1", "type": ["Achievement"], "name": title,
                            "description": "Coordinated volunteers along the Sheyenne riverbank.",
                            "criteria": {"narrative": "Led a crew of twelve for a full season."}},
        },
    }


def write(tmp: Path, doc: dict, name: str = "c.json") -> Path:
    p = tmp / name
    p.write_text(json.dumps(doc))
    return p


def all_bytes_under(folder: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in folder.rglob("*") if p.is_file()]


# --- DIDs ---------------------------------------------------------------------------------------


def test_did_key_roundtrip_and_document(keychain: None, wallet: Wallet) -> None:
    did = wallet.default_did()
    assert did and did.startswith("did:key:z6Mk")
    doc = wallet.did_document(did)
    vm = doc["verificationMethod"][0]
    assert vm["type"] == "Multikey" and vm["controller"] == did
    assert doc["authentication"] == [vm["id"]] and doc["assertionMethod"] == [vm["id"]]
    resolved = Resolver().resolve_verification_method(vm["id"])
    assert resolved.public_key == public_key_from_did_key(did)
    assert {"authentication", "assertionMethod"} <= resolved.purposes
    # the signer from the keychain signs for this DID
    signer = wallet.signer(did)
    assert resolved.public_key.verify(signer.sign(b"hello"), b"hello")
    assert not resolved.public_key.verify(signer.sign(b"hello"), b"hellp")

    p256, _ = wallet.create_did("p256", "work")
    assert p256.startswith("did:key:zDn")
    pdoc = did_key_document(p256)
    pk = PublicKey.from_multibase(pdoc["verificationMethod"][0]["publicKeyMultibase"])
    assert pk.type == "p256" and len(pk.raw) == 33
    assert pk.verify(wallet.signer(p256).sign(b"x"), b"x")


@pytest.mark.parametrize(
    ("did", "error"),
    [
        ("did:key:" + multibase_encode(varint_encode(0xED) + b"\x01" * 31), "invalid public key length"),
        ("did:key:" + multibase_encode(varint_encode(0x1200) + b"\x02" + b"\xff" * 32), "not a valid point"),
        ("did:key:" + multibase_encode(varint_encode(0x1200) + b"\x02" * 20), "invalid public key length"),
        ("did:key:" + "z" + b58encode(varint_encode(0xEC) + b"\x02" * 32), "X25519 keys are not supported"),
        ("did:key:" + "m" + base64.b64encode(b"abc").decode(), "multibase base58btc"),
        ("did:key:z0OIl", "not a base58btc character"),
    ],
)
def test_malformed_did_keys_are_rejected(did: str, error: str) -> None:
    with pytest.raises((InvalidKey, InvalidDID)) as info:
        public_key_from_did_key(did)
    assert error in str(info.value)


# --- keys never leave the keychain ---------------------------------------------------------------


def test_private_key_is_only_in_the_keychain(keychain: None, wallet: Wallet) -> None:
    import keyring

    did = wallet.default_did()
    secret = json.loads(keyring.get_password(wallet.keystore.service, did))
    from wallet.identity.keys import multibase_decode

    seed = multibase_decode(secret["secretKeyMultibase"])[2:]
    assert len(seed) == 32
    data_key = bytes.fromhex(keyring.get_password(wallet.keystore.service, "data-key"))
    forms = [seed, seed.hex().encode(), base64.b64encode(seed), base64.urlsafe_b64encode(seed).rstrip(b"="),
             secret["secretKeyMultibase"].encode(), data_key, data_key.hex().encode()]
    wallet.import_bytes(json.dumps(credential()).encode(), "c.json")
    files = all_bytes_under(wallet.home)
    assert any(p.name == "wallet.db" for p, _ in files)
    for path, data in files:
        for form in forms:
            assert form not in data, f"key material found in {path}"
    assert "secret" not in repr(wallet.signer(did)).lower()


# --- encrypted store and search --------------------------------------------------------------------


def test_content_is_encrypted_and_searchable(keychain: None, wallet: Wallet, tmp_path: Path) -> None:
    result = wallet.import_files([write(tmp_path, credential())])
    assert len(result.added) == 1, result.failed
    found = wallet.credentials("quillon")
    assert [c.title for c in found] == ["Riverbank Restoration Crew Lead"]
    assert wallet.credentials("nobody-by-this-name") == []
    wallet.store.db.execute("PRAGMA wal_checkpoint(FULL)")
    for needle in (b"Quillon", b"Marsh", b"Riverbank", b"Sheyenne", b"Prairie Community",
                   "Quillon".encode("utf-16-le")):
        for path, data in all_bytes_under(wallet.home):
            assert needle not in data, f"{needle!r} readable in {path}"
    # reopening rebuilds the index from ciphertext
    wallet.close()
    again = Wallet.open(wallet.home)
    try:
        assert [c.title for c in again.credentials("marsh")] == ["Riverbank Restoration Crew Lead"]
    finally:
        again.close()


def test_duplicates_and_bad_input_store_nothing(keychain: None, wallet: Wallet, tmp_path: Path) -> None:
    good = write(tmp_path, credential(), "good.json")
    not_json = tmp_path / "bad.json"
    not_json.write_text("{ not json")
    not_vc = write(tmp_path, {"hello": "world"}, "notvc.json")
    first = wallet.import_files([good])
    second = wallet.import_files([good, not_json, not_vc])
    assert len(first.added) == 1 and not second.added
    assert [d["id"] for d in second.duplicates] == [first.added[0]["id"]]
    assert {f["code"] for f in second.failed} == {"not-json", "not-a-credential"}
    assert len(wallet.credentials()) == 1


def test_delete_and_undo(keychain: None, wallet: Wallet, tmp_path: Path) -> None:
    cid = wallet.import_files([write(tmp_path, credential())]).added[0]["id"]
    token, change = wallet.delete([cid[:10]])
    assert change.ids == (cid,) and wallet.credentials() == []
    wallet.undelete(token)
    assert [c.id for c in wallet.credentials()] == [cid]
    assert wallet.credential(cid).raw["name"] == "Riverbank Restoration Crew Lead"


def test_tampered_ciphertext_is_detected(keychain: None, wallet: Wallet, tmp_path: Path) -> None:
    from wallet.errors import StoreCorrupt

    cid = wallet.import_files([write(tmp_path, credential())]).added[0]["id"]
    other = wallet.import_files([write(tmp_path, credential("Ada Vance", "Food Bank Shift Lead"), "o.json")])
    oid = other.added[0]["id"]
    # moving one row's ciphertext into another row is caught by the associated data
    blob = wallet.store.db.execute("SELECT content FROM credentials WHERE id=?", [oid]).fetchone()[0]
    wallet.store.db.execute("UPDATE credentials SET content=? WHERE id=?", [blob, cid])
    with pytest.raises(StoreCorrupt):
        wallet.credential(cid)


# --- crash safety -------------------------------------------------------------------------------------

CHILD = textwrap.dedent(
    """
    import json, sys, time
    from wallet.wallet import Wallet
    from wallet.store.database import Store
    home, = sys.argv[1:]
    w = Wallet.open(home)
    original = Store.add_credential
    def slow(self, *a, **k):
        cid = original(self, *a, **k)
        print("wrote", cid, flush=True)
        time.sleep(0.3)
        return cid
    Store.add_credential = slow
    creds = []
    for i in range(50):
        creds.append({"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
                      "issuer": "did:example:x", "name": f"Batch credential {i}",
                      "credentialSubject": {"name": f"Learner {i}"}})
    vp = {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiablePresentation"],
          "verifiableCredential": creds}
    w.import_bytes(json.dumps(vp).encode(), "batch.json")  # one presentation = one transaction
    print("finished", flush=True)
    """
)


def test_kill_during_import_loses_nothing_and_leaves_no_partial_record(
    keychain: None, wallet: Wallet, tmp_path: Path
) -> None:
    before = wallet.import_files([write(tmp_path, credential())]).added[0]["id"]
    wallet.close()
    proc = subprocess.Popen([PY, "-c", CHILD, str(wallet.home)], stdout=subprocess.PIPE, text=True,
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout is not None
    seen = 0
    deadline = time.monotonic() + 60
    while seen < 3 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        assert line, "the child ended before writing"
        seen += line.startswith("wrote")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reopened = Wallet.open(wallet.home)
    try:
        assert [c.id for c in reopened.credentials()] == [before]
        assert reopened.store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert reopened.store.db.execute("SELECT count(*) FROM credentials").fetchone()[0] == 1
    finally:
        reopened.close()


# --- the CLI ----------------------------------------------------------------------------------------


def cli(*args: str, env: dict | None = None, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    e = dict(env if env is not None else os.environ)
    e["PYTHONPATH"] = str(ROOT)
    if home is not None:
        e["LEARNER_WALLET_HOME"] = str(home)
    return subprocess.run([PY, "-m", "wallet.cli", *args], capture_output=True, text=True, env=e, cwd=ROOT,
                          timeout=120)


def test_cli_flow(keychain: None, home: Path, tmp_path: Path) -> None:
    r = cli("--json", "init", home=home)
    assert r.returncode == 0, r.stderr
    did = json.loads(r.stdout)["did"]
    assert did.startswith("did:key:z6Mk")
    try:
        r = cli("--json", "did", "create", "--type", "p256", "--label", "work", home=home)
        assert r.returncode == 0 and json.loads(r.stdout)["did"].startswith("did:key:zDn")
        r = cli("--json", "did", "show", did, home=home)
        assert json.loads(r.stdout)["id"] == did
        r = cli("--json", "import", str(write(tmp_path, credential())), home=home)
        assert r.returncode == 0, r.stderr
        cid = json.loads(r.stdout)["added"][0]["id"]
        r = cli("--json", "list", "--search", "Quillon", home=home)
        assert [c["id"] for c in json.loads(r.stdout)] == [cid]
        r = cli("--json", "show", cid, home=home)
        assert json.loads(r.stdout)["credential"]["credentialSubject"]["name"] == "Quillon Marsh"
        out = tmp_path / "out.json"
        r = cli("export", cid, "--out", str(out), home=home)
        assert r.returncode == 0 and json.loads(out.read_text())["name"] == "Riverbank Restoration Crew Lead"
        assert out.stat().st_mode & 0o077 == 0
        r = cli("--json", "import", str(tmp_path / "missing.json"), home=home)
        assert r.returncode == 2 and json.loads(r.stdout)["failed"][0]["code"] == "bad-input"
        r = cli("--json", "show", "ffffffffffff", home=home)
        assert r.returncode == 2 and json.loads(r.stdout)["error"]["code"] == "not-found"
        r = cli("--json", "delete", cid, home=home)
        assert r.returncode == 0 and json.loads(cli("--json", "list", home=home).stdout) == []
        r = cli("bogus-command", home=home)
        assert r.returncode == 2
    finally:
        from support import forget_wallet

        forget_wallet(home)


def test_cli_without_keychain_exits_3_and_writes_nothing(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={tmp_path}/no-such-bus"
    home = tmp_path / "w"
    r = cli("--json", "init", env=env, home=home)
    assert r.returncode == 3, (r.stdout, r.stderr)
    err = json.loads(r.stdout)["error"]
    assert err["code"].startswith("keychain") and "Secret Service" in err["fix"]
    assert not home.exists()


LOCKED = textwrap.dedent(
    """
    import secretstorage, subprocess, sys, os
    conn = secretstorage.dbus_init()
    secretstorage.get_default_collection(conn).lock()
    r = subprocess.run([sys.executable, "-m", "wallet.cli", "--json", "init"], capture_output=True, text=True)
    sys.stdout.write(r.stdout)
    sys.exit(r.returncode)
    """
)


def test_cli_with_locked_keychain_exits_3_and_writes_nothing(keychain: None, tmp_path: Path) -> None:
    # a second private keyring session, so locking it does not disturb the other tests
    env = {k: v for k, v in os.environ.items() if k not in ("LW_IN_PRIVATE_DBUS", "DBUS_SESSION_BUS_ADDRESS")}
    home = tmp_path / "w"
    env.update(PYTHONPATH=str(ROOT), LEARNER_WALLET_HOME=str(home))
    r = subprocess.run([str(ROOT / "scripts" / "with-keychain.sh"), PY, "-c", LOCKED], capture_output=True,
                       text=True, env=env, cwd=ROOT, timeout=120)
    assert r.returncode == 3, (r.stdout, r.stderr)
    err = json.loads(r.stdout)["error"]
    assert err["code"] == "keychain-locked" and "Unlock" in err["fix"]
    assert not home.exists()


def test_wallet_never_imports_qt() -> None:
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys, wallet
        for m in pkgutil.walk_packages(wallet.__path__, "wallet."):
            importlib.import_module(m.name)
        bad = sorted(n for n in sys.modules if n.startswith(("PySide6", "ui")) and (n == "ui" or n.startswith("ui.") or n.startswith("PySide6")))
        print(",".join(bad))
        sys.exit(1 if bad else 0)
        """
    )
    r = subprocess.run([PY, "-c", code], capture_output=True, text=True, cwd=ROOT,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 0, f"wallet imports Qt/ui: {r.stdout} {r.stderr}"


def test_public_api_is_pinned() -> None:
    import wallet

    assert wallet.__all__ == sorted(wallet.__all__)
    assert wallet.__all__ == [
        "Change", "Check", "CredentialSummary", "ImportItem", "ImportResult", "ItemOutcome", "Report", "Resolver",
        "StoredCredential", "VerificationMethod", "Wallet", "WalletError", "__version__",
    ]
    for name in wallet.__all__:
        assert hasattr(wallet, name)


def test_keychain_backend_choice_honours_the_learners_setting(keychain: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a chosen backend, Linux asks the Secret Service directly (what keyring's detection would
    pick, without importing every other backend); a backend named in ``PYTHON_KEYRING_BACKEND`` wins."""
    from keyring.backends import SecretService, fail

    from wallet.identity.keystore import _platform_keyring

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")  # no keyringrc.cfg
    assert isinstance(_platform_keyring(), SecretService.Keyring)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    assert isinstance(_platform_keyring(), fail.Keyring)
