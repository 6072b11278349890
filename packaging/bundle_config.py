"""What goes into the bundle and what stays out. Read by ``learner-wallet.spec`` and the packaging tests.

Qt modules: the bundle carries only the PySide6 modules the code imports (found by scanning ``ui/``
and ``wallet/``). Every other ``PySide6.Qt*`` module is excluded, so PyInstaller's Qt hooks do not
collect its libraries, plugins or QML files. The heavy families in FORBIDDEN_QT must never be needed:
if the code starts importing one, the build stops and says so.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "learner-wallet"
APP_ID = "org.learnerwallet.LearnerWallet"
PACKAGE_MIME = "application/x-learner-wallet-package"
BACKUP_MIME = "application/x-learner-wallet-backup"
PACKAGE_GLOB = "*.lwpkg"
BACKUP_GLOB = "*.lwbackup"

# Always allowed and kept when imported: the widgets stack, SVG, printing (PDF export), the camera (verifier), PDF.
ALLOWED_QT = frozenset({
    "QtCore", "QtGui", "QtWidgets", "QtSvg", "QtSvgWidgets", "QtPrintSupport",
    "QtMultimedia", "QtMultimediaWidgets", "QtPdf", "QtPdfWidgets", "QtNetwork", "QtConcurrent",
})
# Never bundled: the browser engine, QML/Quick, 3D, charts and graphs, designer/tools, and the rest.
FORBIDDEN_QT_PREFIXES = (
    "QtWebEngine", "QtWebView", "QtWebChannel", "QtWebSockets", "QtHttpServer", "QtQml", "QtQuick", "Qt3D",
    "QtCharts", "QtDataVisualization", "QtGraphs", "QtCanvasPainter", "QtDesigner", "QtUiTools", "QtHelp",
    "QtLocation", "QtPositioning", "QtBluetooth", "QtNfc", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtRemoteObjects", "QtScxml", "QtStateMachine", "QtSpatialAudio", "QtTextToSpeech", "QtTest", "QtSql",
    "QtNetworkAuth", "QtLabsStyleKit", "QtOpenGLWidgets", "QtXml",
)

# Python packages that are installed in a development environment but never used by the app.
EXCLUDED_PYTHON = [
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "pydoc_data", "lib2to3", "ensurepip", "venv",
    "pytest", "_pytest", "pytestqt", "pytest_timeout", "pip", "setuptools", "pkg_resources",
    "wheel", "mypy", "ruff", "pypdf", "IPython", "numpy", "matplotlib", "PyInstaller",
    # Pillow's AVIF codec (credential images are PNG, JPEG, GIF, WebP or SVG; AVIF alone is 5 MB of
    # libavif), test-only packages and PostgreSQL's driver. (lxml stays: pyld imports lxml.html.)
    # (of lxml, pyld needs only lxml.html and lxml.etree)
    "PIL._avif", "lxml.objectify", "lxml.isoschematron", "PIL.AvifImagePlugin", "hypothesis", "playwright",
    "psycopg", "psycopg_pool",
    "PySide6.scripts", "shiboken6.Shiboken.__feature__",
    # httpx's command line (the only user of pygments; httpx imports it only if present), the interactive
    # prompt's line editing, and the parts of lxml that nothing here imports (HTML diffs, SAX, the E-factory)
    "pygments", "readline", "lxml.html.diff", "lxml.html._difflib", "lxml.sax", "lxml.builder", "lxml.html.builder",
    # test tooling: lxml's doctest helpers, doctest and the debugger (only those helpers import them at module level;
    # unittest stays: fpdf2's signing module imports unittest.mock)
    "lxml.doctestcompare", "lxml.usedoctest", "lxml.html.usedoctest", "doctest", "pdb",
    # the share service's fast event loop and HTTP parser serve a career office's server; the desktop's
    # loopback demo service runs on asyncio and h11 (share_service/local.py)
    "uvloop", "httptools",
]

# Qt's own translations are kept only for the languages the app ships.
LANGUAGES = ("en", "es")

_QT_IMPORT = re.compile(r"^PySide6\.(Qt\w+)")


def used_qt_modules(roots: tuple[str, ...] = ("ui", "wallet")) -> set[str]:
    """Every ``PySide6.QtX`` module imported anywhere under ``roots`` (import statements, any depth)."""
    used: set[str] = set()
    for root in roots:
        base = ROOT / root
        if not base.is_dir():
            continue
        for path in base.rglob("*.py"):
            try:
                tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            except SyntaxError:
                continue
            for node in ast.walk(tree):
                names: list[str] = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    if node.module == "PySide6":
                        names = [f"PySide6.{a.name}" for a in node.names]
                    else:
                        names = [node.module]
                for name in names:
                    m = _QT_IMPORT.match(name)
                    if m:
                        used.add(m.group(1))
    return used


# Qt modules the code imports only on some systems. On Linux the camera reads Video4Linux2 itself
# (ui/verify/v4l2.py): QtMultimedia there would bring Qt's FFmpeg plugin, FFmpeg, and the Qt Quick and QML
# libraries that plugin links (about 40 MiB).
ONLY_ON = {"QtMultimedia": ("darwin", "win32")}


def bundled_qt_modules(used: set[str], platform: str = sys.platform) -> set[str]:
    """The Qt modules a bundle for ``platform`` carries: the ones the code imports, less those it uses only elsewhere."""
    return {m for m in used if m not in ONLY_ON or platform.startswith(ONLY_ON[m])}


def forbidden_in_use(used: set[str], installed: list[str] | None = None) -> list[str]:
    """Imported Qt modules the bundle must not carry (names PySide6 does not have are not counted here)."""
    known = set(installed_qt_modules() if installed is None else installed)
    return sorted(m for m in used if m in known and (m.startswith(FORBIDDEN_QT_PREFIXES) or m not in ALLOWED_QT))


def installed_qt_modules() -> list[str]:
    import PySide6

    folder = Path(PySide6.__file__).parent
    return sorted({p.name.split(".")[0] for p in folder.glob("Qt*.*") if p.suffix in (".so", ".pyd")
                   or p.name.endswith(".abi3.so")})


def qt_excludes(used: set[str]) -> list[str]:
    """``PySide6.QtX`` names for PyInstaller's ``excludes``: every installed Qt module the code does not use."""
    keep = used | {"QtCore", "QtGui", "QtWidgets"}
    return [f"PySide6.{m}" for m in installed_qt_modules() if m not in keep]


