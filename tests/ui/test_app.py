"""The ``learner-wallet`` command: --version, --screenshot (one non-blank PNG per view), --demo, --verify."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ui.app import build_parser, main
from ui.main_window import VIEW_NAMES
from wallet import Wallet, __version__

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "ui.app", *args], cwd=ROOT, env=full_env, capture_output=True,
                          text=True, timeout=240)


def _variance(path: Path) -> float:
    """Variance of the grey level over a grid of pixels: 0 for a blank (one-colour) image."""
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not a readable image"
    assert image.width() >= 600 and image.height() >= 400
    greys = [image.pixelColor(x, y).lightness()
             for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)]
    mean = sum(greys) / len(greys)
    return sum((g - mean) ** 2 for g in greys) / len(greys)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"learner-wallet {__version__}"
    done = _run("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"learner-wallet {__version__}"


def test_options_parse() -> None:
    args = build_parser().parse_args(["--home", "/tmp/x", "--verify", "--demo"])
    assert (args.home, args.verify, args.demo) == ("/tmp/x", "", True)
    assert build_parser().parse_args([]).verify is None
    assert main(["--verify", "/no/such/file.json"]) == 2


def test_screenshot_without_a_wallet_renders_first_run_and_every_view(keychain: None, tmp_path: Path) -> None:
    home, out = tmp_path / "empty-home", tmp_path / "shots"
    done = _run("--screenshot", str(out), env={"LEARNER_WALLET_HOME": str(home)})
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    assert names == sorted(["first-run.png", "settings.png", *(f"{v}.png" for v in VIEW_NAMES)])
    variances = {p.name: _variance(p) for p in out.glob("*.png")}
    assert all(v > 20 for v in variances.values()), variances
    assert not Wallet.exists(home)  # the views were rendered on a temporary wallet, not in the home


def test_screenshot_of_an_existing_wallet_and_verify_file(keychain: None, wallet_home: Path, tmp_path: Path) -> None:
    Wallet.create(wallet_home).close()
    target = tmp_path / "candidate.json"
    target.write_text("{}")
    out = tmp_path / "shots"
    done = _run("--home", str(wallet_home), "--screenshot", str(out), "--verify", str(target))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.glob("*.png")) == sorted(["settings.png", *(f"{v}.png" for v in VIEW_NAMES)])
    assert all(_variance(p) > 20 for p in out.glob("*.png"))


def test_screenshot_of_the_demo_shows_the_demo_mark(keychain: None, tmp_path: Path, forget) -> None:
    demo, out = tmp_path / "demo-home", tmp_path / "shots"
    try:
        done = _run("--demo", "--screenshot", str(out), env={"LEARNER_WALLET_DEMO_HOME": str(demo)})
        assert done.returncode == 0, done.stderr
        assert Wallet.exists(demo)
        library = QImage(str(out / "library.png"))
        # the red DEMO band across the top of the window (below the menu bar)
        reds = [library.pixelColor(x, y) for x in range(200, 600, 50) for y in range(20, 60)]
        assert any(c.red() > 150 and c.green() < 80 and c.blue() < 80 for c in reds)
    finally:
        forget(demo)


PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.app import main
from ui.main_window import MainWindow

seen = []

def look():
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow) and w.isVisible():
            seen.append((w.pages.currentWidget().objectName(), w.current_view, w.sidebar.isVisible()))
            w.close()
    QApplication.instance().quit()

app = QApplication(sys.argv[:1])
QTimer.singleShot(300, look)
code = main(sys.argv[1:])
print(repr((code, seen)))
"""


@pytest.mark.parametrize(("extra", "expected"), [
    ((), ("first-run", "library", False)),
    (("--verify",), ("verify", "verify", True)),
])
def test_main_with_no_wallet_opens_the_first_run_or_the_verifier(keychain, wallet_home: Path, extra,
                                                                   expected) -> None:
    """``learner-wallet`` in a real event loop (its own process), looked at from inside the loop."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", PROBE, "--home", str(wallet_home), *extra], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == repr((0, [expected]))
    assert not Wallet.exists(wallet_home)


def test_the_wallet_starts_opening_before_the_window_is_built(qtbot, runner, wallet_home: Path) -> None:
    """As the app starts: the opening overlaps building the window; the window's start() joins it
    (one opening, no progress dialog), and every view hears ``opened``."""
    from ui.main_window import MainWindow
    from ui.session import Session

    Wallet.create(wallet_home, label="Sam").close()
    session = Session(wallet_home, runner)
    jobs: list[object] = []
    job = session._open_job
    session._open_job = lambda op: jobs.append(op) or job(op)  # type: ignore[method-assign]
    session.open_early()
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.start()
    assert window.state == "opening"
    qtbot.waitUntil(lambda: window.state == "open", timeout=60_000)
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=60_000)
    assert len(jobs) == 1
    assert window.identity.model.rowCount() == 1  # a view connected after open_early() still loaded
    session.wallet.close()
    session.wallet = None
