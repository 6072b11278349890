"""The background-operation runner: signal order, lanes, change signal, failures and Cancel."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from ui.errors import describe
from ui.tasks import OpContext, Runner, run_op
from wallet import Change
from wallet.errors import Cancelled, InputError, KeychainLocked, KeychainUnavailable, StoreCorrupt


class Recorder(QObject):
    """Collects what an Op announces, through bound methods (as the app does)."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[tuple] = []

    def started(self) -> None:
        self.events.append(("started",))

    def progressed(self, done: int, total: int, text: str) -> None:
        self.events.append(("progress", done, total, text))

    def finished(self, result: object) -> None:
        self.events.append(("finished", result))

    def failed(self, exc: object) -> None:
        self.events.append(("failed", exc))

    def cancelled(self) -> None:
        self.events.append(("cancelled",))

    def success(self, result: object) -> None:
        self.events.append(("success", result, threading.get_ident()))

    def failure(self, exc: BaseException) -> None:
        self.events.append(("failure", exc, threading.get_ident()))

    def changed(self, change: Change) -> None:
        self.events.append(("changed", change))

    def watch(self, op) -> None:
        op.started.connect(self.started)
        op.progressed.connect(self.progressed)
        op.finished.connect(self.finished)
        op.failed.connect(self.failed)
        op.cancelled.connect(self.cancelled)


def _two_steps(op: OpContext) -> int:
    op.progress(1, 2, "first")
    op.progress(2, 2, "second")
    return 42


def test_signal_order_started_progress_finished_then_success_on_gui_thread(qtbot, runner: Runner) -> None:
    rec = Recorder()
    op = run_op(None, _two_steps, success=rec.success)
    rec.watch(op)
    qtbot.waitUntil(lambda: any(e[0] == "success" for e in rec.events))
    assert [e[:4] for e in rec.events[:4]] == [("started",), ("progress", 1, 2, "first"),
                                               ("progress", 2, 2, "second"), ("finished", 42)]
    assert rec.events[4][:2] == ("success", 42)
    assert rec.events[4][2] == threading.get_ident()  # the callback ran on the GUI thread
    assert runner.pending() == 0


def test_failure_is_worded_in_one_place_and_shown_to_the_parent(qtbot, runner: Runner) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    rec = Recorder()

    def boom(op: OpContext) -> None:
        raise KeychainUnavailable("No Secret Service answered.", fix="Start gnome-keyring and unlock it.")

    op = run_op(parent, boom)
    rec.watch(op)
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, "problem-box") is not None)
    box = parent.findChild(QMessageBox, "problem-box")
    assert box.windowTitle() == "No keychain available"
    assert box.text() == "No Secret Service answered."
    assert box.informativeText() == "Start gnome-keyring and unlock it."
    assert [e[0] for e in rec.events] == ["started", "failed"]
    box.close()


def test_failure_callback_replaces_the_message_box(qtbot, runner: Runner) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    rec = Recorder()

    def bad(op: OpContext) -> None:
        raise InputError("That file is not a credential.")

    run_op(parent, bad, failure=rec.failure)
    qtbot.waitUntil(lambda: bool(rec.events))
    kind, exc, thread = rec.events[0]
    assert kind == "failure" and isinstance(exc, InputError) and thread == threading.get_ident()
    assert parent.findChild(QMessageBox) is None


@pytest.mark.parametrize(
    ("exc", "title", "fix"),
    [
        (KeychainLocked("The keychain is locked."), "The keychain is locked", "Unlock your keychain"),
        (KeychainUnavailable("No keychain.", fix="Install one."), "No keychain available", "Install one."),
        (StoreCorrupt("The database is damaged."), "The wallet database is damaged", "Restore the wallet"),
        (InputError("Not JSON."), "This input cannot be used", ""),
        (ValueError("oops"), "Something went wrong", "This is a bug"),
    ],
)
def test_describe_maps_exception_types_to_words(qapp, exc: BaseException, title: str, fix: str) -> None:
    problem = describe(exc)
    assert problem is not None
    assert problem.title == title
    assert problem.fix.startswith(fix) and (fix or problem.fix == "")
    assert (problem.message == exc.message) if hasattr(exc, "message") else "oops" in problem.message


