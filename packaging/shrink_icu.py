"""Shrink the bundle's ICU data library to what an English and Spanish app uses.

PySide6's wheels carry ICU 73 with the data of every locale, converter and break dictionary (31 MiB).
Qt Core needs ICU (collation, normalisation, case mapping, time zones), but the app speaks English and
Spanish only and reads nothing but UTF-8. This takes the common data out of ``libicudata.so.73``,
removes, with ICU's own ``icupkg``, the locale data of other languages, the legacy charset converters,
and the transliterators (keeping anything a kept item depends on), and builds the
library again with ``genccode`` and ``gcc`` (same symbol, same soname). Kept: root, every ``en*`` and ``es*``
locale, all properties, normalisation, time-zone, plural, unit and supplemental data.

    python packaging/shrink_icu.py path/to/libicudata.so.73

Needs Debian's ``icu-devtools`` (icupkg, genccode) and gcc; without them the library is left as it is.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")
KEEP_LOCALES = ("root", "en", "es")
DROP_TREES = ("translit",)


def keep(item: str) -> bool:
    """Whether one item of the ICU package (``curr/fr.res``, ``ibm-943_P15A-2003.cnv``, ...) stays."""
    name = item.rsplit("/", 1)[-1]
    tree = item.split("/", 1)[0] if "/" in item else ""
    if tree in DROP_TREES or name.endswith(".cnv"):
        return False
    stem, _, ext = name.rpartition(".")
    if ext == "res" and LOCALE.match(stem):
        return stem in KEEP_LOCALES or stem.startswith(tuple(f"{lang}_" for lang in KEEP_LOCALES))
    return True


def _symbol(lib: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the ``icudtNN_dat`` symbol; the data sits at its address in ``.rodata``."""
    out = subprocess.run(["readelf", "-sW", str(lib)], capture_output=True, text=True, check=True).stdout
    m = re.search(r"([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\S+\s+\S+\s+(icudt\d+_dat)", out)
    if not m:
        raise SystemExit(f"shrink_icu: no icudtNN_dat symbol in {lib}")
    sections = subprocess.run(["readelf", "-SW", str(lib)], capture_output=True, text=True, check=True).stdout
    sec = re.search(r"\.rodata\s+PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if not sec:
        raise SystemExit(f"shrink_icu: no .rodata in {lib}")
    addr, size = int(m.group(1), 16), int(m.group(2), 0)
    offset = addr - int(sec.group(1), 16) + int(sec.group(2), 16)
    return m.group(3), offset, size


def shrink(lib: Path) -> tuple[int, int]:
    """Rebuild ``lib`` in place; returns its size before and after."""
    for tool in ("icupkg", "genccode", "gcc", "readelf"):
        if shutil.which(tool) is None:
            raise SystemExit(f"shrink_icu: {tool} not found (apt-get install icu-devtools gcc binutils)")
    symbol, offset, size = _symbol(lib)
    entry = symbol[: -len("_dat")]  # icudt73
    before = lib.stat().st_size
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        dat = work / f"{entry}l.dat"
        dat.write_bytes(lib.read_bytes()[offset:offset + size])
        items = subprocess.run(["icupkg", "-l", str(dat)], capture_output=True, text=True, check=True).stdout.split()
        drop = [i for i in items if not keep(i)]
        small = work / "small" / dat.name
        small.parent.mkdir()
        for _ in range(20):  # put back what a kept item needs (icupkg names it), then try again
            (work / "drop.txt").write_text("\n".join(drop) + "\n")
            run = subprocess.run(["icupkg", "-r", str(work / "drop.txt"), str(dat), str(small)],
                                 capture_output=True, text=True)
            if run.returncode == 0:
                break
            needed = set(re.findall(r"depends on missing item (\S+)", run.stdout + run.stderr))
            if not needed:
                raise SystemExit(f"shrink_icu: icupkg failed: {run.stderr.strip() or run.stdout.strip()}")
            drop = [i for i in drop if i not in needed]
        else:
            raise SystemExit("shrink_icu: could not settle the items to keep")
        subprocess.run(["genccode", "-a", "gcc", "-e", entry, "-d", str(work), str(small)], check=True,
                       capture_output=True)
        asm = next(work.glob("*.S"))
        out = work / lib.name
        subprocess.run(["gcc", "-shared", "-nostdlib", "-Wl,-soname," + lib.name, "-Wl,-z,noexecstack",
                        "-o", str(out), str(asm)], check=True)
        subprocess.run(["strip", str(out)], check=True)
        shutil.copyfile(out, lib)
    print(f"shrink_icu: {lib.name}: {len(items) - len(drop)} of {len(items)} items kept, "
          f"{before / 2**20:.1f} -> {lib.stat().st_size / 2**20:.1f} MiB")
    return before, lib.stat().st_size


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    shrink(Path(sys.argv[1]))
