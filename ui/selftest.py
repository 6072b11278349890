"""``learner-wallet --selftest``: prove that an installed copy (source or bundle) works end to end.

Steps, one line each, in order:

1. ``runtime``    Python, PySide6/Qt versions, whether this is a frozen bundle;
2. ``resources``  the bundled JSON-LD contexts (every file checked against ``manifest.json``), icons,
                  translations and the self-test credential are present;
3. ``keychain``   a secure keychain answers (the Secret Service on Linux);
4. ``wallet``     a temporary wallet in a temporary folder, with its own keychain namespace (a fresh
                  wallet id) and one did:key;
5. ``verify``     the bundled credential verifies offline with ``verify_credential`` (every check passes);
6. ``import``     it is imported into the temporary wallet and read back;
7. ``render``     the app's main window (or, failing that, a credential card) is rendered offscreen into a
                  QImage, which must not be blank;
8. ``cleanup``    the temporary folder and the wallet's keychain entries are removed and checked gone.

``LEARNER_WALLET_SELFTEST_IMAGE=FILE.png`` keeps the rendered image for a look at it.

Cleanup always runs, also after a failed step. Exit status 0 only when every step passed.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["SELFTEST_CREDENTIAL", "run"]

SELFTEST_CREDENTIAL = "v2OBv3SpecExample.json"
RENDER_SIZE = (1000, 700)

Out = Callable[[str], None]


class StepFailed(Exception):
    """A step did not work; the message says what is missing or wrong."""


def _print(line: str) -> None:
    print(line, flush=True)


# --- steps ----------------------------------------------------------------------------------


def _runtime() -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    frozen = "yes" if getattr(sys, "frozen", False) else "no"
    return (f"Python {platform.python_version()}, PySide6 {PySide6.__version__} (Qt {qVersion()}), "
            f"{platform.system()} {platform.machine()}, bundle: {frozen}")


def _resources(ctx: dict[str, Any]) -> str:
    try:
        from wallet.jsonld.loader import ContextBundle, resources_dir
    except ImportError as exc:
        raise StepFailed(f"the JSON-LD component (wallet.jsonld) is missing: {exc}") from exc
    try:
        res = resources_dir()
    except FileNotFoundError as exc:
        raise StepFailed(str(exc)) from exc
    bundle = ContextBundle.load(res / "contexts")
    urls = bundle.urls()
    if not urls:
        raise StepFailed(f"{res / 'contexts' / 'manifest.json'} lists no contexts")
    for url in urls:
        try:
            bundle.document(url)  # reads the file and checks its sha256 against the manifest
        except Exception as exc:
            raise StepFailed(f"bundled context {url}: {exc}") from exc
    icon = res / "icons" / "learner-wallet.svg"
    if not icon.is_file():
        raise StepFailed(f"the application icon {icon} is missing")
    cred = res / "selftest" / SELFTEST_CREDENTIAL
    if not cred.is_file():
        raise StepFailed(f"the self-test credential {cred} is missing")
    ctx["resources"] = res
    ctx["credential_path"] = cred
    translations = sorted(p.name for p in (res / "translations").glob("*.qm")) if (res / "translations").is_dir() else []
    return (f"{res}: {len(urls)} JSON-LD contexts match manifest.json; icons; "
            f"translations: {', '.join(translations) if translations else 'none'}")


def _keychain(ctx: dict[str, Any]) -> str:
    from wallet.identity.keystore import Keystore

    probe = Keystore("selftest-probe", ctx.get("keyring_backend"))
    try:
        probe.check_available()
        backend = probe._keyring()
    except Exception as exc:
        fix = getattr(exc, "fix", "")
        raise StepFailed(f"{exc}{(' Fix: ' + fix) if fix else ''}") from exc
    return f"{type(backend).__module__}.{type(backend).__name__} answers"


def _wallet(ctx: dict[str, Any]) -> str:
    from wallet.wallet import Wallet

    tmp = Path(tempfile.mkdtemp(prefix="learner-wallet-selftest-"))
    ctx["tmp"] = tmp
    ctx["home"] = tmp / "wallet"
    w = Wallet.create(ctx["home"], keyring_backend=ctx.get("keyring_backend"), label="Self-test")
    ctx["wallet"] = w
    dids = [d["did"] for d in w.dids()]
    ctx["dids"] = dids
    if len(dids) != 1:
        raise StepFailed(f"the new wallet has {len(dids)} DIDs, expected 1")
    signer = w.signer()
    signature = signer.sign(b"learner-wallet self-test")
    if not signer.public_key.verify(signature, b"learner-wallet self-test"):
        raise StepFailed("the new key's signature does not verify")
    return (f"created in {tmp}, keychain service {w.keystore.service}, "
            f"{dids[0][:32]}... signs and verifies")


def _verify(ctx: dict[str, Any]) -> str:
    try:
        from wallet.credentials.verify import verify_credential
        from wallet.identity.did import Resolver
    except ImportError as exc:
        raise StepFailed(f"the verification component (wallet.credentials.verify) is missing: {exc}") from exc
    doc = json.loads(Path(ctx["credential_path"]).read_text(encoding="utf-8"))
    report = verify_credential(doc, resolver=Resolver(allow_network=False), allow_network=False)
    summary = ", ".join(f"{c.name} {c.status}" for c in report.checks)
    # the sample's issuer is an example key no trust source recognises: authentic is what is checked here
    bad = [c for c in report.checks if c.status != "passed" and c.reason != "issuer-not-recognised"]
    if getattr(report, "error", None) or not report.authentic or bad:
        detail = "; ".join(f"{c.name}: {c.detail}" for c in bad) or str(getattr(report, "error", ""))
        raise StepFailed(f"{SELFTEST_CREDENTIAL} did not verify ({summary}): {detail}")
    ctx["title"] = report.subject
    return f"\"{report.subject}\" ({SELFTEST_CREDENTIAL}): {summary}"


def _import(ctx: dict[str, Any]) -> str:
    w = ctx["wallet"]
    data = Path(ctx["credential_path"]).read_bytes()
    result = w.import_bytes(data, SELFTEST_CREDENTIAL, allow_network=False)
    if result.failed or len(result.added) != 1:
        raise StepFailed(f"import gave {result.to_json()}")
    cid = result.added[0]["id"]
    found = next((r for r in w.credentials() if r.id == cid), None)
    if found is None:
        raise StepFailed("the imported credential is not listed by the wallet")
    ctx["summary"] = found
    raw = w.credential(cid).raw
    if isinstance(raw, bytes | str):
        raw = json.loads(raw)
    if raw != json.loads(data):
        raise StepFailed("the stored credential does not read back as the one imported")
    state = found.state
    if state != "authentic-unrecognised":  # genuine; its example issuer is on no trust list
        raise StepFailed(f"the imported credential's state is {state!r}, expected 'authentic-unrecognised'")
    return f"1 credential stored encrypted and read back, state {state}"


def _qt_app() -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:  # render offscreen even on a desktop: the self-test shows no window
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication([sys.argv[0] if sys.argv else "learner-wallet"])
    return app


def _view_factories() -> list[tuple[str, Callable[[dict[str, Any]], Any]]]:
    """Ways to build a widget to render, best first (each returns the widget, opened on the temporary wallet)."""

    def main_window(ctx: dict[str, Any]) -> Any:
        from ui.main_window import MainWindow
        from ui.session import Session
        from ui.tasks import runner

        session = Session(ctx["home"], runner(), keyring_backend=ctx.get("keyring_backend"))
        ctx["session"] = session
        window = MainWindow(session)
        window.show()
        window.start("library")
        if not session.runner.wait_idle(60_000):
            window.close()
            raise StepFailed("the main window did not open the temporary wallet within 60 s")
        if session.wallet is None or getattr(window, "state", "open") != "open":
            problem = getattr(getattr(window, "problem", None), "text", None)
            detail = problem.text() if problem is not None and hasattr(problem, "text") else ""
            window.close()
            raise StepFailed(f"the main window did not open the temporary wallet (state "
                             f"{getattr(window, 'state', '?')!r}) {detail}".strip())
        return window

    return [("main window (ui.main_window.MainWindow, library view)", main_window)]


def _image_stats(image: Any) -> tuple[int, float]:
    """(distinct colours in a sample grid, share of sampled pixels unlike the most common colour)."""
    width, height = image.width(), image.height()
    counts: dict[int, int] = {}
    step = 4
    for y in range(0, height, step):
        for x in range(0, width, step):
            rgb = image.pixel(x, y) & 0xFFFFFF
            counts[rgb] = counts.get(rgb, 0) + 1
    total = sum(counts.values())
    background = max(counts.values()) if counts else 0
    return len(counts), (total - background) / total if total else 0.0


def _render(ctx: dict[str, Any]) -> str:
    app = _qt_app()
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage

    problems: list[str] = []
    for name, factory in _view_factories():
        try:
            widget = factory(ctx)
        except ImportError as exc:
            problems.append(f"{name}: not available ({exc})")
            continue
        except StepFailed:
            raise
        except Exception as exc:
            raise StepFailed(f"building the {name} failed: {type(exc).__name__}: {exc}") from exc
        try:
            widget.resize(QSize(*RENDER_SIZE))
            widget.ensurePolished()
            app.processEvents()
            image = QImage(widget.size(), QImage.Format.Format_ARGB32)
            image.fill(0xFFFF00FF)  # magenta: an unpainted area shows up as one flat colour
            widget.render(image)
            colours, ink = _image_stats(image)
            keep = os.environ.get("LEARNER_WALLET_SELFTEST_IMAGE")  # save the render, for a look at it
            if keep:
                image.save(keep, "PNG")  # type: ignore[call-overload]  # the stubs want bytes, PySide6 takes str
        finally:
            widget.close()
            widget.deleteLater()
            app.processEvents()
        if colours < 8 or ink < 0.01:
            raise StepFailed(f"the {name} rendered blank ({colours} colours, {ink:.1%} non-background)")
        return (f"{name} {image.width()}x{image.height()} offscreen on '{app.platformName()}': "
                f"{colours} colours, {ink:.0%} non-background")
    raise StepFailed("no view to render: " + "; ".join(problems))


def _cleanup(ctx: dict[str, Any]) -> str:
    done: list[str] = []
    problems: list[str] = []
    session = ctx.get("session")
    if session is not None:
        try:
            session.close()
        except Exception as exc:
            problems.append(f"closing the main window's wallet: {exc}")
    w = ctx.get("wallet")
    if w is not None:
        dids = ctx.get("dids") or []
        try:
            w.close()
        except Exception as exc:
            problems.append(f"closing the wallet: {exc}")
        try:
            w.keystore.delete_all(list(dids))
            from wallet.identity.keystore import DATA_KEY_NAME

            left = [name for name in [*dids, DATA_KEY_NAME] if w.keystore.has_key(name)]
            if left:
                problems.append(f"keychain entries still present: {left}")
            else:
                done.append(f"{len(dids) + 1} keychain entries removed from {w.keystore.service}")
        except Exception as exc:
            problems.append(f"removing keychain entries: {exc}")
    tmp = ctx.get("tmp")
    if tmp is not None:
        shutil.rmtree(tmp, ignore_errors=True)
        if Path(tmp).exists():
            problems.append(f"the folder {tmp} could not be removed")
        else:
            done.append(f"{tmp} removed")
    if problems:
        raise StepFailed("; ".join(problems))
    return ", ".join(done) or "nothing to remove"


STEPS: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
    ("runtime", lambda ctx: _runtime()),
    ("resources", _resources),
    ("keychain", _keychain),
    ("wallet", _wallet),
    ("verify", _verify),
    ("import", _import),
    ("render", _render),
]


def run(argv: list[str] | None = None, *, out: Out = _print, keyring_backend: Any | None = None) -> int:
    """Run every step, print one line per step, clean up; return 0 only when all steps passed.

    ``keyring_backend``: a ``keyring`` backend for the temporary wallet (default: the platform keychain).
    """
    del argv  # no options yet; accepted so that ui.app can pass its leftovers
    try:
        from wallet._version import __version__
    except ImportError:
        __version__ = "?"
    out(f"Learner Wallet {__version__} self-test")
    ctx: dict[str, Any] = {"keyring_backend": keyring_backend}
    failed: list[str] = []
    skipping = False
    for name, step in [*STEPS, ("cleanup", _cleanup)]:
        if skipping and name != "cleanup":
            out(f"[skip] {name}: an earlier step failed")
            continue
        try:
            detail = step(ctx)
        except StepFailed as exc:
            out(f"[FAIL] {name}: {exc}")
            failed.append(name)
            skipping = True
        except Exception as exc:  # a bug or an unexpected fault: show where
            where = traceback.extract_tb(exc.__traceback__)[-1]
            out(f"[FAIL] {name}: {type(exc).__name__}: {exc} (at {Path(where.filename).name}:{where.lineno})")
            failed.append(name)
            skipping = True
        else:
            out(f"[ ok ] {name}: {detail}")
    if failed:
        out(f"self-test FAILED: {', '.join(failed)}")
        return 1
    out(f"self-test passed ({len(STEPS) + 1} steps)")
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