def keep_data(dest: str) -> bool:
    """Filter for collected data files: drop Qt translations of other languages and QML files."""
    norm = dest.replace("\\", "/")
    if "/Qt/translations/" in norm or norm.startswith("PySide6/translations/"):
        name = norm.rsplit("/", 1)[-1]
        return any(name.endswith(f"_{lang}.qm") for lang in LANGUAGES)
    return "/Qt/qml/" not in norm


# Qt libraries that must never be in the bundle. libQt6Quick/libQt6Qml may appear only as link dependencies
# of Qt's FFmpeg multimedia plugin (the camera), with no QML modules or Quick plugins beside them.
NEVER_QT_LIBS = ("WebEngine", "3D", "Quick3D", "Charts", "DataVisualization", "Graphs", "Designer", "Location",
                 "WebView", "Sql", "Bluetooth", "Sensors", "TextToSpeech", "QuickControls2", "QuickDialogs")

# Qt plugin folders the app never loads (the rest are trimmed by the module excludes).
DROP_PLUGIN_DIRS = ("qmltooling", "designer", "sqldrivers", "geoservices", "position", "sensors", "texttospeech",
                    "canbus", "renderers", "renderplugins", "sceneparsers", "assetimporters", "geometryloaders",
                    "scxmldatamodel", "webview", "vectorimageformats",
                    # input plugins of the framebuffer platforms (eglfs, linuxfb) and TUIO touch over UDP; the X11
                    # and Wayland platforms read input themselves (TUIO alone pulls in Qt Network and Kerberos)
                    "generic")


