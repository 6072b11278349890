"""The import flow through the window: Ctrl+V with each kind of clipboard content, many files with one
broken, Cancel from the progress dialog, and the summary that ends every batch."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from ui.library.import_flow import list_texts

VECTORS = Path(__file__).resolve().parents[1] / "vectors"
SIMPLE = VECTORS / "1edtech-public-validator" / "ob30" / "simple.json"
VP_QR = json.loads((VECTORS / "dcc-vpqr" / "generated-ob3-sd-vp.json").read_text())["qrText"]


def _sd_jwt() -> str:
    doc = json.loads((VECTORS / "ietf-sd-jwt" / "sd-jwt-vc-section2.3-example.json").read_text())
    return str(doc["issuance"]["compact"])


CLIPBOARD_TEXTS = {
    "json": (lambda: SIMPLE.read_text(), "Teamwork Badge", "ldp-vc"),
    "jwt": (lambda: (VECTORS / "1edtech-public-validator" / "ob30" / "simple.jwt").read_text(),
            "Example University Degree", "vc-jwt"),
    "sd-jwt": (_sd_jwt, "https://credentials.example.com/identity_credential", "sd-jwt-vc"),
    "vp1-text": (lambda: VP_QR, "Teamwork — Service-Learning", "ldp-vc"),
}


def _paste(qtbot: Any, window: Any) -> Any:
    """Ctrl+V on the library, as a person does it; returns the batch result from the flow's signal."""
    window.show_view("library")
    window.activateWindow()
    window.library.list.setFocus()
    with qtbot.waitSignal(window.import_flow.finished, timeout=60_000) as done:
        window.paste_action.trigger()  # the action behind Ctrl+V (offscreen windows get no key focus)
    return done.args[0]


@pytest.mark.parametrize("kind", sorted(CLIPBOARD_TEXTS))
def test_paste_each_kind_of_text(qtbot: Any, open_window: Any, kind: str) -> None:
    text, title, fmt = CLIPBOARD_TEXTS[kind]
    assert open_window.paste_action.shortcut().toString() == "Ctrl+V"
    QGuiApplication.clipboard().setText(text())
    batch = _paste(qtbot, open_window)
    assert not batch.failed, batch.failed
    assert [a["title"] for a in batch.added] == [title]
    stored = open_window.session.wallet.credentials()
    assert [(c.title, c.format) for c in stored] == [(title, fmt)]
    summary = open_window.import_flow.summary
    assert summary is not None and summary.isVisible()
    assert summary.added_label.text() == "Added: 1"
    assert list_texts(summary.added) == [title]
    qtbot.waitUntil(lambda: open_window.library.model.rowCount() == 1, timeout=30_000)
    # pasting it again adds nothing: the summary says it is already there
    batch = _paste(qtbot, open_window)
    assert not batch.added and len(batch.duplicates) == 1
    assert open_window.import_flow.summary.duplicates_label.text() == "Already in your wallet: 1"


def test_paste_a_qr_code_image(qtbot: Any, open_window: Any) -> None:
    from wallet.share.qr import qr_png

    image = QImage.fromData(qr_png(VP_QR, scale=3))
    assert not image.isNull()
    QGuiApplication.clipboard().setImage(image)
    batch = _paste(qtbot, open_window)
    assert not batch.failed, batch.failed
    assert [a["title"] for a in batch.added] == ["Teamwork — Service-Learning"]
    # genuine, from a vector issuer no trust source recognises: amber, not green
    assert [c.state for c in open_window.session.wallet.credentials()] == ["authentic-unrecognised"]


def test_paste_of_an_empty_clipboard_or_junk_says_why(qtbot: Any, open_window: Any) -> None:
    QGuiApplication.clipboard().setText("certainly not a credential")
    batch = _paste(qtbot, open_window)
    assert not batch.added
    [failure] = batch.failed
    assert failure["code"] == "not-json"
    assert "not JSON" in list_texts(open_window.import_flow.summary.failures)[0]
    assert open_window.session.wallet.credentials() == []
    QGuiApplication.clipboard().clear()
    open_window.paste_action.trigger()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in open_window.findChildren(QMessageBox, "problem-box")))
    box = open_window.findChild(QMessageBox, "problem-box")
    assert box.windowTitle() == "The clipboard is empty"


