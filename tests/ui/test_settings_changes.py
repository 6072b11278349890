"""Settings through the serial lane, and one change signal that refreshes only the views concerned."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialogButtonBox

from ui.main_window import MainWindow
from ui.theme import Theme


def test_settings_are_saved_in_the_wallet_and_the_theme_applies(qtbot, session, app_look) -> None:
    app = app_look
    theme = Theme(app, "light")
    window = MainWindow(session, theme=theme)
    qtbot.addWidget(window)
    window.show()
    try:
        session.create(window)
        qtbot.waitUntil(lambda: window.state == "open", timeout=30_000)
        window.settings_action.trigger()
        dialog = window.settings_dialog
        qtbot.waitUntil(dialog.save_button.isEnabled)  # loaded from the wallet
        assert dialog.theme.currentData() == "system"
        assert dialog.network.currentData() == "never"
        dialog.network.setCurrentIndex(dialog.network.findData("always"))
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        with qtbot.waitSignal(dialog.saved, timeout=30_000):
            qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                             Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: theme.scheme == "dark", timeout=30_000)
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
        # the widgets that existed before the change follow it too
        assert window.library.list.palette().color(QPalette.ColorRole.Base).lightness() < 80
        assert window.sidebar.palette().color(QPalette.ColorRole.Text).lightness() > 180
        assert session.wallet.setting("network") == "always"
        assert session.wallet.setting("theme") == "dark"
    finally:
        theme.apply("light")
        theme.deleteLater()


def test_a_new_did_refreshes_the_identity_view_and_not_the_library(qtbot, open_window) -> None:
    # the views' first loads are done (and delivered) before counting what the change reloads
    qtbot.waitUntil(lambda: open_window.session.runner.pending() == 0, timeout=30_000)
    qtbot.wait(50)
    library_resets: list[int] = []
    identity_resets: list[int] = []
    open_window.library.model.modelReset.connect(lambda: library_resets.append(1))
    open_window.identity.model.modelReset.connect(lambda: identity_resets.append(1))
    changes = []
    open_window.session.runner.wallet_changed.connect(changes.append)
    open_window.identity.create_did("ed25519", "Volunteering")
    qtbot.waitUntil(lambda: open_window.identity.model.rowCount() == 2, timeout=30_000)
    open_window.session.runner.wait_idle(30_000)
    assert [c.kind for c in changes] == ["dids"]
    assert identity_resets and not library_resets
