"""The library: a list model + search proxy over real stored credentials, and the view's search."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from support import start_on_wallet_with

from ui.library.model import CredentialFilterProxy, CredentialListModel, Roles
from wallet import CredentialSummary, Wallet


def _visible_titles(proxy) -> list[str]:
    return sorted(proxy.index(i, 0).data() for i in range(proxy.rowCount()))


def test_models_filter_real_credentials_without_a_view(qapp, keychain, wallet_home: Path, credential_paths: list[Path]) -> None:
    w = Wallet.create(wallet_home)
    try:
        result = w.import_files(credential_paths)
        assert len(result.added) == 2, result.failed
        model = CredentialListModel()
        proxy = CredentialFilterProxy()
        proxy.setSourceModel(model)
        model.set_rows(w.credentials())
    finally:
        w.close()
    assert model.rowCount() == 2
    assert {model.index(i, 0).data(Roles.ISSUER) for i in range(2)} == {"Example Corp"}
    proxy.set_search("riverbank")
    assert _visible_titles(proxy) == ["Riverbank Restoration Crew Lead"]
    proxy.set_search("TEAMWORK badge")
    assert _visible_titles(proxy) == ["Teamwork Badge"]
    proxy.set_search("example corp")
    assert proxy.rowCount() == 2
    proxy.set_search("crew teamwork")  # every word must match the same credential
    assert proxy.rowCount() == 0
    proxy.set_search("")
    assert proxy.rowCount() == 2


def test_search_field_filters_as_you_type(qtbot, window, session, wallet_home: Path, credential_paths: list[Path]) -> None:
    library = start_on_wallet_with(qtbot, window, wallet_home, credential_paths)
    assert library.pages.currentWidget() is library.list
    assert library.count.text() == "2 credentials"
    qtbot.keyClicks(library.search, "river")
    assert library.proxy.rowCount() == 1
    assert _visible_titles(library.proxy) == ["Riverbank Restoration Crew Lead"]
    assert library.count.text() == "1 of 2 shown"
    library.search.clear()
    assert library.proxy.rowCount() == 2
    qtbot.keyClicks(library.search, "no such credential")
    assert library.proxy.rowCount() == 0
    assert library.pages.currentWidget() is library.no_match


def test_import_through_the_view_refreshes_the_list_once(qtbot, open_window, credential_paths: list[Path]) -> None:
    library = open_window.library
    assert library.pages.currentWidget() is library.empty
    changes = []
    open_window.session.runner.wallet_changed.connect(changes.append)
    try:
        with qtbot.waitSignal(library.import_finished, timeout=60_000) as done:
            library.import_files([str(p) for p in credential_paths])
        qtbot.waitUntil(lambda: library.model.rowCount() == 2, timeout=30_000)
    finally:
        open_window.session.runner.wallet_changed.disconnect(changes.append)
    assert len(done.args[0].added) == 2
    assert [c.kind for c in changes] == ["credentials"] and len(changes[0].ids) == 2
    assert "Added: 2." in library.notice.text()
    # importing the same files again adds nothing and says so
    with qtbot.waitSignal(library.import_finished, timeout=60_000) as again:
        library.import_files([str(p) for p in credential_paths])
    assert len(again.args[0].duplicates) == 2
    assert "Already in the wallet: 2." in library.notice.text()


def test_a_file_that_is_not_a_credential_is_reported(qtbot, open_window, tmp_path: Path) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text('{"hello": "world"}')
    library = open_window.library
    with qtbot.waitSignal(library.import_finished, timeout=60_000) as done:
        library.import_files([str(bad)])
    assert len(done.args[0].failed) == 1
    assert "Could not be imported: 1." in library.notice.text()
    # the same summary as File ▸ Import: each failure with its file and reason
    from ui.library.import_flow import list_texts

    summary = library.import_flow.summary
    assert summary is not None and summary.isVisible() and summary.failed_label.text() == "Could not be imported: 1"
    assert list_texts(summary.failures)[0].startswith("notes.json: ")
    summary.close()


def _summary(i: int, title: str) -> CredentialSummary:
    return CredentialSummary(id=f"id-{i}", added_at="2025-01-01", parent_id=None, title=title,
                             issuer_name="North Prairie University", issuer_id="did:key:z6Mk", date="2025-05-01",
                             format="json", types=("VerifiableCredential",), state="verified", data={})


def test_replacing_rows_during_a_search_refilters_them(qapp) -> None:
    model = CredentialListModel()
    proxy = CredentialFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows([_summary(i, f"Riverbank {i}" if i % 2 else f"Teamwork {i}") for i in range(10)])
    proxy.set_search("riverbank")
    assert proxy.rowCount() == 5
    model.set_rows([_summary(i, f"Riverbank {i}" if i % 3 == 0 else f"Teamwork {i}") for i in range(30)])
    assert proxy.rowCount() == 10
    assert all(proxy.index(r, 0).data().startswith("Riverbank") for r in range(proxy.rowCount()))
    model.set_rows([])
    assert proxy.rowCount() == 0
    proxy.set_search("")
    model.set_rows([_summary(1, "Teamwork")])
    assert proxy.rowCount() == 1


def test_delete_with_the_key_and_undo(qtbot, open_window, credential_paths: list[Path]) -> None:
    library = open_window.library
    with qtbot.waitSignal(library.import_finished, timeout=60_000):
        library.import_files([str(p) for p in credential_paths])
    qtbot.waitUntil(lambda: library.model.rowCount() == 2, timeout=30_000)
    library.import_flow.summary.close()  # the import's summary, read and closed: back to the window
    open_window.activateWindow()
    qtbot.waitUntil(open_window.isActiveWindow, timeout=10_000)
    assert not library.delete_button.isEnabled()  # nothing selected
    rect = library.list.visualRect(library.proxy.index(0, 0))
    qtbot.mouseClick(library.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    doomed = library.selected_ids()
    assert len(doomed) == 1 and library.delete_button.isEnabled()
    library.list.setFocus()
    qtbot.keyClick(library.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: library.model.rowCount() == 1, timeout=30_000)
    assert doomed[0] not in {c.id for c in open_window.session.wallet.credentials()}
    assert library.notice.text() == "Deleted 1 credential."
    assert library.undo_button.isVisible()
    qtbot.mouseClick(library.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: library.model.rowCount() == 2, timeout=30_000)
    assert doomed[0] in {c.id for c in open_window.session.wallet.credentials()}
    assert not library.undo_button.isVisible()


def test_dropping_files_on_the_library_imports_them(qtbot, open_window, credential_paths: list[Path]) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    library = open_window.library
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in credential_paths])
    enter = QDragEnterEvent(library.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    library.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(library.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(library.import_finished, timeout=60_000) as done:
        library.dropEvent(drop)
    assert len(done.args[0].added) == 2
    qtbot.waitUntil(lambda: library.model.rowCount() == 2, timeout=30_000)