def qt_lib_name(path: str) -> str | None:
    """'QtWidgets' for '.../libQt6Widgets.so.6' or 'Qt6Widgets.dll'; None for anything else."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    m = re.match(r"^(?:lib)?Qt6(\w+?)(?:\.so(?:\.\d+)*|\.dll|\.dylib)$", name)
    return "Qt" + m.group(1) if m else None


# Platform plugins kept on Linux: X11, Wayland, and offscreen/minimal for --selftest and --screenshot.
KEEP_PLATFORMS = ("libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqminimal.so")
# Single plugins never loaded: the on-screen virtual keyboard (pulls in Qt Quick), the GTK 3 theme (pulls in
# the build machine's GTK; the XDG portal theme still gives native dialogs and the dark/light preference).
# The CUPS print plugin: the app prints only to PDF files (QPrinter.PdfFormat needs no print system), and CUPS
# pulls in libcups, GnuTLS, p11-kit and more.
# Image formats the app never shows: credential images are PNG, JPEG, GIF, WebP or SVG (plus ICO for icons).
DROP_PLUGINS = ("libqtvirtualkeyboardplugin.so", "libqgtk3.so", "libcupsprintersupport.so",
                "libqtiff.so", "libqicns.so", "libqtga.so", "libqwbmp.so")
# Libraries present only as dependencies of what is dropped above, by the Qt modules that need them (kept when
# any of those modules is used).
_LIBS_NEEDING = {
    "QtPdf": ("QtPdf",),
    "QtMultimedia": ("QtQuick", "QtQml", "QtQmlMeta", "QtQmlModels", "QtQmlWorkerScript", "QtNetwork"),
    "QtNetwork": ("QtNetwork",),  # (the app's own networking is httpx; only dropped plugins link Qt Network)
}
_ALWAYS_DROP_LIBS = ("QtVirtualKeyboard", "QtVirtualKeyboardQml", "QtEglFSDeviceIntegration", "QtEglFsKmsSupport",
                     "QtEglFsKmsGbmSupport")


def keep_binary(dest: str, used: set[str]) -> bool:
    """Filter for collected libraries and plugins: nothing of an unused or never-bundled feature."""
    norm = dest.replace("\\", "/")
    name = norm.rsplit("/", 1)[-1]
    if "/plugins/" in norm:
        folder = norm.split("/plugins/", 1)[1].split("/", 1)[0]
        if folder in DROP_PLUGIN_DIRS or folder == "egldeviceintegrations" or name in DROP_PLUGINS:
            return False
        if folder == "platforms" and name.endswith(".so") and name not in KEEP_PLATFORMS:
            return False
        if folder == "multimedia" and "QtMultimedia" not in used:
            return False
        if name in ("libqpdf.so", "qpdf.dll", "libqpdf.dylib") and "QtPdf" not in used:
            return False
        return True
    lib = qt_lib_name(norm)
    if lib is None:
        return True
    if lib in _ALWAYS_DROP_LIBS:
        return False
    needed_by = [module for module, libs in _LIBS_NEEDING.items() if lib in libs]
    return not needed_by or any(module in used for module in needed_by)


def audit_qt_libs(paths: list[str], used: set[str]) -> tuple[list[str], list[str]]:
    """(the Qt libraries found, problems): a never-bundled library, or Quick/Qml without the camera's reason."""
    libs = sorted({n for p in paths if (n := qt_lib_name(p))})
    problems = [f"{lib} must not be in the bundle" for lib in libs
                if any(lib == "Qt" + bad or lib.startswith("Qt" + bad) for bad in NEVER_QT_LIBS)]
    if "QtMultimedia" not in used:
        problems += [f"{lib} is in the bundle although nothing uses QtMultimedia" for lib in libs
                     if lib in ("QtQuick", "QtQml", "QtQmlModels", "QtQmlMeta", "QtQmlWorkerScript", "QtMultimedia")]
        ffmpeg = sorted({n for p in paths if re.match(r"^(lib)?(avcodec|avformat|avutil|swscale|swresample)\b",
                                                       n := p.replace("\\", "/").rsplit("/", 1)[-1])})
        problems += [f"FFmpeg's {name} is in the bundle although nothing uses QtMultimedia" for name in ffmpeg]
    return libs, problems


def prune_orphans(binaries: list[tuple[str, str, str]], imports: object) -> list[tuple[str, str, str]]:
    """Drop top-level system libraries that nothing kept needs any more (e.g. GTK once its Qt theme is gone).

    ``binaries``: PyInstaller TOC entries (dest, src, typecode). ``imports(src) -> iterable of library
    names`` gives a file's direct dependencies (DT_NEEDED). Roots are every binary inside a folder (Python
    extensions, Qt libraries and plugins, wheels' bundled libraries) and libpython.
    """
    def top(entry: tuple[str, str, str]) -> bool:  # a prunable shared library (not a Python extension)
        return entry[2] == "BINARY" and "/" not in entry[0].replace("\\", "/") and not entry[0].startswith("libpython")

    by_name = {b[0]: b for b in binaries if top(b)}
    keep: set[str] = set()
    queue = [b for b in binaries if not top(b)]
    seen: set[str] = set()
    while queue:
        dest, src, _ = queue.pop()
        if dest in seen:
            continue
        seen.add(dest)
        for name in imports(src):  # type: ignore[operator]
            base = str(name).replace("\\", "/").rsplit("/", 1)[-1]
            if base in by_name and base not in keep:
                keep.add(base)
                queue.append(by_name[base])
    return [b for b in binaries if not top(b) or b[0] in keep]
