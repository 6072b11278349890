"""Where wallets live: the platform's data folder, ``LEARNER_WALLET_HOME`` or ``--home``."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["default_home", "demo_home", "resolve_home"]

APP_NAME = "learner-wallet"


def default_home() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def demo_home() -> Path:
    """The demo wallet's own folder (never the learner's wallet)."""
    env = os.environ.get("LEARNER_WALLET_DEMO_HOME")
    if env:
        return Path(env)
    return default_home().parent / f"{APP_NAME}-demo"


def resolve_home(home: str | os.PathLike[str] | None = None) -> Path:
    if home:
        return Path(home).expanduser()
    env = os.environ.get("LEARNER_WALLET_HOME")
    if env:
        return Path(env).expanduser()
    return default_home()
