"""Packaging: desktop entries, AppStream metainfo, MIME types, icons, version consistency, bundle rules,
and the self-test. The bundle build itself is checked by ``packaging/check-bundle.sh`` (slow)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from wallet._version import __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
ICONS = ROOT / "resources" / "icons"
APP_ID = "org.learnerwallet.LearnerWallet"
DESKTOP_FILES = [LINUX / f"{APP_ID}.desktop", LINUX / f"{APP_ID}.Verifier.desktop"]
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"

sys.path.insert(0, str(PACKAGING))
import bundle_config as cfg  # noqa: E402
import make_icons  # noqa: E402


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed; scripts/setup.sh installs it (desktop-file-utils, appstream)",
                    pytrace=False)
    return path


def _desktop(path: Path) -> dict[str, dict[str, str]]:
    groups: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            current = groups.setdefault(line.strip("[]"), {})
        elif "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            current[key] = value
    return groups


# --- validators -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", DESKTOP_FILES, ids=lambda p: p.name)
def test_desktop_file_validates(path: Path) -> None:
    res = subprocess.run([_tool("desktop-file-validate"), str(path)], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "error" not in (res.stdout + res.stderr).lower(), res.stdout + res.stderr


def test_metainfo_validates() -> None:
    res = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_mime_database_accepts_types(tmp_path: Path) -> None:
    import os

    mime = tmp_path / "mime"
    (mime / "packages").mkdir(parents=True)
    shutil.copy(MIME_XML, mime / "packages" / f"{APP_ID}.xml")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    res = subprocess.run([_tool("update-mime-database"), str(mime)], capture_output=True, text=True, env=env)
    assert res.returncode == 0 and not res.stderr.strip(), res.stderr
    tmp_path = mime
    globs = (tmp_path / "globs2").read_text()
    assert f"{cfg.PACKAGE_MIME}:{cfg.PACKAGE_GLOB}" in globs
    assert f"{cfg.BACKUP_MIME}:{cfg.BACKUP_GLOB}" in globs
    subclasses = (tmp_path / "subclasses").read_text()
    assert f"{cfg.PACKAGE_MIME} application/zip" in subclasses
    assert f"{cfg.BACKUP_MIME} application/json" in subclasses


# --- consistency between the files --------------------------------------------------------------


def test_desktop_entries_agree_with_metainfo_and_mime() -> None:
    main = _desktop(DESKTOP_FILES[0])["Desktop Entry"]
    verifier = _desktop(DESKTOP_FILES[1])["Desktop Entry"]
    assert main["Exec"].split()[0] == cfg.APP_NAME == verifier["Exec"].split()[0]
    assert main["Icon"] == verifier["Icon"] == APP_ID
    # double-clicking a share package opens the verifier on it
    assert verifier["Exec"] == "learner-wallet --verify %f"
    assert cfg.PACKAGE_MIME in verifier["MimeType"].split(";")
    actions = _desktop(DESKTOP_FILES[0])
    assert actions["Desktop Action verify"]["Exec"] == "learner-wallet --verify"

    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.find("launchable").text == DESKTOP_FILES[0].name
    provided = {e.text for e in meta.iter("mediatype")}
    mime_types = {t.get("type"): t for t in ET.parse(MIME_XML).getroot().iter(f"{MIME_NS}mime-type")}
    assert provided == set(mime_types) == {cfg.PACKAGE_MIME, cfg.BACKUP_MIME}
    assert mime_types[cfg.PACKAGE_MIME].find(f"{MIME_NS}glob").get("pattern") == cfg.PACKAGE_GLOB
    assert mime_types[cfg.BACKUP_MIME].find(f"{MIME_NS}glob").get("pattern") == cfg.BACKUP_GLOB
    assert meta.find("screenshots/screenshot[@type='default']") is not None


def test_metainfo_screenshots_are_committed_with_their_sizes() -> None:
    from PIL import Image

    images = ET.parse(METAINFO).getroot().findall("screenshots/screenshot/image")
    assert len(images) >= 3
    for image in images:
        path = LINUX / "screenshots" / image.text.rsplit("/", 1)[-1]
        with Image.open(path) as im:
            assert im.size == (int(image.get("width")), int(image.get("height"))), path.name


def test_backup_magic_matches_backup_format() -> None:
    """The MIME magic for backups must match what wallet.backup writes at the start of the file."""
    from wallet.store import backup

    head = json.dumps({"format": backup.BACKUP_FORMAT, "version": 1}, indent=1)[:64]
    magic = next(t for t in ET.parse(MIME_XML).getroot().iter(f"{MIME_NS}mime-type") if t.get("type") == cfg.BACKUP_MIME)
    value = magic.find(f"{MIME_NS}magic/{MIME_NS}match").get("value")
    assert value in head


# --- version ------------------------------------------------------------------------------------


def test_metainfo_newest_release_is_the_version() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == __version__
    date.fromisoformat(releases[0].get("date"))


def test_changelog_covers_the_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in text
    unreleased = text.split("## [Unreleased]", 1)[1].split("\n## [", 1)[0]
    assert f"## [{__version__}]" in text or __version__ in unreleased
    assert "### Added" in unreleased


def test_version_has_one_source() -> None:
    """Only the metainfo release repeats the version; every build file reads wallet/_version.py."""
    hits = [p.relative_to(ROOT).as_posix() for p in PACKAGING.rglob("*")
            if p.is_file() and p.suffix not in (".png", ".pyc") and __version__ in p.read_text(errors="ignore")]
    assert hits == [METAINFO.relative_to(ROOT).as_posix()]
    assert "wallet" in (PACKAGING / "learner-wallet.spec").read_text() and "_version.py" in (
        PACKAGING / "learner-wallet.spec").read_text()
    assert "#error" in (PACKAGING / "windows" / "learner-wallet.iss").read_text()


def test_app_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    from ui.app import main

    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"learner-wallet {__version__}"


def test_macos_info_plist() -> None:
    import plistlib

    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == APP_ID
    assert "camera" in info["NSCameraUsageDescription"].lower()
    assert "CFBundleShortVersionString" not in info  # added from wallet/_version.py by the spec
    exts = {e for t in info["UTExportedTypeDeclarations"] for e in t["UTTypeTagSpecification"]["public.filename-extension"]}
    assert exts == {cfg.PACKAGE_GLOB[2:], cfg.BACKUP_GLOB[2:]}
    ent = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert ent["com.apple.security.device.camera"] is True


# --- icons --------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", make_icons.SIZES)
def test_icon_png_size_and_content(size: int) -> None:
    from PIL import Image

    with Image.open(ICONS / f"learner-wallet-{size}.png") as im:
        assert im.format == "PNG"
        assert im.size == (size, size)
        rgba = im.convert("RGBA")
    assert rgba.getpixel((0, 0))[3] == 0, "the corners must be transparent (rounded tile)"
    centre = rgba.getpixel((size // 2, size // 2))
    assert centre[3] == 255, "the middle must be opaque"
    colours = rgba.getcolors(maxcolors=size * size) or []
    assert len(colours) > (8 if size >= 32 else 4), "the icon looks blank"


def test_icon_containers() -> None:
    from PIL import Image

    with Image.open(ICONS / "learner-wallet.ico") as ico:
        assert {s[0] for s in ico.info["sizes"]} == set(make_icons.ICO_SIZES)
    with Image.open(ICONS / "learner-wallet.icns") as icns:
        assert icns.size[0] >= 512


def test_pngs_are_rendered_from_the_svg(tmp_path: Path, qapp: object) -> None:
    """The committed PNGs are what packaging/make_icons.py renders from the SVG (small tolerance)."""
    import PySide6.QtSvg  # noqa: F401 - the renderer make_icons.py uses (part of every PySide6 wheel)
    from PIL import Image, ImageChops
    for fresh in make_icons.render_pngs(make_icons.SVG, tmp_path):
        with Image.open(fresh) as a, Image.open(ICONS / fresh.name) as b:
            diff = ImageChops.difference(a.convert("RGBA"), b.convert("RGBA"))
            stat = diff.getextrema()
            assert max(hi for _lo, hi in stat) <= 48, f"{fresh.name} differs from a fresh render: run make_icons.py"


# --- bundle rules -------------------------------------------------------------------------------


def test_code_uses_only_allowed_qt_modules() -> None:
    used = cfg.used_qt_modules()
    assert {"QtCore", "QtWidgets"} <= used
    assert cfg.forbidden_in_use(used) == []


def test_forbidden_qt_modules_are_excluded() -> None:
    used = cfg.used_qt_modules()
    excludes = set(cfg.qt_excludes(used))
    installed = set(cfg.installed_qt_modules())
    for name in ("QtWebEngineCore", "QtQuick", "QtQml", "Qt3DCore", "QtCharts"):
        if name in installed:
            assert f"PySide6.{name}" in excludes
    assert "PySide6.QtWidgets" not in excludes
    assert cfg.forbidden_in_use({"QtWebEngineWidgets", "QtWidgets"}, ["QtWebEngineWidgets", "QtWidgets"]) == [
        "QtWebEngineWidgets"]


def test_bundle_filters() -> None:
    used = {"QtCore", "QtGui", "QtWidgets"}
    keep = [
        "PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "libcrypto.so.3",
    ]
    drop = [
        "PySide6/Qt/plugins/platforms/libqvnc.so", "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/Qt/plugins/qmltooling/libqmldbg_server.so",
    ]
    assert [p for p in keep if not cfg.keep_binary(p, used)] == []
    assert [p for p in drop if cfg.keep_binary(p, used)] == []
    # with the camera, Qt Quick and Qt Network stay (Qt's FFmpeg plugin and Qt Multimedia link them)
    assert cfg.keep_binary("PySide6/Qt/lib/libQt6Quick.so.6", used | {"QtMultimedia"})
    assert cfg.keep_binary("PySide6/Qt/lib/libQt6Network.so.6", used | {"QtMultimedia"})
    assert not cfg.keep_binary("PySide6/Qt/lib/libQt6Network.so.6", used)
    assert not cfg.keep_binary("PySide6/Qt/plugins/generic/libqtuiotouchplugin.so", used)
    assert not cfg.keep_binary("PySide6/Qt/plugins/imageformats/libqtiff.so", used)
    assert cfg.keep_binary("PySide6/Qt/plugins/imageformats/libqwebp.so", used)
    assert cfg.keep_data("PySide6/Qt/translations/qtbase_es.qm")
    assert not cfg.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not cfg.keep_data("PySide6/Qt/qml/QtQuick/Controls/qmldir")
    libs, problems = cfg.audit_qt_libs(["x/libQt6WebEngineCore.so.6", "x/libQt6Core.so.6", "x/libQt6Quick.so.6"], used)
    assert libs == ["QtCore", "QtQuick", "QtWebEngineCore"]
    assert len(problems) == 2


def test_the_linux_bundle_has_no_qt_multimedia_the_others_do() -> None:
    """On Linux the camera reads Video4Linux2 (ui/verify/v4l2.py), so FFmpeg, Qt Quick and QML stay out."""
    used = cfg.used_qt_modules()
    assert "QtMultimedia" in used  # the camera on macOS and Windows
    assert "QtMultimedia" not in cfg.bundled_qt_modules(used, "linux")
    assert "QtMultimedia" in cfg.bundled_qt_modules(used, "darwin") and "QtMultimedia" in cfg.bundled_qt_modules(
        used, "win32")
    assert cfg.bundled_qt_modules(used, "linux") >= {"QtCore", "QtGui", "QtWidgets"}
    _, problems = cfg.audit_qt_libs(["x/libQt6Core.so.6", "x/libavcodec.so.61", "x/libQt6Multimedia.so.6"],
                                    cfg.bundled_qt_modules(used, "linux"))
    assert len(problems) == 2


def test_prune_orphans_keeps_only_needed_system_libraries() -> None:
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0", "BINARY"),
        ("libxcb-util.so.1", "/s/libxcb-util.so.1", "BINARY"),
        ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"),
        ("_cffi_backend.cpython-311-x86_64-linux-gnu.so", "/s/_cffi.so", "EXTENSION"),
        ("libpython3.11.so.1.0", "/s/libpython.so", "BINARY"),
    ]
    needed = {"/s/libqxcb.so": ["libxcb-cursor.so.0"], "/s/libxcb-cursor.so.0": ["libxcb-util.so.1"]}
    kept = {b[0] for b in cfg.prune_orphans(binaries, lambda src: needed.get(src, []))}
    assert kept == {b[0] for b in binaries} - {"libgtk-3.so.0"}


@pytest.mark.parametrize("script", ["build-linux.sh", "check-bundle.sh", "make_screenshots.sh", "linux/install.sh"])
def test_shell_scripts_parse(script: str) -> None:
    res = subprocess.run(["bash", "-n", str(PACKAGING / script)], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr


def test_entry_point_dispatches_on_name(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    entry = importlib.import_module("learner_wallet_main")
    calls: list[str] = []
    monkeypatch.setattr("wallet.cli.main", lambda: calls.append("cli") or 0)
    monkeypatch.setattr("ui.app.main", lambda: calls.append("app") or 0)
    monkeypatch.setattr(sys, "argv", ["/opt/lw/learner-wallet-cli", "list"])
    assert entry.main() == 0
    monkeypatch.setattr(sys, "argv", ["/opt/lw/learner-wallet", "--selftest"])
    assert entry.main() == 0
    assert calls == ["cli", "app"]


# --- self-test ----------------------------------------------------------------------------------


def _service_of(lines: list[str]) -> str:
    m = re.search(r"keychain service (\S+),", "\n".join(lines))
    assert m, lines
    return m.group(1)


@pytest.mark.keychain
def test_selftest_passes_and_leaves_nothing(keychain: None, qapp: object) -> None:
    import keyring

    from ui import selftest

    lines: list[str] = []
    assert selftest.run([], out=lines.append) == 0, "\n".join(lines)
    assert sum(line.startswith("[ ok ]") for line in lines) == len(selftest.STEPS) + 1
    assert lines[-1].startswith("self-test passed")
    service = _service_of(lines)
    assert keyring.get_password(service, "data-key") is None
    folder = re.search(r"created in (\S+),", "\n".join(lines)).group(1)
    assert not Path(folder).exists()


@pytest.mark.keychain
def test_selftest_fails_clearly_on_a_tampered_credential_and_still_cleans_up(
        keychain: None, qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    from ui import selftest

    res = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", res, ignore=shutil.ignore_patterns("*.png", "*.icns", "*.ico"))
    cred = res / "selftest" / selftest.SELFTEST_CREDENTIAL
    doc = json.loads(cred.read_text())
    doc["name"] = "Teamwork Badge (altered)"
    cred.write_text(json.dumps(doc))
    monkeypatch.setenv("LEARNER_WALLET_RESOURCES", str(res))

    lines: list[str] = []
    assert selftest.run([], out=lines.append) == 1
    text = "\n".join(lines)
    assert "[FAIL] verify:" in text and "proof failed" in text
    assert "[skip] render" in text
    assert re.search(r"^\[ ok \] cleanup:", text, re.M)
    assert keyring.get_password(_service_of(lines), "data-key") is None


def test_selftest_names_a_missing_component(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import selftest

    res = tmp_path / "resources"
    shutil.copytree(ROOT / "resources" / "contexts", res / "contexts")
    monkeypatch.setenv("LEARNER_WALLET_RESOURCES", str(res))
    lines: list[str] = []
    assert selftest.run([], out=lines.append) == 1
    assert any(line.startswith("[FAIL] resources:") and "icon" in line for line in lines), lines
    assert lines[-1] == "self-test FAILED: resources"


def test_install_script_installs_and_removes(tmp_path: Path) -> None:
    """install.sh on a stand-in bundle: links, desktop entries with absolute Exec, icons, MIME; uninstall."""
    bundle = tmp_path / "bundle"
    share = bundle / "share"
    (share / "applications").mkdir(parents=True)
    for desktop in DESKTOP_FILES:
        shutil.copy(desktop, share / "applications" / desktop.name)
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME_XML, share / "mime" / "packages" / f"{APP_ID}.xml")
    (share / "icons" / "hicolor" / "48x48" / "apps").mkdir(parents=True)
    shutil.copy(ICONS / "learner-wallet-48.png", share / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png")
    for cmd in ("learner-wallet", "learner-wallet-cli"):
        (bundle / cmd).write_text("#!/bin/sh\necho ok\n")
        (bundle / cmd).chmod(0o755)
    shutil.copy(LINUX / "install.sh", bundle / "install.sh")
    prefix = tmp_path / "prefix"

    res = subprocess.run(["bash", str(bundle / "install.sh"), "--prefix", str(prefix)], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert subprocess.run([str(prefix / "bin" / "learner-wallet")], capture_output=True, text=True).stdout == "ok\n"
    installed = prefix / "share" / "applications" / DESKTOP_FILES[1].name
    assert f"Exec={prefix}/bin/learner-wallet --verify %f" in installed.read_text()
    assert subprocess.run([_tool("desktop-file-validate"), str(installed)]).returncode == 0
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (prefix / "share" / "mime" / "packages" / f"{APP_ID}.xml").is_file()

    res = subprocess.run(["bash", str(bundle / "install.sh"), "--prefix", str(prefix), "--uninstall"],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert not (prefix / "bin" / "learner-wallet").exists()
    assert not installed.exists() and not (prefix / "lib" / "learner-wallet").exists()


def test_the_bundle_icu_data_keeps_english_and_spanish(tmp_path: Path) -> None:
    """packaging/shrink_icu.py on the ICU library PySide6 ships: Qt then still collates, formats dates and
    knows time zones in Spanish with the smaller data (loaded in place of the original, checked in the
    process's memory map)."""
    import shutil
    import subprocess
    import sys

    import PySide6

    sys.path.insert(0, str(ROOT / "packaging"))
    from shrink_icu import keep, shrink

    assert not keep("curr/fr.res") and not keep("ibm-943_P15A-2003.cnv") and not keep("translit/root.res")
    assert keep("curr/es_MX.res") and keep("coll/es.res") and keep("en_GB.res") and keep("root.res")
    assert keep("zoneinfo64.res") and keep("uprops.icu") and keep("brkitr/thaidict.dict")
    original = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    lib = tmp_path / original.name
    shutil.copyfile(original, lib)
    before, after = shrink(lib)
    assert after < before / 3
    code = (
        "from PySide6.QtCore import QCollator, QLocale, QDateTime, QDate, QTime, QTimeZone\n"
        "c = QCollator(QLocale('es_ES'))\n"
        "print(sorted(['zeta', 'ñu', 'nube', 'oso', 'Ábaco'], key=c.sortKey))\n"
        "print(QLocale('es_ES').toString(QDate(2026, 12, 2), 'dddd d MMMM yyyy'))\n"
        "print(QTimeZone(b'America/Chicago').isValid())\n"
        f"print({str(lib)!r} in open('/proc/self/maps').read())\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                       env={"LD_PRELOAD": str(lib), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stderr
    assert r.stdout.split("\n")[:4] == ["['Ábaco', 'nube', 'ñu', 'oso', 'zeta']", "miércoles 2 diciembre 2026",
                                        "True", "True"]
