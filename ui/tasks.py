"""The one background-operation runner, in the style of Anki's ``QueryOp`` / ``CollectionOp``.

``run_op(parent, fn, success=..., failure=...)`` runs ``fn(op)`` off the GUI thread and calls
``success(result)`` or ``failure(exc)`` back on the GUI thread. ``op`` is an :class:`OpContext`:
``op.cancelled()`` is a flag the function polls, ``op.progress(done, total, text)`` reports
progress.

Two lanes:

* the **serial lane** (one thread) for everything that touches the wallet: SQLite and the
  keychain are used from one worker at a time, in submission order;
* the **parallel lane** (``serial=False``) for pure functions (verification of a file that is not
  stored, rendering, canonicalization).

Rules kept here so callers cannot get them wrong:

* worker signals are connected (queued) to bound methods of :class:`Op`, a QObject living on the
  GUI thread, never to lambdas;
* a progress dialog with Cancel appears only when the task takes longer than ~300 ms;
* failures are worded by :func:`ui.errors.describe`; ``Cancelled`` is silent;
* when the result is a :class:`wallet.Change` (or a tuple ending with one), the runner emits
  ``wallet_changed(change)`` exactly once, before ``success`` runs; views refresh only what changed;
* a job that builds many objects meant to live on (opening the wallet, loading the library) wraps that
  work in ``op.collector_paused()``: see :class:`CollectorPause`.
"""

from __future__ import annotations

import gc
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ui.errors import Problem, describe
from wallet import Change
from wallet.errors import Cancelled

__all__ = ["CollectorPause", "Op", "OpContext", "Runner", "run_op", "runner"]

PROGRESS_DELAY_MS = 300
PASS_BUDGET_S = 0.02  # callbacks of finished operations per event-loop pass (see Runner._drain)
_LOOP_RAN_S = 0.005  # a pause this long between two callbacks means the event loop ran in between


