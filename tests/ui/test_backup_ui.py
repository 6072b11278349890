"""Back up and restore through the window: the reminder banner, the passphrase dialog, a wrong passphrase
and a damaged file that change nothing, and a restore into an empty folder (its own keychain entries)
whose wallet holds the same credentials, curation and DIDs and signs presentations the reference
JavaScript stack verifies."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from support import forget_wallet, run_interop

SIMPLE = Path(__file__).resolve().parents[1] / "vectors" / "1edtech-public-validator" / "ob30" / "simple.json"
PASSPHRASE = "lantern orchard quietly seventeen"
CHALLENGE = "restore-check-0042"


def _signed_credential(tmp: Path) -> Path:
    """simple.json re-issued by a fresh did:key (eddsa-rdfc-2022), so the reference stack can verify it."""
    from wallet.identity.keystore import LocalSigner
    from wallet.proofs import sign

    issuer = LocalSigner.generate("ed25519")
    doc = json.loads(SIMPLE.read_text())
    doc.pop("proof", None)
    doc["issuer"] = {"id": issuer.did, "type": ["Profile"], "name": "Riverbend Community College"}
    doc["id"] = "urn:uuid:7f3b9a52-33c1-4c7e-9a0e-5f1d2b8c4e61"
    path = tmp / "signed.json"
    path.write_text(json.dumps(sign(doc, issuer, cryptosuite="eddsa-rdfc-2022")))  # type: ignore[arg-type]
    return path


class _Call:
    """Run ``fn(wallet)`` on the serial lane and keep the result (tests read the wallet as the app does)."""

    def __init__(self, fn: Any) -> None:
        self.fn = fn

    def __call__(self, wallet: Any, op: Any) -> Any:
        return self.fn(wallet)


def _on_lane(qtbot: Any, session: Any, fn: Any) -> Any:
    out: list[Any] = []
    session.run(None, _Call(fn), success=out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=60_000)
    return out[0]


def _snapshot(wallet: Any) -> dict[str, Any]:
    return {
        "credentials": sorted((c.id, c.title, c.state) for c in wallet.credentials()),
        "curation": {c.id: c.curation.to_json() for c in wallet.credentials()},
        "dids": sorted((d["did"], d["label"], d["default"], d["key_type"]) for d in wallet.dids()),
    }


def _type_passphrases(qtbot: Any, dialog: Any, first: str, second: str) -> None:
    dialog.passphrase.clear()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.passphrase, first)
    qtbot.keyClicks(dialog.confirm, second)


def test_backup_then_restore_into_an_empty_folder(qtbot: Any, open_window: Any, tmp_path: Path,
                                                  interop_cli: Path) -> None:
    window, session = open_window, open_window.session
    original_home = session.home
    with qtbot.waitSignal(window.import_flow.finished, timeout=60_000):
        window.import_flow.import_paths([str(_signed_credential(tmp_path)), str(SIMPLE)])
    assert len(session.wallet.credentials()) == 2
    cid = next(c.id for c in session.wallet.credentials() if c.issuer_name == "Riverbend Community College")
    _on_lane(qtbot, session, lambda w: w.curate([cid], tags=["teamwork"], notes="for the Lakeshore application"))
    window.identity.create_did("p256", "Interviews")
    qtbot.waitUntil(lambda: len(session.wallet.dids()) == 2, timeout=30_000)

    # credentials and no backup yet: the banner reminds, without blocking anything
    reminder = window.backup.reminder
    qtbot.waitUntil(reminder.isVisible, timeout=30_000)
    qtbot.mouseClick(reminder.now_button, Qt.MouseButton.LeftButton)
    dialog = window.backup.backup_dialog
    assert dialog is not None and dialog.isVisible()

    _type_passphrases(qtbot, dialog, "short", "short")
    assert dialog.strength.text().startswith("Too short") and not dialog.ok_button.isEnabled()
    _type_passphrases(qtbot, dialog, "password1", "password1")
    assert dialog.strength.text().startswith("Weak")
    _type_passphrases(qtbot, dialog, PASSPHRASE, PASSPHRASE + "x")
    assert dialog.match.text() == "The passphrases differ." and not dialog.ok_button.isEnabled()
    _type_passphrases(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    assert dialog.strength.text() == "Strong." and dialog.match.text() == "The passphrases match."
    backup = tmp_path / "mine.lwbackup"
    dialog.path.setText(str(backup))
    with qtbot.waitSignal(dialog.backed_up, timeout=120_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert backup.is_file() and b"Riverbend" not in backup.read_bytes()
    assert session.wallet.setting("last_backup")
    qtbot.waitUntil(lambda: not reminder.isVisible(), timeout=30_000)
    before = _on_lane(qtbot, session, _snapshot)
    assert before["curation"][cid]["tags"] == ["teamwork"]

    # restore: a wrong passphrase first — a clear message, and nothing is written
    target = tmp_path / "new-computer" / "wallet"
    window.restore_action.trigger()
    restore = window.backup.restore_dialog
    assert restore.isVisible() and restore.folder.text() == ""  # this home holds a wallet: no default
    restore.file.setText(str(backup))
    restore.folder.setText(str(target))
    qtbot.keyClicks(restore.passphrase, "lantern orchard quietly sixteen")
    qtbot.mouseClick(restore.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(restore.error.isVisible, timeout=120_000)
    assert restore.error.text().startswith("Wrong passphrase") and "Nothing was changed" in restore.error.text()
    assert restore.passphrase.text() == "" and restore.isVisible()
    assert not target.exists()

    try:
        qtbot.keyClicks(restore.passphrase, PASSPHRASE)
        with qtbot.waitSignal(restore.restored, timeout=120_000) as done:
            qtbot.mouseClick(restore.ok_button, Qt.MouseButton.LeftButton)
        assert done.args[0]["credentials"] == 2 and done.args[0]["dids"] == 2
        box = window.backup.restored_box
        assert box.isVisible() and "Restored 2 credentials and 2 identities" in box.text()
        open_now = next(b for b in box.buttons() if b.text() == "Open it now")
        with qtbot.waitSignal(window.backup.switched, timeout=60_000):
            qtbot.mouseClick(open_now, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.state == "open" and session.wallet is not None, timeout=60_000)
        assert session.home == target
        qtbot.waitUntil(lambda: window.library.model.rowCount() == 2, timeout=30_000)
        restored = session.wallet
        assert restored.info["wallet_id"] != json.loads((original_home / "wallet.json").read_text())["wallet_id"]
        assert restored.keystore.service.endswith(restored.info["wallet_id"])  # a new keychain namespace
        after = _on_lane(qtbot, session, _snapshot)
        assert after == before

        # a presentation signed after the restore, with the restored key, verifies with the reference stack
        from wallet.share.presentation import build_presentation

        vp = _on_lane(qtbot, session, lambda w: build_presentation(w, [cid], challenge=CHALLENGE))
        out = tmp_path / "after-restore.json"
        out.write_bytes(vp.to_bytes())
        result = run_interop(interop_cli, "verify-presentation", "--in", str(out), "--challenge", CHALLENGE)
        assert result["verified"] is True, result
        assert vp.holder == before["dids"][[d[2] for d in before["dids"]].index(True)][0]
    finally:
        forget_wallet(target)


def test_damaged_backup_and_a_folder_that_is_not_empty_change_nothing(qtbot: Any, open_window: Any,
                                                                     tmp_path: Path) -> None:
    window = open_window
    damaged = tmp_path / "damaged.lwbackup"
    damaged.write_text(json.dumps({"format": "learner-wallet-backup", "version": 1, "cipher": "AES-256-GCM",
                                   "kdf": {"name": "scrypt", "n": 16384, "r": 8, "p": 1}}))  # cut short
    target = tmp_path / "restored"
    window.restore_action.trigger()
    restore = window.backup.restore_dialog
    restore.file.setText(str(damaged))
    restore.folder.setText(str(target))
    qtbot.keyClicks(restore.passphrase, PASSPHRASE)
    qtbot.mouseClick(restore.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(restore.error.isVisible, timeout=60_000)
    assert restore.error.text().startswith("The backup cannot be used: damaged.lwbackup is damaged")
    assert "Nothing was changed" in restore.error.text()
    assert not target.exists()

    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("keep me")
    restore.folder.setText(str(busy))
    qtbot.mouseClick(restore.ok_button, Qt.MouseButton.LeftButton)
    assert "is not empty" in restore.error.text()
    assert [p.name for p in busy.iterdir()] == ["notes.txt"]
    assert window.session.home != busy and window.state == "open"


def test_no_reminder_for_an_empty_wallet_or_a_recent_backup(qtbot: Any, open_window: Any) -> None:
    window, session = open_window, open_window.session
    reminder = window.backup.reminder
    session.runner.wait_idle(30_000)
    assert not reminder.isVisible()  # nothing to lose yet
    _on_lane(qtbot, session, lambda w: w.set_setting("last_backup", "2020-01-01T00:00:00+00:00"))
    with qtbot.waitSignal(window.import_flow.finished, timeout=60_000):
        window.import_flow.import_paths([str(SIMPLE)])
    qtbot.waitUntil(reminder.isVisible, timeout=30_000)  # an old backup does not count
    qtbot.mouseClick(reminder.later_button, Qt.MouseButton.LeftButton)
    assert not reminder.isVisible()
    window.backup.check_reminder()
    session.runner.wait_idle(30_000)
    assert not reminder.isVisible()  # "Not now" holds for this session
    assert not isinstance(reminder.window(), QMessageBox)
