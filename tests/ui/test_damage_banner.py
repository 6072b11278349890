"""A damaged record never locks the desktop app: the library names it and a button repairs the wallet."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from support import main_window_on


def _cred(i: int) -> bytes:
    return json.dumps({"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
                       "issuer": "did:example:issuer", "name": f"Peer Mentor Certificate {i}",
                       "credentialSubject": {"name": "Quillon Marsh"}}).encode()


def test_library_names_a_damaged_record_and_repairs_it(qtbot: object, runner: object, wallet_home: Path) -> None:
    from wallet.wallet import Wallet

    w = Wallet.create(wallet_home)
    try:
        keep = w.import_bytes(_cred(1), "a.json").added[0]["id"]
        bad = w.import_bytes(_cred(2), "b.json").added[0]["id"]
    finally:
        w.close()
    conn = sqlite3.connect(wallet_home / "wallet.db")
    blob = bytearray(conn.execute("SELECT summary FROM credentials WHERE id = ?", [bad]).fetchone()[0])
    blob[40] ^= 1
    conn.execute("UPDATE credentials SET summary = ? WHERE id = ?", [bytes(blob), bad])
    conn.commit()
    conn.close()
    with main_window_on(qtbot, runner, wallet_home, ready=lambda win: win.library.damage.isVisible()) as window:
        library = window.library
        assert library.model.rowCount() == 1
        assert "1 record(s) could not be read" in library.damage.label.text()
        assert bad in library.damage.label.toolTip()
        library.damage.repair_button.click()  # asks first; Cancel removes nothing
        box = library.damage._dialog
        assert box is not None and box.objectName() == "repair-box" and "1 record(s)" in box.text()
        box.buttonClicked.emit(box.button(box.StandardButton.Cancel))
        runner.wait_idle(30_000)  # type: ignore[attr-defined]
        assert library.damage.isVisible() and len(window.session.wallet.problems()) == 1
        library.damage.repair_button.click()
        box = library.damage._dialog
        box.buttonClicked.emit(library.damage._remove_in_box)
        qtbot.waitUntil(lambda: not library.damage.isVisible(), timeout=30_000)  # type: ignore[attr-defined]
        runner.wait_idle(30_000)  # type: ignore[attr-defined]
        assert window.session.wallet.problems() == []
        assert [c.id for c in window.session.wallet.credentials()] == [keep]