class CollectorPause:
    """Python's cyclic garbage collector held off while a job builds many long-lived objects.

    Opening a 10,000-credential wallet creates some 300,000 containers (the decrypted summaries, the
    library's rows), all of which stay alive. Every collection the allocations trigger meanwhile walks
    everything built so far only to find it alive: measured, that was 40-50 % of opening. While any
    job is inside :meth:`paused` the collector does not run (process-wide, so the GUI thread building
    the window gains too); when the last one leaves, what exists is moved out of the collector's
    generations (``gc.freeze``) before it runs again, so the first collections afterwards (on the GUI
    thread, during a paint or a keystroke) do not walk the 300,000 objects either. Frozen objects are
    still freed when nothing refers to them (the summaries hold no reference cycles); only a reference
    cycle already alive at that moment would stay until exit. Nested and concurrent jobs count.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._was_enabled = False

    @contextmanager
    def paused(self) -> Iterator[None]:
        with self._lock:
            if self._depth == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._depth += 1
        try:
            yield
        finally:
            with self._lock:
                self._depth -= 1
                if self._depth == 0:
                    gc.freeze()
                    if self._was_enabled:
                        gc.enable()


class OpContext:
    """Handed to the background function: a cancel flag to poll, a progress reporter, and
    :meth:`collector_paused` for work that builds many long-lived objects."""

    def __init__(self, signals: _JobSignals, collector: CollectorPause | None = None) -> None:
        self._signals = signals
        self._cancel = threading.Event()
        self._collector = collector or CollectorPause()

    def collector_paused(self) -> Any:
        """A context manager: the garbage collector paused inside it (see :class:`CollectorPause`)."""
        return self._collector.paused()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled("Cancelled.")

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._signals.progressed.emit(int(done), int(total), str(text))

    def cancel(self) -> None:
        self._cancel.set()


class _JobSignals(QObject):
    started = Signal()
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[OpContext], Any], signals: _JobSignals, context: OpContext) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._signals = signals
        self._context = context

    def run(self) -> None:
        self._signals.started.emit()
        try:
            result = self._fn(self._context)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class Op(QObject):
    """One running operation, on the GUI thread. Its signals are for observers (tests, status bars)."""

    started = Signal()
    progressed = Signal(int, int, str)
    finished = Signal(object)  # the result
    failed = Signal(object)  # the exception (not emitted for Cancelled)
    cancelled = Signal()

    def __init__(self, runner: Runner, parent_widget: QWidget | None, success: Callable[[Any], None] | None,
                 failure: Callable[[BaseException], None] | None, progress_label: str | None) -> None:
        super().__init__(runner)
        self._runner = runner
        self._parent_widget = parent_widget
        self._success = success
        self._failure = failure
        self._label = progress_label
        self._dialog: QProgressDialog | None = None
        self._done = False
        self._last_progress = (0, 0, "")
        # created here, so it lives on the GUI thread; owned by this Op, so it is destroyed with it on the
        # GUI thread (never by Python's garbage collector on a worker thread)
        self.signals = _JobSignals(self)
        self.context = OpContext(self.signals, runner.collector)
        queued = Qt.ConnectionType.QueuedConnection
        self.signals.started.connect(self._on_started, queued)
        self.signals.progressed.connect(self._on_progressed, queued)
        self.signals.succeeded.connect(self._queue_succeeded, queued)
        self.signals.failed.connect(self._queue_failed, queued)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_progress)

    @property
    def done(self) -> bool:
        return self._done

    def cancel(self) -> None:
        self.context.cancel()

    # --- GUI-thread slots -------------------------------------------------------------------
    def _on_started(self) -> None:
        self.started.emit()
        if self._label is not None:
            self._timer.start(PROGRESS_DELAY_MS)

    def _on_progressed(self, done: int, total: int, text: str) -> None:
        self._last_progress = (done, total, text)
        if self._dialog is not None:
            self._update_dialog()
        self.progressed.emit(done, total, text)

    def _show_progress(self) -> None:
        if self._done or not self._parent_alive():
            return
        dialog = QProgressDialog(self._label or "", QCoreApplication.translate("tasks", "Cancel"), 0, 0,
                                 self._parent_widget)
        dialog.setWindowTitle(QCoreApplication.translate("tasks", "Working"))
        dialog.setAccessibleName(QCoreApplication.translate("tasks", "Progress"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self._dialog = dialog
        self._update_dialog()
        dialog.show()

    def _update_dialog(self) -> None:
        assert self._dialog is not None
        done, total, text = self._last_progress
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total else 0)
        if text:
            self._dialog.setLabelText(f"{self._label}\n{text}" if self._label else text)

    def _finish(self) -> None:
        self._done = True
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self._runner._forget(self)

    def _parent_alive(self) -> bool:
        return self._parent_widget is None or shiboken6.isValid(self._parent_widget)

    # results are handed over in arrival order, within a budget per event-loop pass (see Runner._drain)
    def _queue_succeeded(self, result: Any) -> None:
        self._runner._deliver(self._on_succeeded, result)

    def _queue_failed(self, exc: BaseException) -> None:
        self._runner._deliver(self._on_failed, exc)

    def _on_succeeded(self, result: Any) -> None:
        self._finish()
        change = _change_of(result)
        if change is not None:
            self._runner.wallet_changed.emit(change)
        self.finished.emit(result)
        if self._success is not None and self._parent_alive():
            self._success(result)
        self.deleteLater()

    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(exc)
            if self._parent_alive():
                if self._failure is not None:
                    self._failure(exc)
                else:
                    show_problem(self._parent_widget, describe(exc))
        self.deleteLater()


def _change_of(result: Any) -> Change | None:
    if isinstance(result, Change):
        return result
    if isinstance(result, tuple) and result and isinstance(result[-1], Change):
        return result[-1]
    return None


def show_problem(parent: QWidget | None, problem: Problem | None) -> QMessageBox | None:
    """A non-blocking message box for ``problem`` (nothing for ``None``)."""
    if problem is None:
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, problem.title, problem.message, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("problem-box")
    box.setAccessibleName(problem.title)
    if problem.fix:
        box.setInformativeText(problem.fix)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class Runner(QObject):
    """The app-wide runner: the two lanes and the one change signal."""

    wallet_changed = Signal(object)  # wallet.Change, once per mutation
    busy_changed = Signal(bool)
    _next_ready = Signal()  # internal: deliver the next finished operation's callback

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learner-wallet-runner")
        self._serial = QThreadPool(self)
        self._serial.setMaxThreadCount(1)
        self._serial.setExpiryTimeout(-1)  # keep the one wallet thread alive
        self._parallel = QThreadPool(self)
        self.collector = CollectorPause()  # one per app: the collector is process-wide
        self._ops: list[Op] = []
        # Finished operations call back within a time budget per event-loop pass: when several results
        # arrive together (e.g. every view reloading after an import), their callbacks do not add up to
        # one long stall; what is over budget waits for the next pass (a queued call is a posted event,
        # and Qt delivers events posted during a pass in the next pass).
        self._ready: deque[tuple[Callable[[Any], None], Any]] = deque()
        self._scheduled = False
        self._spent = 0.0
        self._last_end = 0.0
        self._next_ready.connect(self._deliver_next, Qt.ConnectionType.QueuedConnection)

    def run(self, parent: QWidget | None, fn: Callable[[OpContext], Any], *,
            success: Callable[[Any], None] | None = None, failure: Callable[[BaseException], None] | None = None,
            progress_label: str | None = None, serial: bool = True) -> Op:
        op = Op(self, parent, success, failure, progress_label)
        self._ops.append(op)
        if len(self._ops) == 1:
            self.busy_changed.emit(True)
        job = _Job(fn, op.signals, op.context)
        (self._serial if serial else self._parallel).start(job)
        return op

    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        self._ready.append((callback, value))
        if not self._scheduled:
            self._drain()

    def _drain(self) -> None:
        """Run ready callbacks until this pass has spent ``PASS_BUDGET_S`` in them; the rest wait for the next."""
        if time.monotonic() - self._last_end > _LOOP_RAN_S:
            self._spent = 0.0  # the event loop has run since the last callback: a fresh budget
        while self._ready:
            if self._spent >= PASS_BUDGET_S:
                self._scheduled = True
                self._next_ready.emit()
                return
            callback, value = self._ready.popleft()
            started = time.monotonic()
            try:
                callback(value)
            except BaseException:
                if self._ready and not self._scheduled:  # the others still get their turn
                    self._scheduled = True
                    self._next_ready.emit()
                raise
            finally:
                self._last_end = time.monotonic()
                self._spent += self._last_end - started

    def _deliver_next(self) -> None:
        self._scheduled = False
        self._spent = 0.0
        self._drain()

    def _forget(self, op: Op) -> None:
        if op in self._ops:
            self._ops.remove(op)
            if not self._ops:
                self.busy_changed.emit(False)

    def pending(self) -> int:
        return len(self._ops)

    def wait_idle(self, timeout_ms: int = 60_000) -> bool:
        """Process events until every operation has called back (for scripted runs and tests)."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._ops and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            self._serial.waitForDone(5)
            self._parallel.waitForDone(5)
        QCoreApplication.processEvents()
        return not self._ops

    def shutdown(self) -> None:
        for op in list(self._ops):
            op.cancel()
        self._serial.waitForDone()
        self._parallel.waitForDone()


def runner() -> Runner:
    """The app's runner: a child of the QApplication (created on first use), not a module global."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    found = app.findChild(Runner, "learner-wallet-runner")
    return found if found is not None else Runner(app)


def run_op(parent: QWidget | None, fn: Callable[[OpContext], Any], *,
           success: Callable[[Any], None] | None = None, failure: Callable[[BaseException], None] | None = None,
           progress_label: str | None = None, serial: bool = True) -> Op:
    """Run ``fn(op)`` on a background lane; see the module docstring."""
    return runner().run(parent, fn, success=success, failure=failure, progress_label=progress_label, serial=serial)
