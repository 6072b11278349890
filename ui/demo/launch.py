"""Opening the demo wallet from inside the app: a second window, in its own process, on the demo folder.

The demo lives in a separate folder with its own keys (never mixed with the learner's wallet), so the
app starts itself again with ``--demo`` rather than switching the open wallet. Works the same from a
source checkout (``python -m ui.app --demo``) and from the bundle (the bundle's executable ``--demo``).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess

__all__ = ["demo_command", "launch_demo"]


def demo_command() -> tuple[str, list[str]]:
    """The program and arguments that open the demo wallet in a new window."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle: its executable is the app
        return sys.executable, ["--demo"]
    return sys.executable, ["-m", "ui.app", "--demo"]


def launch_demo() -> bool:
    """Start the demo window; False when the system refused to start it."""
    program, args = demo_command()
    ok, _pid = QProcess.startDetached(program, args)
    return bool(ok)
