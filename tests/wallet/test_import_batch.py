"""The one import path (``Wallet.import_items``): every item processed, each outcome reported, cancel keeps
what was stored. The CLI and the desktop app both call it (the desktop through ``ui.library.import_flow``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from test_foundation import credential, write

from wallet import ImportItem, Wallet


def _bad_inputs(tmp: Path) -> list[Path]:
    """Inputs that once stopped a batch: a lone surrogate, a huge number, a damaged share package."""
    lone = tmp / "lone.json"
    lone.write_bytes(b'{"name": "\\ud800"}')
    huge = tmp / "huge.json"
    huge.write_bytes(b'{"n": 1e999999}')
    zipfile = tmp / "bad.lwpkg"
    zipfile.write_bytes(b"PK\x03\x04" + b"\x00" * 60)
    return [lone, huge, zipfile]


def test_a_bad_item_between_good_ones_stops_nothing(keychain: None, wallet: Wallet, tmp_path: Path) -> None:
    a = write(tmp_path, credential("Ada Vance", "Food Bank Shift Lead"), "a.json")
    b = write(tmp_path, credential("Ada Vance", "Peer Tutor"), "b.json")
    bad = _bad_inputs(tmp_path)
    result = wallet.import_files([a, *bad, b])
    assert result.total == result.processed == 5 and not result.cancelled
    assert sorted(x["title"] for x in result.added) == ["Food Bank Shift Lead", "Peer Tutor"]
    assert [Path(f["file"]).name for f in result.failed] == ["lone.json", "huge.json", "bad.lwpkg"]
    assert all(f["code"] and f["message"] for f in result.failed)
    assert "Traceback" not in json.dumps(result.to_json())
    # per item: what it added, or why it failed
    assert [bool(o.added) for o in result.items] == [True, False, False, False, True]
    assert [bool(o.errors) for o in result.items] == [False, True, True, True, False]
    assert len(wallet.credentials()) == 2


def test_cancel_between_items_keeps_what_was_stored(keychain: None, wallet: Wallet, tmp_path: Path) -> None:
    files = [write(tmp_path, credential("Ada Vance", f"Badge {i}"), f"c{i}.json") for i in range(4)]
    seen: list[tuple[int, int, str]] = []
    result = wallet.import_items([ImportItem(p.name, path=str(p)) for p in files],
                                 progress=lambda d, t, n: seen.append((d, t, n)),
                                 cancelled=lambda: len(seen) >= 2)
    assert result.cancelled and result.processed == 2 and result.total == 4
    assert len(result.added) == 2 and len(wallet.credentials()) == 2
    assert seen[0] == (0, 4, "c0.json") and seen[-1] == (2, 4, "")


def test_bytes_in_hand_and_duplicates(keychain: None, wallet: Wallet, tmp_path: Path) -> None:
    data = json.dumps(credential()).encode()
    result = wallet.import_items([ImportItem("pasted", data=data), ImportItem("pasted again", data=data)])
    assert len(result.added) == 1 and len(result.duplicates) == 1
    assert result.items[1].duplicates == (result.added[0]["id"],)


def test_cli_import_reports_every_file(keychain: None, wallet: Wallet, tmp_path: Path) -> None:
    a = write(tmp_path, credential("Ada Vance", "Food Bank Shift Lead"), "a.json")
    b = write(tmp_path, credential("Ada Vance", "Peer Tutor"), "b.json")
    home = wallet.home
    wallet.close()
    r = subprocess.run([sys.executable, "-m", "wallet.cli", "--json", "--home", str(home), "import", str(a),
                        *map(str, _bad_inputs(tmp_path)), str(b)], capture_output=True, text=True, timeout=120)
    assert "Traceback" not in r.stderr, r.stderr
    doc = json.loads(r.stdout)
    assert len(doc["added"]) == 2 and len(doc["failed"]) == 3 and doc["processed"] == 5