def _files(tmp: Path, n: int) -> list[Path]:
    doc = json.loads(SIMPLE.read_text())
    out = []
    for i in range(n):
        doc["id"] = f"urn:uuid:00000000-0000-4000-8000-{i:012d}"
        doc["name"] = f"Teamwork Badge {i}"
        doc["credentialSubject"]["achievement"]["name"] = f"Teamwork Badge {i}"
        p = tmp / f"badge-{i:03d}.json"
        p.write_text(json.dumps(doc))
        out.append(p)
    return out


def test_batch_with_one_broken_file_lists_it_with_its_reason(qtbot: Any, open_window: Any, tmp_path: Path) -> None:
    good = _files(tmp_path, 3)
    broken = tmp_path / "broken.json"
    broken.write_text(SIMPLE.read_text()[:200])  # cut short
    qr_file = tmp_path / "screenshot.png"
    from wallet.share.qr import qr_png

    qr_file.write_bytes(qr_png(VP_QR, scale=3))  # a QR image opened as a file
    flow = open_window.import_flow
    progress: list[tuple[int, int, str]] = []
    with qtbot.waitSignal(flow.finished, timeout=60_000) as done:
        op = flow.import_paths([str(p) for p in (good[0], broken, good[1], qr_file, good[2])])
        op.progressed.connect(lambda *a: progress.append(a))
    batch = done.args[0]
    assert len(batch.added) == 4 and batch.processed == 5 and not batch.cancelled
    [failure] = batch.failed
    assert failure["file"] == "broken.json" and failure["code"] == "not-json"
    summary = flow.summary
    assert summary.failed_label.text() == "Could not be imported: 1"
    [line] = list_texts(summary.failures)
    assert line.startswith("broken.json: ") and "JSON" in line
    titles = {c.title for c in open_window.session.wallet.credentials()}
    assert titles == {"Teamwork Badge 0", "Teamwork Badge 1", "Teamwork Badge 2", "Teamwork — Service-Learning"}
    # progress per file, in order, ending complete
    assert progress[-1][:2] == (5, 5)
    assert [p[2] for p in progress if p[2]] == ["badge-000.json", "broken.json", "badge-001.json",
                                                 "screenshot.png", "badge-002.json"]
    qtbot.waitUntil(lambda: open_window.library.model.rowCount() == 4, timeout=30_000)


def test_cancel_mid_batch_keeps_what_was_imported(qtbot: Any, open_window: Any, tmp_path: Path) -> None:
    files = _files(tmp_path, 250)
    flow = open_window.import_flow
    changes: list[Any] = []
    open_window.session.runner.wallet_changed.connect(changes.append)
    with qtbot.waitSignal(flow.finished, timeout=120_000) as done:
        flow.import_paths([str(p) for p in files])
        # the progress dialog appears after a moment; its Cancel button stops the batch
        qtbot.waitUntil(lambda: any(d.isVisible() for d in open_window.findChildren(QProgressDialog)),
                        timeout=60_000)
        dialog = next(d for d in open_window.findChildren(QProgressDialog) if d.isVisible())
        assert dialog.labelText().startswith("Importing credentials…")
        cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    open_window.session.runner.wallet_changed.disconnect(changes.append)
    batch = done.args[0]
    assert batch.cancelled and 0 < batch.processed < 250
    stored = open_window.session.wallet.credentials()
    assert len(stored) == len(batch.added) == batch.processed
    assert "cancelled the import after" in flow.summary.cancelled_label.text()
    assert len(changes) == 1 and len(changes[0].ids) == batch.processed  # one refresh for the whole batch
