"""Curation through the widgets on a real demo wallet: the Organise dialog (own title, tags,
collections, favourite) for one and for several credentials, hide and "Show hidden", "Share this
collection", and delete of several credentials with a confirmation and a 10-second Undo."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.library.curation import CurationDialog, split_labels
from ui.library.model import Roles

WAIT = 60_000


def _titles(library) -> list[str]:
    return [library.proxy.index(r, 0).data() for r in range(library.proxy.rowCount())]


def _select_rows(library, rows: list[int]) -> list[str]:
    sel = library.list.selectionModel()
    sel.clearSelection()
    for r in rows:
        sel.select(library.proxy.index(r, 0), QItemSelectionModel.SelectionFlag.Select)
    return library.selected_ids()


def _click_row(qtbot, library, row: int) -> str:
    rect = library.list.visualRect(library.proxy.index(row, 0))
    qtbot.mouseClick(library.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return library.selected_ids()[0]


def _dialog(qtbot, library) -> CurationDialog:
    qtbot.waitUntil(lambda: isinstance(library._dialog, CurationDialog) and library._dialog.isVisible())
    return library._dialog


def test_split_labels() -> None:
    assert split_labels(" data, Job hunt ,, ") == ["data", "Job hunt"]
    assert split_labels("") == []


def test_organise_one_credential_title_tags_collection_favourite(qtbot, demo_window) -> None:
    library = demo_window.library
    wallet = demo_window.session.wallet
    cid = _click_row(qtbot, library, 2)
    before = wallet.credential(cid).raw
    original = library.proxy.index(2, 0).data()
    library.list.setFocus()
    qtbot.keyClick(library.list, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot, library)
    assert dialog.title_edit.placeholderText() == original
    qtbot.keyClicks(dialog.title_edit, "My volunteering hours")
    qtbot.keyClicks(dialog.tags_edit, "data, job hunt")
    qtbot.keyClicks(dialog.collections_edit, "Data analyst applications")
    dialog.favourite.click()
    with qtbot.waitSignal(dialog.curated, timeout=WAIT):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    cur = wallet.curation(cid)
    assert cur.display_title == "My volunteering hours" and cur.favourite
    assert cur.tags == ("data", "job hunt") and cur.collections == ("Data analyst applications",)
    assert wallet.credential(cid).raw == before  # the signed credential never changes
    qtbot.waitUntil(lambda: "My volunteering hours" in _titles(library), timeout=WAIT)
    index = library.proxy.index(_titles(library).index("My volunteering hours"), 0)
    assert index.data(Roles.FAVOURITE) and index.data(Roles.TAGS) == ["data", "job hunt"]
    assert index.data(Roles.ORIGINAL_TITLE) == original
    # the tag and collection filters offer the new labels; the collection can be shared
    assert library.filters.set_value("tag", "data")
    assert _titles(library) == ["My volunteering hours"]
    library.filters.set_value("tag", "")
    assert library.filters.set_value("collection", "Data analyst applications")
    assert _titles(library) == ["My volunteering hours"]
    assert library.filters.share_collection.isVisible()
    qtbot.mouseClick(library.filters.share_collection, Qt.MouseButton.LeftButton)
    assert demo_window.current_view == "share"
    qtbot.waitUntil(lambda: demo_window.share.pick.selected_ids() == [cid], timeout=WAIT)


def test_organise_several_adds_tags_and_collections(qtbot, demo_window) -> None:
    library = demo_window.library
    wallet = demo_window.session.wallet
    ids = _select_rows(library, [1, 3, 4])
    qtbot.mouseClick(library.organise_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, library)
    assert not dialog.title_edit.isVisible()
    qtbot.keyClicks(dialog.tags_edit, "portfolio")
    qtbot.keyClicks(dialog.collections_edit, "Public health roles")
    assert dialog.favourite.checkState() == Qt.CheckState.Unchecked
    with qtbot.waitSignal(dialog.curated, timeout=WAIT) as done:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert set(done.args[0].ids) == set(ids)
    for cid in ids:
        assert "portfolio" in wallet.curation(cid).tags
        assert wallet.curation(cid).collections == ("Public health roles",)
    qtbot.waitUntil(lambda: library.filters.set_value("collection", "Public health roles"), timeout=WAIT)
    assert sorted(library.selected_ids() or [library.proxy.index(r, 0).data(Roles.ID)
                                             for r in range(library.proxy.rowCount())]) == sorted(ids)


def test_hide_and_show_hidden(qtbot, demo_window) -> None:
    library = demo_window.library
    wallet = demo_window.session.wallet
    total = library.model.rowCount()
    cid = _click_row(qtbot, library, 0)
    title = library.proxy.index(0, 0).data()
    assert library.hide_button.text() == "Hide"
    library.list.setFocus()
    qtbot.keyClick(library.list, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: title not in _titles(library), timeout=WAIT)
    assert wallet.curation(cid).hidden
    assert library.proxy.rowCount() == total - 1
    assert "1 hidden" in library.count.text()
    # the hidden credential is still in the wallet and comes back with "Show hidden"
    qtbot.mouseClick(library.filters.show_hidden, Qt.MouseButton.LeftButton)
    assert library.filters.show_hidden.isChecked() and title in _titles(library)
    row = _titles(library).index(title)
    assert library.proxy.index(row, 0).data(Roles.HIDDEN)
    _select_rows(library, [row])
    assert library.hide_button.text() == "Show again"
    qtbot.mouseClick(library.hide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wallet.curation(cid).hidden, timeout=WAIT)
    qtbot.mouseClick(library.filters.show_hidden, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: title in _titles(library) and library.proxy.rowCount() == total, timeout=WAIT)


def test_delete_several_asks_first_and_undo_lasts_ten_seconds(qtbot, demo_window) -> None:
    library = demo_window.library
    wallet = demo_window.session.wallet
    total = library.model.rowCount()
    ids = _select_rows(library, [2, 3, 5])
    library.list.setFocus()
    qtbot.keyClick(library.list, Qt.Key.Key_Delete)
    box = library.findChild(QMessageBox, "confirm-delete")
    assert box is not None and box.isVisible() and "Delete 3 credentials" in box.text()
    assert "10 seconds" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()  # nothing happens
    library.session.runner.wait_idle(WAIT)
    assert library.model.rowCount() == total and all(c in {s.id for s in wallet.credentials()} for c in ids)

    qtbot.mouseClick(library.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: library.findChild(QMessageBox, "confirm-delete") is not None, timeout=WAIT)
    box = library.findChild(QMessageBox, "confirm-delete")
    yes = [b for b in box.buttons() if b.objectName() == "confirm-delete-yes"][0]
    assert yes.text() == "Delete 3"
    yes.click()
    qtbot.waitUntil(lambda: library.model.rowCount() == total - 3, timeout=WAIT)
    assert not set(ids) & {s.id for s in wallet.credentials()}
    assert library.notice.text() == "Deleted 3 credentials."
    assert library.undo_button.isVisible()
    assert library.undo_timer.isActive() and library.undo_timer.interval() == 10_000
    qtbot.mouseClick(library.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: library.model.rowCount() == total, timeout=WAIT)
    assert set(ids) <= {s.id for s in wallet.credentials()}
    assert not library.undo_timer.isActive()

    # after ten seconds the Undo goes away
    cid = _click_row(qtbot, library, 0)
    demo_window.activateWindow()  # the closed question box was the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is demo_window)
    library.list.setFocus()
    qtbot.keyClick(library.list, Qt.Key.Key_Delete)  # one: no question
    qtbot.waitUntil(lambda: library.model.rowCount() == total - 1, timeout=WAIT)
    assert library.undo_button.isVisible()
    library.undo_timer.timeout.emit()  # what the timer does after 10 s
    assert not library.undo_button.isVisible()
    assert cid not in {s.id for s in wallet.credentials()}
