"""Navigation by click and by shortcut, the menus, accessible names, About."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui.main_window import VIEW_NAMES
from wallet import __version__


def _activate(qtbot, window) -> None:
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_sidebar_click_switches_views(qtbot, open_window) -> None:
    for row in (4, 1, 2, 3, 0):
        item = open_window.sidebar.item(row)
        rect = open_window.sidebar.visualItemRect(item)
        qtbot.mouseClick(open_window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert open_window.current_view == VIEW_NAMES[row]
        assert open_window.pages.currentWidget() is open_window.views[VIEW_NAMES[row]]


@pytest.mark.parametrize(("key", "name"), [(Qt.Key.Key_1, "library"), (Qt.Key.Key_2, "journey"),
                                           (Qt.Key.Key_3, "share"), (Qt.Key.Key_4, "verify"),
                                           (Qt.Key.Key_5, "identity")])
def test_ctrl_number_switches_views(qtbot, open_window, key, name) -> None:
    open_window.show_view("share" if name != "share" else "library")
    _activate(qtbot, open_window)
    qtbot.keyClick(open_window, key, Qt.KeyboardModifier.ControlModifier)
    assert open_window.pages.currentWidget() is open_window.views[name]
    assert open_window.sidebar.currentRow() == VIEW_NAMES.index(name)


def test_ctrl_f_focuses_the_library_search(qtbot, open_window) -> None:
    open_window.show_view("identity")
    _activate(qtbot, open_window)
    qtbot.keyClick(open_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert open_window.pages.currentWidget() is open_window.library
    qtbot.waitUntil(lambda: QApplication.focusWidget() is open_window.library.search)


def test_ctrl_o_opens_the_import_dialog(qtbot, open_window) -> None:
    open_window.show_view("journey")
    _activate(qtbot, open_window)
    qtbot.keyClick(open_window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert open_window.pages.currentWidget() is open_window.library
    dialog = open_window.import_flow._dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_placeholders_say_what_is_coming(open_window) -> None:
    assert open_window.views["journey"].body.text().startswith("The skill journey appears here once")


def test_every_control_has_an_accessible_name(qtbot, open_window) -> None:
    kinds = (QAbstractButton, QLineEdit, QAbstractItemView, QComboBox, QPlainTextEdit)
    missing = []
    for name in VIEW_NAMES:
        open_window.show_view(name)
        for widget in open_window.findChildren(QWidget):
            if isinstance(widget, kinds) and widget.isVisibleTo(open_window) and not widget.accessibleName():
                missing.append(f"{name}: {type(widget).__name__} {widget.objectName()!r}")
    assert missing == []
    assert open_window.sidebar.accessibleName() == "Views"


def test_about_shows_the_version(qtbot, open_window) -> None:
    open_window.about_action.trigger()
    dialog = open_window.about_dialog
    assert dialog.isVisible()
    assert __version__ in dialog.findChild(type(open_window.opening), "about-version").text()
    dialog.close()


def test_verify_is_reachable_without_a_wallet(qtbot, window, tmp_path) -> None:
    target = tmp_path / "candidate.json"
    target.write_text("{}")
    window.verify.set_file(target)
    window.start("verify")
    assert window.pages.currentWidget() is window.verify
    assert window.sidebar.isVisible()
    assert target.name in window.verify.file_label.text()  # the header names the input to verify
    window.show_view("library")
    assert window.pages.currentWidget() is window.first_run
