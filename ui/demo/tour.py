"""The guided tour of the demo wallet, for a career advisor showing it to students.

Five steps, each one a non-modal callout over the real window that *drives* the real views — it
navigates, selects, ticks boxes, signs and verifies — rather than showing pictures:

1. the library;
2. one micro-credential, selected, with the checks the wallet ran on it;
3. the skill journey;
4. sharing with selective disclosure (two stops: the share wizard on that micro-credential with
   the achievement name and one skill revealed and the preview read back; then its QR code);
5. verifying as an employer: the verifier on the sample ``samples/minimal-disclosure-presentation.json``
   under the sample request (challenge and domain).

The callout has a title, two or three sentences to read aloud, and Back / Next / End tour (Alt+B,
Alt+N, the arrow keys or Page Up/Down while it has focus, Esc to end). Work a step starts runs
through the session's serial lane like any other click; a line under the text ("live") reports what
the real view now shows. When the demo wallet opens the same callout first offers the tour once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.demo.tour_host import TourHost, WindowTourHost
from ui.tasks import OpContext
from wallet import Wallet

if TYPE_CHECKING:
    from ui.main_window import MainWindow

__all__ = ["STEP_COUNT", "STOPS", "Tour", "TourFacts", "TourPanel", "callout_position"]

_CORNERS = ("bottom-right", "bottom-left", "top-right", "top-left")


def callout_position(area: QRect, size: QSize, avoid: list[QRect], preferred: str, margin: int = 16) -> QPoint:
    """Where a callout of ``size`` sits in ``area`` without covering any rectangle of ``avoid`` (the
    widgets the stop points at): the ``preferred`` corner when it is clear, else the first clear corner
    or edge middle, else the place that covers the least of them."""
    w, h = size.width(), size.height()
    left, right = area.left() + margin, area.right() - w - margin + 1
    top, bottom = area.top() + margin, area.bottom() - h - margin + 1
    mid_x, mid_y = area.center().x() - w // 2, area.center().y() - h // 2
    places = {"bottom-right": (right, bottom), "bottom-left": (left, bottom), "top-right": (right, top),
              "top-left": (left, top)}
    order = [preferred, *(c for c in _CORNERS if c != preferred)]
    candidates = [places[c] for c in order if c in places] + [(mid_x, bottom), (mid_x, top), (left, mid_y),
                                                               (right, mid_y)]

    def covered(x: int, y: int) -> int:
        rect = QRect(x, y, w, h)
        return sum(rect.intersected(a).width() * rect.intersected(a).height() for a in avoid if rect.intersects(a))

    best = min(candidates, key=lambda p: (covered(*p) > 0, covered(*p)))  # min keeps the earliest of equals
    return QPoint(max(area.left(), best[0]), max(area.top(), best[1]))

# (stop key, the step it belongs to (1-based), where the callout sits)
STOPS: tuple[tuple[str, int, str], ...] = (
    ("library", 1, "bottom-right"),
    ("credential", 2, "bottom-right"),
    ("journey", 3, "bottom-right"),
    ("share-fields", 4, "bottom-left"),
    ("share-qr", 4, "bottom-left"),
    ("verify", 5, "bottom-left"),
)
STEP_COUNT = 5
MARGIN = 16
STATUS_MARKS = {"passed": "✓", "failed": "✗", "warning": "⚠", "not-checked": "?"}


@dataclass(frozen=True)
class TourFacts:
    """What the tour needs from the demo wallet, read once on the serial lane when it starts."""

    credential_id: str | None
    title: str
    issuer: str
    state: str
    checks: tuple[tuple[str, str], ...]  # (check name, status) of its stored report
    total: int
    states: dict[str, int] = field(default_factory=dict)
    persona: str = ""
    sample: Path | None = None


def read_facts(home: Path) -> Callable[[Wallet, OpContext], TourFacts]:
    """The job that reads :class:`TourFacts` (the tour's micro-credential is ``wallet.demo.MINIMAL_SAMPLE``)."""

    def job(wallet: Wallet, op: OpContext) -> TourFacts:
        from wallet.demo.data import MICRO
        from wallet.demo.issuer import MINIMAL_SAMPLE

        name = next(m.name for m in MICRO if m.key == MINIMAL_SAMPLE)
        rows = [c for c in wallet.credentials() if c.parent_id is None]
        states: dict[str, int] = {}
        for c in rows:
            states[c.state] = states.get(c.state, 0) + 1
        chosen = next((c for c in rows if c.title == name and c.format == "ldp-vc"), None)
        if chosen is None:  # deleted in the demo: any verified JSON-LD credential will do
            chosen = next((c for c in rows if c.format == "ldp-vc" and c.state == "verified"), None)
        checks: tuple[tuple[str, str], ...] = ()
        if chosen is not None:
            report = wallet.report(chosen.id)
            if report is not None:
                checks = tuple((c.name, c.status) for c in report.checks)
        demo = wallet.setting("demo") or {}
        sample = home / "samples" / "minimal-disclosure-presentation.json"
        return TourFacts(
            credential_id=chosen.id if chosen else None,
            title=chosen.display_title if chosen else "",
            issuer=chosen.issuer_name if chosen else "",
            state=chosen.state if chosen else "",
            checks=checks,
            total=len(rows),
            states=states,
            persona=str(demo.get("persona", "")) if isinstance(demo, dict) else "",
            sample=sample if sample.is_file() else None,
        )

    return job


class TourPanel(QFrame):
    """The callout: step, title, text to read aloud, a live line, Back / Next / End tour."""

    back_requested = Signal()
    next_requested = Signal()
    end_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tour-panel")
        self.setAccessibleName(self.tr("Guided tour"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "QFrame#tour-panel { background: palette(window); border: 2px solid #0a64d6; border-radius: 8px; }"
            "QLabel#tour-step { color: #0a64d6; font-weight: 700; }"
            "QLabel#tour-live { font-style: italic; }")
        self.step_label = QLabel()
        self.step_label.setObjectName("tour-step")
        self.step_label.setAccessibleName(self.tr("Tour step"))
        self.title = QLabel()
        self.title.setObjectName("tour-title")
        self.title.setAccessibleName(self.tr("Tour step title"))
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setObjectName("tour-body")
        self.body.setAccessibleName(self.tr("What to say"))
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.live = QLabel()
        self.live.setObjectName("tour-live")
        self.live.setAccessibleName(self.tr("What the screen shows now"))
        self.live.setWordWrap(True)
        self.live.setTextFormat(Qt.TextFormat.PlainText)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Previous tour step"))
        self.back_button.setToolTip(self.tr("Previous step (Alt+B, Left arrow)"))
        self.back_button.clicked.connect(self.back_requested)
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setAccessibleName(self.tr("Next tour step"))
        self.next_button.setToolTip(self.tr("Next step (Alt+N, Right arrow)"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next_requested)
        self.end_button = QPushButton(self.tr("End tour"))
        self.end_button.setAccessibleName(self.tr("End the guided tour"))
        self.end_button.setToolTip(self.tr("End the tour (Esc)"))
        self.end_button.clicked.connect(self.end_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.end_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.step_label)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.live)
        layout.addLayout(buttons)
        for keys, signal in (((Qt.Key.Key_Left, Qt.Key.Key_PageUp), self.back_requested),
                             ((Qt.Key.Key_Right, Qt.Key.Key_PageDown), self.next_requested)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(signal)
        self.corner = "bottom-right"
        self.targets: Callable[[], list[QWidget]] = list  # what the current stop points at (never covered)
        self._scale_title()
        self.hide()

    def _scale_title(self) -> None:
        """The title a third larger than the text, following the application font (presentation mode)."""
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.35)
        else:
            font.setPixelSize(round(font.pixelSize() * 1.35))
        font.setBold(True)
        self.title.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._scale_title()
            if self.isVisible():
                self.place()

    def show_text(self, step: str, title: str, body: str, live: str = "") -> None:
        self.step_label.setText(step)
        self.step_label.setVisible(bool(step))
        self.title.setText(title)
        self.body.setText(body)
        self.set_live(live)
        self.setAccessibleDescription(f"{title}. {body}")

    def set_live(self, text: str) -> None:
        self.live.setText(text)
        self.live.setVisible(bool(text))

    def place(self) -> None:
        """Float in ``corner`` of the parent, above the pages, sized to the text."""
        parent = self.parentWidget()
        if parent is None:
            return
        width = max(320, min(parent.width() // 2 - 2 * MARGIN, self.fontMetrics().averageCharWidth() * 64))
        self.setFixedWidth(width)
        height = self.heightForWidth(width) if self.hasHeightForWidth() else self.sizeHint().height()
        height = min(max(height, self.minimumSizeHint().height()), parent.height() - 2 * MARGIN)
        self.setFixedHeight(height)
        avoid = [QRect(t.mapTo(parent, QPoint(0, 0)), t.size()) for t in self.targets()
                 if t.isVisible() and (t is parent or parent.isAncestorOf(t))]
        self.move(callout_position(parent.rect(), QSize(width, height), avoid, self.corner))
        self.raise_()


class Tour(QObject):
    """Drives the main window through the tour; one per window (``window.demo_features.tour``)."""

    stop_entered = Signal(int)  # index into STOPS (-1: the offer)
    stop_ready = Signal(int)  # the stop's real view now shows what the text says
    finished = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.guide: TourHost = WindowTourHost(window)  # everything the tour asks of the window
        self.host: QWidget = self.guide.overlay()
        self.panel = TourPanel(self.host)
        self.panel.back_requested.connect(self.back)
        self.panel.next_requested.connect(self.next)
        self.panel.end_requested.connect(self.end)
        self.esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self.esc.setContext(Qt.ShortcutContext.WindowShortcut)
        self.esc.setEnabled(False)
        self.esc.activated.connect(self.end)
        self.host.installEventFilter(self)
        self.index = -2  # -2: not running, -1: offering, 0..: a stop
        self.ready_index = -2  # the stop whose view shows what its text says (after stop_ready)
        self.facts: TourFacts | None = None
        self._generation = 0
        self._waits: list[tuple[Any, Any]] = []
        self._qr_for: tuple[str | None, tuple[str, ...]] | None = None
        self._journey: Any = None

    # --- state --------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.index >= -1

    @property
    def stop_key(self) -> str | None:
        return STOPS[self.index][0] if self.index >= 0 else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() == QEvent.Type.Resize and self.panel.isVisible():
            self.panel.place()
        return False

    # --- entry points -------------------------------------------------------------------------
    def offer(self) -> None:
        """The once-per-opening invitation (nothing when a tour runs already)."""
        if self.active:
            return
        self.index = -1
        self.panel.corner = "bottom-right"
        self.panel.show_text("", self.tr("Welcome to the demo wallet"), self.tr(
            "This wallet belongs to a fictional student. Would you like a guided tour? Five steps, about two "
            "minutes; each one drives the real screens, so you can stop anywhere and carry on by hand."))
        self.panel.back_button.setVisible(False)
        self.panel.next_button.setText(self.tr("&Start the tour"))
        self.panel.next_button.setAccessibleName(self.tr("Start the guided tour"))
        self.panel.end_button.setText(self.tr("Not now"))
        self.panel.end_button.setAccessibleName(self.tr("Not now: close the tour offer"))
        self._show_panel()
        self.stop_entered.emit(-1)

    def start(self) -> None:
        """Help ▸ Guided tour: read the facts, then the first stop."""
        if not self.guide.is_open():
            return
        self._cancel_waits()
        self.index = -1
        self.panel.corner = "bottom-right"
        self.panel.show_text("", self.tr("Guided tour"), self.tr("Getting the tour ready…"))
        self._show_panel()
        session = self.guide.session()
        session.run(self.window, read_facts(session.home), success=self._facts_read)

    def _facts_read(self, facts: Any) -> None:
        self.facts = facts
        if self.index == -1:
            self.go(0)

    def next(self) -> None:
        if self.index == -1:
            if self.facts is None:
                self.start()
            else:
                self.go(0)
        elif 0 <= self.index < len(STOPS) - 1:
            self.go(self.index + 1)
        elif self.index == len(STOPS) - 1:
            self.end()

    def back(self) -> None:
        if self.index > 0:
            self.go(self.index - 1)

    def end(self) -> None:
        if not self.active:
            return
        self._cancel_waits()
        self.index = self.ready_index = -2
        self.panel.hide()
        self.esc.setEnabled(False)
        self.finished.emit()

    def go(self, index: int) -> None:
        """Show stop ``index`` and make the real views show it."""
        if self.facts is None or not 0 <= index < len(STOPS):
            return
        self._cancel_waits()
        self.index = index
        self.ready_index = -2
        key, step, corner = STOPS[index]
        title, body = self._texts(key)
        self.panel.corner = corner
        self.panel.targets = lambda: self._targets(key)
        self.panel.show_text(self.tr("Step %1 of %2").replace("%1", str(step)).replace("%2", str(STEP_COUNT)),
                             title, body, self.tr("Working…"))
        self.panel.back_button.setVisible(True)
        self.panel.back_button.setEnabled(index > 0)
        last = index == len(STOPS) - 1
        self.panel.next_button.setText(self.tr("&Finish") if last else
                                       self.tr("&Next: the QR code") if key == "share-fields" else self.tr("&Next"))
        self.panel.next_button.setAccessibleName(self.tr("Finish the guided tour") if last else
                                                 self.tr("Next tour step"))
        self.panel.end_button.setText(self.tr("End tour"))
        self.panel.end_button.setAccessibleName(self.tr("End the guided tour"))
        self._show_panel()
        self.stop_entered.emit(index)
        getattr(self, "_enter_" + key.replace("-", "_"))(self._generation)

    def screenshots(self, out: Path, render: Callable[[QWidget, Path], Path], settle: Callable[[], object],
                    timeout_s: float = 120.0) -> list[Path]:
        """Render every stop into ``out/tour-<n>.png`` (n = 1..6: stop order; step 4 has two stops)."""
        import time

        written: list[Path] = []
        if not self.guide.is_open():
            return written
        self.start()
        for i in range(len(STOPS)):
            deadline = time.monotonic() + timeout_s
            if i > 0 or self.facts is not None:
                while self.facts is None and time.monotonic() < deadline:
                    settle()
                self.go(i)
            while self.ready_index != i and time.monotonic() < deadline:
                settle()
            settle()
            written.append(render(self.window, out / f"tour-{i + 1}.png"))
        self.end()
        return written

    # --- the words ----------------------------------------------------------------------------
    def _texts(self, key: str) -> tuple[str, str]:
        f = self.facts
        assert f is not None
        persona = f.persona or self.tr("a fictional student")
        if key == "library":
            return self.tr("A student's wallet"), self.tr(
                "This is the wallet of %1, a fictional public-health student at North Prairie University. Every "
                "credential here is really signed by its issuer, just like the ones students receive. The library "
                "lists them all: who issued each one and whether it checks out.").replace("%1", persona)
        if key == "credential":
            return self.tr("One credential, checked"), self.tr(
                "Here is one micro-credential, “%1”. When it arrived, the wallet checked it on this computer "
                "without asking anyone: the issuer's signature and key, the dates, and that the issuer is one we "
                "trust. Below are those checks, as stored with the credential.").replace("%1", f.title)
        if key == "journey":
            return self.tr("The skill journey"), self.tr(
                "The journey turns the credentials into skills over time: courses, service-learning, jobs and "
                "volunteering, and how micro-credentials stack into competencies. Students see what they have "
                "and what is missing for the next one.")
        if key == "share-fields":
            return self.tr("Share only what is needed"), self.tr(
                "Now %1 applies for a job. She shares this one micro-credential and reveals only the achievement "
                "name and one skill; everything else stays private. The preview is read back from the signed "
                "presentation: exactly what the employer will see.").replace("%1", persona.split(" ")[0])
        if key == "share-qr":
            return self.tr("A QR code for the employer"), self.tr(
                "The wallet signs just those fields for this employer's request and draws them as a QR code. On a "
                "projector, press F11 for presentation mode; “Full screen” makes the code big enough for any "
                "phone.")
        return self.tr("Verify as an employer"), self.tr(
            "Now switch sides. The employer opens what the student sent — here the sample presentation with "
            "the same minimal disclosure — under their own request code. The verifier checks every signature "
            "and that it was made for this request, and shows only the fields the student chose.")

    # --- the stops ----------------------------------------------------------------------------
    def _enter_library(self, gen: int) -> None:
        self.guide.show_library_top()
        self._ready(gen, self._counts_text())

    def _counts_text(self) -> str:
        f = self.facts
        assert f is not None
        parts = [self.tr("%1 credentials").replace("%1", str(f.total))]
        words = {"verified": self.tr("%1 verified"), "expired": self.tr("%1 expired"),
                 "revoked": self.tr("%1 revoked"), "not-verified": self.tr("%1 not verified")}
        for state, text in words.items():
            if f.states.get(state):
                parts.append(text.replace("%1", str(f.states[state])))
        return " · ".join(parts)

    def _enter_credential(self, gen: int) -> None:
        f = self.facts
        assert f is not None
        self._wait(gen, self.guide.credential_shown(), self._credential_shown)
        if f.credential_id is None or not self.guide.open_credential_checks(f.credential_id):
            self._drop_waits()
            self._ready(gen, self.tr("That credential is no longer in the wallet: use File ▸ Reset demo."))

    def _credential_shown(self, gen: int, credential_id: str) -> None:
        self._ready(gen, self._checks_text())

    def _checks_text(self) -> str:
        from ui.verify.check_words import check_name

        f = self.facts
        assert f is not None
        checks = "  ·  ".join(f"{STATUS_MARKS.get(s, '?')}\u00a0{check_name(n)}".replace(" ", "\u00a0")
                              for n, s in f.checks)
        head = self.tr("Issued by %1").replace("%1", f.issuer) if f.issuer else ""
        return "\n".join(p for p in (head, checks) if p)

    def _enter_journey(self, gen: int) -> None:
        self._wait(gen, self.guide.journey_loaded(), self._journey_loaded)
        if not self.guide.show_journey():  # computed before and nothing changed since: nothing will be loaded
            self._ready(gen, self._journey_text())

    def _journey_loaded(self, gen: int, journey: Any) -> None:
        self._journey = journey
        self._ready(gen, self._journey_text())

    def _journey_text(self) -> str:
        j = self._journey
        if j is None:
            return ""
        return self.tr("%1 skills, %2 experiences, %3 stacks").replace("%1", str(len(j.skills))) \
            .replace("%2", str(len(j.nodes))).replace("%3", str(len(j.stacks)))

    def _share_ids(self) -> tuple[str, ...]:
        f = self.facts
        return (f.credential_id,) if f is not None and f.credential_id else ()

    def _enter_share_fields(self, gen: int) -> None:
        ids = self._share_ids()
        if not ids:
            self._ready(gen, self.tr("That credential is no longer in the wallet: use File ▸ Reset demo."))
            return
        self.guide.show_share()
        share = self.guide.share()
        if share.shares(ids):
            share.to_fields()
            self._reveal(gen)
            return
        self._wait(gen, share.step_changed, self._share_step)
        share.start(list(ids))

    def _share_step(self, gen: int, step: int) -> None:
        if step == 1:
            self._reveal(gen)

    def _reveal(self, gen: int) -> None:
        from wallet.demo.issuer import MINIMAL_REVEAL

        share = self.guide.share()
        cid = self._share_ids()[0]
        self._drop_waits()
        self._wait(gen, share.preview_updated, self._previewed)
        share.reveal(cid, list(MINIMAL_REVEAL))

    def _previewed(self, gen: int) -> None:
        self._ready(gen, self.guide.share().preview_text())

    def _enter_share_qr(self, gen: int) -> None:
        from ui.share.request_code import request_code_text
        from wallet.demo.issuer import MINIMAL_REVEAL, SAMPLE_CHALLENGE, SAMPLE_DOMAIN

        share = self.guide.share()
        ids = self._share_ids()
        self.guide.show_share()
        if not ids:
            self._ready(gen, self.tr("That credential is no longer in the wallet: use File ▸ Reset demo."))
            return
        shown = share.current_qr()
        if shown is not None and self._qr_for == (shown, ids) and share.shares(ids):
            share.show_output()
            self._ready(gen, share.qr_info_text())
            return
        if not share.shares(ids):
            # came here without the fields stop (e.g. the wizard was restarted by hand): set it up again
            self._wait(gen, share.step_changed, self._share_step_then_qr)
            share.start(list(ids))
            return
        self._wait(gen, share.qr_shown, self._qr_shown)
        share.make_qr(ids[0], list(MINIMAL_REVEAL), request_code_text(SAMPLE_CHALLENGE, SAMPLE_DOMAIN))

    def _share_step_then_qr(self, gen: int, step: int) -> None:
        if step == 1:
            self._drop_waits()
            self._enter_share_qr(gen)

    def _qr_shown(self, gen: int, text: str) -> None:
        self._qr_for = (text, self._share_ids())
        self._ready(gen, self.guide.share().qr_info_text())

    def _enter_verify(self, gen: int) -> None:
        from wallet.demo.issuer import SAMPLE_CHALLENGE, SAMPLE_DOMAIN

        f = self.facts
        assert f is not None
        if f.sample is None:
            self.guide.show_verify()
            self._ready(gen, self.tr("The employer sample is missing: use File ▸ Reset demo."))
            return
        self._wait(gen, self.guide.verification_finished(), self._verified)
        self.guide.verify_sample(f.sample, SAMPLE_CHALLENGE, SAMPLE_DOMAIN)

    def _verified(self, gen: int, record: Any) -> None:
        from ui.verify.check_words import check_name, verdict_words

        checks = [c for r in record.reports for c in (*r.checks, *(c for n in r.credentials for c in n.checks))]
        passed = sum(1 for c in checks if c.status == "passed")
        others = [f"{STATUS_MARKS.get(c.status, '?')} {check_name(c.name)}" for c in checks
                  if c.status != "passed"]
        shown = sum(len(s.fields) for s in record.shown)
        text = self.tr("%1: %2 checks passed").replace("%1", verdict_words(record.verdict)).replace("%2", str(passed))
        if others:
            text += " · " + ", ".join(others)
        warned = [c for c in checks if c.status != "passed"]
        if warned and all(c.name == "schema" and c.status == "warning" and "not disclosed" in c.detail
                          for c in warned):
            text += " " + self.tr("(not a failure: it notes the fields the student kept private)")
        text += "\n" + self.tr("%1 fields shown to the employer").replace("%1", str(shown))
        self._ready(gen, text)

    def _targets(self, key: str) -> list[QWidget]:
        """The widgets stop ``key`` points at: the callout never covers them."""
        return self.guide.targets(key)

    # --- plumbing -----------------------------------------------------------------------------
    def _show_panel(self) -> None:
        self.esc.setEnabled(True)
        self.panel.show()
        self.panel.place()
        self.panel.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ready(self, gen: int, live: str) -> None:
        if gen != self._generation or self.index < 0:
            return
        self._drop_waits()
        self.ready_index = self.index
        self.panel.set_live(live)
        self.panel.place()
        self.panel.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.stop_ready.emit(self.index)

    def _wait(self, gen: int, signal: Any, slot: Callable[..., None]) -> None:
        """Call ``slot(gen, *args)`` the next time ``signal`` fires during this stop."""
        handler = _Waiter(self, gen, slot)
        signal.connect(handler.fire)
        self._waits.append((signal, handler))

    def _cancel_waits(self) -> None:
        """A new stop (or the end): callbacks of the previous one are ignored."""
        self._generation += 1
        self._drop_waits()

    def _drop_waits(self) -> None:
        waits, self._waits = self._waits, []
        for signal, handler in waits:
            try:
                signal.disconnect(handler.fire)
            except (RuntimeError, TypeError):
                pass
            handler.deleteLater()


class _Waiter(QObject):
    """One pending "when this signal fires" of a stop; a QObject so the connection is to a bound method."""

    def __init__(self, tour: Tour, gen: int, slot: Callable[..., None]) -> None:
        super().__init__(tour)
        self.tour, self.gen, self.slot = tour, gen, slot

    def fire(self, *args: Any) -> None:
        if self.gen == self.tour._generation:  # noqa: SLF001
            QTimer.singleShot(0, self._call(args))

    def _call(self, args: tuple[Any, ...]) -> Callable[[], None]:
        def call() -> None:
            if self.gen == self.tour._generation:  # noqa: SLF001
                self.slot(self.gen, *args)

        return call
