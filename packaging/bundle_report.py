"""Report a built bundle's size and its Qt contents; exit 1 if it carries a Qt library it must not.

    .venv/bin/python packaging/bundle_report.py BUNDLE_DIR
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_config as cfg  # noqa: E402


def missing_qt_links(files: list[Path]) -> list[str]:
    """Qt libraries that a bundled library or plugin links (DT_NEEDED) but the bundle lacks; [] without readelf.

    The filters in bundle_config.py drop Qt libraries by what the app uses; this proves none of them was still
    needed by something kept (a library missing at load time would stop the app or a plugin).
    """
    if shutil.which("readelf") is None:
        return []
    names = {p.name for p in files}
    missing = []
    for p in files:
        if ".so" not in p.name:
            continue
        out = subprocess.run(["readelf", "-dW", str(p)], capture_output=True, text=True).stdout
        for need in re.findall(r"\(NEEDED\)\s+Shared library: \[(libQt6[^\]]+)\]", out):
            if need not in names:
                missing.append(f"{p.name} needs {need}, which is not in the bundle")
    return missing


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    bundle = Path(argv[0])
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    used = cfg.bundled_qt_modules(cfg.used_qt_modules())
    libs, problems = cfg.audit_qt_libs([str(p) for p in files], used)
    problems += missing_qt_links(files)
    qml = [p for p in files if "/qml/" in p.as_posix()]
    if qml:
        problems.append(f"{len(qml)} QML files are in the bundle, e.g. {qml[0].relative_to(bundle)}")
    resources = next((p.parent.parent for p in files if p.name == "manifest.json" and p.parent.name == "contexts"), None)
    if resources is None:
        problems.append("the bundled JSON-LD contexts (resources/contexts/manifest.json) are missing")
    else:
        # every resource of the source tree (contexts, icons, translations, self-test and demo assets) is inside
        source = cfg.ROOT / "resources"
        wanted = {p.relative_to(source).as_posix() for p in source.rglob("*")
                  if p.is_file() and p.suffix not in (".ico", ".icns") and "__pycache__" not in p.parts}
        have = {p.relative_to(resources).as_posix() for p in resources.rglob("*") if p.is_file()}
        missing = sorted(wanted - have)
        if missing:
            problems.append(f"{len(missing)} resource files are missing from the bundle, e.g. {missing[:3]}")
        kinds = sorted({rel.split("/", 1)[0] for rel in have if "/" in rel})
        print(f"resources: {len(have)} files in {', '.join(kinds)}")
    print(f"bundle: {len(files)} files, {total / 2**20:.1f} MiB")
    print(f"Qt modules bundled (imported by the code on this system): {', '.join(sorted(used))}")
    print(f"Qt libraries in the bundle ({len(libs)}): {', '.join(libs)}")
    by_size = sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:12]
    print("largest files:")
    for p in by_size:
        print(f"  {p.stat().st_size / 2**20:7.1f} MiB  {p.relative_to(bundle)}")
    groups: dict[str, int] = {}
    for p in files:
        rel = p.relative_to(bundle).as_posix()
        key = "/".join(rel.split("/")[:3]) if rel.startswith("_internal/PySide6/Qt/") else "/".join(rel.split("/")[:2])
        groups[key] = groups.get(key, 0) + p.stat().st_size
    print("by folder:")
    for key, size in sorted(groups.items(), key=lambda kv: kv[1], reverse=True)[:12]:
        print(f"  {size / 2**20:7.1f} MiB  {key}")
    for problem in problems:
        print(f"PROBLEM: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