def test_cancelled_is_silent(qapp) -> None:
    assert describe(Cancelled("Import cancelled.")) is None


def test_a_change_result_is_broadcast_once_before_success(qtbot, runner: Runner) -> None:
    rec = Recorder()
    runner.wallet_changed.connect(rec.changed)
    try:
        change = Change("dids", ("did:key:z6Mk-test",))
        run_op(None, _ReturnValue(("did:key:z6Mk-test", change)), success=rec.success)
        run_op(None, _ReturnValue("plain"), success=rec.success)
        qtbot.waitUntil(lambda: len([e for e in rec.events if e[0] == "success"]) == 2)
    finally:
        runner.wallet_changed.disconnect(rec.changed)
    assert [e[0] for e in rec.events] == ["changed", "success", "success"]
    assert rec.events[0][1] == change


class _ReturnValue:
    def __init__(self, value: object) -> None:
        self.value = value

    def __call__(self, op: OpContext) -> object:
        return self.value


def test_serial_lane_runs_one_at_a_time_off_the_gui_thread(qtbot, runner: Runner) -> None:
    log: list[tuple[str, int]] = []

    def first(op: OpContext) -> None:
        log.append(("first-start", threading.get_ident()))
        time.sleep(0.05)
        log.append(("first-end", threading.get_ident()))

    def second(op: OpContext) -> None:
        log.append(("second", threading.get_ident()))

    run_op(None, first)
    run_op(None, second)
    assert runner.wait_idle(10_000)
    assert [name for name, _ in log] == ["first-start", "first-end", "second"]
    threads = {t for _, t in log}
    assert len(threads) == 1 and threading.get_ident() not in threads


def test_parallel_lane_runs_beside_the_serial_lane(qtbot, runner: Runner) -> None:
    gate = threading.Event()
    rec = Recorder()

    def serial_waits(op: OpContext) -> str:
        if not gate.wait(10):
            raise RuntimeError("the parallel lane never ran")
        return "serial"

    def parallel_opens_the_gate(op: OpContext) -> str:
        gate.set()
        return "parallel"

    run_op(None, serial_waits, success=rec.success)
    run_op(None, parallel_opens_the_gate, success=rec.success, serial=False)
    assert runner.wait_idle(15_000)
    assert sorted(e[1] for e in rec.events) == ["parallel", "serial"]


def test_progress_dialog_appears_for_long_tasks_and_cancel_stops_them(qtbot, runner: Runner) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    rec = Recorder()
    release = threading.Event()

    def long_task(op: OpContext) -> None:
        for i in range(1000):
            op.progress(i, 1000, f"item {i}")
            if op.cancelled():
                raise Cancelled("Stopped.")
            release.wait(0.02)
        raise AssertionError("never cancelled")

    op = run_op(parent, long_task, failure=rec.failure, progress_label="Importing credentials…")
    rec.watch(op)
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog) is not None, timeout=10_000)
    dialog = parent.findChild(QProgressDialog)
    assert "Importing credentials…" in dialog.labelText()
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("cancelled",) in rec.events, timeout=10_000)
    release.set()
    assert not any(e[0] in ("failure", "failed") for e in rec.events)  # Cancelled is silent
    assert parent.findChild(QMessageBox) is None
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog) is None or not parent.findChild(QProgressDialog).isVisible())


def test_quick_tasks_show_no_progress_dialog(qtbot, runner: Runner) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    rec = Recorder()
    run_op(parent, _ReturnValue(1), success=rec.success, progress_label="Working…")
    qtbot.waitUntil(lambda: bool(rec.events))
    qtbot.wait(400)  # longer than the progress delay: the timer was stopped when the task ended
    assert parent.findChild(QProgressDialog) is None


def test_callbacks_are_skipped_when_the_parent_is_gone(qtbot, runner: Runner) -> None:
    parent = QWidget()
    rec = Recorder()
    gate = threading.Event()

    def waits(op: OpContext) -> int:
        gate.wait(10)
        return 1

    op = run_op(parent, waits, success=rec.success)
    rec.watch(op)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent))
    gate.set()
    qtbot.waitUntil(lambda: any(e[0] == "finished" for e in rec.events))
    assert not any(e[0] == "success" for e in rec.events)


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)

